/**
 * Things worth a teacher's look that cleaning leaves alone: only the teacher knows whether a line in
 * capitals is a label or a shouted quote, so these are pointed out, never removed.
 */
import type { CleanHeading, Note } from './types';

/** Past this many words a paragraph is probably several run together (news paragraphs run 20–80). */
export const LONG_PARAGRAPH_WORDS = 250;

const CAPTION =
	/^(?:photo|photograph|picture|image|illustration|video|caption|credit|file photo)s?\b\s*(?:by\b|:|\||—|-)|\((?:photo|photograph|image|picture|credit|file)\b[^)]*\)$|\b(?:photo|photograph|image) (?:by|credit|courtesy)\b|\bcourtesy of\b/i;
const LINK_LINE =
	/^(?:related|read more|read also|see also|more on this|recommended|watch)\b\s*[:|—-]/i;
const DATE_LINE = /^(?:published|updated|posted|last updated|first published)\b/i;

function snippet(text: string): string {
	return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function wordCount(text: string): number {
	return text.split(' ').filter((w) => w !== '').length;
}

/** Capitals only, with enough letters that it is not just an acronym (“NATO”, “U.S.”). */
function isAllCaps(text: string): boolean {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 8 && wordCount(text) >= 2 && !/\p{Ll}/u.test(letters);
}

/** The notes for one cleaned paragraph. */
export function paragraphNotes(text: string, paragraph: number): Note[] {
	const notes: Note[] = [];
	const note = (kind: Note['kind'], message: string) =>
		notes.push({ kind, message, paragraph, text: snippet(text) });
	if (CAPTION.test(text) && wordCount(text) <= 60) {
		note(
			'caption',
			'This line looks like a photo caption or credit; remove it if it is not article text.'
		);
	}
	if (LINK_LINE.test(text) && wordCount(text) <= 30) {
		note(
			'link-line',
			'This line looks like a link to another article; remove it if it is not article text.'
		);
	}
	if (DATE_LINE.test(text) && wordCount(text) <= 15) {
		note('date-line', 'This line looks like a date stamp of the page rather than article text.');
	}
	if (isAllCaps(text)) {
		note(
			'capitals',
			'This line is all in capitals; it may be a label or a heading rather than article text.'
		);
	}
	const count = wordCount(text);
	if (count > LONG_PARAGRAPH_WORDS) {
		note(
			'long-paragraph',
			`This paragraph is very long (${count} words); it may be several paragraphs run together.`
		);
	}
	return notes;
}

/** A heading of many words is probably a paragraph that began with “#”. */
export function headingNotes(heading: CleanHeading): Note[] {
	if (wordCount(heading.text) <= 20) return [];
	return [
		{
			kind: 'long-heading',
			message: 'This heading is long; it may be a paragraph whose line began with “#”.',
			paragraph: null,
			text: snippet(heading.text)
		}
	];
}

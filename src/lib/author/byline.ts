/**
 * Bylines, by general patterns of news English (no names): a closing or leading “By X”, “Reporting by
 * X”, a closing “X is a writer at Y”, or a closing “— X, Y”. A byline names people and places, so
 * after its opening words it holds capitalised words and a few joining words only; “By Friday, the
 * water had gone.” is a sentence, not a byline.
 */
import type { ArticleMeta } from '../article/types';

// Words that may sit between the names of a byline: “By A and B in C”, “By A of the D”.
const JOINERS: ReadonlySet<string> = new Set(
	'and by in at for of the with from de da del della di du van von der den le la al bin ibn y e & staff'.split(
		' '
	)
);

const LEAD =
	/^(?:by|(?:additional )?reporting by|written by|words by|story by|text by|with reporting by)\s+/i;
const DASH = /^[—–-]\s*/;
const ROLE =
	/^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|bin|al|del))*)\s+(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:writer|reporter|correspondent|editor|journalist|contributor|columnist|producer|fellow|photographer)\b(?:\s+(?:at|for|with|of)\s+(.+?))?\.?$/u;

function words(text: string): string[] {
	return text.split(' ').filter((w) => w !== '');
}

/** Capitalised words and joiners, with commas, semicolons or a bar between them. */
function isNameList(text: string): boolean {
	const ws = words(text.replace(/[,;|/]/g, ' '));
	if (ws.length === 0 || ws.length > 16) return false;
	if (!/^\p{Lu}/u.test(ws[0]!)) return false;
	return ws.every((w) => /^[(“‘"']*[\p{Lu}\p{N}]/u.test(w) || JOINERS.has(w.toLowerCase()));
}

/** A “By X” line (also “Reporting by X”), as a byline stands under a title or at the end. */
export function isByLine(text: string): boolean {
	const lead = LEAD.exec(text);
	if (!lead || !/^\p{Lu}/u.test(text)) return false;
	return isNameList(text.slice(lead[0].length).replace(/\.$/, ''));
}

/** A closing line about the writer: a “By X” line, “X is a writer at Y.”, or “— X, Y”. */
export function isClosingByline(text: string): boolean {
	if (words(text).length > 40) return false;
	if (isByLine(text)) return true;
	if (ROLE.test(text)) return true;
	const dash = DASH.exec(text);
	return dash !== null && isNameList(text.slice(dash[0].length));
}

/** The author and publisher a byline names, when it says them plainly. */
export function metaFromByline(byline: string): ArticleMeta {
	const role = ROLE.exec(byline);
	if (role) {
		const meta: ArticleMeta = { author: role[1]! };
		if (role[2]) meta.publisher = role[2].replace(/\.$/, '').trim();
		return meta;
	}
	const lead = LEAD.exec(byline) ?? DASH.exec(byline);
	if (!lead) return {};
	// The name runs to the first comma, “ in ” (a place) or bar: “By A and B, Staff Writer”.
	const author = byline
		.slice(lead[0].length)
		.split(/,|;|\|| in | at | for /)[0]!
		.replace(/\.$/, '')
		.trim();
	return author ? { author } : {};
}

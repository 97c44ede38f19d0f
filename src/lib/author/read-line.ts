/**
 * One pasted line through the steps that need no neighbours: HTML entities, spaces, Markdown marks and
 * the checks for lines that are not article text. Each change is recorded through `record`.
 */
import { decodeEntities } from './html';
import { JUNK_REASON, junkKind, type JunkKind } from './junk';
import { headingOf, isDivider, isHashtagLine, isImageLine, stripInline } from './markdown';
import { normalizeSpaces } from './spaces';
import type { Change, ChangeKind } from './types';

export type LineKind = 'blank' | 'text' | 'heading' | 'removed';

export interface Line {
	/** Position in the paste: the line number, with `.k` for the k-th piece of a line split at HTML tags. */
	at: string;
	line: number;
	kind: LineKind;
	text: string;
	level?: 1 | 2;
	junk?: JunkKind;
	/** The pasted text of this line, for snippets. */
	raw: string;
}

/** A change before it is known which paragraph it touches. */
export interface Pending extends Omit<Change, 'paragraph'> {
	source: Line | null;
}

/** Records one change; `source` is the line it touches, placed in a paragraph later. */
export type Recorder = (
	kind: ChangeKind,
	at: string,
	line: number,
	description: string,
	original: string,
	source: Line | null,
	undoable?: boolean
) => void;

/** A snippet of at most `max` characters. */
export function short(text: string, max = 80): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One pasted line (or piece of one) through entities, spaces, Markdown and the not-article checks. */
export function readLine(piece: string, line: Line, undo: Set<string>, record: Recorder): Line {
	const { at, line: lineNo } = line;
	let text = piece;
	const decoded = decodeEntities(text);
	if (decoded !== text && !undo.has(`entities@${at}`)) {
		const description = 'Turned HTML codes such as “&amp;” into the characters they stand for.';
		record('entities', at, lineNo, description, text, line);
		text = decoded;
	}
	const spaced = normalizeSpaces(text);
	if (spaced.oddSpaces || spaced.invisible) {
		const description =
			spaced.oddSpaces && spaced.invisible
				? 'Made unusual spaces ordinary ones and removed invisible characters.'
				: spaced.oddSpaces
					? 'Made unusual spaces (such as non-breaking spaces) ordinary ones.'
					: 'Removed invisible characters (such as zero-width spaces or soft hyphens).';
		record('spaces', at, lineNo, description, text, line, false);
	}
	text = spaced.text;
	line.text = text;
	if (text === '') return { ...line, kind: 'blank' };

	const remove = (junk: JunkKind, undoable = true): Line | null => {
		if (undoable && undo.has(`removed-line@${at}`)) return null;
		const description = `Removed “${short(text, 60)}”: ${JUNK_REASON[junk]}.`;
		record('removed-line', at, lineNo, description, text, line, undoable);
		line.kind = 'removed';
		line.junk = junk;
		return line;
	};
	// A hashtag line cannot come back as text: the article format would read it as a heading.
	if (isHashtagLine(text)) return remove('hashtags', false)!;
	if (isDivider(text)) return remove('divider') ?? line;
	if (isImageLine(text)) return remove('image') ?? line;

	if (text.startsWith('#')) {
		const heading = headingOf(text)!;
		const inner = stripInline(heading.text);
		if (inner !== heading.text && inner !== '' && !undo.has(`markdown@${at}`)) {
			const description = 'Removed Markdown marks from a heading and kept its text.';
			record('markdown', at, lineNo, description, text, line);
			heading.text = inner;
		}
		// “#” alone is an empty heading mark: a divider in effect.
		if (heading.text === '') return remove('divider', false)!;
		line.kind = 'heading';
		line.level = heading.level;
		line.text = heading.text;
		return line;
	}

	const inline = stripInline(text);
	// Markup that would leave a “#” first is kept: the article format would read it as a heading.
	if (inline !== text && !inline.startsWith('#') && !undo.has(`markdown@${at}`)) {
		const description = 'Removed Markdown marks (emphasis, links, quote marks) and kept the text.';
		record('markdown', at, lineNo, description, text, line);
		text = inline;
		line.text = text;
		if (text === '') return { ...line, kind: 'blank' };
	}
	const junk = junkKind(text);
	return (junk && remove(junk)) || line;
}

/** The shapes the author modules exchange: a cleaned paste and a proposed article. */
import type { ArticleMeta } from '../article/types';

export type ChangeKind =
	| 'joined-lines'
	| 'dehyphenated'
	| 'removed-line'
	| 'spaces'
	| 'markdown'
	| 'html'
	| 'entities'
	| 'front-matter';

/** One thing cleaning changed, shown to the teacher, who may undo it. */
export interface Change {
	/** Stable across runs on the same paste (`kind@line`), so `cleanPaste(raw, { undo: [id] })` undoes it. */
	id: string;
	kind: ChangeKind;
	/** One plain sentence for a teacher. */
	description: string;
	/** The cleaned paragraph it touches (for a removed line: the one it stood in or before); null for headings and the whole paste. */
	paragraph: number | null;
	/** 1-based line of the paste. */
	line: number;
	/** The pasted text concerned, shortened; a line break is shown as “\n”. */
	original: string;
	/** False where undoing would give text the article format cannot keep (it shows every space alike). */
	undoable: boolean;
}

export type NoteKind =
	'caption' | 'capitals' | 'long-paragraph' | 'link-line' | 'date-line' | 'long-heading';

/** Something pointed out and left as it is. */
export interface Note {
	kind: NoteKind;
	message: string;
	/** The cleaned paragraph it is about, or null for a heading. */
	paragraph: number | null;
	text: string;
}

/** A heading line of the paste (`#`, `##`…, or an HTML `<h1>`, `<h2>`…). */
export interface CleanHeading {
	/** 1: a title (`#`); 2: a section heading (`##` and deeper). */
	level: 1 | 2;
	text: string;
	/** The index of the paragraph the heading stands before (paragraphs.length when none follows). */
	before: number;
	line: number;
}

export interface Cleaned {
	/** Each paragraph on one line, single-spaced, as the article format keeps it. */
	paragraphs: string[];
	headings: CleanHeading[];
	/** Facts from a front matter block, when the paste had one. */
	meta: ArticleMeta;
	changes: Change[];
	notes: Note[];
}

export interface CleanOptions {
	/** Change ids to leave undone, from an earlier run on the same paste. */
	undo?: Iterable<string>;
}

/** Where a section's heading came from; "grouped" headings are renumbered after an edit. */
export type HeadingOrigin = 'article' | 'grouped' | 'edited';

export interface ProposedSection {
	heading: string;
	origin: HeadingOrigin;
	paragraphs: string[];
}

export interface Proposal {
	title: string;
	byline: string | null;
	meta: ArticleMeta;
	sections: ProposedSection[];
	/** What was decided and why, one plain sentence each, for the teacher to check. */
	explanations: string[];
}

/** The result of an edit: a new proposal, or the same one and the reason nothing changed. */
export interface EditResult {
	proposal: Proposal;
	problem: string | null;
}

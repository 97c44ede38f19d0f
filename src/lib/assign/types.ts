/**
 * Teacher links and student hand-ins, with no server: an assignment travels in a link as a compact code,
 * results travel back as a JSON file or a compact text code. Both are versioned and checksummed.
 */
import type { Answer } from '../quiz/grade';

/**
 * - `practice`: retries allowed, answers revealed (as in self-study);
 * - `graded`: the first attempt counts; answers are shown after the hand-in;
 * - `graded-hidden`: the first attempt counts; answers are never shown.
 */
export type AssignmentMode = 'practice' | 'graded' | 'graded-hidden';

export interface Assignment {
	/** Format version of the code: 2 is written today; 1 is read, for links made before. */
	version: 1 | 2;
	/** A short tag of the article's slug, so a link for another article is recognised. */
	article: string;
	/** The bank version the assignment was made for (bank.json `version`). */
	bank: string;
	/** The teacher's title, 1–60 characters ('' only when opened from a typed code: see titleTag). */
	title: string;
	/** 1-based section numbers, ascending, without repeats. */
	sections: number[];
	mode: AssignmentMode;
	/** The student must give a name before starting. */
	requireName: boolean;
	/** Questions of those sections the teacher left out, by questionTag, ascending (format 2). */
	omit?: string[];
	/**
	 * The title's tag, when the title itself is not known: a format-2 assignment opened from its typed
	 * code, whose `title` is ''.
	 */
	titleTag?: string;
}

/** What a student hands back. The file form is this object as JSON; the code form packs the same facts. */
export interface Results {
	format: 'crosscheck-results';
	version: 1;
	/** The assignment code the student opened (identifies article, bank version, sections, mode). */
	assignment: string;
	title: string;
	/** As typed by the student ('' when not required and not given); shown as text only, never HTML. */
	student: string;
	/** First-attempt answers by question id (the graded answers), for every question of the assignment. */
	answers: Record<string, Answer>;
	/** ISO date-time of the hand-in. */
	finishedAt: string;
	/** Guards against accidental damage (not against forgery: a static site cannot prevent that). */
	checksum: string;
}

/** The outcome of reading untrusted input: the value, or one plain sentence saying what is wrong. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string };

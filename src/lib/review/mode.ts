import { writeJson, type StorageLike } from '../progress/store';
// A type only: home and the section pages import this module, and the quiz's code must not come with it.
import type { Mode } from '../quiz/record';

/**
 * How the reader checks their answers: `scored` (the default) counts right answers and first-try scores;
 * `self-check` shows no scores and no pass or fail, only what they got right and where the text
 * settles each question.
 */
export type CheckMode = 'scored' | 'self-check';

/** The reader's preferences, for every article and module alike. */
export const PREFS_KEY = 'crosscheck:prefs:v1';

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** The stored preferences object, or null when there is none or it cannot be read. */
function readPrefs(storage: StorageLike): Record<string, unknown> | null {
	try {
		const parsed: unknown = JSON.parse(storage.getItem(PREFS_KEY) ?? 'null');
		return isObject(parsed) ? parsed : null;
	} catch {
		return null;
	}
}

/**
 * The reader's mode; never throws. Missing, blocked or unreadable prefs read as `scored`: a choice is
 * cheap to make again, so an unreadable value is not backed up, and the next writeMode replaces it.
 */
export function readMode(storage: StorageLike | null): CheckMode {
	const mode = storage && readPrefs(storage)?.mode;
	return mode === 'self-check' ? 'self-check' : 'scored';
}

/** Saves the mode, keeping any other preference stored beside it (a later version's, say). */
export function writeMode(storage: StorageLike | null, mode: CheckMode): 'ok' | 'blocked' | 'full' {
	if (!storage) return 'blocked';
	return writeJson(storage, PREFS_KEY, { ...readPrefs(storage), mode });
}

/**
 * Whether checks show scores (counts, first tries, best tries): always, unless the reader chose
 * self-check and is studying on their own. An assignment (practice or graded) keeps its teacher's mode,
 * whatever the reader chose for their own reading.
 */
export const scoresShown = (checkMode: CheckMode, studyMode: Mode): boolean =>
	checkMode === 'scored' || studyMode !== 'self-study';

/**
 * The student's choice to add what they miss in assignments to their review (off unless they made
 * it; assignments.ts says when it applies); never throws.
 */
export function readFromAssignments(storage: StorageLike | null): boolean {
	return (storage && readPrefs(storage)?.reviewAssignments) === true;
}

/** Saves the choice beside the other preferences. */
export function writeFromAssignments(
	storage: StorageLike | null,
	on: boolean
): 'ok' | 'blocked' | 'full' {
	if (!storage) return 'blocked';
	return writeJson(storage, PREFS_KEY, { ...readPrefs(storage), reviewAssignments: on });
}

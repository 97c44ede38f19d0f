import type { SectionRecord } from '../quiz/state';

/** What is stored under one key: version 1 of the progress format. */
export const STORED_VERSION = 1;

export interface StoredProgress {
	version: typeof STORED_VERSION;
	sections: Record<string, SectionRecord>;
}

// A hand-written guard rather than a schema library: this runs on every student page, where it costs a
// few hundred bytes instead of the ~2 KB a validator adds (valibot checks the bank and hand-in files).
const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const values = (x: unknown, test: (v: unknown) => boolean) =>
	isObject(x) && Object.values(x).every(test);
const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const isBool = (x: unknown) => typeof x === 'boolean';
const isAnswer = (x: unknown) => typeof x === 'string' || values(x, (v) => typeof v === 'string');

function isSectionRecord(x: unknown): x is SectionRecord {
	return (
		isObject(x) &&
		values(x.answers, isAnswer) &&
		isCount(x.checks) &&
		(x.first === null || values(x.first, isBool)) &&
		values(x.results, isBool) &&
		values(x.misses, isCount) &&
		Array.isArray(x.revealed) &&
		x.revealed.every((id) => typeof id === 'string') &&
		(x.best === null || isCount(x.best)) &&
		(x.firstAnswers === undefined || values(x.firstAnswers, isAnswer))
	);
}

/** True when `x` is stored progress this version of Crosscheck can read. */
export function isStoredProgress(x: unknown): x is StoredProgress {
	return isObject(x) && x.version === STORED_VERSION && values(x.sections, isSectionRecord);
}

/**
 * True for progress a newer Crosscheck saved (a higher version): this version cannot read it, and must
 * not move or overwrite it, or a student who opens an older cached copy loses it.
 */
export function isNewerProgress(x: unknown): boolean {
	return isObject(x) && typeof x.version === 'number' && x.version > STORED_VERSION;
}

// The progress store's helpers, reused; the reading and writing below are its patterns, written again
// here because the progress code is loaded by every student page and the report's would add to them.
import { clearProgress, keepBackup, type StorageLike, type StorageStatus } from '../progress/store';
import type { Input } from './import';

/** Version 1 of what the class report keeps in the browser. */
export const KEPT_VERSION = 1;

/**
 * What the class report keeps between visits: what the teacher imported, as it came (a file's text, a
 * pasted code), and the assignment they named. Inputs are kept rather than decoded results, so a reload
 * reads them with the same checks as the first import, against the questions this site has now.
 */
export interface Kept {
	version: typeof KEPT_VERSION;
	/** The assignment code the teacher named, or null when the first result decides. */
	assignment: string | null;
	inputs: Input[];
}

export const emptyKept = (): Kept => ({ version: KEPT_VERSION, assignment: null, inputs: [] });

/**
 * `crosscheck:report:v1:<slug>`: apart from progress keys, which never begin `crosscheck:report:`. A
 * module's report is keyed by the module's slug (`m-<moduleId>`), so its imports stay apart from the
 * built-in article's and from every other module's.
 */
export const keptKey = (article: string) => `crosscheck:report:v${KEPT_VERSION}:${article}`;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string';

function isInput(x: unknown): x is Input {
	if (!isObject(x) || !isText(x.source)) return false;
	if (x.kind === 'code') return isText(x.text);
	return (
		x.kind === 'file' &&
		Number.isInteger(x.size) &&
		(x.size as number) >= 0 &&
		(x.text === undefined || isText(x.text))
	);
}

/** True when `x` is what this version keeps. */
export function isKept(x: unknown): x is Kept {
	return (
		isObject(x) &&
		x.version === KEPT_VERSION &&
		(x.assignment === null || isText(x.assignment)) &&
		Array.isArray(x.inputs) &&
		x.inputs.every(isInput)
	);
}

/**
 * Reads what the report kept; never throws. As with progress: blocked storage gives an empty report for
 * this visit, a value that cannot be read is set aside (`…:unreadable:<time>`) and the report starts
 * empty, and a newer version's value is left untouched.
 */
export function readKept(
	storage: StorageLike | null,
	key: string,
	now = Date.now()
): { kept: Kept; status: StorageStatus } {
	if (!storage) return { kept: emptyKept(), status: 'blocked' };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch {
		return { kept: emptyKept(), status: 'blocked' };
	}
	if (raw === null) return { kept: emptyKept(), status: 'ok' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	if (isKept(parsed)) return { kept: parsed, status: 'ok' };
	const v = isObject(parsed) ? parsed.version : undefined;
	if (typeof v === 'number' && v > KEPT_VERSION) return { kept: emptyKept(), status: 'newer' };
	try {
		keepBackup(storage, key, raw, now);
		storage.removeItem(key);
	} catch {
		// The backup is best effort; the report still starts empty for this visit.
	}
	return { kept: emptyKept(), status: 'recovered' };
}

/** Keeps the report's imports; an empty report removes the key, so nothing is left behind. */
export function writeKept(
	storage: StorageLike | null,
	key: string,
	kept: Kept
): 'ok' | 'blocked' | 'full' {
	if (kept.inputs.length === 0 && kept.assignment === null) return clearProgress(storage, key);
	if (!storage) return 'blocked';
	try {
		storage.setItem(key, JSON.stringify(kept));
		return 'ok';
	} catch (err) {
		// As writeProgress tells a full storage from a blocked one.
		const name = (err as { name?: string } | null)?.name ?? '';
		return /quota/i.test(name) || (err as { code?: number } | null)?.code === 22
			? 'full'
			: 'blocked';
	}
}

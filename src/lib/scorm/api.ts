/**
 * The SCORM 1.2 run-time API as the LMS exposes it (a `window.API` object in a frame above ours, or in
 * the window that opened ours), and the ADL algorithm that finds it. No SCORM 2004 (`API_1484_11`).
 */

/**
 * What an LMS function may return. The standard says strings ('true', 'false', '0', '301'), but real
 * LMSs return booleans or numbers too (an LMSSetValue returning `true`, an LMSGetLastError returning
 * `0`), or nothing at all; lmsBoolean, lmsErrorCode and lmsString read any of them.
 */
export type LmsResult = string | number | boolean | null | undefined;

/** The 8 functions of the SCORM 1.2 API, as the LMS provides them. */
export interface Scorm12Api {
	LMSInitialize(parameter: string): LmsResult;
	LMSFinish(parameter: string): LmsResult;
	LMSGetValue(element: string): LmsResult;
	LMSSetValue(element: string, value: string): LmsResult;
	LMSCommit(parameter: string): LmsResult;
	LMSGetLastError(): LmsResult;
	LMSGetErrorString(errorCode: string): LmsResult;
	LMSGetDiagnostic(errorCode: string): LmsResult;
}

const FUNCTIONS = [
	'LMSInitialize',
	'LMSFinish',
	'LMSGetValue',
	'LMSSetValue',
	'LMSCommit',
	'LMSGetLastError',
	'LMSGetErrorString',
	'LMSGetDiagnostic'
] as const satisfies readonly (keyof Scorm12Api)[];

/**
 * The little of a window findApi reads, so tests can pass plain objects; a real `Window` fits. Any of
 * these may throw when the window is another origin's frame.
 */
export interface WindowLike {
	readonly API?: unknown;
	readonly parent?: WindowLike | null;
	readonly opener?: WindowLike | null;
}

/** `read()`, or undefined when it throws (a cross-origin window's properties throw SecurityError). */
function attempt<T>(read: () => T): T | undefined {
	try {
		return read();
	} catch {
		return undefined;
	}
}

/** A success flag: true for `true`/'true'/1, false for `false`/'false'/0, null when it says neither. */
export function lmsBoolean(result: LmsResult): boolean | null {
	const text = String(result).trim().toLowerCase();
	if (text === 'true' || text === '1') return true;
	if (text === 'false' || text === '0') return false;
	return null;
}

/** An error code as a string, '0' for none: an LMS may answer 0, '0', '' or nothing at all. */
export function lmsErrorCode(result: LmsResult): string {
	if (result === null || result === undefined) return '0';
	const text = String(result).trim();
	return text === '' ? '0' : text;
}

/** A value read with LMSGetValue: '' for null or undefined (an unset element on some LMSs). */
export function lmsString(result: LmsResult): string {
	return result === null || result === undefined ? '' : String(result);
}

/**
 * True when `value` has the 8 API functions (a page's unrelated `API` global, say, has not). False,
 * not an exception, when reading them throws.
 */
export function isScorm12Api(value: unknown): value is Scorm12Api {
	if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
	const api = value as Record<string, unknown>;
	return attempt(() => FUNCTIONS.every((name) => typeof api[name] === 'function')) === true;
}

/** Hops up the parent chain, as in ADL's sample code: 7 parents above the window we start from. */
const MAX_HOPS = 7;

/**
 * The API on `win` or one of its parents (at most MAX_HOPS up, stopping at the top, whose parent is
 * itself). A window whose API cannot be read (another origin's) is passed over, but one whose parent
 * cannot be read ends the search: nothing above it is reachable.
 */
function searchUp(start: WindowLike): Scorm12Api | null {
	let win = start;
	for (let hops = 0; ; hops++) {
		const api: unknown = attempt(() => win.API);
		if (isScorm12Api(api)) return api;
		if (hops === MAX_HOPS) return null;
		const parent = attempt(() => win.parent);
		if (!parent || parent === win) return null;
		win = parent;
	}
}

/**
 * The LMS's SCORM 1.2 API for a page in `win` (pass `window`), or null when there is none (the page
 * opened on its own, outside an LMS). ADL's discovery: the window and its parents first (the LMS put
 * us in a frame), then the window that opened ours and its parents (the LMS opened us in a pop-up).
 */
export function findApi(win: WindowLike): Scorm12Api | null {
	const found = searchUp(win);
	if (found) return found;
	const opener = attempt(() => win.opener);
	return opener ? searchUp(opener) : null;
}

import { lmsBoolean, lmsErrorCode, lmsString, type LmsResult, type Scorm12Api } from './api';
import { cmiTimespan } from './timespan';

/**
 * One SCORM 1.2 session of a packaged assignment: initialise, read the resume data, report progress
 * after each answer, finish when the page goes. The API and the clock are injected (findApi(window)
 * and Date.now in the page; scorm-again and a fake clock in tests/unit/scorm-session.test.ts).
 *
 * Nothing here throws, whatever the LMS does: a student's page must keep working when the LMS
 * misbehaves. What went wrong is in `status` instead, for the page to show.
 */

export type ScormStatus =
	/** No LMS: the page was opened on its own (a preview, a file on disk), so nothing is recorded. */
	| { readonly kind: 'none' }
	/** The LMS took every call of the last step (start, report or finish). */
	| { readonly kind: 'connected' }
	/**
	 * The last step did not fully reach the LMS. `detail` is a sentence for a teacher or an LMS admin,
	 * e.g. "LMSSetValue(cmi.core.score.raw) failed: LMS error 405 (Incorrect Data Type)."
	 */
	| { readonly kind: 'failing'; readonly detail: string };

export interface ScormProgress {
	/** Questions answered right. */
	right: number;
	/** Questions in the assignment. */
	total: number;
	/** Questions answered, right or wrong. */
	answered: number;
	/** The page's own resume data, given back as `resume` next time (at most SUSPEND_DATA_LIMIT). */
	suspend: string;
}

export interface ScormSessionOptions {
	/**
	 * The pass mark in percent, or null for none (then a finished assignment is 'completed', not
	 * 'passed' or 'failed'). The LMS's own `cmi.student_data.mastery_score` wins when it has one.
	 */
	masteryScore: number | null;
	/** Milliseconds, for `cmi.core.session_time`; Date.now by default. */
	now?: () => number;
	/** Called with the status after startSession, each report and finish. */
	onStatus?: (status: ScormStatus) => void;
}

export interface ScormSession {
	/** As of the last step: startSession, report or finish. */
	readonly status: ScormStatus;
	/** `cmi.suspend_data` as the LMS gave it at start: the previous session's `suspend`, or ''. */
	readonly resume: string;
	/** `cmi.core.entry`: 'ab-initio' (first launch), 'resume' (after an exit of 'suspend') or ''. */
	readonly entry: string;
	/** `cmi.core.student_name`, which SCORM 1.2 writes "Last, First" (e.g. "Doe, Jane"); '' if none. */
	readonly studentName: string;
	/** The pass mark in use: the LMS's, else options.masteryScore, else null. */
	readonly masteryScore: number | null;
	/** True once finish() ran. */
	readonly finished: boolean;
	/** Sends score, lesson status, exit and resume data, then commits. Does nothing after finish. */
	report(progress: ScormProgress): void;
	/**
	 * Sends the session time and ends the session (LMSFinish), once; later calls do nothing. Synchronous
	 * and never throws, so a `pagehide` handler can call it.
	 */
	finish(): void;
}

/** SCORM 1.2's cmi.suspend_data is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;

/** SCORM 1.2's "Not implemented" error: cmi.student_data.mastery_score is optional for an LMS. */
const NOT_IMPLEMENTED = '401';

/** LMS strings in a detail are cut here, so an LMS's page-long diagnostic cannot swamp the status. */
const MAX_LMS_TEXT = 200;

/** A pass mark in percent, or null when `value` is not one (150, NaN, '' from an LMS without one). */
function masteryOf(value: unknown): number | null {
	let n: number;
	if (typeof value === 'number') n = value;
	else if (typeof value === 'string' && /^\s*\d{1,3}(?:\.\d+)?\s*$/.test(value)) n = Number(value);
	else return null;
	return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/** A count from the page: a whole number from 0, whatever came in (NaN or -1 are 0, 2.5 is 2). */
const count = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/** What the LMS sees for some progress. The page's numbers may be anything; these are always valid. */
export function scormValues(progress: ScormProgress, masteryScore: number | null) {
	const total = count(progress.total);
	const right = Math.min(count(progress.right), total);
	const answered = Math.min(count(progress.answered), total);
	// A percentage, not right out of total: Moodle takes score.raw as the grade out of 100 whatever
	// score.max says, so 7 right of 12 must be sent as 58. An empty assignment scores 0.
	const raw = total === 0 ? 0 : Math.round((100 * right) / total);
	const done = answered === total;
	// Against the rounded raw, the number the LMS sees: 2 of 3 is 67, which passes a mastery of 67,
	// as it would when the LMS itself compares raw with mastery_score.
	const lessonStatus = !done
		? 'incomplete'
		: masteryScore === null
			? 'completed'
			: raw >= masteryScore
				? 'passed'
				: 'failed';
	return { raw: String(raw), lessonStatus, done } as const;
}

const text = (error: unknown) => {
	try {
		return error instanceof Error ? error.message : String(error);
	} catch {
		return 'an unreadable error';
	}
};

const clip = (s: string) => (s.length > MAX_LMS_TEXT ? `${s.slice(0, MAX_LMS_TEXT - 1)}…` : s);

const NONE: ScormStatus = { kind: 'none' };
const CONNECTED: ScormStatus = { kind: 'connected' };

/** A session that records nothing, for a page opened without an LMS. */
function noSession(masteryScore: number | null, onStatus: (status: ScormStatus) => void) {
	let finished = false;
	const session: ScormSession = {
		status: NONE,
		resume: '',
		entry: '',
		studentName: '',
		masteryScore,
		get finished() {
			return finished;
		},
		report() {},
		finish() {
			finished = true;
		}
	};
	onStatus(NONE);
	return session;
}

/**
 * Starts a session on `api` (from findApi; null when there is no LMS, giving a session of kind 'none'
 * that does nothing). Calls LMSInitialize and reads the resume data, entry, student name and the LMS's
 * mastery score at once, so the page can restore its state before the first report.
 */
export function startSession(api: Scorm12Api | null, options: ScormSessionOptions): ScormSession {
	const now = options.now ?? Date.now;
	const notify = (status: ScormStatus) => {
		try {
			options.onStatus?.(status);
		} catch {
			// The page's listener failing is not the LMS failing; the status getter still has it.
		}
	};
	if (api === null) return noSession(masteryOf(options.masteryScore), notify);

	let problems: string[] = [];
	let status: ScormStatus = CONNECTED;
	let finished = false;

	/** Ends a step: its problems, if any, make the status. */
	const settle = () => {
		const [first, ...rest] = problems;
		status =
			first === undefined
				? CONNECTED
				: {
						kind: 'failing',
						detail: rest.length
							? `${first} (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`
							: first
					};
		problems = [];
		notify(status);
	};

	const lastError = (): string => {
		try {
			return lmsErrorCode(api.LMSGetLastError());
		} catch (error) {
			problems.push(`LMSGetLastError threw: ${text(error)}.`);
			return '0';
		}
	};

	const lmsText = (read: () => LmsResult) => {
		try {
			return clip(lmsString(read()).trim());
		} catch {
			return '';
		}
	};

	const failed = (label: string, code: string) => {
		const message = lmsText(() => api.LMSGetErrorString(code));
		const diagnostic = lmsText(() => api.LMSGetDiagnostic(code));
		let detail = `${label} failed: LMS error ${code}`;
		if (message) detail += ` (${message})`;
		if (diagnostic && diagnostic !== message) detail += `: ${diagnostic}`;
		// One full stop, whether or not the LMS's diagnostic ended with its own.
		problems.push(`${detail.replace(/[.\s]+$/, '')}.`);
	};

	/**
	 * Calls `run` and checks it: an error code other than '0' (or one of `allowed`) is a problem, and so
	 * is a result of false from a call that returns a flag (all but LMSGetValue). Returns the result as
	 * text (LMSGetValue's value), '' when the call threw.
	 */
	const check = (
		label: string,
		run: () => LmsResult,
		returns: 'flag' | 'value',
		allowed: readonly string[] = []
	): string => {
		let result: LmsResult;
		try {
			result = run();
		} catch (error) {
			problems.push(`${label} threw: ${text(error)}.`);
			return '';
		}
		const code = lastError();
		if (code !== '0' && !allowed.includes(code)) failed(label, code);
		else if (returns === 'flag' && lmsBoolean(result) === false) {
			problems.push(`${label} returned false with no error code.`);
		}
		return lmsString(result);
	};

	const flag = (name: string, run: () => LmsResult) => void check(name, run, 'flag');
	const set = (element: string, value: string) =>
		flag(`LMSSetValue(${element})`, () => api.LMSSetValue(element, value));
	const get = (element: string, allowed?: readonly string[]) =>
		check(`LMSGetValue(${element})`, () => api.LMSGetValue(element), 'value', allowed);

	const safeNow = () => {
		try {
			return now();
		} catch {
			return NaN;
		}
	};

	const startedAt = safeNow();
	flag('LMSInitialize', () => api.LMSInitialize(''));
	const resume = get('cmi.suspend_data');
	const entry = get('cmi.core.entry');
	const studentName = get('cmi.core.student_name');
	const lmsMastery = get('cmi.student_data.mastery_score', [NOT_IMPLEMENTED]);
	const masteryScore = masteryOf(lmsMastery) ?? masteryOf(options.masteryScore);
	settle();

	return {
		get status() {
			return status;
		},
		resume,
		entry,
		studentName,
		masteryScore,
		get finished() {
			return finished;
		},
		report(progress) {
			if (finished) return;
			const { raw, lessonStatus, done } = scormValues(progress, masteryScore);
			// The score only once every question is answered: an LMS that compares raw with the mastery
			// score itself (Moodle's "mastery score overrides status", scorm-again by default) would
			// otherwise mark a student who left halfway passed or failed.
			if (done) {
				set('cmi.core.score.min', '0');
				set('cmi.core.score.max', '100');
				set('cmi.core.score.raw', raw);
			}
			set('cmi.core.lesson_status', lessonStatus);
			// 'suspend' asks the LMS to offer resume (entry 'resume' next time); '' is a normal exit.
			set('cmi.core.exit', done ? '' : 'suspend');
			const suspend = typeof progress.suspend === 'string' ? progress.suspend : '';
			// Counted in UTF-16 units, which are never fewer than characters: under the limit here is
			// under it for any LMS. Some LMSs take more, others cut or refuse it: we never send more.
			if (suspend.length <= SUSPEND_DATA_LIMIT) set('cmi.suspend_data', suspend);
			else {
				problems.push(
					`The resume data was not sent: ${suspend.length.toLocaleString('en')} characters, ` +
						`over the ${SUSPEND_DATA_LIMIT.toLocaleString('en')} SCORM 1.2 allows ` +
						`(the rest was sent).`
				);
			}
			flag('LMSCommit', () => api.LMSCommit(''));
			settle();
		},
		finish() {
			if (finished) return;
			// First, so a finish() from inside a callback of this one cannot call LMSFinish twice.
			finished = true;
			set('cmi.core.session_time', cmiTimespan(safeNow() - startedAt));
			flag('LMSFinish', () => api.LMSFinish(''));
			settle();
		}
	};
}

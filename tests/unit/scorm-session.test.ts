import fc from 'fast-check';
import { Scorm12API } from 'scorm-again';
import { describe, expect, it, vi } from 'vitest';
import type { LmsResult, Scorm12Api } from '../../src/lib/scorm/api';
import {
	scormValues,
	startSession,
	SUSPEND_DATA_LIMIT,
	type ScormProgress,
	type ScormStatus
} from '../../src/lib/scorm/session';

/** scorm-again's LMS side, optionally with data the LMS had before launch (from the manifest, say). */
function lms(preset?: Record<string, unknown>) {
	const api = new Scorm12API({ autocommit: false, logLevel: 5 });
	if (preset) api.loadFromJSON(preset);
	return api;
}

/** The LMS's data model as it would commit it, write-only elements (exit, session_time) included. */
const core = (api: Scorm12API) =>
	(api.renderCMIToJSONObject() as { cmi: { core: Record<string, unknown> } }).cmi.core;

/** Every LMSSetValue the session made, as [element, value]. */
const setCalls = (api: Scorm12API) => {
	const spy = vi.spyOn(api, 'LMSSetValue');
	return () => spy.mock.calls.map(([element, value]) => [element, value] as [string, unknown]);
};

const progress = (right: number, answered: number, total: number, suspend = ''): ScormProgress => ({
	right,
	answered,
	total,
	suspend
});

describe('startSession on an LMS (scorm-again)', () => {
	it('initialises and reads a first launch: no resume data, connected', () => {
		const api = lms();
		const session = startSession(api, { masteryScore: null });
		expect(api.isInitialized()).toBe(true);
		expect(session.status).toEqual({ kind: 'connected' });
		expect(session.resume).toBe('');
		expect(session.masteryScore).toBeNull();
		expect(session.finished).toBe(false);
	});

	it('reports partial progress: incomplete, exit suspend, the resume data, and no score yet', () => {
		const api = lms();
		const commit = vi.spyOn(api, 'LMSCommit');
		const session = startSession(api, { masteryScore: 70 });
		// 7 right of 12 answered of 20: no score until all are answered, or an LMS that compares raw
		// with the mastery score would pass or fail a student who left halfway.
		session.report(progress(7, 12, 20, '{"q1":"b"}'));
		expect(session.status).toEqual({ kind: 'connected' });
		expect(api.cmi.core.score.raw).toBe('');
		expect(api.cmi.core.lesson_status).toBe('incomplete');
		expect(core(api).exit).toBe('suspend');
		expect(api.LMSGetValue('cmi.suspend_data')).toBe('{"q1":"b"}');
		expect(commit).toHaveBeenCalledTimes(1);
		expect(commit).toHaveBeenCalledWith('');
	});

	it('scores a percentage once every question is answered', () => {
		const api = lms();
		// All 20 answered, 7 right: 35 %, not 7 (Moodle reads raw as out of 100).
		startSession(api, { masteryScore: 70 }).report(progress(7, 20, 20));
		expect(api.cmi.core.score.raw).toBe('35');
		expect(api.cmi.core.score.min).toBe('0');
		expect(api.cmi.core.score.max).toBe('100');
	});

	it("passes or fails against the page's mastery score once every question is answered", () => {
		const pass = lms();
		startSession(pass, { masteryScore: 60 }).report(progress(3, 5, 5));
		expect(pass.cmi.core.score.raw).toBe('60');
		expect(pass.cmi.core.lesson_status).toBe('passed');
		expect(core(pass).exit).toBe('');

		const fail = lms();
		startSession(fail, { masteryScore: 60 }).report(progress(2, 5, 5));
		expect(fail.cmi.core.score.raw).toBe('40');
		expect(fail.cmi.core.lesson_status).toBe('failed');
		expect(core(fail).exit).toBe('');
	});

	it("takes the LMS's cmi.student_data.mastery_score over the page's", () => {
		const api = lms({ student_data: { mastery_score: '80' } });
		const session = startSession(api, { masteryScore: 50 });
		expect(session.masteryScore).toBe(80);
		session.report(progress(6, 10, 10));
		// 60 passes the page's 50, but the LMS said 80.
		expect(api.cmi.core.lesson_status).toBe('failed');
		session.report(progress(8, 10, 10));
		expect(api.cmi.core.lesson_status).toBe('passed');
	});

	it('says completed, not passed or failed, when there is no mastery score', () => {
		const api = lms();
		startSession(api, { masteryScore: null }).report(progress(1, 4, 4));
		expect(api.cmi.core.lesson_status).toBe('completed');
		expect(api.cmi.core.score.raw).toBe('25');
		expect(core(api).exit).toBe('');
	});

	it('refuses resume data over 4,096 characters, says so, and still sends the score', () => {
		const api = lms();
		const session = startSession(api, { masteryScore: null });
		session.report(progress(1, 1, 3, 'earlier'));
		session.report(progress(2, 3, 3, 'x'.repeat(SUSPEND_DATA_LIMIT + 1)));
		expect(session.status.kind).toBe('failing');
		expect(session.status).toMatchObject({
			detail: expect.stringMatching(/resume data was not sent: 4,097 characters.*4,096/)
		});
		expect(api.LMSGetValue('cmi.suspend_data')).toBe('earlier');
		expect(api.cmi.core.score.raw).toBe('67');
		// Exactly 4,096 is allowed, and the status recovers with it.
		session.report(progress(2, 2, 3, 'y'.repeat(SUSPEND_DATA_LIMIT)));
		expect(session.status).toEqual({ kind: 'connected' });
		expect(api.LMSGetValue('cmi.suspend_data')).toHaveLength(SUSPEND_DATA_LIMIT);
	});

	it("gives back the previous session's resume data, entry and student name", () => {
		const api = lms({
			suspend_data: '{"answers":{"q1":"b"}}',
			core: { entry: 'resume', student_name: 'Doe, Jane' }
		});
		const session = startSession(api, { masteryScore: null });
		expect(session.resume).toBe('{"answers":{"q1":"b"}}');
		expect(session.entry).toBe('resume');
		expect(session.studentName).toBe('Doe, Jane');
		expect(session.status).toEqual({ kind: 'connected' });
	});

	it('finish sets session_time from the injected clock and calls LMSFinish once; then nothing', () => {
		const api = lms();
		const finish = vi.spyOn(api, 'LMSFinish');
		const calls = setCalls(api);
		let clock = 1_000_000;
		const session = startSession(api, { masteryScore: null, now: () => clock });
		session.report(progress(1, 2, 2));
		clock += ((1 * 60 + 2) * 60 + 3) * 1000 + 456; // 1 h 2 min 3.456 s
		session.finish();
		session.finish();
		session.finish();
		expect(finish).toHaveBeenCalledTimes(1);
		expect(finish).toHaveBeenCalledWith('');
		expect(calls()).toContainEqual(['cmi.core.session_time', '0001:02:03.45']);
		expect(api.isTerminated()).toBe(true);
		expect(session.finished).toBe(true);
		expect(session.status).toEqual({ kind: 'connected' });
		const before = calls().length;
		session.report(progress(2, 2, 2));
		expect(calls()).toHaveLength(before);
		expect(api.cmi.core.score.raw).toBe('50');
	});

	it('is failing, with the error code and string, on an LMS that is already finished', () => {
		const api = lms();
		api.LMSInitialize('');
		api.LMSFinish('');
		const session = startSession(api, { masteryScore: null });
		expect(session.status.kind).toBe('failing');
		expect(session.status).toMatchObject({
			detail: expect.stringContaining('LMSInitialize failed: LMS error 101 (General Exception)')
		});
		// scorm-again still takes values after LMSFinish (so the status recovers), but its second
		// LMSFinish returns 'true' with error 101: the code decides.
		session.report(progress(1, 1, 1));
		expect(session.status).toEqual({ kind: 'connected' });
		session.finish();
		expect(session.status).toMatchObject({
			kind: 'failing',
			detail: expect.stringContaining('LMSFinish failed: LMS error 101')
		});
	});
});

/** A scripted LMS: every call succeeds unless `overrides` says otherwise; records what it is told. */
function scripted(overrides: Partial<Scorm12Api> = {}) {
	let lastError: LmsResult = '0';
	const values = new Map<string, string>();
	const api: Scorm12Api & { values: Map<string, string>; fail(code: LmsResult): void } = {
		values,
		fail(code) {
			lastError = code;
		},
		LMSInitialize: () => ((lastError = '0'), 'true'),
		LMSFinish: () => ((lastError = '0'), 'true'),
		LMSGetValue: (element) => ((lastError = '0'), values.get(element) ?? ''),
		LMSSetValue: (element, value) => ((lastError = '0'), values.set(element, value), 'true'),
		LMSCommit: () => ((lastError = '0'), 'true'),
		LMSGetLastError: () => lastError,
		LMSGetErrorString: (code) => (code === '101' ? 'General Exception' : `Error ${code}`),
		LMSGetDiagnostic: () => 'The server answered 503.',
		...overrides
	};
	return api;
}

describe('startSession on a misbehaving LMS', () => {
	it("is failing, with the LMS's code, string and diagnostic, when LMSCommit returns 'false'", () => {
		const api: ReturnType<typeof scripted> = scripted({
			LMSCommit: () => (api.fail('101'), 'false')
		});
		const session = startSession(api, { masteryScore: null });
		expect(session.status).toEqual({ kind: 'connected' });
		session.report(progress(1, 2, 2));
		expect(session.status).toEqual({
			kind: 'failing',
			detail: 'LMSCommit failed: LMS error 101 (General Exception): The server answered 503.'
		});
	});

	it('is failing when LMSSetValue returns false (a boolean) with a numeric error code', () => {
		const api: ReturnType<typeof scripted> = scripted({
			LMSSetValue: (element) => (element === 'cmi.core.score.raw' ? (api.fail(405), false) : 'true')
		});
		const session = startSession(api, { masteryScore: null });
		session.report(progress(1, 2, 2));
		expect(session.status).toMatchObject({
			kind: 'failing',
			detail: expect.stringMatching(/^LMSSetValue\(cmi\.core\.score\.raw\) failed: LMS error 405/)
		});
	});

	it("is failing on a 'false' with no error code, and on an error code with 'true'", () => {
		const silent = startSession(scripted({ LMSCommit: () => 'false' }), { masteryScore: null });
		silent.report(progress(0, 0, 1));
		expect(silent.status).toEqual({
			kind: 'failing',
			detail: 'LMSCommit returned false with no error code.'
		});

		const api: ReturnType<typeof scripted> = scripted({
			LMSInitialize: () => (api.fail('301'), 'true')
		});
		expect(startSession(api, { masteryScore: null }).status).toMatchObject({
			detail: expect.stringContaining('LMSInitialize failed: LMS error 301')
		});
	});

	it('counts the other problems of a step in the detail', () => {
		const api: ReturnType<typeof scripted> = scripted({
			LMSSetValue: () => (api.fail('201'), 'false')
		});
		const session = startSession(api, { masteryScore: null });
		session.report(progress(0, 1, 1));
		// score.min, score.max, score.raw, lesson_status, exit, suspend_data: 6 failed SetValues.
		expect(session.status).toMatchObject({
			detail: expect.stringMatching(
				/^LMSSetValue\(cmi\.core\.score\.min\).*\(and 5 more problems\)$/
			)
		});
	});

	it('never throws when every LMS function throws, and says what threw', () => {
		const boom = () => {
			throw new Error('LMS frame unloaded');
		};
		const api: Scorm12Api = {
			LMSInitialize: boom,
			LMSFinish: boom,
			LMSGetValue: boom,
			LMSSetValue: boom,
			LMSCommit: boom,
			LMSGetLastError: boom,
			LMSGetErrorString: boom,
			LMSGetDiagnostic: boom
		};
		const statuses: ScormStatus[] = [];
		const session = startSession(api, {
			masteryScore: 50,
			onStatus: (s) => statuses.push(s),
			now: () => {
				throw new Error('no clock');
			}
		});
		expect(session.status).toEqual({
			kind: 'failing',
			detail: 'LMSInitialize threw: LMS frame unloaded. (and 4 more problems)'
		});
		expect(session.resume).toBe('');
		expect(session.masteryScore).toBe(50);
		expect(() => session.report(progress(1, 1, 1))).not.toThrow();
		expect(() => session.finish()).not.toThrow();
		expect(session.status).toMatchObject({
			detail: expect.stringContaining('LMSSetValue(cmi.core.session_time) threw')
		});
		expect(statuses.map((s) => s.kind)).toEqual(['failing', 'failing', 'failing']);
	});

	it("never throws on an LMS whose values are not strings, or whose 'API' is not one at all", () => {
		const odd = scripted({
			LMSInitialize: () => true,
			LMSGetValue: () => null,
			LMSGetLastError: () => 0,
			LMSCommit: () => undefined
		});
		const session = startSession(odd, { masteryScore: null });
		session.report(progress(1, 1, 1));
		expect(session.status).toEqual({ kind: 'connected' });
		expect(session.resume).toBe('');
		expect(odd.values.get('cmi.core.lesson_status')).toBe('completed');

		const bogus = startSession({} as Scorm12Api, { masteryScore: null });
		expect(bogus.status.kind).toBe('failing');
		expect(() => bogus.finish()).not.toThrow();
	});

	it("takes an LMS without cmi.student_data (error 401) as having no mastery score: the page's", () => {
		const api: ReturnType<typeof scripted> = scripted({
			LMSGetValue: (element) =>
				element === 'cmi.student_data.mastery_score' ? (api.fail('401'), '') : (api.fail('0'), '')
		});
		const session = startSession(api, { masteryScore: 75 });
		expect(session.status).toEqual({ kind: 'connected' });
		expect(session.masteryScore).toBe(75);
	});

	it("ignores a mastery score that is not 0-100, the LMS's or the page's", () => {
		for (const bad of ['150', 'abc', '-5', ' ']) {
			const api = scripted();
			api.values.set('cmi.student_data.mastery_score', bad);
			expect(startSession(api, { masteryScore: 40 }).masteryScore).toBe(40);
		}
		const api = scripted();
		api.values.set('cmi.student_data.mastery_score', '62.5');
		expect(startSession(api, { masteryScore: 40 }).masteryScore).toBe(62.5);
		for (const bad of [NaN, -1, 101, Infinity]) {
			expect(startSession(scripted(), { masteryScore: bad }).masteryScore).toBeNull();
		}
	});

	it('reports the status of the last step: a failure clears when the LMS recovers', () => {
		let down = true;
		const api: ReturnType<typeof scripted> = scripted({
			LMSCommit: () => (down ? (api.fail('101'), 'false') : (api.fail('0'), 'true'))
		});
		const statuses: ScormStatus[] = [];
		const session = startSession(api, { masteryScore: null, onStatus: (s) => statuses.push(s) });
		session.report(progress(0, 1, 2));
		down = false;
		session.report(progress(1, 2, 2));
		session.finish();
		expect(statuses.map((s) => s.kind)).toEqual(['connected', 'failing', 'connected', 'connected']);
	});

	it('keeps working when the onStatus listener throws', () => {
		const api = scripted();
		const session = startSession(api, {
			masteryScore: null,
			onStatus: () => {
				throw new Error('listener bug');
			}
		});
		expect(() => session.report(progress(1, 1, 2, 'r'))).not.toThrow();
		expect(api.values.get('cmi.suspend_data')).toBe('r');
		expect(session.status).toEqual({ kind: 'connected' });
	});
});

describe('startSession without an LMS', () => {
	it("is of kind 'none' and does nothing", () => {
		const statuses: ScormStatus[] = [];
		const session = startSession(null, { masteryScore: 70, onStatus: (s) => statuses.push(s) });
		expect(session.status).toEqual({ kind: 'none' });
		expect(statuses).toEqual([{ kind: 'none' }]);
		expect(session.resume).toBe('');
		expect(session.masteryScore).toBe(70);
		session.report(progress(1, 1, 1, 'x'.repeat(10_000)));
		session.finish();
		expect(session.status).toEqual({ kind: 'none' });
		expect(session.finished).toBe(true);
	});
});

describe('scormValues', () => {
	it('rounds to a whole percentage and compares the rounded score with the mastery score', () => {
		expect(scormValues(progress(2, 3, 3), 67)).toEqual({
			raw: '67',
			lessonStatus: 'passed',
			done: true
		});
		expect(scormValues(progress(1, 3, 3), 34)).toMatchObject({ raw: '33', lessonStatus: 'failed' });
		expect(scormValues(progress(7, 12, 12), null)).toMatchObject({
			raw: '58',
			lessonStatus: 'completed'
		});
	});

	it('clamps what the page should never send: more right than questions, negatives, NaN', () => {
		expect(scormValues(progress(9, 9, 5), 50)).toMatchObject({ raw: '100', done: true });
		expect(scormValues(progress(-1, NaN, 4), 50)).toMatchObject({ raw: '0', done: false });
		expect(scormValues(progress(1, 0, 0), 50)).toMatchObject({ raw: '0', done: true });
	});
});

describe('report() fuzzed against scorm-again', () => {
	const count = fc.oneof(
		fc.integer({ min: -3, max: 60 }),
		fc.double(),
		fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53)
	);
	const suspend = fc.oneof(
		fc.string(),
		fc.string({ unit: 'binary' }),
		fc.constantFrom('x'.repeat(SUSPEND_DATA_LIMIT), 'x'.repeat(SUSPEND_DATA_LIMIT + 1))
	);

	it('never throws, always sends a whole score 0-100, and the LMS takes every value', () => {
		const api = lms();
		const session = startSession(api, {
			masteryScore: 70,
			onStatus: (s) => expect(s.kind).not.toBe('none')
		});
		const calls = setCalls(api);
		fc.assert(
			fc.property(count, count, count, suspend, (right, answered, total, text) => {
				session.report({ right, answered, total, suspend: text });
				const raw = calls().findLast(([element]) => element === 'cmi.core.score.raw')?.[1];
				if (raw !== undefined) expect(raw).toMatch(/^(?:0|[1-9]\d?|100)$/);
				expect(api.cmi.core.score.raw).toBe(raw ?? '');
				expect(['incomplete', 'passed', 'failed']).toContain(api.cmi.core.lesson_status);
				if (text.length <= SUSPEND_DATA_LIMIT) {
					expect(session.status).toEqual({ kind: 'connected' });
					expect(api.cmi.suspend_data).toBe(text);
				} else {
					expect(session.status).toMatchObject({ kind: 'failing' });
				}
			}),
			{ numRuns: 300 }
		);
	});
});

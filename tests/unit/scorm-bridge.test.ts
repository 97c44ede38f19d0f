import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { PROGRESS_EVENT } from '$lib/progress/progress.svelte';
import type { StoredProgress } from '$lib/progress/schema';
import { emptyRecord } from '$lib/quiz/state';
import { startBridge } from '$lib/scorm/bridge';
import { encodeSuspend } from '$lib/scorm/suspend';
import { memoryStorage } from './memory-storage';

const KEY = 'crosscheck:v1:demo:a-1';
const config = JSON.stringify({ key: KEY, sections: ['s1', 's2'], total: 4, mastery: 50 });

/** A section checked once with these first results. */
const checkedWith = (first: Record<string, boolean>) => ({
	...emptyRecord(),
	answers: Object.fromEntries(Object.keys(first).map((q) => [q, 'c1'])),
	checks: 1,
	first,
	results: first
});
const stored = (sections: StoredProgress['sections']): StoredProgress => ({ version: 1, sections });

/** A window as far as the bridge uses one: its events, its API, its storage. */
function windowWith(api: unknown) {
	const target = new EventTarget();
	return Object.assign(target, { API: api, parent: null, opener: null }) as unknown as Window;
}

const lms = () => new Scorm12API({ autocommit: false, logLevel: 5 });

describe('the bridge between a packaged page and the LMS', () => {
	it('reports each answer’s progress: incomplete, then passed with the score, and finishes on pagehide', async () => {
		const api = lms();
		const win = windowWith(api);
		const notes: string[] = [];
		const bridge = (await startBridge(
			config,
			(n) => notes.push(n.text),
			win,
			memoryStorage().storage
		))!;
		expect(api.cmi.core.lesson_status).toBe('incomplete');
		expect(notes.at(-1)).toMatch(/LMS is recording your answers/);

		const progress = (data: StoredProgress) =>
			win.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { key: KEY, data } }));
		progress(stored({ s1: checkedWith({ a: true, b: false }) }));
		await bridge.settled();
		expect(api.cmi.core.lesson_status).toBe('incomplete');
		expect(api.cmi.suspend_data).toMatch(/^cc1\./);
		// Another assignment's progress on the same page is not this package's.
		win.dispatchEvent(
			new CustomEvent(PROGRESS_EVENT, { detail: { key: 'other', data: stored({}) } })
		);
		progress(
			stored({ s1: checkedWith({ a: true, b: false }), s2: checkedWith({ c: true, d: false }) })
		);
		await bridge.settled();
		expect(api.cmi.core.score.raw).toBe('50');
		expect(api.cmi.core.lesson_status).toBe('passed');

		win.dispatchEvent(new Event('pagehide'));
		expect(api.isTerminated()).toBe(true);
	});

	it('resumes from the LMS’s suspend data into this browser’s storage', async () => {
		const earlier = stored({ s1: checkedWith({ a: true, b: true }) });
		const api = lms();
		api.loadFromJSON(
			{ core: { entry: 'resume' }, suspend_data: (await encodeSuspend(earlier, ['s1', 's2']))! },
			''
		);
		const { storage, items } = memoryStorage();
		const bridge = await startBridge(config, () => {}, windowWith(api), storage);
		expect(JSON.parse(items.get(KEY)!)).toEqual(earlier);
		expect(bridge!.session.entry).toBe('resume');
	});

	it('keeps this browser’s later work over the LMS’s older copy', async () => {
		const api = lms();
		const older = stored({ s1: { ...emptyRecord(), answers: { a: 'c1' } } });
		api.loadFromJSON({ suspend_data: (await encodeSuspend(older, ['s1']))! }, '');
		const { storage, items } = memoryStorage();
		const newer = stored({ s1: checkedWith({ a: true, b: false }) });
		items.set(KEY, JSON.stringify(newer));
		await startBridge(config, () => {}, windowWith(api), storage);
		expect(JSON.parse(items.get(KEY)!)).toEqual(newer);
	});

	it('tells the student when there is no LMS, and when the LMS refuses, keeping the answers', async () => {
		const alone: string[] = [];
		await startBridge(
			config,
			(n) => alone.push(n.text),
			windowWith(undefined),
			memoryStorage().storage
		);
		expect(alone.at(-1)).toMatch(/not running inside your school’s LMS.*not being sent anywhere/);

		const api = lms();
		api.LMSCommit = () => 'false';
		const notes: string[] = [];
		await startBridge(config, (n) => notes.push(n.text), windowWith(api), memoryStorage().storage);
		expect(notes.at(-1)).toMatch(/may not have reached your teacher.*Nothing is lost/);
	});

	it('is nothing on a page whose meta is not a package’s', async () => {
		expect(await startBridge('{"key":1}', () => {}, windowWith(lms()), null)).toBeNull();
	});
});

describe('the LMS presence the assignment page reads', () => {
	it('names the student as the LMS does, first name first, while the LMS takes results', async () => {
		const { lmsPresence } = await import('$lib/scorm/presence');
		const api = lms();
		api.loadFromJSON({ core: { student_name: 'Doe, Jane' } }, '');
		await startBridge(config, () => {}, windowWith(api), memoryStorage().storage);
		expect(lmsPresence()).toEqual({ studentName: 'Jane Doe' });
		const refusing = lms();
		refusing.LMSCommit = () => 'false';
		await startBridge(config, () => {}, windowWith(refusing), memoryStorage().storage);
		expect(lmsPresence()).toBeNull();
	});

	it('keeps a name that is not “Last, First” as it is', async () => {
		const { lmsName } = await import('$lib/scorm/presence');
		expect(lmsName('  Doe,   Jane ')).toBe('Jane Doe');
		expect(lmsName('Jane Doe')).toBe('Jane Doe');
		expect(lmsName('a, b, c')).toBe('a, b, c');
		expect(lmsName('')).toBe('');
	});
});

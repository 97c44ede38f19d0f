// The Progress class over a stand-in localStorage: what a visit keeps when storage fills up, when two
// tabs answer at once, and when a newer version's data is there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Progress } from '$lib/progress/progress.svelte';
import { progressKey } from '$lib/progress/store';
import { select } from '$lib/quiz/record';
import { memoryStorage } from './memory-storage';

const key = progressKey('test-article');
const known = new Map([
	['s1', new Set(['q1', 'q2', 'q3'])],
	['s2', new Set(['q4'])]
]);

let items: Map<string, string>;
let opts: { full?: boolean };

beforeEach(() => {
	const stand = memoryStorage();
	({ items, opts } = stand);
	Object.assign(globalThis, { localStorage: stand.storage, window: new EventTarget() });
});

afterEach(() => {
	Reflect.deleteProperty(globalThis, 'localStorage');
	Reflect.deleteProperty(globalThis, 'window');
});

const open = () => {
	const p = new Progress(key, known, true);
	p.connect();
	return p;
};
const answers = (p: Progress, section: string) => p.record(section)?.answers ?? {};
const stored = () => JSON.parse(items.get(key) ?? '{"sections":{}}').sections;

describe('a visit’s progress', () => {
	it('keeps every answer on screen when storage fills up mid-visit, and says so', () => {
		const p = open();
		p.update('s1', (r) => select(r, 'q1', 'a'));
		opts.full = true;
		p.update('s1', (r) => select(r, 'q2', 'b'));
		p.update('s2', (r) => select(r, 'q4', 'c'));
		expect(p.status).toBe('full');
		expect(answers(p, 's1')).toEqual({ q1: 'a', q2: 'b' });
		expect(answers(p, 's2')).toEqual({ q4: 'c' });
		// Another page of the same visit (a new Progress) still has them.
		expect(answers(open(), 's1')).toEqual({ q1: 'a', q2: 'b' });
		// Once storage has room again, the next answer saves everything.
		opts.full = false;
		p.update('s1', (r) => select(r, 'q3', 'd'));
		expect(p.status).toBe('ok');
		expect(stored().s1.answers).toEqual({ q1: 'a', q2: 'b', q3: 'd' });
		expect(stored().s2.answers).toEqual({ q4: 'c' });
	});

	it('merges two tabs: neither overwrites the other’s answers, in other sections or the same one', () => {
		const a = open();
		const b = open();
		a.update('s1', (r) => select(r, 'q1', 'a'));
		b.update('s2', (r) => select(r, 'q4', 'b'));
		b.update('s1', (r) => select(r, 'q2', 'c'));
		a.update('s1', (r) => select(r, 'q3', 'd'));
		expect(stored().s1.answers).toEqual({ q1: 'a', q2: 'c', q3: 'd' });
		expect(stored().s2.answers).toEqual({ q4: 'b' });
		expect(answers(a, 's2')).toEqual({ q4: 'b' });
	});

	it('leaves a newer version’s progress untouched and works in memory', () => {
		const raw = JSON.stringify({ version: 2, sections: { s1: { future: true } } });
		items.set(key, raw);
		const p = open();
		expect(p.status).toBe('newer');
		p.update('s1', (r) => select(r, 'q1', 'a'));
		expect(answers(p, 's1')).toEqual({ q1: 'a' });
		expect(items.get(key)).toBe(raw);
	});
});

describe('a save another tab made without this tab’s latest answers', () => {
	it('keeps this tab’s answers on screen and puts them back in storage; a reset still wins', () => {
		const a = open();
		a.update('s1', (r) => select(r, 'q1', 'a'));
		// Tab B read before A's save arrived and wrote only its own answer.
		const bOnly = {
			version: 1,
			sections: { s1: { ...JSON.parse(items.get(key)!).sections.s1, answers: { q2: 'b' } } }
		};
		items.set(key, JSON.stringify(bOnly));
		window.dispatchEvent(Object.assign(new Event('storage'), { key }));
		expect(answers(a, 's1')).toEqual({ q1: 'a', q2: 'b' });
		expect(stored().s1.answers).toEqual({ q1: 'a', q2: 'b' });
		// Reset in another tab removes the key: this tab follows.
		items.delete(key);
		window.dispatchEvent(Object.assign(new Event('storage'), { key }));
		expect(answers(a, 's1')).toEqual({});
	});
});

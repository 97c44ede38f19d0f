import { describe, expect, it } from 'vitest';
import { emptyRecord } from '$lib/quiz/state';
import {
	backupKey,
	clearProgress,
	emptyProgress,
	listBackups,
	MAX_BACKUPS,
	progressKey,
	readProgress,
	writeProgress
} from '$lib/progress/store';
import { memoryStorage } from './memory-storage';

const key = progressKey('north-korean-troops');
const known = new Map([['s1', new Set(['q1', 'q2'])]]);
const saved = () => {
	const data = emptyProgress();
	data.sections.s1 = {
		...emptyRecord(),
		answers: { q1: 'a', gone: 'b' },
		checks: 1,
		first: { q1: true, gone: false },
		results: { q1: true },
		best: 1
	};
	data.sections.removed = emptyRecord();
	return data;
};

describe('the progress store', () => {
	it('uses one namespaced, versioned key per article, and another per assignment', () => {
		expect(key).toBe('crosscheck:v1:north-korean-troops');
		expect(progressKey('north-korean-troops', 'a-x1')).toBe(
			'crosscheck:v1:north-korean-troops:a-x1'
		);
	});

	it('round-trips progress', () => {
		const { storage } = memoryStorage();
		const data = saved();
		expect(writeProgress(storage, key, data)).toBe('ok');
		const read = readProgress(
			storage,
			key,
			new Map([
				['s1', new Set(['q1', 'gone'])],
				['removed', new Set()]
			])
		);
		expect(read).toEqual({ data, status: 'ok' });
	});

	it('drops questions and sections a regenerated bank no longer has; new ones start unanswered', () => {
		const { storage } = memoryStorage();
		writeProgress(storage, key, saved());
		const { data } = readProgress(storage, key, known);
		expect(Object.keys(data.sections)).toEqual(['s1']);
		expect(data.sections.s1!.answers).toEqual({ q1: 'a' });
		expect(data.sections.s1!.first).toEqual({ q1: true });
	});

	it('leaves sections it does not know alone when it knows only some (a section page)', () => {
		const { storage } = memoryStorage();
		writeProgress(storage, key, saved());
		const { data } = readProgress(storage, key, known, false);
		expect(Object.keys(data.sections).sort()).toEqual(['removed', 's1']);
	});

	it.each([
		['not JSON', '{"version":1,'],
		['an older version', JSON.stringify({ version: 0, sections: {} })],
		['the wrong shape', JSON.stringify({ version: 1, sections: { s1: { answers: 5 } } })]
	])('keeps a corrupt value (%s) under a backup key and starts clean, once', (_name, raw) => {
		const { storage, items } = memoryStorage();
		items.set(key, raw);
		expect(readProgress(storage, key, known, true, 1000)).toEqual({
			data: emptyProgress(),
			status: 'recovered'
		});
		expect(items.get(backupKey(key, 1000))).toBe(raw);
		expect(items.has(key)).toBe(false);
		expect(readProgress(storage, key, known).status).toBe('ok');
	});

	it('keeps every backup, up to the last few, oldest dropped first, and lists them', () => {
		const { storage, items } = memoryStorage();
		items.set(`${key}:unreadable`, 'from an older build');
		for (let n = 1; n <= MAX_BACKUPS + 2; n++) {
			items.set(key, `broken ${n}`);
			readProgress(storage, key, known, true, 5000);
		}
		const kept = listBackups(storage, key);
		expect(kept).toHaveLength(MAX_BACKUPS);
		// Same clock, distinct keys; the oldest (the old build's copy, then the first ones) went first.
		expect(kept.map((b) => b.value)).toEqual(
			Array.from({ length: MAX_BACKUPS }, (_, i) => `broken ${i + 3}`)
		);
		expect(new Set(kept.map((b) => b.key)).size).toBe(MAX_BACKUPS);
		// Another article's copies are not listed.
		items.set(`${progressKey('other')}:unreadable:1`, 'x');
		expect(listBackups(storage, key)).toHaveLength(MAX_BACKUPS);
		expect(listBackups(null, key)).toEqual([]);
	});

	it('leaves progress saved by a newer version untouched, and reports it', () => {
		const { storage, items } = memoryStorage();
		const raw = JSON.stringify({ version: 2, sections: { s1: { anything: true } } });
		items.set(key, raw);
		expect(readProgress(storage, key, known)).toEqual({ data: emptyProgress(), status: 'newer' });
		expect(items.get(key)).toBe(raw);
		expect(listBackups(storage, key)).toEqual([]);
	});

	it('reports blocked storage instead of throwing, for reading, writing and clearing', () => {
		const { storage } = memoryStorage({ blocked: true });
		expect(readProgress(storage, key, known)).toEqual({ data: emptyProgress(), status: 'blocked' });
		expect(writeProgress(storage, key, saved())).toBe('blocked');
		expect(readProgress(null, key, known).status).toBe('blocked');
		expect(clearProgress(null, key)).toBe('blocked');
	});

	it('reports a full storage', () => {
		const { storage } = memoryStorage({ full: true });
		expect(writeProgress(storage, key, saved())).toBe('full');
	});

	it('reading alone writes nothing', () => {
		const { storage, items } = memoryStorage();
		readProgress(storage, key, known);
		expect(items.size).toBe(0);
	});

	it('clears progress on reset', () => {
		const { storage, items } = memoryStorage();
		writeProgress(storage, key, saved());
		expect(clearProgress(storage, key)).toBe('ok');
		expect(items.has(key)).toBe(false);
	});
});

// What the class report keeps in the browser: the codec (versioned, validated on read) and the visit
// over a stand-in localStorage that can be blocked, full or hold damaged data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeptImports } from '$lib/report/kept.svelte';
import { toResultsFile } from '$lib/report/codec';
import { classify, readInputs, type Input } from '$lib/report/import';
import { emptyKept, keptKey, KEPT_VERSION, readKept, writeKept } from '$lib/report/kept';
import { memoryStorage } from './memory-storage';
import { CODE, data, results, wrong } from './report-fixture';

const key = keptKey('test-article');
const inputs: Input[] = [
	{ kind: 'file', source: 'ana.json', size: 100, text: toResultsFile(results('Ana')) },
	{ kind: 'file', source: 'big.mp4', size: 5_000_000 },
	{ kind: 'code', source: 'Pasted code 1', text: 'CR1-not-a-code' }
];
const kept = { version: KEPT_VERSION, assignment: CODE, inputs } as const;

describe('kept imports, stored', () => {
	it('reads back what was kept, and the report it makes is the same', () => {
		const { storage } = memoryStorage();
		expect(writeKept(storage, key, { ...kept, inputs: [...inputs] })).toBe('ok');
		const read = readKept(storage, key);
		expect(read).toEqual({ kept: { ...kept, inputs }, status: 'ok' });
		const before = classify(readInputs(inputs, data), data);
		const after = classify(readInputs(read.kept.inputs, data), data);
		expect(after).toEqual(before);
		expect(after.accepted.map((a) => a.label)).toEqual(['Ana']);
	});

	it('keeps nothing for an empty report', () => {
		const { storage, items } = memoryStorage();
		writeKept(storage, key, { ...kept, inputs: [...inputs] });
		expect(writeKept(storage, key, emptyKept())).toBe('ok');
		expect(items.has(key)).toBe(false);
		expect(readKept(storage, key)).toEqual({ kept: emptyKept(), status: 'ok' });
	});

	it('sets damaged data aside and starts empty', () => {
		for (const bad of [
			'{"version":1,"assignment":null,"inputs":[{"kind":"code","source":"x"}]}',
			'{"version":1,"assignment":3,"inputs":[]}',
			'{not json',
			'null'
		]) {
			const { storage, items } = memoryStorage();
			items.set(key, bad);
			expect(readKept(storage, key, 1000)).toEqual({ kept: emptyKept(), status: 'recovered' });
			expect(items.get(`${key}:unreadable:1000`)).toBe(bad);
			expect(items.has(key)).toBe(false);
		}
	});

	it('leaves a newer version’s data untouched', () => {
		const { storage, items } = memoryStorage();
		const newer = JSON.stringify({ version: KEPT_VERSION + 1, classes: [] });
		items.set(key, newer);
		expect(readKept(storage, key).status).toBe('newer');
		expect([...items]).toEqual([[key, newer]]);
	});

	it('says when storage is blocked or full instead of throwing', () => {
		expect(readKept(memoryStorage({ blocked: true }).storage, key).status).toBe('blocked');
		expect(readKept(null, key).status).toBe('blocked');
		expect(writeKept(memoryStorage({ full: true }).storage, key, kept)).toBe('full');
		expect(writeKept(memoryStorage({ blocked: true }).storage, key, kept)).toBe('blocked');
	});
});

describe('kept imports, in a visit', () => {
	let stand: ReturnType<typeof memoryStorage>;
	beforeEach(() => {
		stand = memoryStorage();
		Object.assign(globalThis, { localStorage: stand.storage, window: new EventTarget() });
	});
	afterEach(() => {
		Reflect.deleteProperty(globalThis, 'localStorage');
		Reflect.deleteProperty(globalThis, 'window');
	});
	const open = () => {
		const k = new KeptImports(key);
		k.connect();
		return k;
	};
	const ben: Input = {
		kind: 'file',
		source: 'ben.json',
		size: 100,
		text: toResultsFile(results('Ben', wrong))
	};

	it('survives a reload, and keeps what another tab imported meanwhile', () => {
		const tab = open();
		tab.add(inputs.slice(0, 1));
		const other = open();
		other.add([ben]);
		// The first tab saves after the other: both imports are kept.
		tab.add(inputs.slice(2));
		expect(open().kept.inputs.map((i) => i.source)).toEqual([
			'ana.json',
			'ben.json',
			'Pasted code 1'
		]);
	});

	it('clears everything, and an undo puts it back', () => {
		const tab = open();
		tab.add(inputs);
		tab.setAssignment(CODE);
		const removed = tab.clear();
		expect(removed).toEqual(inputs);
		expect(open().kept).toEqual({ ...emptyKept(), assignment: CODE });
		tab.add([ben]);
		tab.restore(removed);
		expect(open().kept.inputs).toEqual([...inputs, ben]);
	});

	it('keeps imports on screen when storage fills up, says so, and saves once there is room', () => {
		const tab = open();
		tab.add(inputs.slice(0, 1));
		stand.opts.full = true;
		tab.add([ben]);
		expect(tab.status).toBe('full');
		expect(tab.saved).toBe(false);
		expect(tab.kept.inputs).toHaveLength(2);
		stand.opts.full = false;
		tab.add(inputs.slice(2));
		expect([tab.status, tab.saved]).toEqual(['ok', true]);
		expect(open().kept.inputs).toHaveLength(3);
	});

	it('works for the visit when storage is blocked, and tells of damaged data once', () => {
		stand.opts.blocked = true;
		const tab = open();
		tab.add(inputs);
		expect([tab.status, tab.saved, tab.kept.inputs.length]).toEqual(['blocked', false, 3]);
		stand.opts.blocked = false;
		stand.items.set(key, '{not json');
		const fresh = open();
		expect([fresh.status, fresh.kept.inputs.length]).toEqual(['recovered', 0]);
		fresh.add([ben]);
		expect([fresh.status, fresh.saved]).toEqual(['recovered', true]);
	});
});

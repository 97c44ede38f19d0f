import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupKey, listBackups } from '$lib/progress/store';
import { emptyDeck, type ReviewDeck } from '$lib/review/deck';
import { PREFS_KEY, readMode, writeMode } from '$lib/review/mode';
import { addMissed } from '$lib/review/schedule';
import { readDeck, reviewKey, writeDeck } from '$lib/review/store';
import { memoryStorage } from './memory-storage';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const key = reviewKey('north-korean-troops');
const known = new Map([
	['s1', new Set(['q1', 'q2'])],
	['s2', new Set(['q3'])]
]);
const saved = (): ReviewDeck =>
	addMissed(
		emptyDeck(),
		[
			{ id: 'q1', section: 's1', outcome: 'wrong' },
			{ id: 'q2', section: 's1', outcome: 'retry' },
			{ id: 'q3', section: 's2', outcome: 'wrong' }
		],
		T0
	);

describe('the review store', () => {
	it('keeps one deck per article or module, apart from progress keys', () => {
		expect(key).toBe('crosscheck:review:v1:north-korean-troops');
		expect(reviewKey('m-3fa9c2')).toBe('crosscheck:review:v1:m-3fa9c2');
	});

	it('round-trips a deck, and reads nothing stored as an empty deck without writing', () => {
		const { storage, items } = memoryStorage();
		expect(readDeck(storage, key, known)).toEqual({ deck: emptyDeck(), status: 'ok' });
		expect(items.size).toBe(0);
		expect(writeDeck(storage, key, saved())).toBe('ok');
		expect(readDeck(storage, key, known)).toEqual({ deck: saved(), status: 'ok' });
	});

	it('drops cards of questions a regenerated bank no longer has; a moved question’s card follows it', () => {
		const { storage } = memoryStorage();
		writeDeck(storage, key, saved());
		const regenerated = new Map([
			['s1', new Set(['q1', 'q9'])],
			['s3', new Set(['q3'])]
		]);
		const { deck, status } = readDeck(storage, key, regenerated);
		expect(status).toBe('ok');
		expect(Object.keys(deck.cards).sort()).toEqual(['q1', 'q3']);
		expect(deck.cards.q3).toEqual({ ...saved().cards.q3, section: 's3' });
		expect(deck.cards.q1).toEqual(saved().cards.q1);
	});

	it('leaves cards of sections it does not know alone when it knows only some', () => {
		const { storage } = memoryStorage();
		writeDeck(storage, key, saved());
		const { deck } = readDeck(storage, key, new Map([['s1', new Set(['q1'])]]), false);
		// q2's section is known and no longer has it; s2 is not known, so q3 stays.
		expect(Object.keys(deck.cards).sort()).toEqual(['q1', 'q3']);
	});

	it.each([
		['not JSON', '{"version":1,'],
		['an older version', JSON.stringify({ version: 0, cards: {} })],
		['a card without a due date', JSON.stringify({ version: 1, cards: { q1: { id: 'q1' } } })],
		[
			'a card under another id',
			JSON.stringify({ version: 1, cards: { q2: { ...saved().cards.q1 } } })
		],
		[
			'a due date that is not a number',
			JSON.stringify({ ...saved(), cards: { q1: { ...saved().cards.q1, due: '2026-01-06' } } })
		]
	])('keeps an unreadable deck (%s) under a backup key and starts afresh, once', (_name, raw) => {
		const { storage, items } = memoryStorage();
		items.set(key, raw);
		expect(readDeck(storage, key, known, true, 1000)).toEqual({
			deck: emptyDeck(),
			status: 'recovered'
		});
		expect(items.get(backupKey(key, 1000))).toBe(raw);
		expect(items.has(key)).toBe(false);
		expect(readDeck(storage, key, known).status).toBe('ok');
	});

	it('leaves a newer version’s deck untouched, and reports it', () => {
		const { storage, items } = memoryStorage();
		const raw = JSON.stringify({ version: 2, cards: { q1: { anything: true } } });
		items.set(key, raw);
		expect(readDeck(storage, key, known)).toEqual({ deck: emptyDeck(), status: 'newer' });
		expect(items.get(key)).toBe(raw);
		expect(listBackups(storage, key)).toEqual([]);
	});

	it('reports blocked storage instead of throwing, for reading and writing', () => {
		const { storage } = memoryStorage({ blocked: true });
		expect(readDeck(storage, key, known)).toEqual({ deck: emptyDeck(), status: 'blocked' });
		expect(writeDeck(storage, key, saved())).toBe('blocked');
		expect(readDeck(null, key, known).status).toBe('blocked');
		expect(writeDeck(null, key, saved())).toBe('blocked');
	});

	it('reports a full storage, and keeps what was saved before it filled', () => {
		const { storage, opts } = memoryStorage();
		writeDeck(storage, key, saved());
		opts.full = true;
		expect(writeDeck(storage, key, emptyDeck())).toBe('full');
		expect(readDeck(storage, key, known).deck).toEqual(saved());
	});

	it('never throws on any stored string, and what it reads as ok is well formed', () => {
		const stored = fc.oneof(
			fc.string({ unit: 'binary' }),
			fc.json(),
			fc
				.record({
					version: fc.constantFrom(1, 2, 0, '1'),
					cards: fc.dictionary(fc.string(), fc.anything())
				})
				.map((x) => JSON.stringify(x)),
			// A real deck with one field damaged.
			fc
				.tuple(fc.constantFrom('due', 'state', 'reps', 'id', 'section'), fc.jsonValue())
				.map(([field, v]) =>
					JSON.stringify({
						...saved(),
						cards: { ...saved().cards, q1: { ...saved().cards.q1, [field]: v } }
					})
				)
		);
		fc.assert(
			fc.property(stored, (raw) => {
				const { storage, items } = memoryStorage();
				items.set(key, raw);
				const { deck, status } = readDeck(storage, key, known, true, T0);
				expect(['ok', 'recovered', 'newer']).toContain(status);
				if (status !== 'ok') expect(deck).toEqual(emptyDeck());
				for (const [id, card] of Object.entries(deck.cards)) {
					expect(card.id).toBe(id);
					expect(Number.isFinite(card.due)).toBe(true);
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('the self-check mode', () => {
	it('is scored until the reader chooses otherwise, and keeps their choice', () => {
		const { storage, items } = memoryStorage();
		expect(readMode(storage)).toBe('scored');
		expect(writeMode(storage, 'self-check')).toBe('ok');
		expect(JSON.parse(items.get(PREFS_KEY)!)).toEqual({ mode: 'self-check' });
		expect(readMode(storage)).toBe('self-check');
		expect(writeMode(storage, 'scored')).toBe('ok');
		expect(readMode(storage)).toBe('scored');
	});

	it.each(['{"mode":', '"self-check"', '{"mode":"timed"}', '[]', 'null'])(
		'reads an unreadable or unknown value (%s) as scored, and replaces it on the next choice',
		(raw) => {
			const { storage, items } = memoryStorage();
			items.set(PREFS_KEY, raw);
			expect(readMode(storage)).toBe('scored');
			expect(writeMode(storage, 'self-check')).toBe('ok');
			expect(readMode(storage)).toBe('self-check');
		}
	);

	it('keeps other preferences stored beside the mode', () => {
		const { storage, items } = memoryStorage();
		items.set(PREFS_KEY, JSON.stringify({ mode: 'scored', textSize: 'large' }));
		writeMode(storage, 'self-check');
		expect(JSON.parse(items.get(PREFS_KEY)!)).toEqual({ mode: 'self-check', textSize: 'large' });
	});

	it('reports blocked and full storage instead of throwing', () => {
		expect(readMode(memoryStorage({ blocked: true }).storage)).toBe('scored');
		expect(readMode(null)).toBe('scored');
		expect(writeMode(memoryStorage({ blocked: true }).storage, 'self-check')).toBe('blocked');
		expect(writeMode(null, 'self-check')).toBe('blocked');
		expect(writeMode(memoryStorage({ full: true }).storage, 'self-check')).toBe('full');
	});
});

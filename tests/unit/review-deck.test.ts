import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '$lib/quiz/question';
import { check, emptyRecord, retry, select, type Mode, type SectionRecord } from '$lib/quiz/record';
import {
	dayEnd,
	dueCards,
	dueCount,
	emptyDeck,
	missedIn,
	type ReviewCard,
	type ReviewDeck
} from '$lib/review/deck';
import { sessionPlan } from '$lib/review/session';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const HOUR = 3_600_000;

const question = (id: string, answer: string): QuizQuestion => ({
	id,
	section: 's1',
	kind: 'who-said',
	prompt: `Who said ${id}?`,
	choices: [
		{ id: 'a', text: 'South Korea' },
		{ id: 'b', text: 'Ukraine' }
	],
	answer,
	evidence: ['p1s1'],
	explanation: 'Because.'
});
const qs = [question('q1', 'a'), question('q2', 'a'), question('q3', 'a'), question('q4', 'a')];
const ids = (list: QuizQuestion[]) => list.map((q) => q.id);
/** Answers each question (by id → choice) and checks them, as the section page does. */
const answer = (
	r: SectionRecord,
	picks: Record<string, string>,
	list = qs,
	mode: Mode = 'self-study'
) =>
	check(
		Object.entries(picks).reduce((rec, [id, a]) => select(rec, id, a), r),
		list,
		mode
	);

describe('which questions of a checked section enter the review', () => {
	it('none before the first check, nor any right at it', () => {
		expect(missedIn(emptyRecord(), ids(qs))).toEqual([]);
		expect(
			missedIn(answer(emptyRecord(), { q1: 'a', q2: 'a', q3: 'a', q4: 'a' }), ids(qs))
		).toEqual([]);
	});

	it('wrong first and right on a retry → retry; wrong first and not right since → wrong', () => {
		// q1 right first; q2 and q4 wrong, then right; q3 wrong twice.
		const first = answer(emptyRecord(), { q1: 'a', q2: 'b', q3: 'b', q4: 'b' });
		const second = answer(retry(first, qs), { q2: 'a', q3: 'b', q4: 'a' });
		expect(missedIn(second, ids(qs))).toEqual([
			{ id: 'q2', outcome: 'retry' },
			{ id: 'q3', outcome: 'wrong' },
			{ id: 'q4', outcome: 'retry' }
		]);
		// Reopened for another try: nothing changes until the next check.
		const pending = retry(second, qs);
		expect(missedIn(pending, ids(qs))).toEqual([
			{ id: 'q2', outcome: 'retry' },
			{ id: 'q3', outcome: 'wrong' },
			{ id: 'q4', outcome: 'retry' }
		]);
		// Cleared for a retry that was never checked: still wrong.
		const cleared = retry(first, qs);
		expect(missedIn(cleared, ['q4'])).toEqual([{ id: 'q4', outcome: 'wrong' }]);
	});

	it('a question whose answer was shown after two misses stays wrong', () => {
		const once = answer(emptyRecord(), { q1: 'b', q2: 'a', q3: 'a', q4: 'a' });
		const twice = answer(retry(once, qs), { q1: 'b' });
		expect(twice.revealed).toEqual(['q1']);
		expect(missedIn(twice, ids(qs))).toEqual([{ id: 'q1', outcome: 'wrong' }]);
	});

	it('a graded attempt’s one check gives wrong for each miss', () => {
		const graded = answer(emptyRecord(), { q1: 'b', q2: 'a', q3: 'b', q4: 'a' }, qs, 'graded');
		expect(missedIn(graded, ids(qs)).map((m) => m.outcome)).toEqual(['wrong', 'wrong']);
	});

	it('only the ids asked for; a question the bank added after the first check counts from its own', () => {
		const first = answer(emptyRecord(), { q1: 'b', q2: 'a' }, qs.slice(0, 2));
		expect(missedIn(first, ['q2', 'q5'])).toEqual([]);
		// The regenerated bank adds q5; the reader misses it at the next check, then gets it right.
		const more = [...qs.slice(0, 2), question('q5', 'a')];
		const second = answer(retry(first, more), { q1: 'a', q5: 'b' }, more);
		expect(second.first).not.toHaveProperty('q5');
		expect(missedIn(second, ['q1', 'q5'])).toEqual([
			{ id: 'q1', outcome: 'retry' },
			{ id: 'q5', outcome: 'wrong' }
		]);
		const third = answer(retry(second, more), { q5: 'a' }, more);
		expect(missedIn(third, ['q5'])).toEqual([{ id: 'q5', outcome: 'retry' }]);
	});
});

const card = (id: string, section: string, due: number): ReviewCard => ({
	id,
	section,
	due,
	stability: 1,
	difficulty: 5,
	elapsed_days: 0,
	scheduled_days: 1,
	learning_steps: 0,
	reps: 1,
	lapses: 0,
	state: 2,
	last_review: due - 86_400_000,
	added: due - 86_400_000
});
const deckOf = (...cards: ReviewCard[]): ReviewDeck => ({
	...emptyDeck(),
	cards: Object.fromEntries(cards.map((c) => [c.id, c]))
});

describe('what is due today', () => {
	// Local times, so the day boundary is the reader's midnight whatever zone the tests run in.
	const local = (day: number, h: number, m = 0) => new Date(2026, 0, day, h, m).getTime();

	it('ends the day at the next local midnight', () => {
		expect(dayEnd(local(5, 9))).toBe(local(6, 0));
		expect(dayEnd(new Date(local(5, 23, 59)))).toBe(local(6, 0));
		expect(dayEnd(local(6, 0))).toBe(local(7, 0));
		expect(dayEnd(T0)).toBeGreaterThan(T0);
		expect(dayEnd(T0) - T0).toBeLessThanOrEqual(24 * HOUR);
	});

	it('ends every day within 25 hours, on the next calendar day, daylight-saving shifts included', () => {
		const span = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2031, 0, 1) });
		fc.assert(
			fc.property(span, (t) => {
				const end = dayEnd(t);
				expect(end).toBeGreaterThan(t);
				expect(end - t).toBeLessThanOrEqual(25 * HOUR);
				expect(new Date(end - 1).getDate()).toBe(new Date(t).getDate());
				expect(new Date(end).getDate()).not.toBe(new Date(t).getDate());
			}),
			{ numRuns: 2000 }
		);
	});

	it('counts a card due later today, not one due after midnight, until midnight passes', () => {
		const deck = deckOf(
			card('late', 's1', local(5, 23, 30)),
			card('tomorrow', 's1', local(6, 0, 30))
		);
		expect(dueCount(deck, local(5, 8))).toBe(1);
		expect(dueCount(deck, local(5, 23, 59))).toBe(1);
		expect(dueCount(deck, local(6, 0, 0))).toBe(2);
		expect(dueCount(emptyDeck(), local(5, 8))).toBe(0);
		expect(dueCards(deck, local(5, 23, 59)).map((c) => c.id)).toEqual(['late']);
	});

	it('lists due cards soonest first, then by id', () => {
		const deck = deckOf(
			card('b', 's2', T0 - HOUR),
			card('c', 's1', T0 - 2 * HOUR),
			card('a', 's1', T0 - HOUR)
		);
		expect(dueCards(deck, T0).map((c) => c.id)).toEqual(['c', 'a', 'b']);
	});
});

describe('a review session’s plan', () => {
	// Local noon, so “later today” (NOON + 1 hour) is today in every zone.
	const NOON = new Date(2026, 0, 5, 12).getTime();

	it('takes sections in turn, soonest first within each', () => {
		const deck = deckOf(
			card('s1-a', 's1', NOON - 3 * HOUR),
			card('s1-b', 's1', NOON - 2 * HOUR),
			card('s1-c', 's1', NOON - HOUR),
			card('s2-a', 's2', NOON - 150 * 60_000),
			card('s3-a', 's3', NOON + HOUR),
			card('later', 's2', NOON + 3 * 86_400_000)
		);
		expect(sessionPlan(deck, NOON)).toEqual(['s1-a', 's2-a', 's3-a', 's1-b', 's1-c']);
	});

	it('caps the session, still mixing sections', () => {
		const cards = Array.from({ length: 30 }, (_, i) =>
			card(`q${String(i).padStart(2, '0')}`, i < 25 ? 's1' : 's2', NOON - (30 - i) * 60_000)
		);
		const plan = sessionPlan(deckOf(...cards), NOON);
		expect(plan).toHaveLength(20);
		expect(plan.slice(0, 10)).toEqual([
			'q00',
			'q25',
			'q01',
			'q26',
			'q02',
			'q27',
			'q03',
			'q28',
			'q04',
			'q29'
		]);
		expect(new Set(plan).size).toBe(20);
		expect(sessionPlan(deckOf(...cards), NOON, 3)).toEqual(['q00', 'q25', 'q01']);
		expect(sessionPlan(emptyDeck(), NOON)).toEqual([]);
	});
});

describe('what home loads', () => {
	// Home counts due cards with deck.ts, store.ts and mode.ts: none may bring ts-fsrs in, even through
	// another module.
	const dir = resolve(import.meta.dirname, '../../src/lib/review');
	const imports = (file: string, seen = new Set<string>()): Set<string> => {
		if (seen.has(file)) return seen;
		seen.add(file);
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
			if (spec!.startsWith('.')) imports(resolve(dirname(file), `${spec}.ts`), seen);
			else seen.add(spec!);
		}
		return seen;
	};

	it.each(['deck.ts', 'store.ts', 'mode.ts'])('%s does not load ts-fsrs', (file) => {
		const all = [...imports(resolve(dir, file))];
		expect(all).not.toContain('ts-fsrs');
		expect(all).not.toContain(resolve(dir, 'schedule.ts'));
		expect(all.length).toBeGreaterThan(1);
	});

	it('schedule.ts does (the check above would notice an import)', () => {
		expect(imports(resolve(dir, 'schedule.ts'))).toContain('ts-fsrs');
	});
});

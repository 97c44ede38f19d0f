import { describe, expect, it } from 'vitest';
import { dayEnd } from '$lib/review/deck';
import { check, retry, reveal, select } from '$lib/quiz/record';
import { emptyRecord } from '$lib/quiz/state';
import { inventedQuestion } from './invented-question';
import { daysAfterToday, daysUntil, isSettled, sessionOutcomes } from '$lib/review/session';

/** Three invented one-choice questions, each with the right choice `r`. */
const q = (id: string) => inventedQuestion(id);
const questions = [q('a'), q('b'), q('c')];
const ids = questions.map((x) => x.id);

function answered(picks: Record<string, string>) {
	let r = emptyRecord();
	for (const [id, choice] of Object.entries(picks)) r = select(r, id, choice);
	return check(r, questions, 'self-study');
}

describe('a review session', () => {
	it('has no outcome until every question is right or shown', () => {
		const first = answered({ a: 'r', b: 'w', c: 'w' });
		expect(isSettled(first, 'a')).toBe(true);
		expect(isSettled(first, 'b')).toBe(false);
		expect(sessionOutcomes(first, ids)).toBeNull();
		expect(sessionOutcomes(undefined, ids)).toBeNull();
		expect(sessionOutcomes(first, [])).toBeNull();
	});

	it('counts right at the first check, right after a retry, and shown as missed', () => {
		let r = answered({ a: 'r', b: 'w', c: 'w' });
		r = retry(r, questions);
		r = select(r, 'b', 'r');
		r = reveal(r, 'c');
		r = check(r, questions, 'self-study');
		expect(sessionOutcomes(r, ids)).toEqual({ a: 'right', b: 'retry', c: 'wrong' });
	});
});

describe('days', () => {
	const now = new Date(2026, 2, 2, 10, 0).getTime();
	it('names tomorrow as 1 and the day after as 2, whatever the hour', () => {
		const end = dayEnd(now);
		expect(daysAfterToday(new Date(2026, 2, 3, 0, 0).getTime(), end)).toBe(1);
		expect(daysAfterToday(new Date(2026, 2, 3, 23, 0).getTime(), end)).toBe(1);
		expect(daysAfterToday(new Date(2026, 2, 4, 9, 0).getTime(), end)).toBe(2);
	});

	it('rounds the time to a review to whole days', () => {
		expect(daysUntil(now + 3 * 86_400_000, now)).toBe(3);
		expect(daysUntil(now - 5, now)).toBe(0);
	});
});

describe('what a checked section sends to the review', () => {
	const now = new Date(2026, 2, 2, 10, 0).getTime();
	it('adds its missed questions once, due from tomorrow, and nothing for a section right first time', async () => {
		const { feedReview } = await import('$lib/review/feed');
		const { memoryStorage } = await import('./memory-storage');
		const { readDeck, reviewKey } = await import('$lib/review/store');
		const { storage } = memoryStorage();
		const missed = answered({ a: 'r', b: 'w', c: 'w' });
		expect(feedReview('demo', 's1', ids, missed, now, storage)).toBe('ok');
		const { deck } = readDeck(storage, reviewKey('demo'), new Map(), false);
		expect(Object.keys(deck.cards).sort()).toEqual(['b', 'c']);
		for (const card of Object.values(deck.cards)) expect(card.due).toBeGreaterThan(dayEnd(now) - 1);
		expect(feedReview('demo', 's1', ids, missed, now + 1000, storage)).toBe('unchanged');
		expect(feedReview('demo', 's1', ids, answered({ a: 'r', b: 'r', c: 'r' }), now, storage)).toBe(
			'unchanged'
		);
	});

	it('leaves blocked storage alone', async () => {
		const { feedReview } = await import('$lib/review/feed');
		const { memoryStorage } = await import('./memory-storage');
		const { storage } = memoryStorage({ blocked: true });
		expect(feedReview('demo', 's1', ids, answered({ a: 'w', b: 'r', c: 'r' }), now, storage)).toBe(
			'blocked'
		);
	});
});

describe('home’s count of questions due today', () => {
	it('reads the stored deck as the review page does, and counts nothing it cannot read', async () => {
		const { dueInStored, dueCount } = await import('$lib/review/deck');
		const { addMissed } = await import('$lib/review/schedule');
		const now = new Date(2026, 2, 2, 10, 0).getTime();
		const deck = addMissed(
			{ version: 1, cards: {} },
			[
				{ id: 'a', section: 's1', outcome: 'wrong' },
				{ id: 'b', section: 's2', outcome: 'retry' }
			],
			now
		);
		const raw = JSON.stringify(deck);
		const tomorrow = now + 86_400_000;
		expect(dueInStored(raw, now)).toBe(0);
		expect(dueInStored(raw, tomorrow)).toBe(dueCount(deck, tomorrow));
		expect(dueInStored(raw, tomorrow)).toBe(1);
		for (const bad of [null, '', '{', 'null', '[]', '{"cards":3}', '{"cards":{"a":{"due":"x"}}}'])
			expect(dueInStored(bad, tomorrow)).toBe(0);
	});
});

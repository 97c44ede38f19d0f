import { describe, expect, it } from 'vitest';
import { dueCount, emptyDeck, type FirstOutcome, type ReviewDeck } from '$lib/review/deck';
import { addMissed, rate } from '$lib/review/schedule';
import { isReviewDeck } from '$lib/review/store';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);
/** Days from `from` to the card's due date. */
const daysTo = (deck: ReviewDeck, id: string, from: number) => (deck.cards[id]!.due - from) / DAY;
const missed = (outcome: FirstOutcome, id = 'q1', section = 's1') =>
	addMissed(emptyDeck(), [{ id, section, outcome }], T0);

describe('entering the review', () => {
	it('a question wrong at its first check is due in 1 day', () => {
		const deck = missed('wrong');
		expect(daysTo(deck, 'q1', T0)).toBe(1);
		expect(deck.cards.q1).toMatchObject({ id: 'q1', section: 's1', added: T0, last_review: T0 });
	});

	it('a question right only after a retry is due in 2 days', () => {
		expect(daysTo(missed('retry'), 'q1', T0)).toBe(2);
	});

	it('two missed questions are due the next day, not today', () => {
		const deck = addMissed(
			emptyDeck(),
			[
				{ id: 'q1', section: 's1', outcome: 'wrong' },
				{ id: 'q2', section: 's2', outcome: 'wrong' }
			],
			T0
		);
		expect(dueCount(deck, T0)).toBe(0);
		expect(dueCount(deck, T0 + DAY)).toBe(2);
	});

	it('adding a question already in the deck does not reset it', () => {
		const reviewed = rate(missed('wrong'), 'q1', 'right', T0 + DAY);
		const again = addMissed(reviewed, [{ id: 'q1', section: 's1', outcome: 'wrong' }], T0 + DAY);
		expect(again).toBe(reviewed);
		// A question listed twice in one call enters once, with the first entry's outcome.
		const twice = addMissed(
			emptyDeck(),
			[
				{ id: 'q1', section: 's1', outcome: 'retry' },
				{ id: 'q1', section: 's1', outcome: 'wrong' }
			],
			T0
		);
		expect(daysTo(twice, 'q1', T0)).toBe(2);
	});

	it('stores plain numbers the store reads back, and leaves the given deck as it was', () => {
		const before = emptyDeck();
		const deck = addMissed(before, [{ id: 'q1', section: 's1', outcome: 'wrong' }], T0);
		expect(before.cards).toEqual({});
		expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
		expect(isReviewDeck(deck)).toBe(true);
	});
});

describe('a review answer', () => {
	const at = T0 + DAY; // when the first-wrong card is due
	it.each([
		['right', 3],
		['retry', 2],
		['wrong', 1]
	] as const)('after a first wrong, %s moves it %i days out', (answer, days) => {
		const deck = rate(missed('wrong'), 'q1', answer, at);
		expect(daysTo(deck, 'q1', at)).toBe(days);
		expect(isReviewDeck(deck)).toBe(true);
	});

	it.each([
		['right', 7],
		['retry', 4],
		['wrong', 1]
	] as const)('after a first retry, %s moves it %i days out', (answer, days) => {
		const due = T0 + 2 * DAY;
		expect(daysTo(rate(missed('retry'), 'q1', answer, due), 'q1', due)).toBe(days);
	});

	it('right each time moves it further out: 3, 8, 22, 54, 124 days', () => {
		let deck = missed('wrong');
		const gaps: number[] = [];
		for (let i = 0; i < 5; i++) {
			const due = deck.cards.q1!.due;
			deck = rate(deck, 'q1', 'right', due);
			gaps.push(daysTo(deck, 'q1', due));
		}
		expect(gaps).toEqual([3, 8, 22, 54, 124]);
		expect(deck.cards.q1!.reps).toBe(6);
	});

	it('wrong after three rights brings it back in 2 days instead of 54', () => {
		let deck = missed('wrong');
		for (let i = 0; i < 3; i++) deck = rate(deck, 'q1', 'right', deck.cards.q1!.due);
		const due = deck.cards.q1!.due;
		expect(daysTo(rate(deck, 'q1', 'right', due), 'q1', due)).toBe(54);
		const wrong = rate(deck, 'q1', 'wrong', due);
		expect(daysTo(wrong, 'q1', due)).toBe(2);
		expect(wrong.cards.q1!.lapses).toBe(deck.cards.q1!.lapses + 1);
	});

	it('leaves the other cards, and the given deck, as they were', () => {
		const deck = addMissed(
			emptyDeck(),
			[
				{ id: 'q1', section: 's1', outcome: 'wrong' },
				{ id: 'q2', section: 's2', outcome: 'retry' }
			],
			T0
		);
		const copy = structuredClone(deck);
		const next = rate(deck, 'q1', 'right', T0 + DAY);
		expect(deck).toEqual(copy);
		expect(next.cards.q2).toBe(deck.cards.q2);
		expect(next.cards.q1!.section).toBe('s1');
	});

	it('an id not in the deck (nor an Object key such as “constructor”) changes nothing', () => {
		const deck = missed('wrong');
		expect(rate(deck, 'gone', 'right', T0 + DAY)).toBe(deck);
		expect(rate(deck, 'constructor', 'right', T0 + DAY)).toBe(deck);
	});

	it('a clock set back before the last review counts as that review’s time instead of throwing', () => {
		const deck = rate(missed('wrong'), 'q1', 'right', T0 - 3 * DAY);
		expect(daysTo(deck, 'q1', T0)).toBe(3);
	});

	it('refuses a clock that is not a time, which would spoil the stored deck', () => {
		expect(() => rate(missed('wrong'), 'q1', 'right', Number.NaN)).toThrow(RangeError);
		expect(() => addMissed(emptyDeck(), [], Number.NaN)).toThrow(RangeError);
	});
});

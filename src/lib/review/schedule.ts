import { createEmptyCard, fsrs, Rating, type Card, type Grade, type State } from 'ts-fsrs';
import type { FirstOutcome, ReviewAnswer, ReviewCard, ReviewDeck } from './deck';

// The one module that loads ts-fsrs (the Review page's); deck.ts counts due cards without it.
//
// Default FSRS parameters, no per-user training, and no short-term steps: with them (ts-fsrs's default)
// a missed question comes back in 1 minute (Again) or 6 (Hard), within the same sitting; without them
// every rating schedules whole days. Fuzz is off by default, so the dates are reproducible. Measured with
// ts-fsrs 5.4.2, each review made on the day it is due:
// - entering the review: wrong (Again) → due in 1 day, right after a retry (Hard) → 2 days;
// - after a first wrong: wrong → 1 day, retry → 2, right (Good) → 3; right each time → 3, 8, 22, 54,
//   124 days; wrong after three rights (22 days) → 2 days;
// - after a first retry: wrong → 1 day, retry → 4, right → 7; right each time → 7, 23, 66 days.
const scheduler = fsrs({ enable_short_term: false });

const FIRST: Record<FirstOutcome, Grade> = { wrong: Rating.Again, retry: Rating.Hard };
const ANSWER: Record<ReviewAnswer, Grade> = {
	right: Rating.Good,
	retry: Rating.Hard,
	wrong: Rating.Again
};

const toCard = (c: ReviewCard): Card => ({
	due: new Date(c.due),
	stability: c.stability,
	difficulty: c.difficulty,
	elapsed_days: c.elapsed_days,
	scheduled_days: c.scheduled_days,
	learning_steps: c.learning_steps,
	reps: c.reps,
	lapses: c.lapses,
	state: c.state as State,
	last_review: new Date(c.last_review)
});

function graded(
	card: Card,
	now: number,
	grade: Grade,
	keep: Pick<ReviewCard, 'id' | 'section' | 'added'>
): ReviewCard {
	const next = scheduler.next(card, now, grade).card;
	return {
		...keep,
		due: next.due.getTime(),
		stability: next.stability,
		difficulty: next.difficulty,
		elapsed_days: next.elapsed_days,
		scheduled_days: next.scheduled_days,
		learning_steps: next.learning_steps,
		reps: next.reps,
		lapses: next.lapses,
		state: next.state,
		last_review: next.last_review?.getTime() ?? now
	};
}

function clock(now: number) {
	// A NaN date would be stored, and the whole deck then read as unreadable: stop at the cause.
	if (!Number.isFinite(now)) throw new RangeError(`Not a time: ${now}`);
	return now;
}

/**
 * Adds missed questions, each rated once from how it first went (wrong → Again, retry → Hard). A question
 * already in the deck keeps its schedule: checking a section again (after a reset, or on another day)
 * must not undo the reviews made since. Returns a new deck; the clock is `now`, ms since 1970.
 */
export function addMissed(
	deck: ReviewDeck,
	entries: Array<{ id: string; section: string; outcome: FirstOutcome }>,
	now: number
): ReviewDeck {
	clock(now);
	let cards: Record<string, ReviewCard> | null = null;
	for (const { id, section, outcome } of entries) {
		if (Object.hasOwn(cards ?? deck.cards, id)) continue;
		(cards ??= { ...deck.cards })[id] = graded(createEmptyCard(now), now, FIRST[outcome], {
			id,
			section,
			added: now
		});
	}
	return cards ? { ...deck, cards } : deck;
}

/**
 * Reschedules a question from a review answer: right first time → Good, right after a retry → Hard,
 * wrong → Again. An id not in the deck leaves it as it is. A clock earlier than the last review (set
 * back, or another device's) counts as that review's time, which ts-fsrs would otherwise refuse.
 */
export function rate(deck: ReviewDeck, id: string, outcome: ReviewAnswer, now: number): ReviewDeck {
	clock(now);
	if (!Object.hasOwn(deck.cards, id)) return deck;
	const c = deck.cards[id]!;
	const card = graded(toCard(c), Math.max(now, c.last_review), ANSWER[outcome], {
		id,
		section: c.section,
		added: c.added
	});
	return { ...deck, cards: { ...deck.cards, [id]: card } };
}

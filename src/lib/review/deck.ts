import type { SectionRecord } from '../quiz/state';

// Types and rules the home page needs to say how many questions are due: no ts-fsrs here (schedule.ts
// alone loads it, on the Review page), so counting reads the stored due dates and nothing else.

// The stored format's version lives with the deck's key, in due.ts.
export { DECK_VERSION } from './due';
import { DECK_VERSION } from './due';

// Home needs only these two; they live apart so home's chunk carries nothing else of the review.
export { dayEnd, dueInStored } from './due';
import { dayEnd } from './due';

/** How a question went when the reader first checked it, when it should come back. */
export type FirstOutcome = 'wrong' | 'retry';

/** How a review answer went: right first time, right after a retry, or wrong. */
export type ReviewAnswer = 'right' | 'retry' | 'wrong';

/**
 * One question in the review: where it is, when it is due, and the FSRS memory state ts-fsrs needs to
 * schedule it again (its Card, dates as ms since 1970, so the deck is plain JSON).
 */
export interface ReviewCard {
	/** The question's id, also the card's key in the deck. */
	id: string;
	/** The section the question is in now (it follows the bank when the bank moves it). */
	section: string;
	/** When the question is next due, ms since 1970. */
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs's State: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	/** When it was last rated (a card is rated as it enters the deck), ms since 1970. */
	last_review: number;
	/** When it entered the review, ms since 1970. */
	added: number;
}

/** The reader's review for one article or module, keyed by question id. */
export interface ReviewDeck {
	version: typeof DECK_VERSION;
	cards: Record<string, ReviewCard>;
}

export const emptyDeck = (): ReviewDeck => ({ version: DECK_VERSION, cards: {} });

/**
 * The cards due today, soonest first (then by id, so the order never depends on storage). “Today” runs to
 * the local midnight: a question missed at 21:00 on Monday is due at 21:00 on Tuesday, and counts on
 * Tuesday morning already, as home's “due today” promises.
 */
export function dueCards(deck: ReviewDeck, now: number, endOfDay = dayEnd(now)): ReviewCard[] {
	return Object.values(deck.cards)
		.filter((c) => c.due < endOfDay)
		.sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many cards are due today (see dueCards): what home shows. */
export function dueCount(deck: ReviewDeck, now: number, endOfDay = dayEnd(now)): number {
	let n = 0;
	for (const c of Object.values(deck.cards)) if (c.due < endOfDay) n++;
	return n;
}

/**
 * The questions of a checked section that should enter the review, in `questionIds` order:
 * - `wrong`: wrong at its first check and not right since (still wrong, cleared for a retry not yet
 *   checked, or its answer shown after two misses);
 * - `retry`: wrong at its first check, right at a later one;
 * - nothing for a question right at its first check, or never checked.
 * A question's first check is the section's first (`first`); for one the bank added after that, it is
 * its own first check, which `misses` tells: a question right once is never checked again, so it has
 * misses only if it was wrong first. Which records feed the review (self-study's, not an assignment's
 * unless the student chooses) is the caller's choice.
 */
export function missedIn(
	record: SectionRecord,
	questionIds: string[]
): Array<{ id: string; outcome: FirstOutcome }> {
	const out: Array<{ id: string; outcome: FirstOutcome }> = [];
	if (record.checks === 0) return out;
	for (const id of questionIds) {
		const rightFirst = record.first?.[id] ?? (record.misses[id] ?? 0) === 0;
		if (!rightFirst) out.push({ id, outcome: record.results[id] === true ? 'retry' : 'wrong' });
	}
	return out;
}

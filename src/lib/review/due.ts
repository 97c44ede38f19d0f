/**
 * What home and the progress page need of the review: where the deck is stored, the end of the
 * reader's day, and how many stored questions are due before it. Kept apart from deck.ts and store.ts
 * so that their code carries nothing else of the review.
 */
import type { ReviewCard } from './deck';

/** Version 1 of the review deck's stored format. */
export const DECK_VERSION = 1;

/**
 * `crosscheck:review:v1:<slug>`: one deck per article or module (`m-<id>`), apart from progress keys
 * (`crosscheck:v1:…`), so backing up progress never touches the review, nor the reverse. (The progress
 * page's Reset clears both, on purpose: see ./progress.ts.)
 */
export const reviewKey = (slug: string) => `crosscheck:review:v${DECK_VERSION}:${slug}`;

/**
 * The next local midnight after `now`: the end of the reader's day. Date's local fields carry the time
 * zone and its daylight-saving shifts, so nothing here names a zone (a day of 23 or 25 hours ends at
 * its own midnight).
 */
export function dayEnd(now: number | Date): number {
	const d = new Date(now);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * How many questions are due today in a deck as stored (the raw localStorage value): home's count,
 * read without the store's validation, backups and pruning, which the review page does and home need
 * not carry. Anything unreadable counts as none; a card without a numeric due date is not counted.
 */
export function dueInStored(raw: string | null, now: number): number {
	try {
		const cards = (JSON.parse(raw ?? 'null') as { cards?: unknown } | null)?.cards;
		if (typeof cards !== 'object' || cards === null) return 0;
		const end = dayEnd(now);
		return Object.values(cards).filter(
			(c) => typeof (c as { due?: unknown })?.due === 'number' && (c as ReviewCard).due < end
		).length;
	} catch {
		return 0;
	}
}

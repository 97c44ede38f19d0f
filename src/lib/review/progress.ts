/**
 * What the progress page needs of the review: how many questions it holds and how many are due today,
 * and forgetting it on Reset. Read from the stored deck as home reads it (no validation, backups or
 * scheduler, which the review page carries), but only of questions the bank still has, as the review
 * page prunes the rest.
 */
import { clearProgress, progressKey, type Known, type StorageLike } from '../progress/store';
import { dayEnd, reviewKey } from './due';

/** Where a review session under way keeps its answers (the review page's): progress of its own scope. */
export const sessionKey = (slug: string) => progressKey(slug, 'review');

export interface ReviewCounts {
	/** Questions in the review. */
	questions: number;
	/** Of those, due before the reader's midnight (as home counts them). */
	due: number;
}

/**
 * The counts for an article's review, or null when it holds no question of the bank's (or storage is
 * blocked, or the deck cannot be read): the page then says nothing of it. Never throws.
 */
export function reviewCounts(
	storage: StorageLike | null,
	slug: string,
	known: Known,
	now = Date.now()
): ReviewCounts | null {
	let cards: unknown;
	try {
		const raw = storage?.getItem(reviewKey(slug)) ?? null;
		cards = (JSON.parse(raw ?? 'null') as { cards?: unknown } | null)?.cards;
	} catch {
		return null;
	}
	if (typeof cards !== 'object' || cards === null) return null;
	const ids = new Set([...known.values()].flatMap((s) => [...s]));
	const end = dayEnd(now);
	let questions = 0;
	let due = 0;
	for (const [id, card] of Object.entries(cards)) {
		const when = (card as { due?: unknown } | null)?.due;
		if (!ids.has(id) || typeof when !== 'number') continue;
		questions++;
		if (when < end) due++;
	}
	return questions === 0 ? null : { questions, due };
}

/** “Review: 3 questions, 1 due today.” */
export function reviewLine({ questions, due }: ReviewCounts): string {
	const n = `${questions} ${questions === 1 ? 'question' : 'questions'}`;
	return `Review: ${n}, ${due === 0 ? 'none' : due === questions && due > 1 ? 'all' : due} due today.`;
}

/**
 * Forgets an article's review (Reset on the progress page): its deck, and the answers of a session left
 * half done, which would otherwise come back with the next session that asks the same questions.
 * Copies of an unreadable deck stay, as progress's do. 'ok', or 'blocked' instead of throwing.
 */
export function clearReview(storage: StorageLike | null, slug: string): 'ok' | 'blocked' {
	const deck = clearProgress(storage, reviewKey(slug));
	const session = clearProgress(storage, sessionKey(slug));
	return deck === 'ok' && session === 'ok' ? 'ok' : 'blocked';
}

/**
 * What a checked self-study section sends to the review: its missed questions (wrong at the first
 * check, or right only after a retry) join the reader's deck. Loaded by the section page only after a
 * check, since it brings ts-fsrs; assignments never call it.
 */
import type { SectionRecord } from '../quiz/state';
import { browserStorage, type Known, type StorageLike } from '../progress/store';
import { missedIn } from './deck';
import { addMissed } from './schedule';
import { readDeck, reviewKey, writeDeck } from './store';

/**
 * Adds the section's missed questions to the slug's deck and saves it. A question already there keeps
 * its schedule. Storage that is blocked, full or holds a newer version's deck is left as it is.
 */
export function feedReview(
	slug: string,
	section: string,
	questionIds: string[],
	record: SectionRecord,
	now = Date.now(),
	storage: StorageLike | null = browserStorage()
): 'ok' | 'unchanged' | 'blocked' | 'full' | 'newer' {
	const missed = missedIn(record, questionIds);
	if (missed.length === 0) return 'unchanged';
	const key = reviewKey(slug);
	const known: Known = new Map([[section, new Set(questionIds)]]);
	// Only this section is known here: other sections' cards are kept as they are.
	const read = readDeck(storage, key, known, false, now);
	if (read.status === 'blocked' || read.status === 'newer') return read.status;
	const fresh = missed.filter((m) => !Object.hasOwn(read.deck.cards, m.id));
	if (fresh.length === 0) return 'unchanged';
	const deck = addMissed(
		read.deck,
		fresh.map((m) => ({ ...m, section })),
		now
	);
	return writeDeck(storage, key, deck);
}

/** Feeds every checked section of an assignment at once (the student just chose to, or handed in). */
export function feedSections(
	slug: string,
	sections: ReadonlyArray<{ id: string; questionIds: string[]; record: SectionRecord | undefined }>,
	now = Date.now(),
	storage: StorageLike | null = browserStorage()
): void {
	for (const s of sections)
		if (s.record) feedReview(slug, s.id, s.questionIds, s.record, now, storage);
}

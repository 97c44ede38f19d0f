import {
	keepBackup,
	writeJson,
	type Known,
	type StorageLike,
	type StorageStatus
} from '../progress/store';
import { DECK_VERSION, emptyDeck, type ReviewCard, type ReviewDeck } from './deck';

// Where the deck is stored lives with home's count (due.ts), which the progress page shares.
export { reviewKey } from './due';

// A hand-written guard, as for progress: this runs on home, where a validator library would cost more
// than the whole review code.
const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isDays = (x: unknown) => isTime(x) && (x as number) >= 0;
const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

function isCard(x: unknown, id: string): x is ReviewCard {
	return (
		isObject(x) &&
		x.id === id &&
		typeof x.section === 'string' &&
		isTime(x.due) &&
		isDays(x.stability) &&
		isTime(x.difficulty) &&
		isDays(x.elapsed_days) &&
		isDays(x.scheduled_days) &&
		isCount(x.learning_steps) &&
		isCount(x.reps) &&
		isCount(x.lapses) &&
		isCount(x.state) &&
		(x.state as number) <= 3 &&
		isTime(x.last_review) &&
		isTime(x.added)
	);
}

/** True when `x` is a deck this version can read. */
export function isReviewDeck(x: unknown): x is ReviewDeck {
	return (
		isObject(x) &&
		x.version === DECK_VERSION &&
		isObject(x.cards) &&
		Object.entries(x.cards).every(([id, c]) => isCard(c, id))
	);
}

/**
 * Drops the cards of questions the bank no longer has, and moves a card to the section the bank now
 * puts its question in (a regenerated bank moved “q-who-7” from s2 to s3: its card follows). Unless
 * `known` lists every section (`complete`), a card of a section it does not list is left alone.
 */
export function pruneDeck(deck: ReviewDeck, known: Known, complete = true): ReviewDeck {
	const sectionOf = new Map<string, string>();
	for (const [section, ids] of known) for (const id of ids) sectionOf.set(id, section);
	const cards: Array<[string, ReviewCard]> = [];
	for (const [id, card] of Object.entries(deck.cards)) {
		const section = sectionOf.get(id);
		if (section !== undefined)
			cards.push([id, section === card.section ? card : { ...card, section }]);
		else if (!complete && !known.has(card.section)) cards.push([id, card]);
	}
	// fromEntries defines each key, so a question id such as “__proto__” stays a plain key.
	return { ...deck, cards: Object.fromEntries(cards) };
}

/**
 * Reads the deck; never throws, and as readProgress does: blocked storage gives an empty deck for this
 * visit, a value that cannot be read is set aside (`…:unreadable:<time>`) and the review starts afresh
 * (`recovered`), and a newer version's deck is left untouched (`newer`). After `newer` or `blocked`
 * the caller must not write the deck, or it would replace what it could not read.
 */
export function readDeck(
	storage: StorageLike | null,
	key: string,
	known: Known,
	complete = true,
	now = Date.now()
): { deck: ReviewDeck; status: StorageStatus } {
	if (!storage) return { deck: emptyDeck(), status: 'blocked' };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch {
		return { deck: emptyDeck(), status: 'blocked' };
	}
	if (raw === null) return { deck: emptyDeck(), status: 'ok' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	if (isReviewDeck(parsed)) return { deck: pruneDeck(parsed, known, complete), status: 'ok' };
	const v = isObject(parsed) ? parsed.version : undefined;
	if (typeof v === 'number' && v > DECK_VERSION) return { deck: emptyDeck(), status: 'newer' };
	try {
		keepBackup(storage, key, raw, now);
		storage.removeItem(key);
	} catch {
		// The backup is best effort; the review still starts afresh for this visit.
	}
	return { deck: emptyDeck(), status: 'recovered' };
}

export { writeJson };

/** Saves the deck: 'ok', or 'blocked' / 'full' instead of throwing. */
export const writeDeck = (storage: StorageLike | null, key: string, deck: ReviewDeck) =>
	writeJson(storage, key, deck);

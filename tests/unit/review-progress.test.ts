import { describe, expect, it } from 'vitest';
import { progressKey, type StorageLike } from '$lib/progress/store';
import type { Mode } from '$lib/quiz/record';
import { dueCount, emptyDeck } from '$lib/review/deck';
import { scoresShown, type CheckMode } from '$lib/review/mode';
import { addMissed } from '$lib/review/schedule';
import { clearReview, reviewCounts, reviewLine, sessionKey } from '$lib/review/progress';
import { readDeck, reviewKey, writeDeck } from '$lib/review/store';
import { memoryStorage } from './memory-storage';

// What the progress page shows of the review and the reader's mode, and what its Reset forgets.

const SLUG = 'north-korean-troops';
// Local times: “due today” ends at the reader's own midnight.
const MONDAY = new Date(2026, 0, 5, 10, 0).getTime();
const TUESDAY = new Date(2026, 0, 6, 9, 0).getTime();
const known = new Map([
	['s1', new Set(['q1', 'q2'])],
	['s2', new Set(['q3'])]
]);
/** Two questions missed on Monday (due on Tuesday), and one of a question the bank no longer has. */
const missedMonday = () =>
	addMissed(
		emptyDeck(),
		[
			{ id: 'q1', section: 's1', outcome: 'wrong' },
			{ id: 'q3', section: 's2', outcome: 'wrong' },
			{ id: 'q-gone', section: 's1', outcome: 'wrong' }
		],
		MONDAY
	);

/** A storage that refuses everything, removing too (memoryStorage's blocked mode still removes). */
const refusing = (): StorageLike => {
	const no = () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	};
	return { getItem: no, setItem: no, removeItem: no, key: no, length: 0 };
};

describe('scoresShown', () => {
	it.each<[CheckMode, Mode, boolean]>([
		['scored', 'self-study', true],
		['scored', 'practice', true],
		['scored', 'graded', true],
		['self-check', 'self-study', false],
		// An assignment keeps its teacher's mode, whatever the reader chose for their own reading.
		['self-check', 'practice', true],
		['self-check', 'graded', true]
	])('with %s chosen, in %s: %s', (checkMode, studyMode, shown) => {
		expect(scoresShown(checkMode, studyMode)).toBe(shown);
	});
});

describe('the review’s counts on the progress page', () => {
	it('are nothing when there is no deck, or an empty one', () => {
		const { storage } = memoryStorage();
		expect(reviewCounts(storage, SLUG, known, MONDAY)).toBeNull();
		writeDeck(storage, reviewKey(SLUG), emptyDeck());
		expect(reviewCounts(storage, SLUG, known, MONDAY)).toBeNull();
	});

	it('count the questions the bank still has, and those due before the reader’s midnight', () => {
		const { storage } = memoryStorage();
		writeDeck(storage, reviewKey(SLUG), missedMonday());
		expect(reviewCounts(storage, SLUG, known, MONDAY)).toEqual({ questions: 2, due: 0 });
		expect(reviewCounts(storage, SLUG, known, TUESDAY)).toEqual({ questions: 2, due: 2 });
	});

	it('agree with the review page’s own reading of the deck, at any time of the next days', () => {
		const { storage } = memoryStorage();
		writeDeck(storage, reviewKey(SLUG), missedMonday());
		for (let hour = 0; hour < 72; hour += 5) {
			const now = MONDAY + hour * 3_600_000;
			const { deck } = readDeck(storage, reviewKey(SLUG), known, true, now);
			expect(reviewCounts(storage, SLUG, known, now)).toEqual({
				questions: Object.keys(deck.cards).length,
				due: dueCount(deck, now)
			});
		}
	});

	it('are nothing, without throwing, when storage is blocked or the deck cannot be read', () => {
		expect(reviewCounts(null, SLUG, known, MONDAY)).toBeNull();
		expect(reviewCounts(refusing(), SLUG, known, MONDAY)).toBeNull();
		const { storage, items } = memoryStorage();
		for (const bad of [
			'{"version":1,',
			'null',
			'[]',
			'{"cards":3}',
			'{"cards":{"q1":{"due":"x"}}}'
		]) {
			items.set(reviewKey(SLUG), bad);
			expect(reviewCounts(storage, SLUG, known, MONDAY)).toBeNull();
		}
		// A newer version's deck is left as it is.
		const newer = JSON.stringify({ version: 2, cards: {} });
		items.set(reviewKey(SLUG), newer);
		expect(reviewCounts(storage, SLUG, known, MONDAY)).toBeNull();
		expect(items.get(reviewKey(SLUG))).toBe(newer);
	});

	it.each([
		[{ questions: 1, due: 0 }, 'Review: 1 question, none due today.'],
		[{ questions: 1, due: 1 }, 'Review: 1 question, 1 due today.'],
		[{ questions: 5, due: 2 }, 'Review: 5 questions, 2 due today.'],
		[{ questions: 3, due: 3 }, 'Review: 3 questions, all due today.']
	])('read as a line: %o', (counts, line) => {
		expect(reviewLine(counts)).toBe(line);
	});
});

describe('clearReview (Reset on the progress page)', () => {
	it('removes the deck and a half-done session’s answers, and nothing else', () => {
		const { storage, items } = memoryStorage();
		writeDeck(storage, reviewKey(SLUG), missedMonday());
		items.set(sessionKey(SLUG), '{"version":1,"sections":{}}');
		items.set(reviewKey('m-3fa9c2'), 'another module’s deck');
		items.set(progressKey(SLUG), 'the progress, which the page’s own reset removes');
		items.set(`${reviewKey(SLUG)}:unreadable:1000`, 'a copy set aside');
		expect(clearReview(storage, SLUG)).toBe('ok');
		expect([...items.keys()].sort()).toEqual(
			[reviewKey('m-3fa9c2'), progressKey(SLUG), `${reviewKey(SLUG)}:unreadable:1000`].sort()
		);
		expect(reviewCounts(storage, SLUG, known, TUESDAY)).toBeNull();
		// Nothing left to clear is fine too.
		expect(clearReview(storage, SLUG)).toBe('ok');
	});

	it('keeps a review session’s answers apart from the article’s own progress', () => {
		expect(sessionKey(SLUG)).toBe('crosscheck:v1:north-korean-troops:review');
		expect(sessionKey(SLUG)).not.toBe(progressKey(SLUG));
	});

	it('reports blocked storage instead of throwing', () => {
		expect(clearReview(null, SLUG)).toBe('blocked');
		expect(clearReview(refusing(), SLUG)).toBe('blocked');
	});
});

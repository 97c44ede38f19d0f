import { describe, expect, it } from 'vitest';
import type { AssignmentMode } from '$lib/assign/types';
import { check, emptyRecord, select } from '$lib/quiz/record';
import { feedsReview, offersReview } from '$lib/review/assignments';
import { feedSections } from '$lib/review/feed';
import {
	PREFS_KEY,
	readFromAssignments,
	readMode,
	writeFromAssignments,
	writeMode
} from '$lib/review/mode';
import { readDeck, reviewKey } from '$lib/review/store';
import { inventedQuestion } from './invented-question';
import { memoryStorage } from './memory-storage';

const MODES: AssignmentMode[] = ['practice', 'graded', 'graded-hidden'];

describe('when an assignment feeds the review', () => {
	it('self-study always does, whatever the choice', () => {
		expect(feedsReview('self-study', null, false)).toBe(true);
		expect(feedsReview('self-study', { mode: 'graded-hidden', handedIn: false }, false)).toBe(true);
	});

	it('an assignment never does unless the student chose it', () => {
		for (const mode of MODES)
			for (const handedIn of [false, true])
				expect(
					feedsReview(mode === 'practice' ? 'practice' : 'graded', { mode, handedIn }, false)
				).toBe(false);
	});

	it('chosen: practice at each check, graded only after the hand-in, hidden answers never', () => {
		expect(feedsReview('practice', { mode: 'practice', handedIn: false }, true)).toBe(true);
		expect(feedsReview('graded', { mode: 'graded', handedIn: false }, true)).toBe(false);
		expect(feedsReview('graded', { mode: 'graded', handedIn: true }, true)).toBe(true);
		expect(feedsReview('graded', { mode: 'graded-hidden', handedIn: true }, true)).toBe(false);
		expect(offersReview('graded-hidden')).toBe(false);
		expect(offersReview('graded')).toBe(true);
		expect(offersReview('practice')).toBe(true);
	});
});

describe('the student’s choice', () => {
	it('is off until made, is kept beside the check mode, and survives a change of mode', () => {
		const { storage, items } = memoryStorage();
		expect(readFromAssignments(storage)).toBe(false);
		expect(writeMode(storage, 'self-check')).toBe('ok');
		expect(writeFromAssignments(storage, true)).toBe('ok');
		expect(readFromAssignments(storage)).toBe(true);
		expect(readMode(storage)).toBe('self-check');
		expect(writeMode(storage, 'scored')).toBe('ok');
		expect(JSON.parse(items.get(PREFS_KEY)!)).toEqual({ mode: 'scored', reviewAssignments: true });
		expect(writeFromAssignments(storage, false)).toBe('ok');
		expect(readFromAssignments(storage)).toBe(false);
	});

	it.each(['{"reviewAssignments":"yes"}', '{"reviewAssignments":1}', '[true]', '{', 'true'])(
		'reads %s as not chosen',
		(raw) => {
			const { storage, items } = memoryStorage();
			items.set(PREFS_KEY, raw);
			expect(readFromAssignments(storage)).toBe(false);
		}
	);

	it('reads blocked or missing storage as not chosen, and says a save was not made', () => {
		expect(readFromAssignments(null)).toBe(false);
		const { storage } = memoryStorage({ blocked: true });
		expect(readFromAssignments(storage)).toBe(false);
		expect(writeFromAssignments(storage, true)).toBe('blocked');
		expect(writeFromAssignments(memoryStorage({ full: true }).storage, true)).toBe('full');
	});
});

describe('feeding a whole assignment at once', () => {
	const q = inventedQuestion;

	it('adds the missed questions of every checked section, and skips one not checked', () => {
		const now = new Date(2026, 2, 2, 10, 0).getTime();
		const one = [q('a', 's1'), q('b', 's1')];
		let r1 = select(select(emptyRecord(), 'a', 'w'), 'b', 'r');
		r1 = check(r1, one, 'graded');
		const r2 = select(emptyRecord(), 'c', 'w');
		const { storage } = memoryStorage();
		feedSections(
			'demo',
			[
				{ id: 's1', questionIds: ['a', 'b'], record: r1 },
				{ id: 's2', questionIds: ['c'], record: r2 },
				{ id: 's3', questionIds: ['d'], record: undefined }
			],
			now,
			storage
		);
		const { deck } = readDeck(storage, reviewKey('demo'), new Map(), false);
		expect(Object.keys(deck.cards)).toEqual(['a']);
		expect(deck.cards.a!.section).toBe('s1');
	});
});

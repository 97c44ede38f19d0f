import { describe, expect, it } from 'vitest';
import { emptyProgress, progressKey, writeProgress } from '../../src/lib/progress/store';
import { emptyRecord } from '../../src/lib/quiz/state';
import {
	listedProgress,
	listKey,
	MAX_LISTED,
	readList,
	type ListedAssignment
} from '../../src/lib/student/assignment-list';
import { remember } from '../../src/lib/student/remember-assignment';
import { memoryStorage } from './memory-storage';

const SLUG = 'an-article';
const entry = (over: Partial<ListedAssignment> = {}): ListedAssignment => ({
	scope: 'a-1',
	code: '2abcfull.Week-1',
	title: 'Week 1',
	sections: ['intro', 'the-count'],
	openedAt: 1,
	...over
});

describe('the list of assignments home shows', () => {
	it('puts the most recently opened first, once per assignment', () => {
		const { storage } = memoryStorage();
		remember(storage, SLUG, entry());
		remember(storage, SLUG, entry({ scope: 'a-2', code: '2other', title: 'Week 2', openedAt: 2 }));
		remember(storage, SLUG, entry({ openedAt: 3 }));
		expect(readList(storage, SLUG).map((e) => [e.scope, e.openedAt])).toEqual([
			['a-1', 3],
			['a-2', 2]
		]);
	});

	it('keeps the title and full code of a link when the same assignment is opened by its typed code', () => {
		const { storage } = memoryStorage();
		remember(storage, SLUG, entry());
		const listed = remember(storage, SLUG, entry({ code: '2abctyped', title: '', openedAt: 5 }));
		expect(listed).toMatchObject({ title: 'Week 1', code: '2abcfull.Week-1', openedAt: 5 });
		expect(readList(storage, SLUG)).toEqual([listed]);
	});

	it('lists a typed code with no title when no link was seen, and keeps at most MAX_LISTED', () => {
		const { storage } = memoryStorage();
		for (let i = 0; i < MAX_LISTED + 3; i++)
			remember(storage, SLUG, entry({ scope: `a-${i}`, code: `2c${i}`, title: '', openedAt: i }));
		const list = readList(storage, SLUG);
		expect(list).toHaveLength(MAX_LISTED);
		expect(list[0]).toMatchObject({ scope: `a-${MAX_LISTED + 2}`, title: '' });
	});

	it('reads damaged, foreign or blocked storage as an empty list, dropping only bad entries', () => {
		const { storage, items, opts } = memoryStorage();
		items.set(listKey(SLUG), '{not json');
		expect(readList(storage, SLUG)).toEqual([]);
		items.set(listKey(SLUG), JSON.stringify({ scope: 'a-1' }));
		expect(readList(storage, SLUG)).toEqual([]);
		items.set(listKey(SLUG), JSON.stringify([entry(), { scope: 7 }, null, entry({ code: '' })]));
		expect(readList(storage, SLUG)).toEqual([entry()]);
		opts.blocked = true;
		expect(readList(storage, SLUG)).toEqual([]);
		expect(readList(null, SLUG)).toEqual([]);
	});

	it('says when storage refused the write, and the list is unchanged', () => {
		const { storage, opts } = memoryStorage();
		remember(storage, SLUG, entry());
		opts.full = true;
		expect(remember(storage, SLUG, entry({ scope: 'a-2', code: '2x' }))).toBeNull();
		expect(readList(storage, SLUG).map((e) => e.scope)).toEqual(['a-1']);
		expect(remember(null, SLUG, entry())).toBeNull();
	});

	it('counts the assigned sections checked at least once, from the assignment’s own progress', () => {
		const { storage } = memoryStorage();
		const record = (checks: number) => ({ ...emptyRecord(), answers: { q1: 'a' }, checks });
		const saved = (sections: Record<string, ReturnType<typeof record>>) => ({
			...emptyProgress(),
			sections
		});
		writeProgress(
			storage,
			progressKey(SLUG, 'a-1'),
			saved({ intro: record(1), 'the-count': record(0), elsewhere: record(2) })
		);
		// Self-study progress of the same sections does not count for the assignment.
		writeProgress(storage, progressKey(SLUG), saved({ 'the-count': record(1) }));
		expect(listedProgress(storage, SLUG, entry())).toEqual({ done: 1, total: 2 });
		expect(listedProgress(storage, SLUG, entry({ scope: 'a-none' }))).toEqual({
			done: 0,
			total: 2
		});
	});
});

import { describe, expect, it } from 'vitest';
import {
	deleteDraft,
	DRAFTS_KEY,
	MAX_DRAFTS,
	newDraftId,
	readDrafts,
	saveDraft,
	type Draft
} from '../../src/lib/drafts/store';
import { memoryStorage } from './memory-storage';

const draft = (over: Partial<Draft> = {}): Draft => ({
	id: 'd1',
	title: 'Flood in Eastfield',
	pasted: 'Flood in Eastfield\n“It rose fast,” the mayor said.',
	article: '# Flood in Eastfield\n\n## Part 1\n\n“It rose fast,” the mayor said.\n',
	review: { fixes: [] },
	omit: [],
	updatedAt: 1,
	...over
});

describe('drafts kept in the browser', () => {
	it('keeps one copy of each draft, newest first, and at most MAX_DRAFTS', () => {
		const { storage } = memoryStorage();
		expect(saveDraft(storage, draft())).toBe('ok');
		expect(saveDraft(storage, draft({ id: 'd2', updatedAt: 2 }))).toBe('ok');
		expect(saveDraft(storage, draft({ title: 'Flood, edited', updatedAt: 3 }))).toBe('ok');
		expect(readDrafts(storage).drafts.map((d) => [d.id, d.title])).toEqual([
			['d1', 'Flood, edited'],
			['d2', 'Flood in Eastfield']
		]);
		for (let i = 0; i < MAX_DRAFTS + 2; i++)
			saveDraft(storage, draft({ id: `x${i}`, updatedAt: 10 + i }));
		expect(readDrafts(storage).drafts).toHaveLength(MAX_DRAFTS);
		expect(deleteDraft(storage, `x${MAX_DRAFTS + 1}`)).toBe('ok');
		expect(readDrafts(storage).drafts.map((d) => d.id)).not.toContain(`x${MAX_DRAFTS + 1}`);
	});

	it('says when storage is blocked or full, and changes nothing', () => {
		const { storage, opts } = memoryStorage();
		saveDraft(storage, draft());
		opts.full = true;
		expect(saveDraft(storage, draft({ id: 'd2' }))).toBe('full');
		opts.full = false;
		expect(readDrafts(storage).drafts.map((d) => d.id)).toEqual(['d1']);
		opts.blocked = true;
		expect(saveDraft(storage, draft())).toBe('blocked');
		expect(readDrafts(storage)).toEqual({ drafts: [], status: 'blocked' });
		expect(saveDraft(null, draft())).toBe('blocked');
	});

	it('skips damaged entries and reads damaged storage as no drafts', () => {
		const { storage, items } = memoryStorage();
		items.set(
			DRAFTS_KEY,
			JSON.stringify([
				draft(),
				{ id: 'bad' },
				null,
				draft({ id: 'd3', omit: [1 as unknown as string] })
			])
		);
		expect(readDrafts(storage).drafts.map((d) => d.id)).toEqual(['d1']);
		items.set(DRAFTS_KEY, '{not json');
		expect(readDrafts(storage)).toEqual({ drafts: [], status: 'ok' });
		// Saving over damage starts a clean list rather than failing, and keeps what was there aside.
		expect(saveDraft(storage, draft())).toBe('ok');
		expect(readDrafts(storage).drafts).toHaveLength(1);
		expect(items.get(`${DRAFTS_KEY}:unreadable`)).toBe('{not json');
	});

	it('gives new drafts different ids', () => {
		expect(newDraftId(1000, 0.1)).not.toBe(newDraftId(1000, 0.2));
		expect(newDraftId(1000, 0.1)).not.toBe(newDraftId(2000, 0.1));
	});
});

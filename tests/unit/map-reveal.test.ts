import { describe, expect, it } from 'vitest';
import { conflictView } from '../../src/lib/map/reveal';
import { sectionSettled } from '../../src/lib/quiz/record';
import type { SectionConflict } from '../../src/lib/map/section';
import { emptyRecord } from '../../src/lib/quiz/state';

const mark = (id: string, section: number) => ({
	id,
	text: id,
	mark: 'exact' as const,
	sourceName: `source ${id}`,
	citedFrom: null,
	ref: { sentence: `p${section}s1`, section }
});
const conflict: SectionConflict = {
	id: 'c1',
	counts: 'boats',
	marks: [mark('a', 2), mark('b', 4), mark('c', 4), mark('d', 5)]
};

describe('what a sources panel shows of a conflict', () => {
	it('shows its own section’s figures and holds back those of sections not yet done', () => {
		const view = conflictView(conflict, 2, () => false);
		expect(view.shown.map((m) => m.id)).toEqual(['a']);
		expect(view.heldBack).toEqual([4, 5]);
	});

	it('shows the figures of sections the student has settled', () => {
		const view = conflictView(conflict, 4, (n) => n === 2);
		expect(view.shown.map((m) => m.id)).toEqual(['a', 'b', 'c']);
		expect(view.heldBack).toEqual([5]);
	});
});

describe('when a section’s answers may be seen from another page', () => {
	const checked = { ...emptyRecord(), checks: 1, results: { q1: true, q2: false } };

	it('not before its answers are checked, nor while one waits for another try', () => {
		expect(sectionSettled(undefined, false)).toBe(false);
		expect(sectionSettled(emptyRecord(), false)).toBe(false);
		expect(sectionSettled(checked, false)).toBe(false);
	});

	it('once every question is right or its answer shown, or the work is handed in', () => {
		expect(sectionSettled({ ...checked, revealed: ['q2'] }, false)).toBe(true);
		expect(sectionSettled({ ...checked, results: { q1: true, q2: true } }, false)).toBe(true);
		expect(sectionSettled(undefined, true)).toBe(true);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse';
import { parseBank } from '../../src/lib/bank/parse';
import { buildSourcesMap } from '../../src/lib/map/build';
import { conflictView, settledMap, shownRivals } from '../../src/lib/map/reveal';
import { sectionSettled } from '../../src/lib/quiz/settled';
import type { SectionConflict } from '../../src/lib/map/section';
import { emptyRecord } from '../../src/lib/quiz/state';

const mark = (id: string, section: number) => ({
	id,
	text: id,
	mark: 'exact' as const,
	sourceName: `source ${id}`,
	citedFrom: null,
	asOf: null,
	ref: { sentence: `p${section}s1`, section }
});
const pair = (a: string, b: string) => ({ a, b, fit: 'both' as const, why: '', line: `${a}+${b}` });
const conflict: SectionConflict = {
	id: 'c1',
	counts: 'boats',
	marks: [mark('a', 2), mark('b', 4), mark('c', 4), mark('d', 5)],
	pairs: [pair('a', 'b'), pair('a', 'd'), pair('b', 'c'), pair('c', 'd')]
};

describe('what a sources panel shows of a conflict', () => {
	it('shows its own section’s figures and holds back those of sections not yet done', () => {
		const view = conflictView(conflict, 2, () => false);
		expect(view.shown.map((m) => m.id)).toEqual(['a']);
		expect(view.heldBack).toEqual([4, 5]);
		// Whether a figure fits with one held back would answer that section's questions.
		expect(view.pairs).toEqual([]);
	});

	it('shows the figures of sections the student has settled', () => {
		const view = conflictView(conflict, 4, (n) => n === 2);
		expect(view.shown.map((m) => m.id)).toEqual(['a', 'b', 'c']);
		expect(view.heldBack).toEqual([5]);
		expect(view.pairs.map((p) => p.line)).toEqual(['a+b', 'b+c']);
	});

	it('sets beside a figure only the rival figures of this and settled sections', () => {
		const rival = (id: string, section: number) => ({
			id,
			text: id,
			sourceName: id,
			asOf: null,
			fit: 'not-both' as const,
			line: id,
			ref: { sentence: `p${section}s1`, section }
		});
		const rivals = [rival('x', 2), rival('y', 4), rival('z', 5)];
		expect(shownRivals(rivals, 2, (n) => n === 5).map((r) => r.id)).toEqual(['x', 'z']);
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

describe('the sources map cut to the sections a reader has settled, from the shipped article', () => {
	const article = parseArticle(readFileSync('questions/north-korean-troops/article.md', 'utf8'));
	const { claims } = parseBank(
		JSON.parse(readFileSync('questions/north-korean-troops/bank.json', 'utf8')) as unknown
	);
	const map = buildSourcesMap(claims, article);
	const numbers = article.sections.map((s) => s.number);
	const sectionsIn = (m: typeof map) => [
		...m.groups.flatMap((g) => g.sources.flatMap((s) => s.entries.map((e) => e.ref.section))),
		...m.series.flatMap((s) => s.marks.map((x) => x.ref.section)),
		...m.timeline.map((e) => e.ref.section)
	];

	it('shows nothing of a section not settled, and says which ones are left out', () => {
		const cut = settledMap(map, numbers, (n) => n === 2);
		expect(new Set(sectionsIn(cut.map))).toEqual(new Set([2]));
		expect(cut.heldBack).toEqual(numbers.filter((n) => n !== 2));
		// Section 2 states one of the three troop estimates: the dispute waits for section 4.
		expect(cut.map.series).toEqual([]);
		expect(cut.disputesHeldBack).toEqual(['North Korean soldiers']);
		// South Korea's figure is shown without its fit with section 4's figures, and its source
		// without names the article gives only in other sections.
		const figures = cut.map.groups.flatMap((g) =>
			g.sources.flatMap((s) => s.entries.filter((e) => e.kind === 'figure'))
		);
		expect(figures.length).toBeGreaterThan(0);
		for (const f of figures) expect(f.kind === 'figure' && f.rivals).toEqual([]);
		expect(JSON.stringify(cut.map)).not.toMatch(/12,000|3,000|U\.S\. officials/);
	});

	it('is the whole map once every section is settled', () => {
		const cut = settledMap(map, numbers, () => true);
		expect(cut.map).toEqual(map);
		expect(cut.heldBack).toEqual([]);
		expect(cut.disputesHeldBack).toEqual([]);
	});
});

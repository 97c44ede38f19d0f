import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse';
import { buildBank } from '../../src/lib/bank/build';
import { parseBank } from '../../src/lib/bank/parse';
import { ARTICLE_SOURCE, type Claims } from '../../src/lib/extract/types';
import { ARTICLE_NAME, buildSourcesMap, markKind } from '../../src/lib/map/build';
import { sectionSources } from '../../src/lib/map/section';
import { formatNumber, linearScale, niceStep } from '../../src/lib/map/scale';
import type { MapEntry, SourcesMap } from '../../src/lib/map/types';

/** Every entry of the map with the source it sits under. */
function entriesOf(map: SourcesMap): Array<{ source: string; entry: MapEntry }> {
	return map.groups.flatMap((g) =>
		g.sources.flatMap((s) => s.entries.map((entry) => ({ source: s.id, entry })))
	);
}

/** Invariants that hold for any article: every claim appears once, under its source, linked right. */
function expectWellFormed(map: SourcesMap, claims: Claims, sentenceSection: Map<string, number>) {
	const all = entriesOf(map);
	const ids = all.map((x) => x.entry.id);
	expect(new Set(ids).size).toBe(ids.length);
	// Everything but what nobody has credited yet (a quote with no speaker, a figure with no source).
	expect(ids.sort()).toEqual(
		[
			...claims.estimates.filter((e) => e.source !== null),
			...claims.events,
			...claims.quotes.filter((q) => q.speaker !== null),
			...claims.paraphrases,
			...claims.authorVoice
		]
			.map((c) => c.id)
			.sort()
	);
	for (const { entry } of all)
		expect(entry.ref.section, `${entry.id} in ${entry.ref.sentence}`).toBe(
			sentenceSection.get(entry.ref.sentence)
		);
	// Each entry sits under its own speaker, or under the source that speaker is one name of, and then
	// says which name the article gives there.
	const nameOf = new Map(claims.speakers.map((s) => [s.id, s.name]));
	const underItsSource = (id: string, speaker: string | null) => {
		if (speaker === null) return;
		const x = all.find((y) => y.entry.id === id)!;
		if (x.source !== speaker) expect(x.entry.namedAs, id).toBe(nameOf.get(speaker));
	};
	for (const e of claims.estimates) underItsSource(e.id, e.source);
	for (const q of claims.quotes) underItsSource(q.id, q.speaker);
	// One entry per source: no two sources of the map have the same name, in any case.
	const names = map.groups.flatMap((g) => g.sources.map((s) => s.name.toLowerCase()));
	expect(new Set(names).size).toBe(names.length);
	// The article's own voice comes last; no group is empty.
	expect(map.groups.at(-1)?.label).toBe(ARTICLE_NAME);
	for (const g of map.groups) expect(g.sources.length).toBeGreaterThan(0);
	// One chart per conflict, with every one of its estimates, on an axis from zero that holds them all.
	expect(map.series.map((s) => s.id)).toEqual(claims.conflicts.map((c) => c.id));
	for (const s of map.series) {
		expect(s.ticks[0]).toMatchObject({ value: 0, at: 0 });
		expect(s.ticks.at(-1)).toMatchObject({ value: s.max, at: 1 });
		for (const m of s.marks) {
			expect(m.from).toBeGreaterThanOrEqual(0);
			expect(m.to).toBeLessThanOrEqual(1);
			expect(m.from).toBeLessThanOrEqual(m.to);
			expect(Math.max(m.value, m.high ?? 0, m.low ?? 0)).toBeLessThan(s.max);
		}
	}
	// Events each once, their times without a leading “on”.
	expect(map.timeline.map((t) => t.id).sort()).toEqual(claims.events.map((t) => t.id).sort());
	for (const t of map.timeline) expect(t.when).not.toMatch(/^on\s/i);
	// A pair's fit is the one each figure's entry gives for the other.
	const figures = new Map(
		all.flatMap((x) => (x.entry.kind === 'figure' ? [[x.entry.id, x.entry] as const] : []))
	);
	for (const s of map.series)
		for (const p of s.pairs) {
			expect(figures.get(p.a)?.rivals.find((r) => r.id === p.b)?.fit).toBe(p.fit);
			expect(figures.get(p.b)?.rivals.find((r) => r.id === p.a)?.fit).toBe(p.fit);
		}
}

const sentenceSections = (article: ReturnType<typeof parseArticle>) =>
	new Map(
		article.sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.map((x) => [x.id, s.number] as const))
		)
	);

describe('the sources map of the shipped article', () => {
	const article = parseArticle(readFileSync('questions/north-korean-troops/article.md', 'utf8'));
	const { claims } = parseBank(
		JSON.parse(readFileSync('questions/north-korean-troops/bank.json', 'utf8')) as unknown
	);
	const map = buildSourcesMap(claims, article);
	const source = (id: string) => map.groups.flatMap((g) => g.sources).find((s) => s.id === id)!;

	it('holds every claim once, under its source, linked to its sentence and section', () => {
		expectWellFormed(map, claims, sentenceSections(article));
	});

	it('groups the sources by the country they speak for, one entry per source', () => {
		const groups = map.groups.map((g) => [g.label, g.sources.map((s) => s.name)]);
		// A country's intelligence or officials are the country: one source, with its other names.
		expect(groups).toContainEqual(['South Korea', ['South Korea', 'Kim Yong-hyun']]);
		expect(groups).toContainEqual(['Ukraine', ['Ukraine']]);
		expect(groups).toContainEqual(['U.S.', ['U.S.', 'Lloyd Austin']]);
		expect(groups).toContainEqual(['The Netherlands', ['Ruben Brekelmans']]);
		expect(source('ukraine').aliases).toEqual(['Ukrainian intelligence']);
		expect(source('south-korea').aliases).toEqual(['South Korean intelligence']);
		expect(source('us-intelligence').aliases).toEqual(['U.S. intelligence', 'U.S. officials']);
		// The article's “other experts” is one source, spelt one way, and its own group.
		const experts = map.groups.filter((g) => g.sources.some((s) => /experts/i.test(s.name)));
		expect(experts.map((g) => [g.label, g.sources.map((s) => s.name)])).toEqual([
			['Other experts', ['Other experts']]
		]);
		const labels = map.groups.map((g) => g.label);
		expect(labels.indexOf('South Korea')).toBeLessThan(labels.indexOf('Ukraine'));
		expect(labels.indexOf('Ukraine')).toBeLessThan(labels.indexOf('U.S.'));
		expect(labels.at(-1)).toBe(ARTICLE_NAME);
	});

	it('lists a source’s figures with their hedges, then dates, quotes and paraphrases', () => {
		const southKorea = source('south-korea').entries;
		expect(southKorea.map((e) => e.kind)).toEqual([
			'figure',
			'figure',
			'figure',
			'figure',
			'figure',
			'date',
			'paraphrase',
			'paraphrase'
		]);
		expect(southKorea[0]).toMatchObject({
			kind: 'figure',
			text: 'at least 1,500',
			counts: 'North Korean soldiers',
			mark: 'at-least',
			// Its sentence gives no time and the article no dateline: nothing is guessed.
			asOf: null,
			ref: { sentence: 'p2s3', section: 2 }
		});
		// “At least 1,500” fits both rival figures: the same reading as the question “can both be right?”.
		expect(
			southKorea[0]!.kind === 'figure' && southKorea[0]!.rivals.map((r) => [r.sourceName, r.fit])
		).toEqual([
			['Ukraine', 'both'],
			['U.S. intelligence', 'both']
		]);
		expect(source('ukraine').entries[0]).toMatchObject({
			text: 'roughly 12,000',
			mark: 'approximate'
		});
		// “…, Defense Secretary Lloyd Austin confirmed Wednesday, although the U.S. estimate was 3,000”.
		const us = source('us-intelligence').entries[0]!;
		expect(us).toMatchObject({
			text: '3,000',
			mark: 'exact',
			asOf: 'Wednesday',
			namedAs: 'U.S. intelligence'
		});
		expect(us.kind === 'figure' && us.rivals.map((r) => [r.sourceName, r.fit])).toEqual([
			['South Korea', 'both'],
			['Ukraine', 'not-both']
		]);
		expect(southKorea.concat(source('south-korea').entries)).toContainEqual(
			expect.objectContaining({
				kind: 'date',
				when: 'Between October 8 and 13',
				namedAs: 'South Korean intelligence',
				ref: { sentence: 'p2s1', section: 2 }
			})
		);
		const kim = source('kim-yong-hyun');
		expect(kim.role).toBe('South Korean Defense Minister');
		expect(kim.entries.filter((e) => e.kind === 'quote').map((e) => e.ref.sentence)).toEqual([
			'p3s1',
			'p12s1'
		]);
		expect(source('ruben-brekelmans').entries).toContainEqual(
			expect.objectContaining({
				kind: 'quote',
				partial: true,
				text: 'will probably first be deployed in Kursk'
			})
		);
		// A quote shows the speaker's words without the comma that joins them to “he said”.
		expect(kim.entries.find((e) => e.kind === 'quote')).toMatchObject({
			text: expect.not.stringMatching(/,$/)
		});
		const quotes = map.groups.flatMap((g) =>
			g.sources.flatMap((s) => s.entries.filter((e) => e.kind === 'quote'))
		);
		expect(quotes.filter((q) => q.text.endsWith(','))).toEqual([]);
		// “…, although other experts suggest … that they may not be …”: a group the article sets against
		// South Korea is a source of its own, with that claim and nothing of South Korea's.
		const experts = map.groups.flatMap((g) => g.sources).find((s) => /experts/i.test(s.name));
		expect(experts?.entries).toEqual([
			expect.objectContaining({ kind: 'paraphrase', text: expect.stringMatching(/may not be/) })
		]);
	});

	it('gives the article’s own voice its figures, unattributed events and evaluative words', () => {
		const own = source(ARTICLE_SOURCE);
		expect(own.name).toBe(ARTICLE_NAME);
		expect(own.entries).toContainEqual(
			expect.objectContaining({
				kind: 'figure',
				text: 'nearly 1.3 million',
				mark: 'at-most',
				rivals: []
			})
		);
		expect(own.entries).toContainEqual(
			expect.objectContaining({
				kind: 'voice',
				text: 'bloodthirsty war',
				ref: { sentence: 'p13s1', section: 5 }
			})
		);
		expect(own.entries).toContainEqual(
			expect.objectContaining({ kind: 'date', when: 'Last Friday' })
		);
	});

	it('charts the three competing troop estimates on an honest axis', () => {
		expect(map.series).toHaveLength(1);
		const [troops] = map.series;
		expect(troops!.counts).toBe('North Korean soldiers');
		expect(troops!.marks.map((m) => [m.text, m.sourceName, m.mark])).toEqual([
			['at least 1,500', 'South Korea', 'at-least'],
			['roughly 12,000', 'Ukraine', 'approximate'],
			['3,000', 'U.S. intelligence', 'exact']
		]);
		expect(troops!.max).toBe(15000);
		expect(troops!.ticks.map((t) => t.label)).toEqual(['0', '5,000', '10,000', '15,000']);
		const [atLeast, roughly, exact] = troops!.marks;
		// “At least” runs open-ended to the right edge; the others are points at their value.
		expect(atLeast).toMatchObject({ at: 0.1, from: 0.1, to: 1 });
		expect(roughly).toMatchObject({ at: 0.8, from: 0.8, to: 0.8 });
		expect(exact).toMatchObject({
			at: 0.2,
			from: 0.2,
			to: 0.2,
			ref: { sentence: 'p7s1', section: 4 }
		});
	});

	it('puts the events on a timeline in time order, each time written one way', () => {
		// No dateline: the weekdays are read as the week around publication (Wednesday, then Thursday),
		// “Last Friday” the week before, a date further back, and what “will” happen ahead.
		expect(map.timeline.map((t) => [t.when, t.sourceName, t.ref.sentence])).toEqual([
			['Between October 8 and 13', 'South Korean intelligence', 'p2s1'],
			['Last Friday', ARTICLE_NAME, 'p1s2'],
			['Wednesday', ARTICLE_NAME, 'p7s1'],
			['Thursday', ARTICLE_NAME, 'p3s1'],
			['Thursday', ARTICLE_NAME, 'p6s1'],
			['Thursday', ARTICLE_NAME, 'p12s1'],
			['Between Sunday and Monday', 'Ukrainian intelligence', 'p15s3']
		]);
	});

	it('says of each two troop figures whether they can both be right, as the questions do', () => {
		const [troops] = map.series;
		const text = (id: string) => troops!.marks.find((m) => m.id === id)!.text;
		expect(troops!.pairs.map((p) => [text(p.a), text(p.b), p.fit])).toEqual([
			['at least 1,500', 'roughly 12,000', 'both'],
			['at least 1,500', '3,000', 'both'],
			['roughly 12,000', '3,000', 'not-both']
		]);
		// The bank's own “can both be right?” question, answered from the bank, agrees with the map.
		const bank = JSON.parse(
			readFileSync('questions/north-korean-troops/bank.json', 'utf8')
		) as unknown as {
			questions: Array<{
				prompt: string;
				answer: string;
				claimIds: string[];
				choices: Array<{ id: string; text: string }>;
			}>;
		};
		const both = bank.questions.filter((q) => /can both figures be right/.test(q.prompt));
		expect(both.length).toBeGreaterThan(0);
		for (const q of both) {
			const [, a, b] = q.claimIds;
			const pair = troops!.pairs.find((p) => [p.a, p.b].sort().join() === [a, b].sort().join())!;
			const yes = q.choices.find((c) => c.id === q.answer)!.text.startsWith('Yes');
			expect(pair.fit).toBe(yes ? 'both' : 'not-both');
		}
		expect(troops!.pairs.map((p) => p.line)).toContain(
			'Ukraine’s “roughly 12,000” and U.S. intelligence’s “3,000” (as of Wednesday) cannot both be ' +
				'right, if both count the same thing at the same time: 3,000 is well below roughly 12,000.'
		);
	});

	it('fails loudly when a claim names a sentence the article does not have', () => {
		const broken = { ...claims, quotes: [{ ...claims.quotes[0]!, sentence: 'p99s1' }] };
		expect(() => buildSourcesMap(broken, article)).toThrow(/p99s1/);
	});
});

describe('a section’s sources panel, from the shipped article', () => {
	const article = parseArticle(readFileSync('questions/north-korean-troops/article.md', 'utf8'));
	const { claims } = parseBank(
		JSON.parse(readFileSync('questions/north-korean-troops/bank.json', 'utf8')) as unknown
	);
	const map = buildSourcesMap(claims, article);
	const panels = article.sections.map((s) =>
		sectionSources(
			map,
			s.number,
			article.sections.map((x) => x.id)
		)
	);

	it('shows each claim on the panel of the section that states it, and nowhere else', () => {
		const shown = panels.flatMap((p) =>
			p.sources.flatMap((s) => s.entries.map((e) => [p.section, s.id, e.id] as const))
		);
		const all = entriesOf(map).map((x) => [x.entry.ref.section, x.source, x.entry.id] as const);
		expect(shown.map((x) => x.join(' ')).sort()).toEqual(all.map((x) => x.join(' ')).sort());
		for (const p of panels) for (const s of p.sources) expect(s.entries.length).toBeGreaterThan(0);
	});

	it('shows section 4’s estimates against the competing figure from section 2', () => {
		const [troops, ...rest] = panels[3]!.conflicts;
		expect(rest).toEqual([]);
		expect(troops!.marks.map((m) => [m.text, m.sourceName, m.ref.section])).toEqual([
			['at least 1,500', 'South Korea', 2],
			['roughly 12,000', 'Ukraine', 4],
			['3,000', 'U.S. intelligence', 4]
		]);
		// Section 2 states one of the three, so its panel shows the same conflict whole.
		expect(panels[1]!.conflicts.map((c) => c.marks.length)).toEqual([3]);
		// A section without a competing estimate shows no conflict.
		expect(panels[2]!.conflicts).toEqual([]);
	});

	it('names the country a source speaks for, unless that is the source itself', () => {
		const sources = panels.flatMap((p) => p.sources);
		expect(sources.find((s) => s.id === 'kim-yong-hyun')).toMatchObject({ group: 'South Korea' });
		// Ukraine speaks for itself: no group beside it, and the name the article used in section 6.
		expect(sources.find((s) => s.id === 'ukraine' && s.aliases.length)).toMatchObject({
			group: '',
			aliases: ['Ukrainian intelligence']
		});
		expect(sources.find((s) => s.name === ARTICLE_NAME)).toMatchObject({ group: '' });
	});
});

describe('the sources map of a practice article built through the same pipeline', () => {
	const { bank, article } = buildBank(
		readFileSync('tests/fixtures/practice/02-wildfire.md', 'utf8'),
		{ slug: '02-wildfire' }
	);
	const map = buildSourcesMap(bank.claims, article);

	it('holds every claim once, under its source, linked to its sentence and section', () => {
		expectWellFormed(map, bank.claims, sentenceSections(article));
	});

	it('draws each conflict with its bounds: approximate, a range, an upper bound', () => {
		const acres = map.series.find((s) => s.quantity === 'acre')!;
		expect(acres.marks.map((m) => [m.text, m.mark, m.sourceName])).toEqual([
			['roughly 86,000', 'approximate', 'Calder State Forestry Department'],
			['between 105,000 and 120,000', 'range', 'Western Fire Observatory'],
			['as many as 130,000', 'at-most', 'Calder Wildlands Trust']
		]);
		const [, range, upTo] = acres.marks;
		expect(range!.from).toBeCloseTo(105000 / acres.max);
		expect(range!.to).toBeCloseTo(120000 / acres.max);
		expect(upTo).toMatchObject({ from: 0, to: upTo!.at });
		expect(acres.max).toBeGreaterThan(130000);

		// “nearly 200” homes is credited only through “the office” (a description), so it waits for review:
		// a figure with no source is never drawn, and one figure alone is no conflict.
		expect(bank.claims.estimates.find((e) => e.text === 'nearly 200')?.source).toBeNull();
		expect(map.series.find((s) => s.quantity === 'homes')).toBeUndefined();
	});

	it('dates a figure by a point in time its sentence gives for the report, else by nothing', () => {
		const figures = entriesOf(map).flatMap((x) => (x.entry.kind === 'figure' ? [x.entry] : []));
		// “… since it ignited on August 9, has burned roughly 86,000 acres”: a span dates no report.
		expect(figures.find((f) => f.text === 'roughly 86,000')?.asOf).toBeNull();
		// “On Wednesday, the … Office …, citing the observatory’s data, told residents …”.
		expect(figures.find((f) => f.text === 'more than 105,000')?.asOf).toBe('Wednesday');
	});

	it('with a dateline, dates every other figure by it, in words', () => {
		const dated = buildBank(
			`---\ndate: 2025-08-22\n---\n\n${readFileSync('tests/fixtures/practice/02-wildfire.md', 'utf8')}`,
			{ slug: '02-wildfire' }
		);
		const figures = entriesOf(buildSourcesMap(dated.bank.claims, dated.article)).flatMap((x) =>
			x.entry.kind === 'figure' ? [x.entry] : []
		);
		expect(figures.find((f) => f.text === 'roughly 86,000')?.asOf).toBe('August 22, 2025');
		expect(figures.find((f) => f.text === 'more than 105,000')?.asOf).toBe('Wednesday');
	});

	it('keeps a figure that repeats another source’s under its source, naming whom it cites', () => {
		const cited = entriesOf(map).find((x) => x.entry.kind === 'figure' && x.entry.citedFrom);
		expect(cited?.entry).toMatchObject({
			text: 'more than 105,000',
			citedFrom: 'Western Fire Observatory'
		});
	});
});

describe('mark kinds and the axis', () => {
	it('reads the bounds before the hedge word', () => {
		expect(markKind({ low: 1, high: 2, hedge: null })).toBe('range');
		expect(markKind({ low: 1, high: null, hedge: 'more than' })).toBe('at-least');
		expect(markKind({ low: null, high: 9, hedge: 'fewer than' })).toBe('at-most');
		expect(markKind({ low: null, high: null, hedge: 'about' })).toBe('approximate');
		expect(markKind({ low: null, high: null, hedge: null })).toBe('exact');
	});

	it('uses round steps from zero with room to spare above the largest figure', () => {
		expect(niceStep(3300)).toBe(5000);
		expect(niceStep(0.3)).toBe(0.5);
		expect(niceStep(2400)).toBe(2500);
		expect(linearScale(12000)).toEqual({ max: 15000, ticks: [0, 5000, 10000, 15000] });
		expect(linearScale(0)).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
		for (const largest of [7, 95, 400, 4500, 130000, 1300000]) {
			const { max, ticks } = linearScale(largest);
			expect(max).toBeGreaterThan(largest);
			expect(ticks[0]).toBe(0);
			expect(ticks.at(-1)).toBe(max);
			expect(ticks.length).toBeGreaterThanOrEqual(3);
			expect(ticks.length).toBeLessThanOrEqual(8);
		}
		expect(formatNumber(1300000)).toBe('1,300,000');
	});
});

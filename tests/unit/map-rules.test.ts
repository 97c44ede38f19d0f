import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import type { SettledEstimate, Speaker } from '../../src/lib/extract/types';
import { BOTH_YES } from '../../src/lib/generate/compare';
import { fitOf } from '../../src/lib/generate/fit';
import { buildSourcesMap } from '../../src/lib/map/build';
import { pairLine, rivalLine } from '../../src/lib/map/fit-words';
import { countryOf, headPhrase, sameSources } from '../../src/lib/map/same-source';
import { groupByTime } from '../../src/lib/map/time-groups';
import { inTimeOrder, isFuture, normaliseTime, timeInSentence } from '../../src/lib/map/time';
import type { TimelineEvent } from '../../src/lib/map/types';

// Invented names only: the rules are general English, not any article's.
const speaker = (name: string, kind: Speaker['kind'], org = '', role = ''): Speaker => ({
	id: name.toLowerCase().replace(/\W+/g, '-'),
	name,
	kind,
	role: role || (kind === 'organisation' ? 'organisation' : ''),
	org,
	aliases: [],
	evidence: [],
	origin: 'extracted'
});

describe('which speakers are one source', () => {
	const freedonia = speaker('Freedonia', 'organisation', 'Freedonia');
	const officials = speaker('Freedonian officials', 'organisation', 'Freedonia');
	const intelligence = speaker('Freedonian intelligence', 'organisation', 'Freedonia');
	const ministry = speaker('Freedonian Ministry of Health', 'organisation', 'Freedonia');
	const minister = speaker('Ana Ruiz', 'person', 'Freedonia', 'Health Minister');
	const places = new Set(['Freedonia', 'North Sylvania', 'U.N.']);

	it('a demonym or a country and a generic body noun speak for the country', () => {
		expect(countryOf(officials, places)).toBe('Freedonia');
		expect(countryOf(intelligence, places)).toBe('Freedonia');
		expect(
			countryOf(speaker('North Sylvanian government', 'organisation', 'North Sylvania'), places)
		).toBe('North Sylvania');
		expect(countryOf(speaker('U.N. officials', 'organisation', 'U.N.'), places)).toBe('U.N.');
		// A named body, a person, or a body the extractor puts under another country: not the country.
		expect(countryOf(ministry, places)).toBe('');
		expect(countryOf(minister, places)).toBe('');
		expect(countryOf(speaker('Freedonian officials', 'organisation', 'U.N.'), places)).toBe('');
	});

	it('merges them into the country, named by the country, and keeps named bodies and people apart', () => {
		const merged = sameSources([intelligence, freedonia, officials, ministry, minister]);
		expect(merged.get(intelligence.id)).toBe(merged.get(freedonia.id));
		expect(merged.get(officials.id)).toBe(merged.get(freedonia.id));
		expect(merged.get(freedonia.id)).toMatchObject({ id: freedonia.id, name: 'Freedonia' });
		expect(merged.get(ministry.id)!.members).toEqual([ministry]);
		expect(merged.get(minister.id)!.members).toEqual([minister]);
	});

	it('without the country as a speaker, its bodies are still one source under its name', () => {
		const a = speaker('Sylvanian officials', 'organisation', 'Sylvania');
		const b = speaker('Sylvanian intelligence', 'organisation', 'Sylvania');
		const merged = sameSources([a, b]);
		expect(merged.get(a.id)).toBe(merged.get(b.id));
		expect(merged.get(a.id)).toMatchObject({ id: a.id, name: 'Sylvania' });
	});

	it('one phrase is one source whatever its capitals or leading determiner', () => {
		expect(headPhrase('Some other analysts')).toBe('other analysts');
		expect(headPhrase('the  Regional Water Board')).toBe('regional water board');
		const variants = ['other analysts', 'Other analysts', 'some other analysts'].map((n, i) => ({
			...speaker(n, 'organisation', n),
			id: `g${i}`
		}));
		const merged = sameSources(variants);
		expect(new Set(variants.map((v) => merged.get(v.id)))).toHaveProperty('size', 1);
		expect(merged.get('g2')).toMatchObject({ id: 'g0', name: 'Other analysts' });
		// “analysts” and “other analysts” are not the same people: “other” sets them apart.
		const plain = speaker('analysts', 'organisation');
		expect(sameSources([plain, variants[0]!]).get(plain.id)!.members).toEqual([plain]);
		// Two people who share a name stay two: the extractor has already joined each one's names.
		const p1 = { ...speaker('Sam Lee', 'person'), id: 'sam-lee' };
		const p2 = { ...speaker('Sam Lee', 'person'), id: 'sam-lee-2' };
		expect(sameSources([p1, p2]).get(p2.id)!.members).toEqual([p2]);
	});
});

describe('times as the article writes them', () => {
	it('drops a leading “on” and the capital that only began the sentence', () => {
		expect(normaliseTime('On Tuesday')).toBe('Tuesday');
		expect(normaliseTime('on  Tuesday')).toBe('Tuesday');
		expect(normaliseTime('between March 2 and 5')).toBe('Between March 2 and 5');
		expect(normaliseTime('since Monday')).toBe('Since Monday');
		expect(timeInSentence('Last Saturday')).toBe('last Saturday');
		expect(timeInSentence('on Tuesday')).toBe('Tuesday');
		expect(timeInSentence('March 4')).toBe('March 4');
	});

	it('reads what lies ahead from the time or the words', () => {
		expect(isFuture('Friday', 'the ferry will resume')).toBe(true);
		expect(isFuture('next week', 'talks resume')).toBe(true);
		expect(isFuture('Friday', 'the ferry resumed')).toBe(false);
		expect(isFuture('last week', 'officials say it will end')).toBe(false);
	});

	const order = (items: Array<[string, string]>, dateline?: string) =>
		inTimeOrder(
			items.map(([when, what]) => ({ when, what })),
			dateline
		).map((x) => x.when);

	it('without a dateline: a date, last week’s day, this week’s days in order, then what will come', () => {
		expect(
			order([
				['on Tuesday', 'the mayor spoke'],
				['Last Saturday', 'the dam cracked'],
				['Monday', 'crews arrived'],
				['between March 2 and 5', 'rain fell'],
				['Thursday', 'the road will reopen']
			])
		).toEqual(['between March 2 and 5', 'Last Saturday', 'Monday', 'on Tuesday', 'Thursday']);
		// One weekday spelt three ways is one time, and keeps the article's order within it.
		expect(
			order([
				['Friday', 'a'],
				['On Friday', 'b'],
				['Wednesday', 'c'],
				['on Friday', 'd']
			])
		).toEqual(['Wednesday', 'Friday', 'On Friday', 'on Friday']);
	});

	it('with a dateline: real days, so a weekday after the dateline’s is last week’s', () => {
		// 2025-03-12 is a Wednesday: “Friday” is five days back, “Tuesday” yesterday.
		expect(
			order(
				[
					['Tuesday', 'the vote'],
					['Friday', 'the strike began'],
					['March 14', 'the talks will resume'],
					['yesterday', 'a letter']
				],
				'2025-03-12'
			)
		).toEqual(['Friday', 'Tuesday', 'yesterday', 'March 14']);
	});

	it('a time the rules cannot place keeps its place in the article', () => {
		expect(
			order([
				['Tuesday', 'a'],
				['in the morning', 'b'],
				['Monday', 'c']
			])
		).toEqual(['Monday', 'in the morning', 'Tuesday']);
	});

	it('puts events at the same time under one heading', () => {
		const event = (id: string, when: string) =>
			({
				id,
				when,
				what: id,
				source: null,
				sourceName: '',
				ref: { sentence: 'p1s1', section: 1 }
			}) as TimelineEvent;
		const groups = groupByTime([
			event('a', 'Tuesday'),
			event('b', 'tuesday'),
			event('c', 'Friday')
		]);
		expect(groups.map((g) => [g.when, g.events.map((e) => e.id)])).toEqual([
			['Tuesday', ['a', 'b']],
			['Friday', ['c']]
		]);
	});
});

describe('whether two figures can both be right', () => {
	const figure = (text: string, value: number, more: Partial<SettledEstimate> = {}) =>
		({ id: text, text, value, low: null, high: null, hedge: null, ...more }) as SettledEstimate;
	const atLeast = figure('at least 200', 200, { low: 200, hedge: 'at least' });
	const upTo = figure('up to 150', 150, { high: 150, hedge: 'up to' });
	const about = figure('about 300', 300, { hedge: 'about' });

	it('reads bounds, rough figures and plain numbers', () => {
		expect(fitOf(atLeast, figure('450', 450)).fit).toBe('both');
		expect(fitOf(figure('450', 450), atLeast).fit).toBe('both');
		expect(fitOf(upTo, figure('450', 450)).fit).toBe('not-both');
		expect(fitOf(atLeast, upTo).fit).toBe('not-both');
		expect(fitOf(atLeast, figure('more than 250', 250, { low: 250, hedge: 'more than' })).fit).toBe(
			'both'
		);
		expect(fitOf(about, figure('900', 900)).fit).toBe('not-both');
		// Whether 330 is “about 300” depends on how rough “about” is: no verdict.
		expect(fitOf(about, figure('330', 330))).toEqual({
			fit: 'unclear',
			why: 'it depends how rough “about” is'
		});
		expect(fitOf(atLeast, figure('about 210', 210, { hedge: 'about' })).fit).toBe('unclear');
		expect(fitOf(figure('120', 120), figure('140', 140)).fit).toBe('not-both');
	});

	it('says so in plain words, with the condition a “no” depends on', () => {
		const a = { sourceName: 'Freedonia', text: 'at least 200', asOf: null };
		const b = { sourceName: 'Port officials', text: '450', asOf: 'Monday' };
		expect(rivalLine({ ...b, fit: 'both' })).toBe(
			'Can be right together with Port officials’ “450” (as of Monday).'
		);
		expect(pairLine(a, b, 'not-both', 'why')).toBe(
			'Freedonia’s “at least 200” and Port officials’ “450” (as of Monday) cannot both be right, ' +
				'if both count the same thing at the same time: why.'
		);
	});

	// Every practice article: the map's fit for a pair is the answer of the bank's question about it.
	it('never contradicts a “can both be right?” question of a practice article', () => {
		let asked = 0;
		for (const file of readdirSync('tests/fixtures/practice')) {
			if (!file.endsWith('.md') || file === 'README.md') continue;
			const { bank, article } = buildBank(readFileSync(`tests/fixtures/practice/${file}`, 'utf8'), {
				slug: file.replace(/\.md$/, '')
			});
			const map = buildSourcesMap(bank.claims, article);
			for (const q of bank.questions.filter((x) => /can both figures be right/.test(x.prompt))) {
				const [conflict, a, b] = q.claimIds;
				const series = map.series.find((s) => s.id === conflict)!;
				const pair = series.pairs.find((p) => [p.a, p.b].sort().join() === [a, b].sort().join());
				const yes = q.choices.find((c) => c.id === q.answer)!.text === BOTH_YES;
				expect(pair?.fit, `${file}: ${q.prompt}`).toBe(yes ? 'both' : 'not-both');
				asked++;
			}
		}
		expect(asked).toBeGreaterThan(0);
	});
});

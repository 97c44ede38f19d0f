import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse';
import type { Claims, Speaker } from '../../src/lib/extract/types';
import { tooClose } from '../../src/lib/generate/affiliation';
import { certaintyOf } from '../../src/lib/generate/how-sure';
import { choiceId } from '../../src/lib/generate/ids';
import { generateQuestions } from '../../src/lib/generate/index';
import { statedShare } from '../../src/lib/generate/share';
import type { Question } from '../../src/lib/generate/types';

// A small invented article and its claims, written by hand: rule tests need no extractor.
const article = parseArticle(`# Harbour Strike Enters Second Week

## Counting the strikers

The Dockers' Union said at least 4,000 workers had walked out. The Port Authority put the number at about 1,000, only a quarter of the union's figure. The walkout began on 3 May.

“We will stay out until the contracts are signed,” said Mara Voss, the union's general secretary.

## The council answers

Council leader Piet Hollis called the strike “a reckless gamble” on Monday. The harbour remained eerily silent.

“Nobody wins a long strike,” Hollis said.
`);

const [s1, s2] = article.sections.map((s) => s.id) as [string, string];
const o = 'extracted' as const;
const speaker = (
	id: string,
	name: string,
	kind: Speaker['kind'],
	role: string,
	org: string,
	evidence: string[]
): Speaker => ({ id, name, kind, role, org, aliases: [], evidence, origin: o });

const claims: Claims = {
	speakers: [
		speaker(
			'dockers-union',
			"The Dockers' Union",
			'organisation',
			'organisation',
			"Dockers' Union",
			['p1s1']
		),
		speaker(
			'port-authority',
			'The Port Authority',
			'organisation',
			'organisation',
			'Port Authority',
			['p1s2']
		),
		speaker('mara-voss', 'Mara Voss', 'person', 'general secretary', "Dockers' Union", ['p2s1']),
		speaker('piet-hollis', 'Piet Hollis', 'person', 'Council leader', 'City Council', [
			'p3s1',
			'p4s1'
		])
	],
	quotes: [
		{
			id: 'q1',
			text: 'We will stay out until the contracts are signed,',
			speaker: 'mara-voss',
			sentence: 'p2s1',
			evidence: ['p2s1'],
			section: s1,
			kind: 'full',
			origin: o
		},
		{
			id: 'q2',
			text: 'a reckless gamble',
			speaker: 'piet-hollis',
			sentence: 'p3s1',
			evidence: ['p3s1'],
			section: s2,
			kind: 'partial',
			origin: o
		},
		{
			id: 'q3',
			text: 'Nobody wins a long strike,',
			speaker: 'piet-hollis',
			sentence: 'p4s1',
			evidence: ['p4s1'],
			section: s2,
			kind: 'full',
			origin: o
		}
	],
	paraphrases: [],
	estimates: [
		{
			id: 'e1',
			text: 'at least 4,000',
			value: 4000,
			low: 4000,
			high: null,
			hedge: 'at least',
			counts: 'workers',
			quantity: 'strikers',
			source: 'dockers-union',
			citedFrom: null,
			sentence: 'p1s1',
			section: s1,
			origin: o
		},
		{
			id: 'e2',
			text: 'about 1,000',
			value: 1000,
			low: null,
			high: null,
			hedge: 'about',
			counts: 'workers',
			quantity: 'strikers',
			source: 'port-authority',
			citedFrom: null,
			sentence: 'p1s2',
			section: s1,
			origin: o
		}
	],
	events: [
		{
			id: 't1',
			what: 'Piet Hollis called the strike a reckless gamble',
			when: 'on Monday',
			source: null,
			sentence: 'p3s1',
			section: s2,
			origin: o
		},
		{
			id: 't2',
			what: 'The walkout began',
			when: 'on 3 May',
			source: null,
			sentence: 'p1s3',
			section: s1,
			origin: o
		}
	],
	conflicts: [{ id: 'c1', quantity: 'strikers', estimates: ['e1', 'e2'], origin: o }],
	authorVoice: [{ id: 'v1', text: 'eerily silent', sentence: 'p3s2', section: s2, origin: o }]
};

const questions = generateQuestions(claims, article);
const byKind = (kind: Question['kind']) => questions.filter((q) => q.kind === kind);
const answerText = (q: Question) =>
	q.kind === 'match-estimates' ? '' : q.choices.find((c) => c.id === q.answer)?.text;

describe('generation rules on a hand-made article', () => {
	it('is deterministic and gives every question a unique id', () => {
		expect(generateQuestions(claims, article)).toEqual(questions);
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
	});

	it('derives ids from content, not position: reordered claims give the same questions', () => {
		const reversed: Claims = {
			...claims,
			speakers: [...claims.speakers].reverse(),
			quotes: [...claims.quotes].reverse(),
			estimates: [...claims.estimates].reverse()
		};
		const ids = (qs: Question[]) => qs.map((q) => q.id).sort();
		expect(ids(generateQuestions(reversed, article))).toEqual(ids(questions));
	});

	it('derives choice ids from the text alone', () => {
		expect(choiceId('Mara Voss')).toBe(choiceId('  mara voss '));
		expect(choiceId('Mara Voss')).not.toBe(choiceId('Piet Hollis'));
		for (const q of questions) {
			for (const c of q.choices) expect(c.id).toBe(choiceId(c.text));
		}
	});

	it('never offers the answer twice and never two choices that read the same', () => {
		for (const q of questions) {
			const texts = q.choices.map((c) => c.text.toLowerCase());
			expect(new Set(texts).size).toBe(texts.length);
			if (q.kind !== 'match-estimates') {
				expect(q.choices.filter((c) => c.id === q.answer)).toHaveLength(1);
			}
		}
	});

	it('never offers a person with the body they speak for', () => {
		const who = byKind('who-said').find((q) => q.claimIds.includes('q1'))!;
		expect(answerText(who)).toBe('Mara Voss');
		expect(who.choices.map((c) => c.text)).not.toContain("The Dockers' Union");
	});

	it('asks who said each full quote and whose words each partial quote and author phrase are', () => {
		expect(byKind('who-said').map(answerText).sort()).toEqual(['Mara Voss', 'Piet Hollis']);
		const whose = byKind('source-or-author');
		expect(whose.map(answerText).sort()).toEqual(['Piet Hollis', 'The article’s writer']);
		expect(whose.find((q) => q.prompt.includes('eerily silent'))?.choices.length).toBeGreaterThan(
			1
		);
	});

	it('quotes with curly quotes, without the attribution comma', () => {
		const who = byKind('who-said').find((q) => q.claimIds.includes('q3'))!;
		expect(who.prompt).toBe('Who said “Nobody wins a long strike”?');
	});

	it('gives each conflict a matching question and a comparison', () => {
		const [match] = byKind('match-estimates');
		expect(match?.kind).toBe('match-estimates');
		if (match?.kind !== 'match-estimates') return;
		const pairs = match.items.map((i) => [
			i.text,
			match.choices.find((c) => c.id === match.answer[i.id])?.text
		]);
		expect(pairs).toEqual([
			["The Dockers' Union", 'at least 4,000'],
			['The Port Authority', 'about 1,000']
		]);
		const higher = byKind('compare').find((q) => q.prompt.includes('higher'));
		expect(higher && answerText(higher)).toBe("The Dockers' Union");
	});

	it('computes a share, and asks it only because the article states it', () => {
		const share = byKind('compare').find((q) => q.prompt.includes('compare with'))!;
		expect(answerText(share)).toBe('A quarter of it');
		expect(share.explanation).toContain('1,000 ÷ 4,000 = 0.25');
		const unstated = article.sections[0]!.paragraphs[0]!.text.replace('only a quarter of', 'below');
		expect(statedShare(0.25, 'fraction', unstated)).toBeNull();
		expect(statedShare(0.25, 'fraction', 'only a quarter of the figure')?.word.label).toBe(
			'a quarter'
		);
		expect(statedShare(0.3, 'fraction', 'only a quarter of the figure')).toBeNull();
	});

	it('reads how sure a figure is from its bounds and hedge', () => {
		const [e1, e2] = claims.estimates as [Claims['estimates'][0], Claims['estimates'][0]];
		expect(certaintyOf(e1)).toBe('lower');
		expect(certaintyOf(e2)).toBe('approximate');
		expect(certaintyOf({ ...e2, low: 10, high: 20, hedge: null })).toBe('range');
		expect(certaintyOf({ ...e2, low: null, high: 900, hedge: 'nearly' })).toBe('upper');
		const sure = byKind('how-sure').find((q) => q.claimIds.includes('e1'))!;
		expect(answerText(sure)).toMatch(/^A lower bound/);
	});

	it('says true or false by source, and false only when no other source gave the figure', () => {
		const statements = byKind('true-false');
		const falses = statements.filter((q) => answerText(q) === 'False');
		expect(falses.length).toBeGreaterThan(0);
		expect(statements.some((q) => answerText(q) === 'True')).toBe(true);
		expect(falses[0]?.explanation).toMatch(/^False: /);
	});

	it('covers every quote and figure, and gives each section with claims four questions', () => {
		const covered = new Set(questions.flatMap((q) => q.claimIds));
		for (const c of [...claims.quotes, ...claims.estimates]) expect(covered).toContain(c.id);
		for (const id of [s1, s2]) {
			expect(questions.filter((q) => q.section === id).length).toBeGreaterThanOrEqual(4);
		}
	});

	it('dates events without giving the time away', () => {
		const when = byKind('when').find((q) => q.claimIds.includes('t1'));
		expect(when?.choices.map((c) => c.text)).toEqual(expect.arrayContaining(['On 3 May']));
		expect(when?.prompt).toBe(
			'When did this happen? Piet Hollis called the strike a reckless gamble.'
		);
		expect(when && answerText(when)).toBe('On Monday');
	});
});

describe('speakers too close to be choices together', () => {
	const org = (name: string, of = name) =>
		speaker(name, name, 'organisation', 'organisation', of, []);
	const person = (name: string, role: string, of: string) =>
		speaker(name, name, 'person', role, of, []);

	it('joins a country and its agencies, and a person and the body they speak for', () => {
		expect(tooClose(org('South Korea'), org('South Korean intelligence'))).toBe(true);
		expect(tooClose(org('U.S. officials'), org('U.S. intelligence'))).toBe(true);
		expect(tooClose(org('United States'), org('U.S. intelligence'))).toBe(true);
		expect(tooClose(person('Kim', 'Defense Minister', 'South Korea'), org('South Korea'))).toBe(
			true
		);
		expect(tooClose(person('Kim', 'South Korean Defense Minister', ''), org('South Korea'))).toBe(
			true
		);
		expect(tooClose(person('Putin', 'Russian leader', ''), org('Russia'))).toBe(true);
	});

	it('keeps different bodies and different people apart', () => {
		expect(tooClose(org('North Korea'), org('South Korea'))).toBe(false);
		expect(tooClose(org('Ukraine'), org('U.S. intelligence'))).toBe(false);
		expect(tooClose(person('A', 'minister', 'X'), person('B', 'minister', 'X'))).toBe(false);
		expect(tooClose(person('Putin', 'Russian leader', ''), org('Ukraine'))).toBe(false);
	});
});

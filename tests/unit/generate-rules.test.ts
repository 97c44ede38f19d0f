import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { parseArticle } from '../../src/lib/article/parse';
import type { SettledClaims, Speaker } from '../../src/lib/extract/types';
import { tooClose } from '../../src/lib/generate/affiliation';
import { bothRight } from '../../src/lib/generate/compare';
import { buildContext } from '../../src/lib/generate/context';
import { certaintyOf, CERTAINTY, howSureFigure } from '../../src/lib/generate/how-sure';
import { gradeOf } from '../../src/lib/generate/statement-sure';
import { quotePiece } from '../../src/lib/generate/text';
import { quoteOrParaphraseQuote } from '../../src/lib/generate/quote-or-paraphrase';
import { statement } from '../../src/lib/generate/true-false';
import {
	describeEvent,
	showTime,
	timeKey,
	timesOverlap,
	whenQuestion
} from '../../src/lib/generate/when';
import { whoSaid } from '../../src/lib/generate/who-said';
import { whatSaid } from '../../src/lib/generate/what-said';
import { whoseEstimate } from '../../src/lib/generate/whose-estimate';
import { clash, revealContext } from '../../src/lib/generate/reveal';
import { peopleWithRoles, whoIs } from '../../src/lib/generate/who-is';
import { HEDGES } from '../../src/lib/extract/lexicon';
import { choiceId } from '../../src/lib/generate/ids';
import { generateQuestions } from '../../src/lib/generate/index';
import { MAX_QUOTE_OR_PARAPHRASE } from '../../src/lib/generate/plan';
import { statedShare } from '../../src/lib/generate/share';
import type { Question } from '../../src/lib/generate/types';

// A small invented article and its claims, written by hand: rule tests need no extractor.
const TEXT = `# Harbour Strike Enters Second Week

## Counting the strikers

The Dockers' Union said at least 4,000 workers had walked out. The Port Authority put the number at about 1,000, only a quarter of the union's figure. The walkout began on 3 May.

“We will stay out until the contracts are signed,” said Mara Voss, the union's general secretary.

## The council answers

Council leader Piet Hollis called the strike “a reckless gamble” on Monday. The harbour remained eerily silent.

“Nobody wins a long strike,” Hollis said.
`;
const article = parseArticle(TEXT);

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

const claims: SettledClaims = {
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
			rule: 'test',
			confidence: 1,
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
			rule: 'test',
			confidence: 1,
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
			rule: 'test',
			confidence: 1,
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
			rule: 'test',
			confidence: 1,
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
			rule: 'test',
			confidence: 1,
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
		const reversed: SettledClaims = {
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
		const who = whoSaid(buildContext(claims, article), claims.quotes[0]!)!;
		expect(answerText(who)).toBe('Mara Voss');
		expect(who.choices.map((c) => c.text)).not.toContain("The Dockers' Union");
		for (const q of questions) {
			const refs = q.choices.map((c) => c.ref);
			if (refs.includes('mara-voss')) expect(refs, q.id).not.toContain('dockers-union');
		}
	});

	it('asks about each quote, and about the writer’s loaded phrases', () => {
		const QUOTE_KINDS = [
			'who-said',
			'what-said',
			'quote-or-paraphrase',
			'source-or-author',
			'how-sure'
		];
		for (const quote of claims.quotes) {
			const about = questions.filter(
				(q) => q.claimIds.includes(quote.id) && QUOTE_KINDS.includes(q.kind)
			);
			expect(about.length, quote.text).toBeGreaterThanOrEqual(1);
		}
		const whose = byKind('source-or-author');
		expect(whose.map(answerText)).toContain('The article’s writer');
		expect(whose.find((q) => q.prompt.includes('eerily silent'))?.choices.length).toBeGreaterThan(
			1
		);
		const ctx = buildContext(claims, article);
		expect(whoSaid(ctx, claims.quotes[2]!)?.prompt).toBe('Who said “Nobody wins a long strike”?');
	});

	it('quotes with curly quotes, without the attribution comma', () => {
		const who = whoSaid(buildContext(claims, article), claims.quotes[2]!)!;
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

	it('asks nothing of a figure’s wording when the article says how else to read it', () => {
		const e1 = claims.estimates[0]!;
		expect(howSureFigure(buildContext(claims, article), e1)).not.toBeNull();
		for (const extra of [
			'Its lawyers said the 4,000 was an undercount.',
			'Its lawyers said the official count was only the floor.'
		]) {
			const reread = parseArticle(`${TEXT}\n${extra}\n`);
			expect(howSureFigure(buildContext(claims, reread), e1), extra).toBeNull();
		}
	});

	it('reads how sure a figure is from its bounds and hedge', () => {
		const [e1, e2] = claims.estimates as [
			SettledClaims['estimates'][0],
			SettledClaims['estimates'][0]
		];
		expect(certaintyOf(e1)).toBe('lower');
		expect(certaintyOf(e2)).toBe('approximate');
		expect(certaintyOf({ ...e2, low: 10, high: 20, hedge: null })).toBe('range');
		expect(certaintyOf({ ...e2, low: null, high: 900, hedge: 'nearly' })).toBe('near');
		expect(certaintyOf({ ...e2, low: null, high: 900, hedge: 'up to' })).toBe('upper');
		const sure = howSureFigure(buildContext(claims, article), e1)!;
		expect(answerText(sure)).toBe('That number is a floor: there may be more');
		expect(sure.explanation).toMatch(/^Saying “at least” sets a floor: 4,000 or more/);
		// The prompt does not name the source: it would give away “whose figure”.
		expect(sure.prompt).not.toContain('Union');
		// “More than 4,000” is above 4,000, not 4,000 itself.
		const above = howSureFigure(buildContext(claims, article), { ...e1, hedge: 'more than' })!;
		expect(above.explanation).toMatch(/^Saying “more than” sets a floor: above 4,000/);
		// A figure repeated from another source is not asked about: its wording may not be the original's.
		expect(
			howSureFigure(buildContext(claims, article), { ...e1, citedFrom: e2.source })
		).toBeNull();
	});

	it('says true or false by source, and false only when no other source gave the figure', () => {
		const ctx = buildContext(claims, article);
		const [e1] = claims.estimates;
		const truth = statement(ctx, [e1!], 'dockers-union', s1)!;
		const lie = statement(ctx, [e1!], 'port-authority', s1)!;
		expect(answerText(truth)).toBe('True');
		expect(answerText(lie)).toBe('False');
		expect(lie.explanation).toMatch(/^False: at least 4,000 was The Dockers' Union’s figure/);
		// The union's own secretary speaks for it: crediting her would be defensible, so it is not asked.
		expect(statement(ctx, [e1!], 'mara-voss', s1)).toBeNull();
		// A figure passed on from the authority is true of its passer-on, and “not X's” is never said: the
		// article may call the authority by a name the extractor took for someone else.
		expect(answerText(statement(ctx, [e1!], 'piet-hollis', s1)!)).toBe('False');
		const passed = { ...e1!, citedFrom: 'port-authority' };
		expect(answerText(statement(ctx, [passed], 'dockers-union', s1)!)).toBe('True');
		expect(statement(ctx, [passed], 'piet-hollis', s1)).toBeNull();
	});

	it('asks whether two figures can both be right, computed from their bounds', () => {
		const both = byKind('compare').find((q) => q.prompt.includes('can both figures be right?'));
		// at least 4,000 and about 1,000 (800–1,200 at most) cannot both be right.
		expect(both && answerText(both)).toBe('No — at most one of them can be right');
		expect(both?.explanation).toMatch(
			/^No: “at least 4,000” means 4,000 or more, and 1,000 is fewer/
		);
		const ctx = buildContext(claims, article);
		const near = { ...claims.estimates[1]!, id: 'e3', text: '5,000', value: 5000, hedge: null };
		expect(answerText(bothRight(ctx, 'c1', [claims.estimates[0]!, near])!)).toBe(
			'Yes — both can be right at once'
		);
	});

	it('covers every quote and figure, and gives a section four questions unless one would repeat', () => {
		const covered = new Set(questions.flatMap((q) => q.claimIds));
		for (const c of [...claims.quotes, ...claims.estimates]) expect(covered).toContain(c.id);
		expect(questions.filter((q) => q.section === s1).length).toBeGreaterThanOrEqual(4);
		// The second section has two quotes and a phrase of the writer's: a fourth question would ask
		// “who said it?” and “are these words quoted?” of the same words.
		const second = questions.filter((q) => q.section === s2);
		expect(second.length).toBeGreaterThanOrEqual(3);
		const rc = revealContext(claims, article);
		for (const a of second)
			for (const b of second) if (a !== b) expect(clash(a, b, rc)).toBe(false);
	});

	it('does not ask whether both figures can be right when the article says what each counts', () => {
		const article = (extra: string) =>
			`# Harbour walkout\n\n## The count\n\nThe Dockers’ Union said at least 4,000 workers had walked out. The Port Authority said 3,000 workers had walked out.${extra}\n\n“We are all out,” said Mara Voss, the union’s secretary.\n`;
		const asks = (text: string) =>
			buildBank(text, { slug: 't' }).bank.questions.some((q) =>
				q.prompt.includes('can both figures be right?')
			);
		expect(asks(article(''))).toBe(true);
		expect(asks(article(' The union also counts workers who called in sick.'))).toBe(false);
	});

	it('asks at most two quote-or-paraphrase questions in a section, on real articles', () => {
		const dir = 'tests/fixtures/practice';
		let asked = 0;
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
			const { bank } = buildBank(readFileSync(join(dir, file), 'utf8'), { slug: 'practice' });
			const perSection = new Map<string, number>();
			for (const q of bank.questions.filter((x) => x.kind === 'quote-or-paraphrase'))
				perSection.set(q.section, (perSection.get(q.section) ?? 0) + 1);
			for (const [section, n] of perSection)
				expect(n, `${file} ${section}`).toBeLessThanOrEqual(MAX_QUOTE_OR_PARAPHRASE);
			asked += perSection.size;
		}
		expect(asked).toBeGreaterThan(0);
	});

	it('never asks one thing twice in a section', () => {
		const ctx = buildContext(claims, article);
		const rc = revealContext(claims, article);
		const [q1, , q3] = claims.quotes as [
			(typeof claims.quotes)[0],
			unknown,
			(typeof claims.quotes)[0]
		];
		const [e1] = claims.estimates as [(typeof claims.estimates)[0]];
		// Who said a passage, and which of these its speaker said there.
		const who = whoSaid(ctx, q1)!;
		expect(clash(who, whatSaid(ctx, q1)!, rc)).toBe(true);
		expect(clash(who, whatSaid(ctx, q3)!, rc)).toBe(false);
		// “Who said ‘…’?” prints the words in quote marks, which answers “are these words quoted?”.
		const exact = quoteOrParaphraseQuote(ctx, q1, true)!;
		expect(clash(who, exact, rc)).toBe(true);
		expect(clash(whoSaid(ctx, q3)!, exact, rc)).toBe(false);
		// Whose figure this is, and whether a source gave it.
		const said = statement(ctx, [e1], 'dockers-union', s1)!;
		const whose = whoseEstimate(ctx, [e1])!;
		expect(clash(said, whose, rc)).toBe(true);
		// What a figure's wording means is not answered by seeing the wording (“at least 4,000”).
		const sure = howSureFigure(ctx, e1)!;
		expect(said.prompt).toContain('at least 4,000');
		expect(clash(said, sure, rc)).toBe(false);
	});

	it('does not ask when an event happened if its description holds a second time', () => {
		const ctx = buildContext(claims, article);
		const event = claims.events[0]!;
		expect(whenQuestion(ctx, event)).not.toBeNull();
		// “said on Monday that … during the May storm”: the day it was said, or the storm's? Both fit.
		for (const what of [
			`${event.what} during the May storm`,
			`${event.what} and would end it by the end of the week`
		])
			expect(whenQuestion(ctx, { ...event, what }), what).toBeNull();
	});

	it('asks when a report was made as such, and nothing of a report whose time may be the event’s', () => {
		const ctx = buildContext(claims, article);
		const event = claims.events[0]!;
		const said = whenQuestion(ctx, {
			...event,
			what: 'Council leader Piet Hollis said the harbour would reopen'
		});
		expect(said?.prompt).toBe(
			'When, according to the article, was this said? Council leader Piet Hollis said the harbour would reopen.'
		);
		// Credited to a source, the time may date what was reported: the question is not asked.
		for (const what of [
			'Council leader Piet Hollis said the harbour would reopen',
			'The harbour reopened, according to Piet Hollis'
		])
			expect(whenQuestion(ctx, { ...event, what, source: 'piet-hollis' }), what).toBeNull();
		// Being told is no report.
		expect(
			whenQuestion(ctx, { ...event, what: 'Voters queued for hours only to be told to go home' })
				?.prompt
		).toMatch(/did this happen\?/);
		// Nor of what may or may not happen.
		expect(whenQuestion(ctx, { ...event, what: 'The harbour could reopen to ships' })).toBeNull();
		// A date that dates a document, or a planned event after a present perfect, is not the event's.
		expect(
			whenQuestion(ctx, {
				...event,
				what: 'Its report, published on 3 May, found that 40 cranes stood idle',
				when: '3 May'
			})
		).toBeNull();
		expect(
			whenQuestion(ctx, {
				...event,
				what: 'The Port Authority has called a public meeting at the harbour on 3 May',
				when: '3 May'
			})
		).toBeNull();
		// “… after the visit on 3 May”: the date is the visit's, not the stay's.
		expect(
			whenQuestion(ctx, {
				...event,
				what: 'Her son spent five days in hospital after the family’s visit to the harbour on 3 May',
				when: '3 May'
			})
		).toBeNull();
	});

	it('dates events without giving the time away, in one form, never offering one time twice', () => {
		const when = whenQuestion(buildContext(claims, article), claims.events[0]!)!;
		expect(when.choices.map((c) => c.text)).toEqual(expect.arrayContaining(['3 May']));
		expect(when.prompt).toBe(
			'When, according to the article, did this happen? Piet Hollis called the strike a reckless gamble.'
		);
		expect(answerText(when)).toBe('Monday');
		expect(timeKey('On Thursday')).toBe(timeKey('thursday'));
		expect(timeKey('last Friday')).toBe(timeKey('Friday'));
		expect(showTime('on Thursday')).toBe('Thursday');
		expect(
			describeEvent('who told lawmakers on Thursday that it was over', 'on Thursday')
		).toBeNull();
		expect(
			describeEvent(
				'X announced that soldiers had been seen in the region, where the army has struggled to hold a line against a counter-attack for many weeks now',
				'Monday'
			)
		).toBe('X announced that soldiers had been seen in the region.');
		// What is left without its time must still be a statement.
		expect(
			describeEvent('The first hearing of the inquiry is set for Monday', 'Monday')
		).toBeNull();
		expect(describeEvent('On Tuesday was already under water', 'On Tuesday')).toBeNull();
		expect(
			describeEvent('The order will stay in place until at least Friday', 'Friday')
		).toBeNull();
		expect(
			describeEvent('Appearing on local radio on Monday, she denied every charge', 'on Monday')
		).toBeNull();
		// A pronoun first, a time cut out as an object or out of a number, words cut from a quote, or a
		// description of something named before: fragments.
		for (const [what, time] of [
			['It will publish its next figures on Friday', 'on Friday'],
			['Ana Ruiz spent Monday night on a chair in the corridor', 'Monday night'],
			['The council has been in dispute with the union since April 20 22', 'April 20'],
			['“…” the council said in a statement on Tuesday evening', 'on Tuesday evening'],
			['The first since the mill closed on May 8', 'May 8'],
			['Published by the county on Thursday', 'on Thursday'],
			['The new rules are set to take effect on March 12 and', 'on March 12'],
			['Council leader Ana Ruiz said on Tuesday', 'on Tuesday']
		] as const)
			expect(describeEvent(what, time), what).toBeNull();
		// Times that could both be right are never one the answer and the other a wrong choice.
		expect(timesOverlap('Wednesday', 'Wednesday evening')).toBe(true);
		expect(timesOverlap('Tuesday', 'this month')).toBe(true);
		expect(timesOverlap('Tuesday', 'Wednesday')).toBe(false);
		expect(timesOverlap('May 4', 'May 12')).toBe(false);
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

describe('how sure: one defensible reading per hedge, and graded statements', () => {
	const base: SettledClaims['estimates'][0] = {
		id: 'e',
		text: '',
		value: 100,
		low: null,
		high: null,
		hedge: null,
		counts: 'people',
		quantity: 'people',
		source: 'x',
		citedFrom: null,
		sentence: 'p1s1',
		section: 's',
		rule: 'test',
		confidence: 1,
		origin: 'extracted'
	};

	it('maps every hedge of the extractor lexicon to exactly one reading', () => {
		for (const { words, bound } of HEDGES) {
			const e = {
				...base,
				hedge: words,
				low: bound === 'low' ? 100 : null,
				high: bound === 'high' ? 100 : null
			};
			const kind = certaintyOf(e);
			if (bound === 'low') expect(kind, words).toBe('lower');
			if (bound === 'high') expect(['near', 'upper'], words).toContain(kind);
			if (bound === null) expect([null, 'approximate'], words).toContain(kind);
		}
		expect(certaintyOf({ ...base, hedge: 'nearly', high: 100 })).toBe('near');
		expect(certaintyOf({ ...base, hedge: 'almost', high: 100 })).toBe('near');
		expect(certaintyOf({ ...base, hedge: 'fewer than', high: 100 })).toBe('upper');
		expect(CERTAINTY.near).toBe('Just below that number, not above it');
		// No reading uses a hedge's own words, so matching words never finds the answer.
		for (const text of Object.values(CERTAINTY))
			for (const { words } of HEDGES)
				expect(text.toLowerCase(), words).not.toMatch(new RegExp(`\\b${words}\\b`));
	});

	it('grades statements only when one grade applies clearly', () => {
		expect(gradeOf('Whether the dam holds remains to be seen')?.grade).toBe('unknown');
		expect(gradeOf('the ferry will probably sail on Friday')?.grade).toBe('likely');
		expect(gradeOf('the count may be too low')?.grade).toBe('possible');
		expect(gradeOf('The talks could collapse this week')?.grade).toBe('possible');
		expect(gradeOf('the new bridge will definitely open in spring')?.grade).toBe('certain');
		// A conditional is neither: “if confirmed, the figures are alarming”.
		expect(gradeOf('These figures, if confirmed, are alarming')).toBeNull();
		// No marker, a conditional, or two grades at once: not asked.
		expect(gradeOf('They are not wearing their own uniforms')).toBeNull();
		expect(gradeOf('If they come, that is a serious issue')).toBeNull();
		expect(gradeOf('It will probably rain, but it may not')).toBeNull();
		// The month is not a hedge.
		expect(gradeOf('The vote is confirmed for May')?.grade).toBe('certain');
		// “will” alone grades nothing: a promise, a pledge or a refusal says what someone will do.
		expect(gradeOf('the new bridge will open in spring')).toBeNull();
		expect(gradeOf('We will publish every reading by Friday')).toBeNull();
		expect(gradeOf('I won’t speculate on the cause')).toBeNull();
		expect(gradeOf('We’ll hand the logs to anyone who asks')).toBeNull();
		// “could” of ability, past inability or a proposal is no hedge.
		expect(gradeOf('The council could hire more wardens')).toBeNull();
		expect(gradeOf('Then the wind dropped, and I could hear the sirens')).toBeNull();
		expect(gradeOf('Smoke rose, and we could see it from the pier')).toBeNull();
		expect(gradeOf('We could do more for tenants')).toBeNull();
		expect(gradeOf('Crews could not reach the village')).toBeNull();
		expect(gradeOf('The repairs could take years')?.grade).toBe('possible');
		// What people could do is advice, not a chance: “tenants could appeal to the board”.
		expect(gradeOf('Tenants who were billed twice could compare their receipts')).toBeNull();
		expect(gradeOf('Passengers could claim a refund from the operator')).toBeNull();
		// Who knows something is no degree of certainty.
		expect(
			gradeOf('The board kept the figure low so that it was not known to the public')
		).toBeNull();
		// A kind of count is no word of certainty.
		expect(gradeOf('The clinic has 41 lab-confirmed cases')).toBeNull();
		expect(gradeOf('There were 12 confirmed deaths at the plant')).toBeNull();
	});

	it('asks who someone is only of people the article names, with no role inside another as a choice', () => {
		const withPeople = (...extra: Speaker[]) =>
			buildContext({ ...claims, speakers: [...claims.speakers, ...extra] }, article);
		const unnamed = speaker('a-docker', 'a docker at the port', 'person', 'docker', '', ['p2s1']);
		const place = speaker('harbour', 'Harbour', 'person', 'government', '', ['p1s1']);
		const ids = peopleWithRoles(withPeople(unnamed, place)).map((s) => s.id);
		expect(ids).toContain('mara-voss');
		expect(ids).not.toContain('a-docker');
		expect(ids).not.toContain('harbour');
		const deputy = speaker('ana-ruiz', 'Ana Ruiz', 'person', 'general secretary of the port', '', [
			'p2s1'
		]);
		const master = speaker('ivo-marsh', 'Ivo Marsh', 'person', 'harbour master', '', ['p1s2']);
		const q = whoIs(
			withPeople(deputy, master),
			claims.speakers.find((s) => s.id === 'mara-voss')!
		)!;
		expect(q.choices.map((c) => c.text)).toContain('Harbour master');
		expect(q.choices.map((c) => c.text)).not.toContain('General secretary of the port');
	});

	it('shows a quote whole, a short sentence of it, or a phrase ending at a natural break', () => {
		expect(quotePiece('Nobody wins a long strike,')).toBe('Nobody wins a long strike');
		const long =
			'They are not wearing their own uniforms, instead disguising themselves in other uniforms, having no control at all but just following the orders they get,';
		expect(quotePiece(long)).toBe(
			'They are not wearing their own uniforms, instead disguising themselves in other uniforms …'
		);
		const two =
			'These movements are a very long and winding escalation of the conflict that nobody in this town wanted or expected at all. Act now.';
		expect(quotePiece(`${two} We must be clear about it.`)).toBe('We must be clear about it');
		// A condition is part of the claim: it is never cut off.
		const condition =
			'If the river keeps rising through the night and the pumps fail again, the whole lower town will be under water by the morning';
		expect(quotePiece(condition)).toBe(condition);
	});
});

describe('why the figures differ', () => {
	const bankOf = (body: string) =>
		buildBank(`# Counts differ\n\n## The counts\n\n${body}\n\nBy Test Writer`, { slug: 'why' })
			.bank;
	const figures =
		'The Orla Harbour Office said about 3,000 people marched on Saturday.\n\nThe Dock Workers’ Union said more than 9,000 people marched.\n\n“We counted every gate,” said Ivo Brandt, the union’s secretary.';

	it('asks which sentence gives the reason, against the sentences that only state the figures', () => {
		const bank = bankOf(`${figures}\n\nMuch of the gap comes down to where each side stood.`);
		const q = bank.questions.find((x) => x.kind === 'why-differ');
		expect(q, 'a why-differ question').toBeDefined();
		expect(q!.choices.find((c) => c.id === q!.answer)?.text).toBe(
			'Much of the gap comes down to where each side stood.'
		);
		expect(q!.choices.map((c) => c.text)).toEqual(
			expect.arrayContaining([
				'The Orla Harbour Office said about 3,000 people marched on Saturday.',
				'The Dock Workers’ Union said more than 9,000 people marched.'
			])
		);
	});

	it('asks nothing when no sentence, or more than one, explains the gap', () => {
		expect(bankOf(figures).questions.some((x) => x.kind === 'why-differ')).toBe(false);
		const two = `${figures}\n\nMuch of the gap comes down to where each side stood. The difference also reflects the weather.`;
		expect(bankOf(two).questions.some((x) => x.kind === 'why-differ')).toBe(false);
	});
});

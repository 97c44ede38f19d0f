import fc from 'fast-check';
import {
	parse,
	type Category,
	type GIFTQuestion,
	type Matching,
	type MultipleChoice,
	type TrueFalse
} from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { GiftExportError, giftPlainText, toGift } from '../../src/lib/export/gift';
import type {
	MatchingQuestion,
	Question,
	SingleChoiceQuestion
} from '../../src/lib/generate/types';
import { article, bank } from './shipped';

const questionsOf = (parsed: GIFTQuestion[]) => parsed.filter((q) => q.type !== 'Category');
const choiceText = (q: SingleChoiceQuestion, id: string) =>
	q.choices.find((c) => c.id === id)!.text;
const isTrueFalse = (q: SingleChoiceQuestion) =>
	q.choices.length === 2 && q.choices.every((c) => c.text === 'True' || c.text === 'False');

/**
 * gift-pegjs 1.0.2 leaves the right-hand side of a matching pair undecoded: an escaped `\~` comes back
 * as its internal placeholder `&&126;` (a newline as `&&010`). Moodle decodes it; so do we, here.
 */
const decodePlaceholders = (text: string) =>
	text
		.replace(/&&010/g, '\n')
		.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code)));

/** Checks one parsed GIFT question against the bank question it came from. */
function expectSame(parsed: GIFTQuestion, question: Question) {
	if (parsed.type === 'Category') throw new Error('a category where a question should be');
	expect(parsed.title).toBe(question.id);
	expect(parsed.stem.text).toBe(giftPlainText(question.prompt));
	if (question.kind === 'match-estimates') {
		expect(parsed.type).toBe('Matching');
		const m = parsed as Matching;
		const choiceById = new Map(question.choices.map((c) => [c.id, c.text]));
		const expected = question.items.map((item) => ({
			subquestion: giftPlainText(item.text),
			subanswer: giftPlainText(choiceById.get(question.answer[item.id]!)!)
		}));
		const paired = new Set(Object.values(question.answer));
		const distractors = question.choices
			.filter((c) => !paired.has(c.id))
			.map((c) => ({ subquestion: '', subanswer: giftPlainText(c.text) }));
		const pairs = m.matchPairs.map((p) => ({
			subquestion: p.subquestion.text,
			subanswer: decodePlaceholders(p.subanswer)
		}));
		expect(pairs).toEqual([...expected, ...distractors]);
		expect(m.globalFeedback?.text).toBe(giftPlainText(question.explanation));
		return;
	}
	if (isTrueFalse(question)) {
		expect(parsed.type).toBe('TF');
		const tf = parsed as TrueFalse;
		expect(tf.isTrue).toBe(choiceText(question, question.answer) === 'True');
		// GIFT's true/false feedback is `#wrong#right`; gift-pegjs calls the two trueFeedback, falseFeedback.
		expect(tf.trueFeedback).toBeNull();
		expect(tf.falseFeedback?.text).toBe(giftPlainText(question.explanation));
		return;
	}
	expect(parsed.type).toBe('MC');
	const mc = parsed as MultipleChoice;
	expect(mc.choices.map((c) => c.text.text)).toEqual(
		question.choices.map((c) => giftPlainText(c.text, 'choice'))
	);
	const keyed = mc.choices.filter((c) => c.isCorrect);
	expect(keyed).toHaveLength(1);
	expect(keyed[0]!.text.text).toBe(giftPlainText(choiceText(question, question.answer), 'choice'));
	expect(keyed[0]!.feedback?.text).toBe(giftPlainText(question.explanation));
	expect(mc.choices.filter((c) => !c.isCorrect).every((c) => c.feedback === null)).toBe(true);
}

describe('GIFT export of the shipped bank', () => {
	const gift = toGift(bank.questions, { sections: article.sections, category: article.title });
	const parsed = parse(gift);

	it('parses as one GIFT question per bank question, each with its type, title, answer and feedback', () => {
		const questions = questionsOf(parsed);
		expect(questions).toHaveLength(bank.questions.length);
		bank.questions.forEach((q, i) => expectSame(questions[i]!, q));
	});

	it('exports every kind the bank has: multiple choice, true/false and matching', () => {
		const types = new Set(questionsOf(parsed).map((q) => q.type));
		expect([...types].sort()).toEqual(['MC', 'Matching', 'TF']);
	});

	it('opens each section with a $CATEGORY line named by its heading, under the article title', () => {
		const categories = parsed.filter((q): q is Category => q.type === 'Category');
		const sections = [...new Set(bank.questions.map((q) => q.section))];
		expect(categories.map((c) => c.title)).toEqual(
			sections.map((id) => `${article.title}/${article.sections.find((s) => s.id === id)!.heading}`)
		);
	});

	it('separates questions by one blank line and needs no category', () => {
		const plain = toGift(bank.questions);
		expect(plain.split('\n\n')).toHaveLength(bank.questions.length);
		expect(plain).not.toMatch(/\n\n\n/);
		expect(parse(plain).filter((q) => q.type === 'Category')).toHaveLength(0);
		expect(toGift([])).toBe('');
	});

	it('gives the explanation as general feedback instead, when asked: once, for every answer', () => {
		const questions = questionsOf(parse(toGift(bank.questions, { generalFeedback: true })));
		questions.forEach((q, i) => {
			expect((q as MultipleChoice).globalFeedback?.text).toBe(
				giftPlainText(bank.questions[i]!.explanation)
			);
			if (q.type === 'MC') expect(q.choices.every((c) => c.feedback === null)).toBe(true);
			if (q.type === 'TF') expect([q.trueFeedback, q.falseFeedback]).toEqual([null, null]);
		});
	});

	it('refuses a question without a right answer with its own error', () => {
		const [first] = bank.questions.filter((q) => q.kind !== 'match-estimates');
		expect(() => toGift([{ ...first!, answer: 'nowhere' } as Question])).toThrow(GiftExportError);
		const [matching] = bank.questions.filter((q) => q.kind === 'match-estimates');
		expect(() => toGift([{ ...matching!, answer: {} } as Question])).toThrow(GiftExportError);
	});
});

const HOSTILE =
	'a ~tilde =eq #hash {brace} :colon: \\back\\slash\\n \\\\ ::t:: ####\nsecond line -> %5% &&058;';

const single = (over: Partial<SingleChoiceQuestion>): SingleChoiceQuestion => ({
	id: 'qhostile000',
	section: 'one',
	kind: 'who-said',
	prompt: HOSTILE,
	choices: [
		{ id: 'caaaaaaa', text: `right ${HOSTILE}` },
		{ id: 'cbbbbbbb', text: `wrong ${HOSTILE}` },
		{ id: 'ccccccc1', text: '%50% starts like a weight' },
		{ id: 'ccccccc2', text: '[html]<b>starts like a format</b>' }
	],
	answer: 'caaaaaaa',
	evidence: ['p1s1'],
	explanation: `Because ${HOSTILE}`,
	claimIds: [],
	...over
});

const matchingQuestion = (text: string): MatchingQuestion => ({
	id: 'qhostile001',
	section: 'one',
	kind: 'match-estimates',
	prompt: text,
	items: [
		{ id: 'iaaaaaaa', text: `item ${text}` },
		{ id: 'ibbbbbbb', text: `other -> ${text}` }
	],
	choices: [
		{ id: 'caaaaaaa', text: `choice ${text}` },
		{ id: 'cbbbbbbb', text: `other ${text}` },
		{ id: 'ccccccc1', text: `spare ${text}` }
	],
	answer: { iaaaaaaa: 'cbbbbbbb', ibbbbbbb: 'caaaaaaa' },
	evidence: ['p1s1'],
	explanation: `Because ${text}`,
	claimIds: []
});

describe('GIFT escaping', () => {
	it('round-trips text full of GIFT syntax through gift-pegjs unchanged', () => {
		const questions: Question[] = [
			single({}),
			single({
				id: 'qhostile002',
				kind: 'true-false',
				choices: [
					{ id: 'ctttttt1', text: 'True' },
					{ id: 'cffffff1', text: 'False' }
				],
				answer: 'cffffff1'
			}),
			matchingQuestion(HOSTILE)
		];
		const parsed = parse(toGift(questions, { sections: [{ id: 'one', heading: 'A / B: {x}' }] }));
		expect(parsed[0]).toEqual({ type: 'Category', title: 'A // B: {x}' });
		const back = questionsOf(parsed);
		expect(back).toHaveLength(3);
		questions.forEach((q, i) => expectSame(back[i]!, q));
		// What gift-pegjs decodes is the text itself, newline and all, bar guards and spacing.
		expect((back[0] as MultipleChoice).stem.text).toBe(
			HOSTILE.replace('&&', '&\u2060&').replace('->', '-\u2060>')
		);
	});

	it('changes text only by whitespace and invisible word joiners', () => {
		for (const place of ['text', 'choice'] as const)
			fc.assert(
				fc.property(fc.string({ unit: 'binary' }), (text) => {
					const plain = (s: string) =>
						s
							.replace(/\u2060/g, '')
							.replace(/\s+/g, ' ')
							.trim();
					expect(plain(giftPlainText(text, place))).toBe(plain(text));
				})
			);
	});

	it('property: any prompt, choices and explanation parse back as giftPlainText of themselves', () => {
		const text = fc.oneof(
			fc.string({ minLength: 1 }),
			fc.string({ minLength: 1, unit: fc.constantFrom(...'~=#{}:\\\n\r %&[]-> ab'.split('')) }),
			fc.string({ minLength: 1, unit: 'grapheme' })
		);
		const visible = (s: string) => giftPlainText(s).replace(/\u2060/g, '') !== '';
		fc.assert(
			fc.property(
				fc.record({
					prompt: text.filter(visible),
					right: text.filter(visible),
					wrong: text.filter(visible),
					explanation: text.filter(visible)
				}),
				({ prompt, right, wrong, explanation }) => {
					fc.pre(giftPlainText(right, 'choice') !== giftPlainText(wrong, 'choice'));
					const q = single({
						prompt,
						choices: [
							{ id: 'caaaaaaa', text: right },
							{ id: 'cbbbbbbb', text: wrong }
						],
						explanation
					});
					const [back] = parse(toGift([q]));
					expectSame(back!, q);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('property: any matching text parses back as giftPlainText of itself', () => {
		fc.assert(
			fc.property(
				fc
					.string({ minLength: 1, unit: fc.constantFrom(...'~=#{}:\\\n %&[]-> ab'.split('')) })
					.filter((s) => /[ab]/.test(s)),
				(text) => {
					const q = matchingQuestion(text);
					const [back] = parse(toGift([q]));
					expectSame(back!, q);
				}
			),
			{ numRuns: 200 }
		);
	});
});

import { describe, expect, it } from 'vitest';
import { answerText, isAnswered, isCorrect } from '$lib/quiz/grade';
import { choiceOrder } from '$lib/quiz/order';
import type { QuizQuestion } from '$lib/quiz/question';
import {
	canRetry,
	check,
	emptyRecord,
	isEditable,
	retry,
	reveal,
	select,
	unanswered
} from '$lib/quiz/record';
import { nextStep } from '$lib/quiz/next-step';
import { firstScore, sectionState } from '$lib/quiz/state';
import { byKind } from '$lib/quiz/stats';

const choices = [
	{ id: 'a', text: 'South Korea' },
	{ id: 'b', text: 'Ukraine' },
	{ id: 'c', text: 'U.S. intelligence' }
];
const single = (
	id: string,
	answer: string,
	kind: 'who-said' | 'true-false' = 'who-said'
): QuizQuestion => ({
	id,
	section: 's1',
	kind,
	prompt: `Question ${id}`,
	choices,
	answer,
	evidence: ['p1s1'],
	explanation: 'Because.'
});
const match: QuizQuestion = {
	id: 'm',
	section: 's1',
	kind: 'match-estimates',
	prompt: 'Match',
	items: [
		{ id: 'i1', text: 'South Korea' },
		{ id: 'i2', text: 'Ukraine' }
	],
	choices: [
		{ id: 'x', text: 'at least 1,500' },
		{ id: 'y', text: 'roughly 12,000' }
	],
	answer: { i1: 'x', i2: 'y' },
	evidence: ['p2s3', 'p6s2'],
	explanation: 'Because.'
};

describe('grading each kind', () => {
	it('grades a single-choice question by its choice id', () => {
		const q = single('q', 'b');
		expect(isCorrect(q, 'b')).toBe(true);
		expect(isCorrect(q, 'a')).toBe(false);
		expect(isAnswered(q, 'zzz')).toBe(false);
		expect(answerText(q)).toBe('Ukraine');
	});

	it('grades true/false the same way', () => {
		const q = single('t', 'a', 'true-false');
		expect([isCorrect(q, 'a'), isCorrect(q, 'b')]).toEqual([true, false]);
	});

	it('grades a matching question only when every item is paired right', () => {
		expect(isAnswered(match, { i1: 'x' })).toBe(false);
		expect(isCorrect(match, { i1: 'x', i2: 'y' })).toBe(true);
		expect(isCorrect(match, { i1: 'y', i2: 'x' })).toBe(false);
		expect(answerText(match)).toBe('South Korea → at least 1,500; Ukraine → roughly 12,000');
	});
});

describe('a section attempt', () => {
	const questions = [single('q1', 'a'), single('q2', 'b'), match];

	it('points out unanswered questions instead of marking them wrong', () => {
		const r = select(emptyRecord(), 'q1', 'a');
		expect(unanswered(r, questions).map((q) => q.id)).toEqual(['q2', 'm']);
	});

	it('keeps the first score and the best score through a retry', () => {
		let r = emptyRecord();
		r = select(r, 'q1', 'a');
		r = select(r, 'q2', 'a'); // wrong
		r = select(r, 'm', { i1: 'y', i2: 'x' }); // wrong
		r = check(r, questions, 'self-study');
		expect([firstScore(r), r.best, sectionState(r)]).toEqual([1, 1, 'done']);
		expect(canRetry(r, questions, 'self-study')).toBe(true);
		expect(canRetry(r, questions, 'practice')).toBe(true);
		// Graded work has one try.
		expect(canRetry(r, questions, 'graded')).toBe(false);
		// Checked questions wait for “Try again”; a right one stays closed.
		expect(isEditable(r, 'q2')).toBe(false);
		r = retry(r, questions);
		expect([isEditable(r, 'q1'), isEditable(r, 'q2'), isEditable(r, 'm')]).toEqual([
			false,
			true,
			true
		]);
		expect(r.answers.q2).toBeUndefined();
		r = select(r, 'q2', 'b');
		r = select(r, 'm', { i1: 'x', i2: 'y' });
		r = check(r, questions, 'self-study');
		expect([firstScore(r), r.best, r.checks]).toEqual([1, 3, 2]);
		expect(canRetry(r, questions, 'self-study')).toBe(false);
	});

	it('reveals the answer after two misses in self-study, but not in graded mode', () => {
		const miss = (mode: 'self-study' | 'graded') => {
			let r = select(emptyRecord(), 'q1', 'c');
			r = check(r, [questions[0]!], mode);
			r = select(retry(r, [questions[0]!]), 'q1', 'c');
			return check(r, [questions[0]!], mode);
		};
		expect(miss('self-study').revealed).toEqual(['q1']);
		expect(miss('graded').revealed).toEqual([]);
	});

	it('reveals on request, and a revealed question no longer takes answers', () => {
		let r = check(select(emptyRecord(), 'q1', 'c'), [questions[0]!], 'self-study');
		r = reveal(r, 'q1');
		expect(r.revealed).toEqual(['q1']);
		expect(select(r, 'q1', 'a')).toBe(r);
		expect(canRetry(r, [questions[0]!], 'self-study')).toBe(false);
	});

	it('is not started, in progress, then done', () => {
		expect(sectionState(undefined)).toBe('not-started');
		expect(sectionState(select(emptyRecord(), 'q1', 'a'))).toBe('in-progress');
	});

	it('leads home to the first section not done, and to the results once every one is', () => {
		const step = (...states: Parameters<typeof nextStep>[0]) => nextStep(states);
		expect(step('not-started', 'not-started')).toEqual({
			label: 'Start reading section 1',
			section: 1
		});
		expect(step('in-progress', 'not-started')).toMatchObject({ section: 1 });
		expect(step('not-started', 'done')).toEqual({ label: 'Continue with section 1', section: 1 });
		expect(step('done', 'in-progress')).toEqual({ label: 'Continue with section 2', section: 2 });
		expect(step('done', 'done')).toEqual({
			label: 'All sections done: see your results',
			section: null
		});
	});
});

describe('choice order on a retry', () => {
	it('keeps the bank order on the first try and changes it on every retry, deterministically', () => {
		const many = [...choices, { id: 'd', text: 'Russia' }];
		expect(choiceOrder(many, 0)).toEqual(many);
		const orders = [1, 2, 3].map((n) =>
			choiceOrder(many, n)
				.map((c) => c.id)
				.join('')
		);
		expect(orders).toEqual(['bcda', 'cdab', 'dabc']);
		for (const o of orders) expect([...o].sort().join('')).toBe('abcd');
		expect(choiceOrder(many, 3, true)).toEqual(many);
	});
});

describe('results by kind', () => {
	it('counts first tries by kind across sections', () => {
		const questions = [single('q1', 'a'), single('q2', 'b'), single('t', 'a', 'true-false')];
		let r = select(select(select(emptyRecord(), 'q1', 'a'), 'q2', 'a'), 't', 'a');
		r = check(r, questions, 'self-study');
		expect(byKind(questions, { s1: r })).toEqual([
			{ kind: 'who-said', right: 1, total: 2 },
			{ kind: 'true-false', right: 1, total: 1 }
		]);
	});
});

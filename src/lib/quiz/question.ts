import type { MatchingQuestion, SingleChoiceQuestion } from '../generate/types';

/** A question as the quiz needs it: the bank's question without the claim ids only reports use. */
export type QuizQuestion =
	Omit<SingleChoiceQuestion, 'claimIds'> | Omit<MatchingQuestion, 'claimIds'>;

export function toQuizQuestion(q: SingleChoiceQuestion | MatchingQuestion): QuizQuestion {
	const { claimIds, ...rest } = q;
	void claimIds;
	return rest;
}

/** Kinds whose choices are a scale or a pair, shown in the same order on every try. */
export const FIXED_ORDER = new Set(['true-false', 'how-sure', 'quote-or-paraphrase']);

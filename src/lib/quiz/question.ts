import type { Choice, MatchingQuestion, SingleChoiceQuestion } from '../generate/types';

type Lean<Q> = Omit<Q, 'claimIds' | 'choices'> & { choices: Array<Pick<Choice, 'id' | 'text'>> };

/**
 * A question as a student's page needs it: the bank's question without what only generators and class
 * reports use (claim ids, the source each choice stands for). Every byte here is in the page.
 */
export type QuizQuestion =
	| Lean<SingleChoiceQuestion>
	| (Lean<MatchingQuestion> & { items: Array<Pick<Choice, 'id' | 'text'>> });

const lean = (choices: Choice[]) => choices.map(({ id, text }) => ({ id, text }));

export function toQuizQuestion(q: SingleChoiceQuestion | MatchingQuestion): QuizQuestion {
	const { claimIds, choices, ...rest } = q;
	void claimIds;
	if (rest.kind === 'match-estimates') {
		return {
			...rest,
			items: lean((rest as MatchingQuestion).items),
			choices: lean(choices)
		} as QuizQuestion;
	}
	return { ...rest, choices: lean(choices) } as QuizQuestion;
}

/** Kinds whose choices are a scale or a pair, shown in the same order on every try. */
export const FIXED_ORDER = new Set(['true-false', 'how-sure', 'quote-or-paraphrase']);

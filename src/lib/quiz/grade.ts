import type { QuizQuestion as Question } from './question';

/** A learner's answer: a choice id, or for matching questions item id → choice id. */
export type Answer = string | Record<string, string>;

/** True when every part of the question has an answer (a matching question needs every item paired). */
export function isAnswered(q: Question, a: Answer | undefined): boolean {
	if (a === undefined) return false;
	if (q.kind === 'match-estimates') {
		return (
			typeof a === 'object' &&
			q.items.every((item) => typeof a[item.id] === 'string' && a[item.id] !== '')
		);
	}
	return typeof a === 'string' && q.choices.some((c) => c.id === a);
}

/** True when the answer is right: the one right choice, or every item paired with its own figure. */
export function isCorrect(q: Question, a: Answer | undefined): boolean {
	if (!isAnswered(q, a)) return false;
	if (q.kind === 'match-estimates') {
		const given = a as Record<string, string>;
		return Object.entries(q.answer).every(([item, choice]) => given[item] === choice);
	}
	return a === q.answer;
}

/** The right answer in words, for feedback (“South Korea → at least 1,500; …”). */
export function answerText(q: Question): string {
	if (q.kind === 'match-estimates') {
		return q.items
			.map(
				(item) => `${item.text} → ${q.choices.find((c) => c.id === q.answer[item.id])?.text ?? '?'}`
			)
			.join('; ');
	}
	return q.choices.find((c) => c.id === q.answer)?.text ?? '';
}

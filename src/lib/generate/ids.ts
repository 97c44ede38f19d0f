import { shortHash } from './hash';
import { normalize } from './text';
import type { QuestionKind } from './types';

/** What a question's id is made of: never its position, so ids survive reordering and new questions. */
export interface QuestionIdParts {
	kind: QuestionKind;
	/** What is asked about (the quote, the figure, the statement): tells apart questions with one answer. */
	subject: string;
	/** The right answer's text (for matching kinds, the pairs). */
	answer: string;
	evidence: readonly string[];
}

export function questionId(parts: QuestionIdParts): string {
	const key = [parts.kind, parts.subject, parts.answer, parts.evidence.join(',')].join('\u241f');
	return `q${shortHash(key, 10)}`;
}

/** From the text alone (normalised), so the same choice keeps its id in any order and any question. */
export function choiceId(text: string): string {
	return `c${shortHash(normalize(text), 7)}`;
}

/** The left-hand items of a matching question, kept apart from choice ids by their prefix. */
export function itemId(text: string): string {
	return `i${shortHash(normalize(text), 7)}`;
}

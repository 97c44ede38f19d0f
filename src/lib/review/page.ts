/**
 * What the review page needs of an article, and the session it offers now: the due questions in the
 * session plan's order, and what the known question ids are (for pruning the deck and the session's
 * record). The page itself only shows these.
 */
import type { Sentence } from '../article/types';
import type { QuizQuestion } from '../quiz/question';
import type { Known } from '../progress/store';
import type { ReviewDeck } from './deck';
import { SESSION_SECTION, sessionPlan } from './session';

export interface ReviewData {
	slug: string;
	title: string;
	sections: Array<{ id: string; number: number; heading: string }>;
	questions: QuizQuestion[];
	/** Evidence sentences by id: [section number, text]. */
	sentences: Record<string, [number, string]>;
}

/** A section as the review needs it: its sentences, and the questions it asks. */
export interface ReviewSource {
	id: string;
	number: number;
	heading: string;
	paragraphs: ReadonlyArray<{ sentences: ReadonlyArray<Pick<Sentence, 'id' | 'text'>> }>;
	questions: QuizQuestion[];
}

/**
 * The review page's data from an article's sections: every question, since any may be due, and only
 * the sentences some question's evidence names. The built-in article's (prerendered) and a module's
 * (built in the browser) alike.
 */
export function reviewData(
	slug: string,
	title: string,
	sections: readonly ReviewSource[]
): ReviewData {
	const questions = sections.flatMap((s) => s.questions);
	const used = new Set(questions.flatMap((q) => q.evidence));
	const sentences: ReviewData['sentences'] = {};
	for (const s of sections)
		for (const p of s.paragraphs)
			for (const sentence of p.sentences)
				if (used.has(sentence.id)) sentences[sentence.id] = [s.number, sentence.text];
	return {
		slug,
		title,
		sections: sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
		questions,
		sentences
	};
}

/** The bank's question ids by section. */
export function knownOf(data: Pick<ReviewData, 'questions'>): Known {
	const known: Known = new Map();
	for (const q of data.questions) {
		const ids = known.get(q.section) ?? new Set<string>();
		ids.add(q.id);
		known.set(q.section, ids);
	}
	return known;
}

/** The questions of a session started now, in the plan's order (sections mixed). */
export function sessionQuestions(data: ReviewData, deck: ReviewDeck, now: number): QuizQuestion[] {
	const byId = new Map(data.questions.map((q) => [q.id, q]));
	return sessionPlan(deck, now).flatMap((id) => {
		const q = byId.get(id);
		return q ? [q] : [];
	});
}

/** The session's record is known by the ids it asks, so a reload keeps its answers. */
export const sessionKnown = (questions: readonly QuizQuestion[]): Known =>
	new Map([[SESSION_SECTION, new Set(questions.map((q) => q.id))]]);

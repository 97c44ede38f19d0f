/**
 * What the review page needs of an article, and the session it offers now: the due questions in the
 * session plan's order, and what the known question ids are (for pruning the deck and the session's
 * record). The page itself only shows these.
 */
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

import type { Answer } from './grade';

/**
 * One learner's work on one section: what they have chosen, how each check went, and their scores.
 * Plain data (stored as JSON by src/lib/progress); every change returns a new record.
 */
export interface SectionRecord {
	/** Current answers, by question id. */
	answers: Record<string, Answer>;
	/** How many times the answers were checked. */
	checks: number;
	/** Right or wrong at the first check: the first-try score. */
	first: Record<string, boolean> | null;
	/** Right or wrong at the latest check of each question. */
	results: Record<string, boolean>;
	/** Wrong checks per question. */
	misses: Record<string, number>;
	/** Questions whose answer was shown (on request, or after two misses in self-study). */
	revealed: string[];
	/** The most questions right after any check. */
	best: number | null;
	/** The answers given at the first check: what an assignment hands in. */
	firstAnswers?: Record<string, Answer>;
}

export const emptyRecord = (): SectionRecord => ({
	answers: {},
	checks: 0,
	first: null,
	results: {},
	misses: {},
	revealed: [],
	best: null
});

export type SectionState = 'not-started' | 'in-progress' | 'done';

/** Not started: nothing chosen; in progress: answers but never checked; done: checked at least once. */
export function sectionState(r: SectionRecord | undefined): SectionState {
	if (!r || (r.checks === 0 && Object.keys(r.answers).length === 0)) return 'not-started';
	return r.checks === 0 ? 'in-progress' : 'done';
}

/** Right at the first check, of the section's questions. */
export function firstScore(r: SectionRecord | undefined): number | null {
	if (!r?.first) return null;
	return Object.values(r.first).filter(Boolean).length;
}

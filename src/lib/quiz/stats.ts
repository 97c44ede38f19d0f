import type { QuestionKind } from '../generate/types';
import type { QuizQuestion as Question } from './question';
import { firstScore, sectionState, type SectionRecord, type SectionState } from './state';

export interface SectionSummary {
	section: string;
	state: SectionState;
	total: number;
	first: number | null;
	best: number | null;
}

export function summarise(
	section: string,
	questions: Question[],
	r: SectionRecord | undefined
): SectionSummary {
	return {
		section,
		state: sectionState(r),
		total: questions.length,
		first: firstScore(r),
		best: r?.best ?? null
	};
}

/**
 * First-try results by question kind across sections (“who said it 7/9, whose estimate 3/5”): which kind
 * of attribution a reader gets wrong. Only checked questions count.
 */
export function byKind(
	questions: Array<Pick<Question, 'id' | 'section' | 'kind'>>,
	records: Record<string, SectionRecord | undefined>
): Array<{ kind: QuestionKind; right: number; total: number }> {
	const tally = new Map<QuestionKind, { right: number; total: number }>();
	for (const q of questions) {
		const first = records[q.section]?.first;
		if (!first || !(q.id in first)) continue;
		const t = tally.get(q.kind) ?? { right: 0, total: 0 };
		t.total++;
		if (first[q.id]) t.right++;
		tally.set(q.kind, t);
	}
	return [...tally].map(([kind, t]) => ({ kind, ...t }));
}

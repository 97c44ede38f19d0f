import type { Assignment, Results } from '../assign/types';
import type { QuestionKind } from '../generate/types';
import { isCorrect } from '../quiz/grade';
import type { QuizQuestion } from '../quiz/question';
import type { Accepted } from './import';
import type { ReportData, ReportQuestion, ReportSection } from './types';

/** The writer of the article, as a source: what a choice's `ref` says when nobody is credited. */
export const ARTICLE_SOURCE = 'article';

export interface Score {
	right: number;
	total: number;
}

export interface StudentRow {
	label: string;
	source: string;
	/** One score per section of the assignment, in section order. */
	sections: Score[];
	total: Score;
	/** Answered on an earlier version of the questions (handed in before an update). */
	earlier: boolean;
}

export interface QuestionRate {
	question: ReportQuestion;
	sectionNumber: number;
	/** Students who got it right on the first attempt. */
	right: number;
	/** Students who left it unanswered. */
	unanswered: number;
	/** Students who were asked it (every accepted result, unless answered on an earlier version). */
	students: number;
}

/** How often students chose source `chosen` when the right source was `right`, over source questions. */
export interface Confusion {
	/** Right sources (rows), in the order the bank lists its speakers, the writer last. */
	rows: string[];
	/** Every source that was right or chosen (columns), in the same order. */
	columns: string[];
	/** counts[right][chosen]: `right` is the row (the true source), `chosen` the column. */
	counts: Record<string, Record<string, number>>;
	/** Answers counted per row (every answered source question whose right source is the row). */
	rowTotals: Record<string, number>;
	/** Answers counted in all. */
	total: number;
	/** The question and wrong source most students picked, for one plain sentence; null when none. */
	worst: WorstConfusion | null;
}

export interface WorstConfusion {
	question: ReportQuestion;
	right: string;
	chosen: string;
	/** Students who made this confusion on this question. */
	count: number;
	/** Students who answered this part of the question. */
	of: number;
}

export interface ClassReport {
	assignment: Assignment;
	sections: ReportSection[];
	questions: ReportQuestion[];
	students: StudentRow[];
	/** Per section, then overall: how the class did. */
	sectionTotals: Score[];
	total: Score;
	rates: QuestionRate[];
	/** Every source question; `confusion(report, kinds)` narrows it to some kinds. */
	confusion: Confusion;
	/** Kinds of question that feed the confusion matrix, in bank order. */
	sourceKinds: QuestionKind[];
	/** How many results were answered on an earlier version of the questions. */
	earlierResults: number;
}

/** Is this id a source a student can credit: a speaker of the article, or the writer? */
const isSource = (data: ReportData, ref: string | undefined): ref is string =>
	ref !== undefined && (ref === ARTICLE_SOURCE || Object.hasOwn(data.speakers, ref));

/** Source pairs (right, chosen) one answer yields; empty when the question is not about sources. */
export function sourcePairs(
	q: ReportQuestion,
	answer: Results['answers'][string] | undefined,
	data: ReportData
): Array<{ right: string; chosen: string }> {
	if (answer === undefined) return [];
	if (q.kind === 'match-estimates') {
		if (typeof answer !== 'object') return [];
		// A figure belongs to the item (source) the answer pairs it with: pairing a figure with another
		// item credits that figure to the wrong source.
		const owner = new Map<string, string>();
		for (const item of q.items) {
			const figure = q.answer[item.id];
			if (figure !== undefined && isSource(data, item.ref)) owner.set(figure, item.ref);
		}
		const pairs: Array<{ right: string; chosen: string }> = [];
		for (const item of q.items) {
			const right = owner.get(answer[item.id] ?? '');
			if (right !== undefined && isSource(data, item.ref)) pairs.push({ right, chosen: item.ref });
		}
		return pairs;
	}
	if (typeof answer !== 'string') return [];
	const right = q.choices.find((c) => c.id === q.answer)?.ref;
	const chosen = q.choices.find((c) => c.id === answer)?.ref;
	return isSource(data, right) && isSource(data, chosen) ? [{ right, chosen }] : [];
}

/** True when the question can feed the confusion matrix (its right answer names a source). */
export function isSourceQuestion(q: ReportQuestion, data: ReportData): boolean {
	if (q.kind === 'match-estimates') return q.items.some((i) => isSource(data, i.ref));
	return isSource(data, q.choices.find((c) => c.id === q.answer)?.ref);
}

/**
 * The questions a result was answered on: today's, or — for a link made before an update and handed in
 * before it — the earlier version's: for a code, the version its check digits matched (`answeredOn`);
 * for a file, the version that holds more of its answers.
 */
export function questionsAnswered(
	answers: Results['answers'],
	assignment: Assignment,
	data: ReportData,
	current: readonly ReportQuestion[],
	answeredOn?: string
): { questions: readonly ReportQuestion[]; earlier: boolean } {
	const then =
		assignment.bank !== data.bank
			? data.earlier.find((e) => e.version === assignment.bank)
			: undefined;
	if (!then) return { questions: current, earlier: false };
	const sections = new Set(current.map((q) => q.section));
	const old = then.questions.filter((q) => sections.has(q.section));
	if (answeredOn === then.version) return { questions: old, earlier: true };
	const ids = Object.keys(answers);
	const inNow = new Set(current.map((q) => q.id));
	const inThen = new Set(old.map((q) => q.id));
	const now = ids.filter((id) => inNow.has(id)).length;
	const before = ids.filter((id) => inThen.has(id)).length;
	return before > now ? { questions: old, earlier: true } : { questions: current, earlier: false };
}

/** The class report for the accepted results of one assignment: table, rates and confusion. */
export function buildReport(
	accepted: readonly Accepted[],
	assignment: Assignment,
	data: ReportData
): ClassReport {
	const sections = data.sections.filter((s) => assignment.sections.includes(s.number));
	const sectionOf = new Map(sections.map((s, i) => [s.id, i]));
	const questions = data.questions.filter((q) => sectionOf.has(q.section));
	const rateOf = new Map<string, QuestionRate>();
	const rates: QuestionRate[] = questions.map((question) => {
		const rate = {
			question,
			sectionNumber: sections[sectionOf.get(question.section)!]!.number,
			right: 0,
			unanswered: 0,
			students: 0
		};
		rateOf.set(question.id, rate);
		return rate;
	});
	let earlierResults = 0;
	const students: StudentRow[] = accepted.map((entry) => {
		// Each result is graded on the questions it was answered on; a question counts in the class's
		// rates for the students who were asked it.
		const asked = questionsAnswered(
			entry.results.answers,
			assignment,
			data,
			questions,
			entry.answeredOn
		);
		if (asked.earlier) earlierResults++;
		const scores = sections.map(() => ({ right: 0, total: 0 }));
		for (const q of asked.questions) {
			const at = sectionOf.get(q.section)!;
			scores[at]!.total++;
			const answer = entry.results.answers[q.id];
			const rate = rateOf.get(q.id);
			if (rate) rate.students++;
			if (answer === undefined && rate) rate.unanswered++;
			// The report's questions carry refs the grader ignores; grading reads ids only.
			if (isCorrect(q as QuizQuestion, answer)) {
				scores[at]!.right++;
				if (rate) rate.right++;
			}
		}
		return {
			label: entry.label,
			source: entry.source,
			sections: scores,
			total: sum(scores),
			earlier: asked.earlier
		};
	});
	const sectionTotals = sections.map((_, i) => sum(students.map((s) => s.sections[i]!)));
	const kinds: QuestionKind[] = [];
	for (const q of questions) {
		if (isSourceQuestion(q, data) && !kinds.includes(q.kind)) kinds.push(q.kind);
	}
	const report: Omit<ClassReport, 'confusion'> = {
		assignment,
		sections,
		questions,
		students,
		sectionTotals,
		total: sum(sectionTotals),
		rates,
		sourceKinds: kinds,
		earlierResults
	};
	return { ...report, confusion: confusion(report, accepted, data) };
}

const sum = (scores: Score[]): Score =>
	scores.reduce((a, b) => ({ right: a.right + b.right, total: a.total + b.total }), {
		right: 0,
		total: 0
	});

/** The source-confusion matrix over the report's questions of the given kinds (all source kinds by default). */
export function confusion(
	report: Pick<ClassReport, 'questions'>,
	accepted: readonly Accepted[],
	data: ReportData,
	kinds?: readonly QuestionKind[]
): Confusion {
	const counts: Record<string, Record<string, number>> = {};
	const rowTotals: Record<string, number> = {};
	const seen = new Set<string>();
	const asRight = new Set<string>();
	let total = 0;
	let worst: WorstConfusion | null = null;
	for (const q of report.questions) {
		if (kinds && !kinds.includes(q.kind)) continue;
		// Per question: wrong (right, chosen) pairs by student count, and students per right source.
		const wrong = new Map<string, number>();
		const answered = new Map<string, number>();
		for (const entry of accepted) {
			for (const { right, chosen } of sourcePairs(q, entry.results.answers[q.id], data)) {
				seen.add(right).add(chosen);
				asRight.add(right);
				const row = (counts[right] ??= {});
				row[chosen] = (row[chosen] ?? 0) + 1;
				rowTotals[right] = (rowTotals[right] ?? 0) + 1;
				total++;
				answered.set(right, (answered.get(right) ?? 0) + 1);
				if (right !== chosen) {
					const key = `${right}\n${chosen}`;
					wrong.set(key, (wrong.get(key) ?? 0) + 1);
				}
			}
		}
		for (const [key, count] of wrong) {
			const [right, chosen] = key.split('\n') as [string, string];
			const of = answered.get(right)!;
			if (!worst || count > worst.count || (count === worst.count && of < worst.of)) {
				worst = { question: q, right, chosen, count, of };
			}
		}
	}
	const order = [...Object.keys(data.speakers), ARTICLE_SOURCE];
	return {
		rows: order.filter((id) => asRight.has(id)),
		columns: order.filter((id) => seen.has(id)),
		counts,
		rowTotals,
		total,
		worst
	};
}

/** A source's name for people: the speaker's name, or “the article’s writer”. */
export function sourceName(id: string, data: ReportData): string {
	if (id === ARTICLE_SOURCE) return 'The article’s writer';
	return data.speakers[id] ?? id;
}

/** The biggest confusion in one plain sentence: “7 of 12 students credited Ukraine’s figure to U.S. intelligence.” */
export function describeConfusion(w: WorstConfusion, data: ReportData): string {
	const inText = (id: string) =>
		id === ARTICLE_SOURCE ? 'the article’s writer' : sourceName(id, data);
	const right = inText(w.right);
	const chosen = inText(w.chosen);
	const who = `${w.count} of ${w.of} ${w.of === 1 ? 'student' : 'students'}`;
	switch (w.question.kind) {
		case 'whose-estimate':
		case 'match-estimates':
			return `${who} credited ${possessive(right)} figure to ${chosen}.`;
		case 'who-said':
		case 'source-or-author':
			return `${who} credited ${possessive(right)} words to ${chosen}.`;
		case 'who-is':
			return `${who} confused ${right} with ${chosen}.`;
		default:
			return `${who} chose ${chosen} where the answer was ${right}.`;
	}
}

/** “Ukraine’s”, “U.S. officials’”. */
function possessive(name: string): string {
	return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

import type { Results } from '../assign/types';
import type { QuestionKind } from '../generate/types';
import type { Accepted } from './import';
import type { ReportData, ReportQuestion } from './types';

/** The writer of the article, as a source: what a choice's `ref` says when nobody is credited. */
export const ARTICLE_SOURCE = 'article';

/**
 * One answer that credits a source: a student's answer to a question whose right answer is a source.
 * In a matching question each figure the student placed is one answer, credited to the source it was
 * placed beside (a port authority's figure placed beside Norway credits that figure to Norway).
 */
export interface SourceAnswer {
	question: ReportQuestion;
	/** Index of the student in the accepted results. */
	student: number;
	/** The source the question's answer belongs to. */
	right: string;
	/** The source the student credited. */
	chosen: string;
}

/**
 * The source-confusion matrix. Rows and columns are the same sources in the same order, so right answers
 * lie on the diagonal. Every cell counts one thing: `counts[right][chosen]` is the number of source answers
 * (see SourceAnswer) whose right source is the row and whose chosen source is the column.
 */
export interface Confusion {
	/** Every source that was right or chosen, in the order the bank lists its speakers, the writer last. */
	sources: string[];
	counts: Record<string, Record<string, number>>;
	/** Answers per row: every source answer whose right source is the row. */
	rowTotals: Record<string, number>;
	/** Answers counted in all. */
	total: number;
	/** The largest cell off the diagonal (the first in row order on a tie); null when none. */
	worst: Cell | null;
}

/** One cell of the matrix and what stands behind its number. */
export interface Cell {
	right: string;
	chosen: string;
	/** The cell's number: the answers it counts. */
	count: number;
	/** Answers whose right source is the row. */
	of: number;
	/** The questions behind the cell, in bank order, each with the students whose answers it counts. */
	questions: Array<{ question: ReportQuestion; students: number[] }>;
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

/** Every source answer of the accepted results to the given questions (of the given kinds, if any). */
export function sourceAnswers(
	questions: readonly ReportQuestion[],
	accepted: readonly Accepted[],
	data: ReportData,
	kinds?: readonly QuestionKind[]
): SourceAnswer[] {
	const out: SourceAnswer[] = [];
	for (const question of questions) {
		if (kinds && !kinds.includes(question.kind)) continue;
		accepted.forEach((entry, student) => {
			for (const pair of sourcePairs(question, entry.results.answers[question.id], data))
				out.push({ question, student, ...pair });
		});
	}
	return out;
}

/** The matrix of the given source answers. */
export function confusionOf(answers: readonly SourceAnswer[], data: ReportData): Confusion {
	const counts: Record<string, Record<string, number>> = {};
	const rowTotals: Record<string, number> = {};
	const seen = new Set<string>();
	for (const { right, chosen } of answers) {
		seen.add(right).add(chosen);
		const row = (counts[right] ??= {});
		row[chosen] = (row[chosen] ?? 0) + 1;
		rowTotals[right] = (rowTotals[right] ?? 0) + 1;
	}
	const sources = [...Object.keys(data.speakers), ARTICLE_SOURCE].filter((id) => seen.has(id));
	let worst: { right: string; chosen: string; count: number } | null = null;
	for (const right of sources) {
		for (const chosen of sources) {
			const count = counts[right]?.[chosen] ?? 0;
			if (right !== chosen && count > (worst?.count ?? 0)) worst = { right, chosen, count };
		}
	}
	return {
		sources,
		counts,
		rowTotals,
		total: answers.length,
		worst: worst && cellOf(answers, worst.right, worst.chosen)
	};
}

/** What stands behind one cell: the same answers its number counts, by question and student. */
export function cellOf(answers: readonly SourceAnswer[], right: string, chosen: string): Cell {
	const questions: Cell['questions'] = [];
	let count = 0;
	let of = 0;
	for (const a of answers) {
		if (a.right !== right) continue;
		of++;
		if (a.chosen !== chosen) continue;
		count++;
		const last = questions.at(-1);
		if (last?.question === a.question) last.students.push(a.student);
		else questions.push({ question: a.question, students: [a.student] });
	}
	return { right, chosen, count, of, questions };
}

/** Students behind a cell, each once, in import order. */
export function cellStudents(cell: Cell): number[] {
	return [...new Set(cell.questions.flatMap((q) => q.students))].sort((a, b) => a - b);
}

/** A source's name for people: the speaker's name, or “the article’s writer”. */
export function sourceName(id: string, data: ReportData): string {
	if (id === ARTICLE_SOURCE) return 'The article’s writer';
	return data.speakers[id] ?? id;
}

const ESTIMATE_KINDS: readonly QuestionKind[] = ['whose-estimate', 'match-estimates'];
const WORDS_KINDS: readonly QuestionKind[] = ['who-said', 'source-or-author'];

/**
 * A cell in one plain sentence, its number first, as the cell shows it: “3 answers credited Norway’s
 * figures to the city council, by 2 students in 2 questions (out of 9 answers where Norway was the
 * right source).”
 */
export function describeCell(cell: Cell, data: ReportData): string {
	const inText = (id: string) =>
		id === ARTICLE_SOURCE ? 'the article’s writer' : sourceName(id, data);
	const right = inText(cell.right);
	const chosen = inText(cell.chosen);
	const kinds = cell.questions.map((q) => q.question.kind);
	const what =
		cell.right === cell.chosen
			? `named ${chosen}, the right source`
			: kinds.every((k) => ESTIMATE_KINDS.includes(k))
				? `credited ${possessive(right)} ${cell.questions.length === 1 ? 'figure' : 'figures'} to ${chosen}`
				: kinds.every((k) => WORDS_KINDS.includes(k))
					? `credited ${possessive(right)} words to ${chosen}`
					: kinds.every((k) => k === 'who-is')
						? `confused ${right} with ${chosen}`
						: `chose ${chosen} where the answer was ${right}`;
	const students = cellStudents(cell).length;
	const questions = cell.questions.length;
	const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
	return (
		`${plural(cell.count, 'answer')} ${what}, by ${plural(students, 'student')} in ` +
		`${plural(questions, 'question')} (out of ${plural(cell.of, 'answer')} where ${right} was the right source).`
	);
}

/** “Norway’s”, “the mayors’”. */
function possessive(name: string): string {
	return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/**
 * Widths of the matrix drawn as a grid, in rem: the row names, one narrow column per source (its name
 * runs upwards in the header) and the answers column. Kept beside the component's CSS values.
 */
export const GRID_REM = { names: 10, source: 2.75, answers: 4.5 };

/** True when the grid of `sources` fits `width` px, so it is drawn whole and never scrolls inside. */
export function gridFits(sources: number, width: number, rem = 16): boolean {
	return width >= (GRID_REM.names + sources * GRID_REM.source + GRID_REM.answers) * rem;
}

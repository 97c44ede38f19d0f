import type { Assignment } from '../assign/types';
import type { Accepted } from './import';
import type { Cell } from './matrix';
import { questionsAnswered } from './report';
import type { ReportChoice, ReportData, ReportQuestion } from './types';

/** One option of a question and the students who picked it (indexes into the accepted results). */
export interface OptionPicks {
	id: string;
	text: string;
	right: boolean;
	students: number[];
}

/** One part of a question: the whole question, or one item of a matching question. */
export interface PartPicks {
	/** The item's text for a matching question; null for a question with one answer. */
	item: string | null;
	/** The right option first, then the wrong ones, most picked first. */
	options: OptionPicks[];
	/** Students who were asked the question and left this part blank. */
	blank: number[];
}

/** Who picked what in one question: the drill-down behind its rate. */
export interface Breakdown {
	question: ReportQuestion;
	/** Students who were asked it, as the question's rate counts them. */
	asked: number;
	parts: PartPicks[];
}

/**
 * Every student's pick in one question. A student counts when asked the question, as the rate does;
 * one who answered an earlier version of it is shown with that version's choice texts.
 */
export function breakdown(
	question: ReportQuestion,
	accepted: readonly Accepted[],
	assignment: Assignment,
	data: ReportData,
	current: readonly ReportQuestion[]
): Breakdown {
	const items = question.kind === 'match-estimates' ? question.items : [null];
	const parts = items.map((item) => ({
		item,
		picks: new Map<string, OptionPicks>(),
		blank: [] as number[]
	}));
	const option = (part: (typeof parts)[number], asked: ReportQuestion, id: string) => {
		let o = part.picks.get(id);
		if (!o) {
			const choice: ReportChoice | undefined =
				asked.choices.find((c) => c.id === id) ?? question.choices.find((c) => c.id === id);
			o = { id, text: choice?.text ?? id, right: false, students: [] };
			part.picks.set(id, o);
		}
		return o;
	};
	for (const part of parts) {
		const right = rightChoice(question, part.item);
		for (const c of question.choices)
			part.picks.set(c.id, { id: c.id, text: c.text, right: c.id === right, students: [] });
	}
	let asked = 0;
	accepted.forEach((entry, student) => {
		const answers = entry.results.answers;
		const on = questionsAnswered(answers, assignment, data, current, entry.answeredOn);
		const version = on.questions.find((q) => q.id === question.id);
		if (!version) return;
		asked++;
		const answer = answers[question.id];
		for (const part of parts) {
			const pick =
				part.item === null
					? typeof answer === 'string'
						? answer
						: undefined
					: typeof answer === 'object'
						? answer[part.item.id]
						: undefined;
			if (pick === undefined) part.blank.push(student);
			else option(part, version, pick).students.push(student);
		}
	});
	return {
		question,
		asked,
		parts: parts.map((p) => ({
			item: p.item?.text ?? null,
			options: [...p.picks.values()].sort(
				(a, b) => Number(b.right) - Number(a.right) || b.students.length - a.students.length
			),
			blank: p.blank
		}))
	};
}

/** The right choice's id for the question, or for one item of a matching question. */
function rightChoice(q: ReportQuestion, item: ReportChoice | null): string | undefined {
	if (q.kind === 'match-estimates') return item ? q.answer[item.id] : undefined;
	return q.answer;
}

/** Names for a sentence, the first `max` of them: “Ana, Ben and Cy”, “Ana, Ben and 3 more”. */
export function listNames(names: readonly string[], max = 30): string {
	if (names.length <= max) {
		return names.length < 2
			? (names[0] ?? '')
			: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	}
	return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** What the drill-down shows: the answers behind a cell of the matrix, or who picked what in a question. */
export type Detail = { kind: 'cell'; cell: Cell } | { kind: 'question'; question: ReportQuestion };

import { assignmentQuestions } from '../assign/results-code';
import type { Assignment, Results } from '../assign/types';
import type { QuestionKind } from '../generate/types';
import { isCorrect } from '../quiz/grade';
import type { QuizQuestion } from '../quiz/question';
import type { Accepted } from './import';
import { confusionOf, isSourceQuestion, sourceAnswers, type Confusion } from './matrix';
import type { ReportData, ReportQuestion, ReportSection } from './types';

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
	// The earlier version's questions of the same sections, less those the teacher left out.
	const old = assignmentQuestions(
		then.questions,
		data.sections.map((s) => s.id),
		assignment
	);
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
	// The questions asked: those the teacher left out are not graded (students never saw them).
	const questions = assignmentQuestions(
		data.questions,
		data.sections.map((s) => s.id),
		assignment
	);
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
	return confusionOf(sourceAnswers(report.questions, accepted, data, kinds), data);
}

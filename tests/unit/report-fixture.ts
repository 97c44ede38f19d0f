// The shipped bank and made-up students' results, shared by the class report's tests.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/lib/article/parse';
import type { Assignment, Results } from '../../src/lib/assign/types';
import { parseBank } from '../../src/lib/bank/parse';
import { articleTag, encodeAssignment } from '../../src/lib/report/codec';
import { toReportData } from '../../src/lib/report/data';
import { classify, type Candidate } from '../../src/lib/report/import';
import { buildReport, type ClassReport } from '../../src/lib/report/report';
import type { ReportData, ReportQuestion } from '../../src/lib/report/types';

export const SLUG = 'north-korean-troops';
export const bank = parseBank(JSON.parse(readFileSync(`questions/${SLUG}/bank.json`, 'utf8')));
export const article = parseArticle(readFileSync(`questions/${SLUG}/article.md`, 'utf8'));
export const data: ReportData = toReportData(bank, article, SLUG);

export const assignment = (over: Partial<Assignment> = {}): Assignment => ({
	version: 1,
	article: articleTag(SLUG),
	bank: data.bank,
	title: 'Homework 3',
	sections: [2, 4],
	mode: 'graded',
	requireName: true,
	...over
});
export const CODE = encodeAssignment(assignment());

export const sectionId = (n: number) => data.sections[n - 1]!.id;
export const questionsOf = (...ns: number[]) =>
	data.questions.filter((q) => ns.some((n) => q.section === sectionId(n)));

export type Answer = Results['answers'][string];
export const right = (q: ReportQuestion): Answer => q.answer;
export const wrong = (q: ReportQuestion): Answer => {
	if (q.kind === 'match-estimates') {
		const ids = q.items.map((i) => q.answer[i.id]!);
		return Object.fromEntries(q.items.map((i, k) => [i.id, ids[(k + 1) % ids.length]!]));
	}
	return q.choices.find((c) => c.id !== q.answer)!.id;
};

let serial = 0;
/** A student's results for the default assignment; `pick` answers each question. */
export function results(
	student: string,
	pick: (q: ReportQuestion) => Answer | undefined = right,
	code = CODE
): Results {
	const answers: Results['answers'] = {};
	for (const q of questionsOf(2, 4)) {
		const a = pick(q);
		if (a !== undefined) answers[q.id] = a;
	}
	serial++;
	return {
		format: 'crosscheck-results',
		version: 1,
		assignment: code,
		title: 'Homework 3',
		student,
		answers,
		finishedAt: `2026-11-27T10:${String(serial % 60).padStart(2, '0')}:00.000Z`,
		checksum: `sum${serial}`
	};
}
export const ok = (source: string, value: Results): Candidate => ({
	source,
	outcome: { ok: true, value }
});

export function report(candidates: Candidate[]): ClassReport {
	const c = classify(candidates, data);
	return buildReport(c.accepted, c.expected!.assignment, data);
}

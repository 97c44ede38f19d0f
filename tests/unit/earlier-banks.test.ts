import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse';
import { archiveOf, parseArchive } from '../../src/lib/bank/archive';
import { parseBank } from '../../src/lib/bank/parse';
import type { Assignment, Results } from '../../src/lib/assign/types';
import {
	articleTag,
	assignmentQuestions,
	encodeAssignment,
	encodeResultsCode
} from '../../src/lib/report/codec';
import { toReportData } from '../../src/lib/report/data';
import { classify, readInputs } from '../../src/lib/report/import';
import { buildReport } from '../../src/lib/report/report';
import type { ReportQuestion } from '../../src/lib/report/types';
import { openAssignment, updateNote } from '../../src/lib/student/assignment';

// A link handed out before `npm run generate` changed the questions must still open, and the results
// handed in for it — before or after the update — must still be graded.
const SLUG = 'north-korean-troops';
const DIR = `questions/${SLUG}/archive`;
const bank = parseBank(JSON.parse(readFileSync(`questions/${SLUG}/bank.json`, 'utf8')));
const article = parseArticle(readFileSync(`questions/${SLUG}/article.md`, 'utf8'));
const archived = readdirSync(DIR).map((f) =>
	parseArchive(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')), f)
);
// An earlier bank and a section whose questions it does not all have: the case a note is for.
const newIn = (b: (typeof archived)[number]) =>
	article.sections
		.map((section, i) => ({ number: i + 1, id: section.id }))
		.filter(({ id }) =>
			bank.questions.some((q) => q.section === id && !b.questions.some((o) => o.id === q.id))
		);
const then = archived.find((b) => newIn(b).length > 0)!;
const changed = newIn(then)[0]!.number;
const data = toReportData(bank, article, SLUG, archived);
const site = {
	articleTag: articleTag(SLUG),
	bank: bank.version,
	earlier: archived.map((b) => b.version),
	sections: article.sections.length
};
const old: Assignment = {
	version: 1,
	article: articleTag(SLUG),
	bank: then.version,
	title: 'Before the update',
	sections: [...new Set([1, changed])],
	mode: 'graded',
	requireName: true
};
const code = encodeAssignment(old);
const sectionIds = article.sections.map((s) => s.id);

describe('the archive of earlier banks', () => {
	it('keeps, for each earlier version, what reading and grading its hand-ins needs', () => {
		expect(archived.length).toBeGreaterThan(0);
		for (const b of archived) {
			expect(b.version).not.toBe(bank.version);
			expect(b.questions.length).toBeGreaterThan(0);
		}
		// The archive of a bank is its questions without claims, evidence or explanations.
		const kept = archiveOf(bank);
		expect(kept.version).toBe(bank.version);
		expect(kept.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
		expect(JSON.stringify(kept)).not.toMatch(/"evidence"|"explanation"|"claims"/);
		expect(parseArchive(JSON.parse(JSON.stringify(kept)), 'x')).toEqual(kept);
		expect(() => parseArchive({ version: 'nope' }, 'bad.json')).toThrow(/^bad\.json: /);
	});
});

describe('a student with a link made before the update', () => {
	it('opens it, and is told how many of the questions are new', () => {
		const opened = openAssignment(code, site);
		expect(opened.ok).toBe(true);
		// A site without the archive refuses it, as before.
		expect(openAssignment(code, { ...site, earlier: [] })).toMatchObject({
			ok: false,
			error: expect.stringMatching(/earlier version of the questions/)
		});
		const had = new Set(then.questions.map((q) => q.id));
		const chosen = old.sections.map((n) => sectionIds[n - 1]);
		const ids = bank.questions.filter((q) => chosen.includes(q.section));
		const fresh = ids.filter((q) => !had.has(q.id)).length;
		expect(fresh).toBeGreaterThan(0);
		const note = updateNote(
			old,
			{
				bank: bank.version,
				sectionIds,
				questionCounts: article.sections.map(
					(s) => bank.questions.filter((q) => q.section === s.id).length
				)
			},
			[
				{
					version: then.version,
					changed: Object.fromEntries(
						sectionIds.map((id) => [
							id,
							bank.questions.filter((q) => q.section === id && !had.has(q.id)).length
						])
					)
				}
			]
		);
		expect(note).toContain(`${fresh} of the ${ids.length} questions`);
		expect(
			updateNote(
				{ ...old, bank: bank.version },
				{ bank: bank.version, sectionIds, questionCounts: [] },
				[]
			)
		).toBeNull();
	});
});

describe('the class report of a link made before the update', () => {
	const facts = (student: string, questions: readonly ReportQuestion[]) => ({
		assignment: code,
		title: old.title,
		student,
		answers: Object.fromEntries(questions.map((q) => [q.id, q.answer])) as Results['answers'],
		finishedAt: '2026-11-30T09:00:00.000Z'
	});
	const oldQuestions = assignmentQuestions(then.questions, sectionIds, old);
	const newQuestions = assignmentQuestions(data.questions, sectionIds, old);

	it('reads a code handed in before the update and one handed in after', () => {
		const before = encodeResultsCode(facts('Ana', oldQuestions), oldQuestions);
		const after = encodeResultsCode(facts('Ben', newQuestions), newQuestions);
		const read = readInputs(
			[
				{ kind: 'code', source: 'before', text: before },
				{ kind: 'code', source: 'after', text: after }
			],
			data
		);
		expect(read.map((r) => r.outcome.ok)).toEqual([true, true]);
		const { accepted, expected } = classify(read, data);
		const report = buildReport(accepted, expected!.assignment, data);
		// Each student is graded on the questions they answered, all of them right.
		const ana = report.students.find((s) => s.label === 'Ana');
		const ben = report.students.find((s) => s.label === 'Ben');
		expect(ana).toMatchObject({
			earlier: true,
			total: { right: oldQuestions.length, total: oldQuestions.length }
		});
		expect(ben).toMatchObject({
			earlier: false,
			total: { right: newQuestions.length, total: newQuestions.length }
		});
		expect(report.earlierResults).toBe(1);
		// A question that did not change counts both students; a new one only the second.
		const kept = new Set(oldQuestions.map((q) => q.id));
		for (const rate of report.rates) expect(rate.students).toBe(kept.has(rate.question.id) ? 2 : 1);
	});

	it('still refuses a version this site never had', () => {
		const unknown = encodeAssignment({ ...old, bank: 'zzzzzzzz' });
		const read = readInputs(
			[
				{
					kind: 'code',
					source: 'x',
					text: encodeResultsCode(
						{ ...facts('Cy', newQuestions), assignment: unknown },
						newQuestions
					)
				}
			],
			data
		);
		expect(read[0]!.outcome).toMatchObject({
			ok: false,
			error: expect.stringMatching(/another version/)
		});
	});
});

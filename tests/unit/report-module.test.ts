// The class report for a module: its data made from the bank the browser builds, its imports kept
// apart, and results for another module or for the built-in article refused with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionTag } from '../../src/lib/assign/assignment';
import type { Assignment, Results } from '../../src/lib/assign/types';
import { buildBank } from '../../src/lib/bank/build';
import { moduleSlug } from '../../src/lib/module/cache';
import { moduleId } from '../../src/lib/module/id';
import {
	articleTag,
	assignmentQuestions,
	encodeAssignment,
	encodeResultsCode,
	toResultsFile
} from '../../src/lib/report/codec';
import {
	BUILT_IN_ARTICLE,
	classify,
	expectedFrom,
	OTHER_ARTICLE,
	OTHER_MODULE,
	readInputs,
	type Input
} from '../../src/lib/report/import';
import { keptKey } from '../../src/lib/report/kept';
import { moduleReportData } from '../../src/lib/report/module';
import { buildReport } from '../../src/lib/report/report';
import type { ReportData, ReportQuestion } from '../../src/lib/report/types';
import {
	CODE as BUILT_IN_CODE,
	data as builtIn,
	results as builtInResults
} from './report-fixture';

/** A practice article made into a module, built in Node as the teacher's browser builds it. */
function practiceModule(file: string, omit: string[] = []) {
	const article = readFileSync(`tests/fixtures/practice/${file}`, 'utf8');
	const review = { fixes: [] };
	const slug = moduleSlug(moduleId({ article, review }));
	const built = buildBank(article, { slug, review });
	return { slug, built, data: moduleReportData(built, { slug, omit }, builtIn.slug) };
}

const flood = practiceModule('01-flood.md');
const wildfire = practiceModule('02-wildfire.md');

const assignmentFor = (m: { slug: string; data: ReportData }, over: Partial<Assignment> = {}) =>
	({
		version: 2,
		article: articleTag(m.slug),
		bank: m.data.bank,
		title: 'Flood reading',
		sections: [1, 2],
		mode: 'graded',
		requireName: true,
		...over
	}) satisfies Assignment;

/** A student's hand-in for `a` on module `m`: every question asked answered by `pick`. */
function handIn(
	m: { data: ReportData },
	a: Assignment,
	student: string,
	pick: (q: ReportQuestion) => Results['answers'][string] = (q) => q.answer
) {
	const asked = assignmentQuestions(
		m.data.questions,
		m.data.sections.map((s) => s.id),
		a
	);
	const facts = {
		assignment: encodeAssignment(a),
		title: a.title,
		student,
		answers: Object.fromEntries(asked.map((q) => [q.id, pick(q)])),
		finishedAt: '2026-12-03T10:00:00.000Z'
	};
	return { asked, file: toResultsFile(facts), code: encodeResultsCode(facts, asked) };
}

const file = (source: string, text: string): Input => ({
	kind: 'file',
	source,
	size: text.length,
	text
});
const code = (source: string, text: string): Input => ({ kind: 'code', source, text });
const sort = (inputs: Input[], data: ReportData) => classify(readInputs(inputs, data), data);

describe('a module’s report data', () => {
	it('is the module’s bank under the module’s slug, with its title and the built-in slug', () => {
		expect(flood.slug).toMatch(/^m-[0-9a-z]{10}$/);
		expect(flood.data.slug).toBe(flood.slug);
		expect(flood.data.bank).toBe(flood.built.bank.version);
		expect(flood.data.questions.map((q) => q.id)).toEqual(
			flood.built.bank.questions.map((q) => q.id)
		);
		expect(flood.data.sections).toHaveLength(flood.built.article.sections.length);
		expect(flood.data.module).toEqual({ title: flood.built.article.title, builtIn: builtIn.slug });
		expect(flood.data.earlier).toEqual([]);
	});

	it('leaves out the questions the teacher left out of the module', () => {
		const left = flood.built.bank.questions[0]!.id;
		const m = practiceModule('01-flood.md', [left]);
		expect(m.data.questions.map((q) => q.id)).not.toContain(left);
		expect(m.data.questions).toHaveLength(flood.built.bank.questions.length - 1);
	});

	it('keeps its imports under its own key, apart from the built-in article’s and other modules’', () => {
		const keys = [builtIn.slug, flood.slug, wildfire.slug].map(keptKey);
		expect(new Set(keys).size).toBe(3);
		expect(keptKey(flood.slug)).toBe(`crosscheck:report:v1:${flood.slug}`);
	});
});

describe('importing into a module’s report', () => {
	const a = assignmentFor(flood);
	const ana = handIn(flood, a, 'Ana');
	const ben = handIn(flood, a, 'Ben', (q) =>
		q.kind === 'match-estimates' ? q.answer : q.choices.find((c) => c.id !== q.answer)!.id
	);

	it('accepts this module’s results files and codes and grades them on its questions', () => {
		const c = sort([file('ana.json', ana.file), code('Pasted code 1', ben.code)], flood.data);
		expect(c.refused).toEqual([]);
		expect(c.accepted.map((x) => x.label)).toEqual(['Ana', 'Ben']);
		const r = buildReport(c.accepted, c.expected!.assignment, flood.data);
		const n = ana.asked.length;
		const matching = ana.asked.filter((q) => q.kind === 'match-estimates').length;
		expect(n).toBeGreaterThan(0);
		expect(r.students.map((s) => s.total)).toEqual([
			{ right: n, total: n },
			{ right: matching, total: n }
		]);
	});

	it('refuses another module’s results, as files and as codes, saying so in one sentence', () => {
		const other = handIn(wildfire, assignmentFor(wildfire, { sections: [1] }), 'Cy');
		const c = sort(
			[file('cy.json', other.file), code('Pasted code 1', other.code), file('ana.json', ana.file)],
			flood.data
		);
		expect(c.refused).toEqual([
			{ source: 'cy.json', reason: OTHER_MODULE },
			{ source: 'Pasted code 1', reason: OTHER_MODULE }
		]);
		expect(c.accepted.map((x) => x.label)).toEqual(['Ana']);
		expect(OTHER_MODULE).toMatch(/^It is for another module than this report’s[^.]*\.$/);
	});

	it('refuses the built-in article’s results, naming the built-in article', () => {
		const dee = builtInResults('Dee');
		const c = sort([file('dee.json', toResultsFile(dee))], flood.data);
		expect(c.refused).toEqual([{ source: 'dee.json', reason: BUILT_IN_ARTICLE }]);
		expect(BUILT_IN_ARTICLE).toMatch(/built-in article, not this module/);
	});

	it('and the built-in report refuses a module’s results, without claiming which it is', () => {
		const c = sort([file('ana.json', ana.file), code('Pasted code 1', ben.code)], builtIn);
		expect(c.refused.map((x) => x.reason)).toEqual([OTHER_ARTICLE, OTHER_ARTICLE]);
		expect(OTHER_ARTICLE).toMatch(/another article than this report’s, or for a module/);
	});

	it('refuses results made when the module’s questions were written differently', () => {
		const stale = handIn(flood, { ...a, bank: 'zzzzzzzz' }, 'Eve');
		const c = sort([file('eve.json', stale.file)], flood.data);
		expect(c.refused[0]!.reason).toMatch(/wrote this module’s questions differently/);
	});

	it('grades a module whose teacher left a question out on the questions it asks', () => {
		const left = flood.built.bank.questions.find(
			(q) => q.section === flood.data.sections[0]!.id
		)!.id;
		const m = practiceModule('01-flood.md', [left]);
		const fay = handIn(m, assignmentFor(m), 'Fay');
		expect(fay.asked.map((q) => q.id)).not.toContain(left);
		const c = sort([code('Pasted code 1', fay.code), file('fay.json', fay.file)], m.data);
		expect(c.refused).toEqual([]);
		const r = buildReport(c.accepted, c.expected!.assignment, m.data);
		const n = fay.asked.length;
		expect(r.students[0]!.total).toEqual({ right: n, total: n });
		expect(r.rates.map((x) => x.question.id)).not.toContain(left);
	});

	it('also leaves out what the assignment leaves out', () => {
		const left = ana.asked[1]!.id;
		const b = assignmentFor(flood, { omit: [questionTag(left)] });
		const gus = handIn(flood, b, 'Gus');
		const c = sort([code('Pasted code 1', gus.code)], flood.data);
		expect(c.refused).toEqual([]);
		const r = buildReport(c.accepted, c.expected!.assignment, flood.data);
		expect(r.students[0]!.total).toEqual({ right: gus.asked.length, total: ana.asked.length - 1 });
	});
});

describe('the assignment a module’s report is for', () => {
	const a = assignmentFor(flood);
	const CODE = encodeAssignment(a);

	it('is read from the code, the module’s assignment link or its report link', () => {
		for (const given of [
			CODE,
			`https://example.org/m/?a=${encodeURIComponent(CODE)}#m1abcdef`,
			`https://example.org/m/?a=${encodeURIComponent(CODE)}&s=2#m1abcdef`,
			`/teacher/report/?a=${encodeURIComponent(CODE)}#m1abcdef`
		]) {
			const e = expectedFrom(given, flood.data);
			expect(e.ok && e.value.code).toBe(CODE);
		}
	});

	it('refuses another module’s assignment and the built-in article’s', () => {
		const other = encodeAssignment(assignmentFor(wildfire));
		expect(expectedFrom(other, flood.data)).toEqual({ ok: false, error: OTHER_MODULE });
		expect(expectedFrom(BUILT_IN_CODE, flood.data)).toEqual({
			ok: false,
			error: BUILT_IN_ARTICLE
		});
		expect(expectedFrom(CODE, builtIn)).toEqual({ ok: false, error: OTHER_ARTICLE });
	});

	it('still reads the built-in links as before: the fragment, ?c= and a section page’s ?a=', () => {
		for (const given of [
			`http://x/a/#${BUILT_IN_CODE}`,
			`http://x/a/?c=${BUILT_IN_CODE}`,
			`http://x/section/2/?a=${encodeURIComponent(BUILT_IN_CODE)}`
		]) {
			const e = expectedFrom(given, builtIn);
			expect(e.ok && e.value.code).toBe(BUILT_IN_CODE);
		}
	});
});

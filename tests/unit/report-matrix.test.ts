import { describe, expect, it } from 'vitest';
import { breakdown, listNames } from '../../src/lib/report/breakdown';
import { classify } from '../../src/lib/report/import';
import {
	cellOf,
	cellStudents,
	confusionOf,
	describeCell,
	gridFits,
	isSourceQuestion,
	sourceAnswers,
	sourcePairs
} from '../../src/lib/report/matrix';
import { buildReport } from '../../src/lib/report/report';
import type { ReportQuestion } from '../../src/lib/report/types';
import { data, ok, questionsOf, results, right, type Answer } from './report-fixture';

const asked = questionsOf(2, 4);
const rightRef = (q: ReportQuestion) => q.choices.find((c) => c.id === q.answer)?.ref;
const refOf = (q: ReportQuestion, ref: string) => q.choices.find((c) => c.ref === ref)!.id;
// Section 2's question whose answer is South Korea's figure, with Ukraine among its choices.
const korea = asked.find(
	(q) =>
		q.kind === 'whose-estimate' &&
		rightRef(q) === 'south-korea' &&
		q.choices.some((c) => c.ref === 'ukraine')
)!;
// The matching question of section 4, with South Korea and Ukraine among its sources.
const match = asked.find((q) => q.kind === 'match-estimates')!;
if (match.kind !== 'match-estimates') throw new Error('no matching question');
const item = (ref: string) => match.items.find((i) => i.ref === ref)!;

/** A matching answer that swaps the figures of two sources and places the rest rightly. */
function swap(a: string, b: string): Answer {
	if (match.kind !== 'match-estimates') throw new Error('no matching question');
	const out = { ...match.answer };
	out[item(a).id] = match.answer[item(b).id]!;
	out[item(b).id] = match.answer[item(a).id]!;
	return out;
}

// Five students, as in a class: two credit South Korea's figure to Ukraine in section 2; one of them and
// one more swap South Korea's and Ukraine's figures in the matching question; one leaves section 2 blank.
const picks: Record<string, (q: ReportQuestion) => Answer | undefined> = {
	Ana: right,
	Ben: (q) =>
		q === korea ? refOf(q, 'ukraine') : q === match ? swap('south-korea', 'ukraine') : q.answer,
	Cy: (q) => (q === korea ? refOf(q, 'ukraine') : q.answer),
	Dee: (q) => (q === match ? swap('south-korea', 'ukraine') : q.answer),
	Eve: (q) => (q.section === korea.section ? undefined : q.answer)
};
const classified = classify(
	Object.entries(picks).map(([name, pick]) => ok(`${name}.json`, results(name, pick))),
	data
);
const accepted = classified.accepted;
const report = buildReport(accepted, classified.expected!.assignment, data);
const answers = sourceAnswers(report.questions, accepted, data);
const matrix = confusionOf(answers, data);
const labels = (students: number[]) => students.map((i) => accepted[i]!.label);

describe('source answers', () => {
	it('turns an answer into (right source, chosen source) pairs', () => {
		expect(sourcePairs(korea, refOf(korea, 'ukraine'), data)).toEqual([
			{ right: 'south-korea', chosen: 'ukraine' }
		]);
		expect(sourcePairs(korea, undefined, data)).toEqual([]);
		// Matching: swapping two figures credits each to the other source; the third is right.
		const third = match.kind === 'match-estimates' ? match.items[2]!.ref : '';
		expect(sourcePairs(match, swap(match.items[0]!.ref!, match.items[1]!.ref!), data)).toEqual([
			{ right: match.items[1]!.ref, chosen: match.items[0]!.ref },
			{ right: match.items[0]!.ref, chosen: match.items[1]!.ref },
			{ right: third, chosen: third }
		]);
		// A question about dates has no sources to confuse.
		const when = data.questions.find((q) => q.kind === 'when')!;
		expect(sourcePairs(when, when.choices[0]!.id, data)).toEqual([]);
	});
});

describe('the confusion matrix', () => {
	it('has the same sources as rows and columns, so right answers lie on the diagonal', () => {
		// Counted independently of the matrix: each right source answer, by its right source.
		const rightBySource = new Map<string, number>();
		const add = (ref: string | undefined) =>
			ref && rightBySource.set(ref, (rightBySource.get(ref) ?? 0) + 1);
		for (const entry of accepted) {
			for (const q of asked.filter((x) => isSourceQuestion(x, data))) {
				const a = entry.results.answers[q.id];
				if (q.kind === 'match-estimates') {
					for (const i of q.items)
						if (typeof a === 'object' && a[i.id] === q.answer[i.id]) add(i.ref);
				} else if (a === q.answer) add(rightRef(q));
			}
		}
		const diagonal = Object.fromEntries(matrix.sources.map((s) => [s, matrix.counts[s]?.[s] ?? 0]));
		expect(diagonal).toEqual(
			Object.fromEntries(matrix.sources.map((s) => [s, rightBySource.get(s) ?? 0]))
		);
		// Every source that was right or chosen is both a row and a column.
		for (const [r, row] of Object.entries(matrix.counts)) {
			expect(matrix.sources).toContain(r);
			for (const c of Object.keys(row)) expect(matrix.sources).toContain(c);
		}
		expect(new Set(matrix.sources).size).toBe(matrix.sources.length);
		expect(matrix.total).toBe(answers.length);
	});

	it('counts in a cell every answer behind it, the matching question’s included', () => {
		// Two in section 2's question, two in the matching question.
		expect(matrix.counts['south-korea']!['ukraine']).toBe(4);
		expect(matrix.counts['ukraine']!['south-korea']).toBe(2);
		const cell = cellOf(answers, 'south-korea', 'ukraine');
		expect(cell.count).toBe(4);
		expect(cell.questions.map((q) => [q.question.id, labels(q.students)])).toEqual([
			[korea.id, ['Ben', 'Cy']],
			[match.id, ['Ben', 'Dee']]
		]);
		expect(labels(cellStudents(cell))).toEqual(['Ben', 'Cy', 'Dee']);
		expect(cell.of).toBe(matrix.rowTotals['south-korea']);
		// The questions behind it add up to the cell.
		expect(cell.questions.reduce((n, q) => n + q.students.length, 0)).toBe(cell.count);
	});

	it('tells the biggest cell in a sentence whose number is the cell’s', () => {
		const worst = matrix.worst!;
		expect([worst.right, worst.chosen, worst.count]).toEqual(['south-korea', 'ukraine', 4]);
		expect(worst.count).toBe(matrix.counts[worst.right]![worst.chosen]);
		expect(describeCell(worst, data)).toBe(
			`4 answers credited South Korea’s figures to Ukraine, by 3 students in 2 questions (out of ${matrix.rowTotals['south-korea']} answers where South Korea was the right source).`
		);
		// Only the matching question counted, the sentence follows the smaller matrix; of two cells as
		// large, it tells the first in row order (the bank lists Ukraine before South Korea).
		const only = confusionOf(
			sourceAnswers(report.questions, accepted, data, ['match-estimates']),
			data
		);
		expect(only.worst).toMatchObject({ right: 'ukraine', chosen: 'south-korea', count: 2 });
		expect(describeCell(only.worst!, data)).toMatch(
			/^2 answers credited Ukraine’s figure to South Korea, by 2 students in 1 question /
		);
	});

	it('has no confusion to tell when everyone is right', () => {
		const all = classify([ok('a.json', results('A'))], data).accepted;
		const m = confusionOf(sourceAnswers(report.questions, all, data), data);
		expect(m.worst).toBeNull();
		expect(m.total).toBeGreaterThan(0);
	});

	it('is drawn as a grid only where the whole grid fits', () => {
		// Eight sources: a laptop's column holds the grid, a phone's does not.
		expect(gridFits(8, 728)).toBe(true);
		expect(gridFits(8, 372)).toBe(false);
	});
});

describe('who picked what', () => {
	it('lists each choice of a question with its students, agreeing with the question’s rate', () => {
		const rate = report.rates.find((r) => r.question.id === korea.id)!;
		const b = breakdown(korea, accepted, report.assignment, data, report.questions);
		const [part] = b.parts;
		expect(b.asked).toBe(rate.students);
		const [first, ...others] = part!.options;
		expect(first).toMatchObject({ id: korea.answer, right: true });
		expect(first!.students.length).toBe(rate.right);
		expect(labels(first!.students)).toEqual(['Ana', 'Dee']);
		// The wrong options, most picked first: Ukraine's twice, the others never.
		expect(others.map((o) => [o.text, labels(o.students)])).toEqual([
			[korea.choices.find((c) => c.ref === 'ukraine')!.text, ['Ben', 'Cy']],
			...korea.choices
				.filter((c) => c.id !== korea.answer && c.ref !== 'ukraine')
				.map((c) => [c.text, []])
		]);
		expect(labels(part!.blank)).toEqual(['Eve']);
		expect(part!.blank.length).toBe(rate.unanswered);
	});

	it('gives a matching question one list per item', () => {
		if (match.kind !== 'match-estimates') throw new Error('no matching question');
		const b = breakdown(match, accepted, report.assignment, data, report.questions);
		expect(b.parts.map((p) => p.item)).toEqual(match.items.map((i) => i.text));
		const ukraine = b.parts[match.items.indexOf(item('ukraine'))]!;
		const southKorean = match.choices.find((c) => c.id === match.answer[item('south-korea').id])!;
		expect(
			ukraine.options.find((o) => o.id === southKorean.id)!.students.map((i) => accepted[i]!.label)
		).toEqual(['Ben', 'Dee']);
		for (const p of b.parts)
			expect(p.options.reduce((n, o) => n + o.students.length, 0) + p.blank.length).toBe(b.asked);
	});

	it('names students in a sentence, the first few of a long list', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['Ana'])).toBe('Ana');
		expect(listNames(['Ana', 'Ben', 'Cy'])).toBe('Ana, Ben and Cy');
		expect(listNames(['Ana', 'Ben', 'Cy', 'Dee'], 2)).toBe('Ana, Ben and 2 more');
	});
});

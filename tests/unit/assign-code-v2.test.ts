import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	articleTag,
	assignmentIdentity,
	assignmentProblem,
	assignmentQuestions,
	decodeAssignment,
	encodeAssignment,
	groupedCode,
	MODES,
	questionTag,
	typedCode,
	type Assignment
} from '../../src/lib/assign/codec';
import { assignmentScope } from '../../src/lib/student/assignment';

const base: Assignment = {
	version: 2,
	article: articleTag('north-korean-troops'),
	bank: 'cung1v2z',
	title: 'Week 3: sources',
	sections: [1, 2, 3, 4, 5, 6],
	mode: 'graded',
	requireName: true,
	omit: []
};

const oneSentence = /^[A-Z][^\n]*[.!]$/;

const arbTags = fc
	.uniqueArray(fc.stringMatching(/^[0-9a-z]{3}$/), { maxLength: 12 })
	.map((t) => t.sort());

const arbAssignment: fc.Arbitrary<Assignment> = fc
	.record({
		version: fc.constant(2 as const),
		article: fc.stringMatching(/^[0-9a-z]{4}$/),
		bank: fc.stringMatching(/^[0-9a-z]{8}$/),
		title: fc.oneof(
			fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
			fc.stringMatching(/^[A-Za-z0-9 .:'’,é-]{1,60}$/)
		),
		sections: fc
			.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 40 })
			.map((s) => s.sort((a, b) => a - b)),
		mode: fc.constantFrom(...MODES),
		requireName: fc.boolean(),
		omit: arbTags
	})
	.filter((a) => assignmentProblem(a) === null);

/** What the same assignment reads as from its typed code: no title, only the title's tag. */
const untitled = (a: Assignment, code: string): Assignment => {
	const d = decodeAssignment(code);
	return { ...a, title: '', titleTag: d.ok ? d.value.titleTag : 'none' };
};

describe('format 2: a typed code and left-out questions', () => {
	it('writes a typed code of 21 characters for six sections, and the title after a dot', () => {
		const code = typedCode(base);
		expect(code).toMatch(/^2jrqncung1v2z[0-9a-z]{8}$/);
		expect(encodeAssignment(base)).toBe(`${code}.Week-3~3a-sources`);
		expect(groupedCode(code)).toMatch(/^(\w{4}-){5}\w$/);
		expect(decodeAssignment(encodeAssignment(base))).toEqual({ ok: true, value: base });
	});

	it('reads the typed code as people type it: grouped, spaced, upper case', () => {
		const code = typedCode(base);
		const got = decodeAssignment(` ${groupedCode(code).toUpperCase().replace(/-/g, ' - ')} `);
		expect(got.ok).toBe(true);
		if (!got.ok) return;
		expect(got.value).toEqual({ ...base, title: '', titleTag: got.value.titleTag });
		expect(got.value.titleTag).toMatch(/^[0-9a-z]{2}$/);
		// Read back without its title it is the same assignment: the same progress, the same report.
		expect(assignmentIdentity(got.value)).toBe(assignmentIdentity(base));
		expect(assignmentScope(got.value)).toBe(assignmentScope(base));
		expect(encodeAssignment(got.value)).toBe(code);
	});

	it('keeps two titles apart, and one title in any spelling together', () => {
		const other = { ...base, title: 'Week 4: sources' };
		expect(assignmentIdentity(other)).not.toBe(assignmentIdentity(base));
		expect(assignmentScope(other)).not.toBe(assignmentScope(base));
		const code = encodeAssignment(base);
		const dot = code.indexOf('.');
		const shouted = code.slice(0, dot).toUpperCase() + code.slice(dot);
		expect(decodeAssignment(shouted)).toEqual({ ok: true, value: base });
	});

	it('any valid assignment round-trips, with and without its title (property)', () => {
		fc.assert(
			fc.property(arbAssignment, (a) => {
				const code = encodeAssignment(a);
				expect(code.length).toBeLessThanOrEqual(300);
				expect(decodeAssignment(code)).toEqual({ ok: true, value: a });
				const typed = typedCode(a);
				expect(code.startsWith(`${typed}.`)).toBe(true);
				const read = decodeAssignment(groupedCode(typed));
				expect(read).toEqual({ ok: true, value: untitled(a, typed) });
				expect(read.ok && assignmentIdentity(read.value)).toBe(assignmentIdentity(a));
			}),
			{ numRuns: 500 }
		);
	});

	it('detects every mistyped character of a typed code (property)', () => {
		const typos = [...'0123456789abcdefghijklmnopqrstuvwxyzOIL'];
		fc.assert(
			fc.property(arbAssignment, fc.nat(), fc.constantFrom(...typos), (a, at, ch) => {
				const code = [...typedCode(a)];
				const i = at % code.length;
				fc.pre(code[i] !== ch.toLowerCase());
				const typed = [...code.slice(0, i), ch, ...code.slice(i + 1)].join('');
				const d = decodeAssignment(typed);
				expect(d.ok).toBe(false);
				if (!d.ok) expect(d.error).toMatch(oneSentence);
			}),
			{ numRuns: 2000 }
		);
	});

	it('detects a damaged title by its tag, and a lost or added character of the code', () => {
		const code = encodeAssignment(base);
		const d = decodeAssignment(code.replace('Week', 'Weak'));
		expect(!d.ok && d.error).toBe('The title in this assignment code is damaged.');
		const typed = typedCode(base);
		for (let i = 1; i < typed.length; i++) {
			const dropped = typed.slice(0, i) + typed.slice(i + 1);
			expect(decodeAssignment(dropped).ok).toBe(false);
		}
		expect(decodeAssignment(typed + '0').ok).toBe(false);
		expect(decodeAssignment(typed.slice(0, 12)).ok).toBe(false);
	});

	it('carries the questions left out, by tag, so the assignment asks only the others', () => {
		const bank = [
			{ id: 'qa', section: 's1' },
			{ id: 'qb', section: 's1' },
			{ id: 'qc', section: 's2' },
			{ id: 'qd', section: 's3' }
		];
		const a = { ...base, sections: [1, 2], omit: [questionTag('qb')] };
		const read = decodeAssignment(encodeAssignment(a));
		expect(read).toEqual({ ok: true, value: a });
		if (!read.ok) return;
		expect(assignmentQuestions(bank, ['s1', 's2', 's3'], read.value).map((q) => q.id)).toEqual([
			'qa',
			'qc'
		]);
		// A regenerated bank: the question kept its id, so it is still left out; a new one is asked.
		const regenerated = [{ id: 'qz', section: 's1' }, ...bank];
		expect(
			assignmentQuestions(regenerated, ['s1', 's2', 's3'], read.value).map((q) => q.id)
		).toEqual(['qz', 'qa', 'qc']);
		expect(assignmentIdentity(a)).not.toBe(assignmentIdentity({ ...a, omit: [] }));
	});

	it('names what is wrong with a choice of questions', () => {
		for (const [omit, message] of [
			[['ab'], /tags/],
			[['ABC'], /tags/],
			[['b00', 'a00'], /ascending/],
			[['a00', 'a00'], /ascending/]
		] as const) {
			const a = { ...base, omit: [...omit] };
			expect(assignmentProblem(a)).toMatch(message);
			expect(() => encodeAssignment(a)).toThrow(message);
		}
		expect(assignmentProblem({ ...base, title: '' })).toMatch(/tag of its title/);
		expect(() => typedCode({ ...base, version: 1, omit: [] })).toThrow(/format-2/);
	});

	it('refuses a typed code that is not one with a sentence, and never throws', () => {
		const typed = typedCode(base);
		const errorOf = (code: string) => {
			const d = decodeAssignment(code);
			return d.ok ? '' : d.error;
		};
		expect(errorOf(typed.slice(0, 16))).toMatch(/incomplete|damaged/);
		expect(errorOf('3' + typed.slice(1))).toMatch(/newer version/);
		expect(errorOf('1' + typed.slice(1))).toMatch(/title is missing/);
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (s) => {
				const d = decodeAssignment(`2${s}`);
				if (!d.ok) expect(d.error).toMatch(oneSentence);
			}),
			{ numRuns: 2000 }
		);
	});
});

import { describe, expect, it } from 'vitest';
import {
	assignmentQuestions,
	encodeAssignment,
	encodeResultsCode,
	toResultsFile
} from '../../src/lib/report/codec';
import * as XLSX from 'xlsx';
import { FIRST_ROWS, shownRows } from '../../src/lib/report/shown';
import { classTableCsv, classTableRows, csvField, toCsv } from '../../src/lib/report/csv';
import {
	classify,
	expectedFrom,
	MAX_FILE_BYTES,
	readInputs,
	splitCodes
} from '../../src/lib/report/import';
import { buildReport } from '../../src/lib/report/report';
import { questionTag } from '../../src/lib/assign/assignment';

import {
	assignment,
	CODE,
	article,
	bank,
	data,
	ok,
	questionsOf,
	report,
	results,
	right,
	sectionId,
	wrong
} from './report-fixture';

const pastedAll = (text: string) =>
	splitCodes(text).map((code, i) => ({
		kind: 'code' as const,
		source: `Pasted code ${i + 1}`,
		text: code
	}));

describe('page data', () => {
	it('keeps only what the report needs', () => {
		expect(data.bank).toBe(bank.version);
		expect(data.sections[0]).toEqual({
			id: article.sections[0]!.id,
			number: 1,
			heading: article.sections[0]!.heading
		});
		expect(data.questions).toHaveLength(bank.questions.length);
		for (const q of data.questions) {
			expect(Object.keys(q).sort()).toEqual(
				q.kind === 'match-estimates'
					? ['answer', 'choices', 'id', 'items', 'kind', 'prompt', 'section']
					: ['answer', 'choices', 'id', 'kind', 'prompt', 'section']
			);
		}
		expect(data.speakers['ukraine']).toBe('Ukraine');
		// No evidence or explanations: a field of that name anywhere (the text may use the word itself).
		expect(JSON.stringify(data)).not.toMatch(/"(?:evidence|explanation)":/);
	});
});

describe('reading inputs', () => {
	it('splits pasted codes on line breaks and blank lines, keeping pasted JSON whole', () => {
		expect(splitCodes('  CR1a\r\nCR1b\n\n\nCCC  \n')).toEqual(['CR1a', 'CR1b', 'CCC']);
		expect(splitCodes('{\n "a": 1\n}\n\nDDD')).toEqual(['{\n "a": 1\n}', 'DDD']);
		expect(splitCodes(' \n \n')).toEqual([]);
		// A long code wrapped by an e-mail program is one code; a new one starts with CR and a digit.
		expect(splitCodes('CR1abc.def\n  ghi.jkl\n> CR1xyz\ncr1qqq')).toEqual([
			'CR1abc.defghi.jkl',
			'> CR1xyz',
			'cr1qqq'
		]);
	});

	it('stays linear on a code followed by thousands of lines without spaces', () => {
		// Counts the characters the check reads: a growing code checked line by line would read n² of them.
		let read = 0;
		const isWhole = (c: string) => ((read += c.length), false);
		const lines = 5000;
		const text = `CR1abc\n${Array.from({ length: lines }, () => 'abcdefghij').join('\n')}`;
		const codes = splitCodes(text, isWhole);
		expect(codes.join('')).toBe(`CR1abc${'abcdefghij'.repeat(lines)}`);
		expect(codes.every((c) => c.length <= 4000)).toBe(true);
		expect(read).toBeLessThan(lines * 4000);
	});

	it('keeps a whole code apart from the lines a student writes around it', () => {
		const qs = assignmentQuestions(
			data.questions,
			data.sections.map((s) => s.id),
			assignment()
		);
		const code = encodeResultsCode(results('Ben', right), qs);
		const isWhole = (c: string) =>
			readInputs([{ kind: 'code', source: '', text: c }], data)[0]!.outcome.ok;
		// Sentences are left out; a word after a whole code is not glued onto it.
		expect(splitCodes(`Hi, my code:\n${code}\nThanks, Ben`, isWhole)).toEqual([code]);
		expect(splitCodes(`${code}\nBen`, isWhole)).toEqual([code, 'Ben']);
		// A code wrapped by an e-mail program is still joined: its first line is not whole.
		const wrapped = `${code.slice(0, 30)}\n${code.slice(30)}\nThanks!`;
		expect(splitCodes(wrapped, isWhole)).toEqual([code, 'Thanks!']);
	});

	it('reads results codes against their assignment’s questions, hostile names included', () => {
		const name = '<img src=x onerror=alert(1)>';
		const r = results(name, (q) => (q.section === sectionId(2) ? right(q) : undefined));
		const qs = assignmentQuestions(
			data.questions,
			data.sections.map((s) => s.id),
			assignment()
		);
		const code = encodeResultsCode(r, qs);
		const wrapped = `${code.slice(0, 30)}\n${code.slice(30)}`;
		const [read] = readInputs(pastedAll(wrapped), data);
		expect(read!.outcome).toMatchObject({
			ok: true,
			value: { student: name, answers: r.answers, assignment: CODE }
		});
		// A code for another article is refused as such, before its answers are read.
		const other = encodeResultsCode(
			{ ...r, answers: {}, assignment: encodeAssignment(assignment({ article: 'zzzz' })) },
			[]
		);
		expect(readInputs(pastedAll(other), data)[0]!.outcome).toEqual({
			ok: false,
			error: expect.stringMatching(/another article/)
		});
		expect(readInputs(pastedAll('hello'), data)[0]!.outcome).toEqual({
			ok: false,
			error: expect.stringMatching(/not a Crosscheck results code/)
		});
	});

	it('refuses a file over 1 MB without reading it, and a file that is not JSON', () => {
		const [big, notJson, good] = readInputs(
			[
				{ kind: 'file', source: 'video.mp4', size: MAX_FILE_BYTES + 1 },
				{ kind: 'file', source: 'notes.txt', size: 12, text: 'hello, class' },
				{ kind: 'file', source: 'ana.json', size: 100, text: toResultsFile(results('Ana')) }
			],
			data
		);
		expect(big!.outcome).toEqual({ ok: false, error: expect.stringMatching(/over 1 MB/) });
		expect(notJson!.outcome).toEqual({ ok: false, error: expect.stringMatching(/not JSON/) });
		expect(good!.outcome.ok).toBe(true);
	});

	it('refuses JSON that is not a results file, and a damaged code, with the codec’s reason', () => {
		const [json, code] = readInputs(
			[
				{ kind: 'file', source: 'package.json', size: 20, text: '{"name":"x"}' },
				{ kind: 'code', source: 'Pasted code 1', text: 'not-a-code!' }
			],
			data
		);
		expect(json!.outcome.ok).toBe(false);
		expect(code!.outcome.ok).toBe(false);
		if (!json!.outcome.ok) expect(json!.outcome.error.length).toBeGreaterThan(5);
	});
});

describe('sorting results', () => {
	it('takes the first accepted result’s assignment and refuses others with the reason', () => {
		const other = encodeAssignment(assignment({ title: 'Quiz', sections: [1] }));
		const c = classify(
			[
				{ source: 'broken.json', outcome: { ok: false, error: 'The file is damaged.' } },
				ok('ana.json', results('Ana')),
				ok('ben.json', results('Ben', right, other))
			],
			data
		);
		expect(c.expected).toMatchObject({ code: CODE, origin: 'first' });
		expect(c.accepted.map((a) => a.label)).toEqual(['Ana']);
		expect(c.refused).toEqual([
			{ source: 'broken.json', reason: 'The file is damaged.' },
			{
				source: 'ben.json',
				reason:
					'It is for another assignment (“Quiz”, section 1, graded) than the first result (“Homework 3”, sections 2 and 4, graded).'
			}
		]);
	});

	it('refuses results for another article or another version of the questions', () => {
		const c = classify(
			[
				ok('a.json', results('A', right, encodeAssignment(assignment({ article: 'zzzz' })))),
				ok('b.json', results('B', right, encodeAssignment(assignment({ bank: '00000000' }))))
			],
			data
		);
		expect(c.accepted).toEqual([]);
		expect(c.expected).toBeNull();
		expect(c.refused[0]!.reason).toMatch(/another article/);
		expect(c.refused[1]!.reason).toMatch(/another version of the questions/);
	});

	it('compares with the assignment the teacher gave, from a code or a whole link', () => {
		const link = expectedFrom(`https://school.example/crosscheck/a/#${CODE}`, data);
		expect(link).toMatchObject({ ok: true, value: { code: CODE, origin: 'link' } });
		const other = encodeAssignment(assignment({ sections: [4] }));
		const c = classify(
			[ok('ana.json', results('Ana', right, other))],
			data,
			link.ok ? link.value : null
		);
		expect(c.accepted).toEqual([]);
		expect(c.refused[0]!.reason).toMatch(/than the assignment this report is for/);
		expect(expectedFrom('', data).ok).toBe(false);
		expect(expectedFrom(encodeAssignment(assignment({ article: 'zzzz' })), data)).toEqual({
			ok: false,
			error: expect.stringMatching(/another article/)
		});
	});

	it('flags duplicates (same checksum, or same name and answers) and counts them once', () => {
		const ana = results('Ana');
		const again = { ...results(' ana  '), answers: { ...ana.answers } };
		const c = classify(
			[
				ok('ana.json', ana),
				ok('ana (1).json', { ...ana }),
				ok('Pasted code 1', again),
				ok('ana-retry.json', results('Ana', wrong)),
				ok('x.json', results('')),
				ok('y.json', results(''))
			],
			data
		);
		expect(c.duplicates).toEqual([
			{ source: 'ana (1).json', label: 'Ana', of: 'ana.json' },
			{ source: 'Pasted code 1', label: 'ana', of: 'ana.json' }
		]);
		// Same name, other answers: both count, and the second is pointed out.
		expect(c.accepted.map((a) => [a.label, a.sameNameAs])).toEqual([
			['Ana', undefined],
			['Ana', 'ana.json'],
			['No name 1', undefined],
			['No name 2', undefined]
		]);
		expect(buildReport(c.accepted, c.expected!.assignment, data).students).toHaveLength(4);
	});

	it('refuses answers that do not fit the assignment’s questions', () => {
		const stray = { ...results('Ana'), answers: { q0000000000: 'c0000000' } };
		const badChoice = results('Ben', (q) =>
			q.kind === 'match-estimates' ? { x: 'y' } : 'c0000000'
		);
		const c = classify([ok('a.json', stray), ok('b.json', badChoice)], data);
		expect(c.refused.map((r) => r.reason)).toEqual([
			'Its answers do not fit the questions of this assignment on this site.',
			'Its answers do not fit the questions of this assignment on this site.'
		]);
	});

	it('treats one assignment written in another case as the same assignment', () => {
		const [head, title] = CODE.split('.') as [string, string];
		const c = classify(
			[
				ok('a.json', results('Ana')),
				ok('b.json', results('Ben', right, `${head.toUpperCase()}.${title}`))
			],
			data
		);
		expect(c.accepted).toHaveLength(2);
	});

	it('keeps hostile names as they are: text, never markup', () => {
		const name = '<img src=x onerror=alert(1)>';
		const c = classify([ok('evil.json', results(name))], data);
		expect(c.accepted[0]!.label).toBe(name);
		expect(classTableRows(buildReport(c.accepted, c.expected!.assignment, data))[1]![0]).toBe(name);
	});
});

describe('class report', () => {
	const s2 = questionsOf(2);
	const s4 = questionsOf(4);
	const r = report([
		ok('ana.json', results('Ana')),
		ok('ben.json', results('Ben', wrong)),
		ok(
			'cy.json',
			results('Cy', (q) => (q.section === sectionId(2) ? right(q) : undefined))
		)
	]);

	it('scores first-attempt answers per student and section, with totals', () => {
		expect(r.sections.map((s) => s.number)).toEqual([2, 4]);
		expect(r.students.map((s) => [s.label, s.sections.map((x) => x.right), s.total])).toEqual([
			[
				'Ana',
				[s2.length, s4.length],
				{ right: s2.length + s4.length, total: s2.length + s4.length }
			],
			['Ben', [0, 0], { right: 0, total: s2.length + s4.length }],
			['Cy', [s2.length, 0], { right: s2.length, total: s2.length + s4.length }]
		]);
		expect(r.sectionTotals).toEqual([
			{ right: 2 * s2.length, total: 3 * s2.length },
			{ right: s4.length, total: 3 * s4.length }
		]);
		expect(r.total.right).toBe(2 * s2.length + s4.length);
	});

	it('gives each question’s correct rate and how many left it blank', () => {
		expect(r.rates).toHaveLength(s2.length + s4.length);
		const first4 = r.rates.find((x) => x.question.section === sectionId(4))!;
		expect(first4).toMatchObject({ right: 1, unanswered: 1, students: 3, sectionNumber: 4 });
		expect(r.rates.find((x) => x.question.section === sectionId(2))).toMatchObject({
			right: 2,
			unanswered: 0
		});
	});
});

describe('questions the teacher left out', () => {
	it('are neither graded nor rated: the students never saw them', () => {
		const left = questionsOf(2)[0]!;
		const code = encodeAssignment(assignment({ version: 2, omit: [questionTag(left.id)] }));
		const c = classify(
			[
				ok(
					'ana.json',
					results('Ana', (q) => (q.id === left.id ? undefined : right(q)), code)
				)
			],
			data
		);
		expect(c.refused).toEqual([]);
		const r = buildReport(c.accepted, c.expected!.assignment, data);
		const asked = questionsOf(2, 4).length - 1;
		expect(r.students[0]!.total).toEqual({ right: asked, total: asked });
		expect(r.sections.map((s) => s.number)).toEqual([2, 4]);
		expect(r.rates.map((x) => x.question.id)).not.toContain(left.id);
		expect(r.questions).toHaveLength(asked);
	});
});

describe('CSV export', () => {
	it('quotes every text field as RFC 4180 asks and neutralises formulas', () => {
		expect(csvField('plain')).toBe('"plain"');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvField('+1')).toBe(`"'+1"`);
		expect(csvField('-2+3')).toBe(`"'-2+3"`);
		expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
		expect(csvField('\tx')).toBe(`"'\tx"`);
		// A part after a separator of either locale is neutralised too.
		expect(csvField('Ana;=1+1;@SUM(2)')).toBe(`"Ana;'=1+1;'@SUM(2)"`);
		expect(csvField(-3)).toBe('-3');
		expect(csvField('Zoë Ørsted')).toBe('"Zoë Ørsted"');
	});

	it('gives a spreadsheet no formula to run, whether it splits on commas or semicolons', () => {
		const names = ['Ana;=1+1;@SUM(2)', '=cmd|’/C calc’!A0', 'Ben, +Jr.', '-5;x', 'Zoë "Z" Ørsted'];
		const csv = toCsv([['Student', 'Score'], ...names.map((n, i) => [n, i])]);
		for (const FS of [',', ';']) {
			// SheetJS reads the file as a spreadsheet program does, marking cells it would run as formulas.
			const sheet = XLSX.read(csv.slice(1), { type: 'string', FS }).Sheets.Sheet1!;
			const cells = Object.entries(sheet).filter(([k]) => !k.startsWith('!'));
			expect(cells.length, FS).toBeGreaterThan(names.length);
			for (const [ref, cell] of cells) {
				expect((cell as XLSX.CellObject).f, `${FS} ${ref}`).toBeUndefined();
				expect(String((cell as XLSX.CellObject).v), `${FS} ${ref}`).not.toMatch(/^[=+\-@]/);
			}
		}
		// Split on commas, as the file says, every name comes back whole, apostrophes aside.
		const sheet = XLSX.read(csv.slice(1), { type: 'string', FS: ',' }).Sheets.Sheet1!;
		const back = names.map((_, i) => String(sheet[`A${i + 2}`]!.v).replace(/(^|[,;]\s*)'/g, '$1'));
		expect(back).toEqual(names);
	});

	it('writes UTF-8 with a BOM and CRLF line ends', () => {
		expect(
			toCsv([
				['a', 1],
				['b', 2]
			])
		).toBe('\uFEFF"a",1\r\n"b",2\r\n');
	});

	it('exports the class table: a column per section (out of how many), totals, percent', () => {
		const r = report([
			ok('ana.json', results('=cmd|’/C calc’!A0')),
			ok('ben.json', results('Ben, Jr.', wrong))
		]);
		const csv = classTableCsv(r);
		const lines = csv.slice(1).split('\r\n');
		const n2 = questionsOf(2).length;
		const n4 = questionsOf(4).length;
		expect(lines[0]).toBe(
			`"Student","Source","2. ${data.sections[1]!.heading} (of ${n2})","4. ${data.sections[3]!.heading} (of ${n4})","Total right","Total questions","Percent"`
		);
		expect(lines[1]).toBe(`"'=cmd|’/C calc’!A0","ana.json",${n2},${n4},${n2 + n4},${n2 + n4},100`);
		expect(lines[2]).toBe(`"Ben, Jr.","ben.json",0,0,0,${n2 + n4},0`);
		expect(lines[3]).toBe('');
	});
});

describe('long lists in the report', () => {
	it('draws the first rows of a long list until the teacher asks for all', () => {
		const rows = Array.from({ length: 5000 }, (_, i) => i);
		expect(shownRows(rows, false)).toHaveLength(FIRST_ROWS);
		expect(shownRows(rows, false)[0]).toBe(0);
		expect(shownRows(rows, true)).toHaveLength(5000);
		expect(shownRows(rows.slice(0, 30), false)).toHaveLength(30);
	});
});

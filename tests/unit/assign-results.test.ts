import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	answersLength,
	articleTag,
	assignmentQuestions,
	checkDigits,
	crc32,
	decodeAssignment,
	decodeResultsCode,
	encodeAssignment,
	encodeResultsCode,
	fnv1a32,
	parseResultsFile,
	questionTag,
	resultsFileName,
	toResultsFile,
	typedCode,
	type Assignment,
	type BankQuestionLike,
	type Results
} from '../../src/lib/assign/codec';
import { utf8Decode, utf8Encode } from '../../src/lib/assign/utf8';
import type { Answer } from '../../src/lib/quiz/grade';

interface BankQuestion extends BankQuestionLike {
	section: string;
	answer: Answer;
}
const bank = JSON.parse(
	readFileSync(new URL('../../questions/north-korean-troops/bank.json', import.meta.url), 'utf8')
) as { version: string; article: { slug: string }; questions: BankQuestion[] };
const sectionIds = [...new Set(bank.questions.map((q) => q.section))];

const assignment: Assignment = {
	version: 1,
	article: articleTag(bank.article.slug),
	bank: bank.version,
	title: 'Week 3: sources',
	sections: [1, 2, 3, 4, 5, 6],
	mode: 'graded',
	requireName: true
};
const code = encodeAssignment(assignment);
const rightAnswers = Object.fromEntries(bank.questions.map((q) => [q.id, q.answer]));
const facts = {
	assignment: code,
	title: assignment.title,
	student: 'Ana Souza',
	answers: rightAnswers,
	finishedAt: '2025-03-04T10:15:00.000Z'
};

const oneSentence = /^[A-Z][^\n]*[.!]$/;
const fileError = (text: string) => {
	const d = parseResultsFile(text);
	expect(d.ok).toBe(false);
	if (!d.ok) expect(d.error).toMatch(oneSentence);
	return d.ok ? '' : d.error;
};

describe('checksums', () => {
	it('match the published check values', () => {
		expect(crc32('123456789')).toBe('cbf43926');
		expect(crc32('')).toBe('00000000');
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
		expect(checkDigits('', 2)).toBe('00');
		expect(checkDigits('abc', 3)).toMatch(/^[0-9a-z]{3}$/);
	});

	it('UTF-8 round-trips every string without lone surrogates, and refuses malformed bytes', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				const bytes = utf8Encode(s);
				expect(bytes).toEqual([...new TextEncoder().encode(s)]);
				expect(String.fromCodePoint(...(utf8Decode(bytes as number[]) as number[]))).toBe(s);
			})
		);
		expect(utf8Encode('a\ud800')).toBeNull();
		for (const bad of [
			[0x80],
			[0xc3],
			[0xc0, 0x80],
			[0xed, 0xa0, 0x80],
			[0xf5, 0x80, 0x80, 0x80]
		]) {
			expect(utf8Decode(bad)).toBeNull();
		}
	});
});

describe('results file', () => {
	it('round-trips, with a checksum, as pretty JSON', () => {
		const text = toResultsFile(facts);
		expect(text).toContain('\n\t"format": "crosscheck-results",');
		const d = parseResultsFile(text);
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		expect(d.value).toMatchObject({ format: 'crosscheck-results', version: 1, ...facts });
		expect(d.value.checksum).toMatch(/^[0-9a-f]{8}$/);
		expect(JSON.parse(text)).toEqual(d.value);
	});

	it('survives re-indenting, reordered keys and a byte-order mark; not a changed character', () => {
		const obj = JSON.parse(toResultsFile(facts)) as Results;
		const reordered = Object.fromEntries(Object.entries(obj).reverse());
		expect(parseResultsFile(JSON.stringify(reordered)).ok).toBe(true);
		expect(parseResultsFile('\ufeff' + JSON.stringify(obj, null, 2)).ok).toBe(true);
		const q = bank.questions[0] as BankQuestion;
		const other = q.choices.find((c) => c.id !== q.answer)?.id as string;
		const changed = { ...obj, answers: { ...obj.answers, [q.id]: other } };
		expect(fileError(JSON.stringify(changed))).toMatch(/damaged: its checksum/);
		expect(fileError(JSON.stringify({ ...obj, student: 'Ana Sousa' }))).toMatch(/checksum/);
		expect(fileError(JSON.stringify({ ...obj, checksum: 'zz' }))).toMatch(/checksum/);
	});

	it('normalises unanswered questions away and keeps partial matchings', () => {
		const m = bank.questions.find((q) => q.kind === 'match-estimates') as BankQuestion;
		const item = (m.items as { id: string }[])[0]?.id as string;
		const choice = m.choices[1]?.id as string;
		const text = toResultsFile({
			...facts,
			answers: { [bank.questions[0]?.id as string]: '', [m.id]: { [item]: choice, x: '' } }
		});
		const d = parseResultsFile(text);
		expect(d.ok && d.value.answers).toEqual({ [m.id]: { [item]: choice } });
	});

	it('gives hostile strings back verbatim, as plain data', () => {
		const hostile = {
			...encodeFacts('<img src=x onerror="alert(1)">'),
			student: '<script>alert("hi")</script> & "Bobby" \'); DROP TABLE--'
		};
		const d = parseResultsFile(toResultsFile(hostile));
		expect(d.ok && d.value.title).toBe('<img src=x onerror="alert(1)">');
		expect(d.ok && d.value.student).toBe(hostile.student);
	});

	it('refuses what is not a results file of this version, with one sentence, never throwing', () => {
		const good = JSON.parse(toResultsFile(facts)) as Record<string, unknown>;
		const withField = (k: string, v: unknown) => JSON.stringify({ ...good, [k]: v });
		expect(fileError('')).toBe('The file is empty.');
		expect(fileError('not json {')).toMatch(/not JSON/);
		expect(fileError('[]')).toMatch(/not a Crosscheck results file/);
		expect(fileError('null')).toMatch(/not a Crosscheck results file/);
		expect(fileError('"crosscheck-results"')).toMatch(/not a Crosscheck results file/);
		expect(fileError('{"format":"something-else"}')).toMatch(/not a Crosscheck results file/);
		expect(fileError(withField('version', 2))).toMatch(/newer version/);
		expect(fileError(withField('version', '1'))).toMatch(/version this page cannot read/);
		expect(fileError(withField('version', Number.MAX_VALUE * 2))).toMatch(/version/);
		expect(fileError(JSON.stringify(good).replace('"version":1', '"version":1e999'))).toMatch(
			/newer version/
		);
		expect(fileError(' '.repeat(1_000_001))).toMatch(/larger than 1 MB/);
		expect(fileError(JSON.stringify({ ...good, pad: 'é'.repeat(600_000) }))).toMatch(/1 MB/);
		expect(fileError(withField('answers', []))).toMatch(/damaged: the answers/);
		expect(fileError(withField('answers', { q1: 3 }))).toMatch(/neither a choice nor a matching/);
		expect(fileError(withField('answers', { q1: { i1: 2 } }))).toMatch(/not a matching/);
		expect(fileError(withField('answers', { q1: {} }))).toMatch(/not a matching/);
		expect(fileError(withField('answers', { q1: '' }))).toMatch(/not a choice id/);
		expect(fileError(withField('answers', { 'q 1': 'c1' }))).toMatch(/question id/);
		expect(fileError(withField('answers', { constructor: 'c1' }))).toMatch(/question id/);
		expect(fileError(withField('student', 42))).toMatch(/name is not text/);
		expect(fileError(withField('finishedAt', 'yesterday'))).toMatch(/hand-in time/);
		expect(fileError(withField('finishedAt', '+275760-09-13T00:00:00.000Z'))).toMatch(/time/);
		expect(fileError(withField('checksum', undefined))).toMatch(/checksum/);
		const noTitle = { ...good };
		delete noTitle.title;
		expect(fileError(JSON.stringify(noTitle))).toMatch(/damaged/);
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (s) => {
				expect(parseResultsFile(s).ok).toBe(false);
			})
		);
		for (const x of [null, undefined, 5, {}]) {
			expect(parseResultsFile(x as unknown as string).ok).toBe(false);
		}
	});

	it('refuses __proto__ keys instead of letting them through or dropping them', () => {
		const good = toResultsFile(facts);
		const inAnswers = good.replace('"answers": {', '"answers": {\n\t\t"__proto__": "cbqs2duy",');
		expect(fileError(inAnswers)).toMatch(/question id/);
		const m = bank.questions.find((q) => q.kind === 'match-estimates') as BankQuestion;
		const inPairs = good.replace(`"${m.id}": {`, `"${m.id}": {\n\t\t\t"__proto__": "x",`);
		expect(inPairs).not.toBe(good);
		expect(fileError(inPairs)).toMatch(/matching/);
		const atTop = `{"__proto__": {"format": "crosscheck-results", "version": 1}}`;
		expect(fileError(atTop)).toMatch(/not a Crosscheck results file/);
		expect(({} as Record<string, unknown>).format).toBeUndefined();
	});

	it('refuses results whose assignment code or title is not right', () => {
		expect(() => toResultsFile({ ...facts, assignment: 'nonsense' })).toThrow(/assignment code/);
		expect(() => toResultsFile({ ...facts, title: 'Another title' })).toThrow(/does not match/);
		expect(() => toResultsFile({ ...facts, student: 'x'.repeat(81) })).toThrow(/longer than 80/);
		expect(() => toResultsFile({ ...facts, finishedAt: 'soon' })).toThrow(/hand-in time/);
		const good = JSON.parse(toResultsFile(facts)) as Results;
		const forged = { ...good, title: 'Other' };
		forged.checksum = crc32(
			JSON.stringify([
				'crosscheck-results',
				1,
				forged.assignment,
				'Other',
				forged.student,
				Object.keys(forged.answers)
					.sort()
					.map((k) => {
						const a = forged.answers[k] as Answer;
						return [
							k,
							typeof a === 'string'
								? a
								: Object.keys(a)
										.sort()
										.map((i) => [i, a[i]])
						];
					}),
				forged.finishedAt
			])
		);
		expect(fileError(JSON.stringify(forged))).toMatch(/does not match/);
	});
});

/** Facts for an assignment with another title. */
function encodeFacts(title: string) {
	return { ...facts, assignment: encodeAssignment({ ...assignment, title }), title };
}

describe('resultsFileName', () => {
	it('names the file after the title and the student', () => {
		expect(resultsFileName(facts)).toBe('crosscheck-Week-3-sources-Ana-Souza.json');
		expect(resultsFileName({ title: 'Élan ж', student: '' })).toBe('crosscheck-Élan-ж.json');
		expect(resultsFileName({ title: '../../etc/passwd', student: 'CON' })).toBe(
			'crosscheck-etc-passwd-CON.json'
		);
		expect(resultsFileName({ title: '???', student: '<>' })).toBe('crosscheck-results.json');
		// Cut between words, never inside one.
		expect(
			resultsFileName({ title: 'North Korean troops: Section 4 and Section 5', student: 'Dana K.' })
		).toBe('crosscheck-North-Korean-troops-Section-4-and-Dana-K.json');
	});

	it('is safe on every operating system, for any title and name (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary' }),
				fc.string({ unit: 'binary' }),
				(title, student) => {
					const name = resultsFileName({ title, student });
					expect(name).toMatch(/^crosscheck-[\p{L}\p{N}-]+\.json$/u);
					expect(name).not.toMatch(/--|-\.json$|[<>:"/\\|?*\p{Cc}]/u);
					expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
					expect(name.normalize('NFC')).toBe(name);
				}
			)
		);
	});
});

describe('results code', () => {
	const all = bank.questions;

	it('round-trips the right answers for the shipped bank, all 6 sections, at the documented length', () => {
		const text = encodeResultsCode(facts, all);
		// About one answer digit per two questions of the whole bank.
		const digits = answersLength(all);
		expect(digits).toBeLessThanOrEqual(Math.ceil(all.length / 2) + 1);
		// Layout: CR1 · check(3) · minutes · assignment head (version, article tag, bank version, flags) ·
		// title · name · the answer digits.
		expect(text).toMatch(
			new RegExp(
				`^CR1[0-9a-z]{3}[0-9a-z]+\\.1jrqn${bank.version}[0-9a-z]+\\.Week-3~3a-sources\\.Ana-Souza\\.[0-9a-z]{${digits}}$`
			)
		);
		// The README promises “about 75 characters” for a code of the whole article.
		expect(text.length).toBeLessThanOrEqual(80);
		const d = decodeResultsCode(text, all, bank.version);
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		expect(d.value).toMatchObject({ format: 'crosscheck-results', version: 1, ...facts });
		// The value decodes as a valid file too: its checksum is the file form's.
		expect(parseResultsFile(JSON.stringify(d.value)).ok).toBe(true);
	});

	it('carries a format-2 assignment opened from its typed code: no title, questions left out', () => {
		const chosen: Assignment = {
			...assignment,
			version: 2,
			sections: [3],
			omit: [questionTag(all.filter((q) => q.section === sectionIds[2])[0]!.id)]
		};
		const typed = typedCode(chosen);
		const read = decodeAssignment(typed);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		const questions = assignmentQuestions(all, sectionIds, read.value);
		const inSection = all.filter((q) => q.section === sectionIds[2]);
		expect(questions).toEqual(inSection.slice(1));
		const answers = Object.fromEntries(questions.map((q) => [q.id, q.answer]));
		const r = { ...facts, assignment: typed, title: '', answers };
		const text = encodeResultsCode(r, questions);
		const d = decodeResultsCode(text, questions, bank.version);
		expect(d.ok && d.value).toMatchObject({ title: '', answers, assignment: typed });
		expect(parseResultsFile(toResultsFile(r)).ok).toBe(true);
		// An answer to the left-out question does not fit these questions.
		const extra = { ...answers, [inSection[0]!.id]: inSection[0]!.answer };
		expect(() => encodeResultsCode({ ...r, answers: extra }, questions)).toThrow(/not one of/);
	});

	it('round-trips random answers, names and times for any set of sections (property)', () => {
		const arb = fc
			.record({
				sections: fc
					.uniqueArray(fc.integer({ min: 1, max: sectionIds.length }), { minLength: 1 })
					.map((s) => s.sort((a, b) => a - b)),
				student: fc.string({ unit: 'grapheme', maxLength: 80 }),
				minutes: fc.integer({ min: 0, max: 100_000_000 }),
				mode: fc.constantFrom('practice', 'graded', 'graded-hidden' as const),
				picks: fc.array(fc.nat(), { minLength: 200, maxLength: 200 })
			})
			.filter(
				(x) =>
					[...x.student].length <= 80 &&
					!/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(x.student)
			);
		fc.assert(
			fc.property(arb, ({ sections, student, minutes, mode, picks }) => {
				const a = { ...assignment, sections, mode };
				const questions = assignmentQuestions(all, sectionIds, a);
				let k = 0;
				const next = () => picks[k++ % picks.length] as number;
				const answers: Record<string, Answer> = {};
				for (const q of questions) {
					const choose = () => q.choices[(next() % (q.choices.length + 1)) - 1]?.id;
					if (q.kind === 'match-estimates') {
						const pairs = Object.fromEntries(
							(q.items ?? []).map((i) => [i.id, choose()]).filter(([, c]) => c !== undefined)
						) as Record<string, string>;
						if (Object.keys(pairs).length) answers[q.id] = pairs;
					} else {
						const c = choose();
						if (c !== undefined) answers[q.id] = c;
					}
				}
				const r = {
					assignment: encodeAssignment(a),
					title: a.title,
					student,
					answers,
					finishedAt: new Date(minutes * 60_000).toISOString()
				};
				const text = encodeResultsCode(r, questions);
				const d = decodeResultsCode(text, questions, bank.version);
				expect(d.ok).toBe(true);
				if (d.ok) expect(d.value).toMatchObject(r);
				expect(decodeResultsCode(text, questions).ok).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('tolerates e-mail wrapping, quoting, zero-width characters and case changes outside the text', () => {
		const text = encodeResultsCode(facts, all);
		const wrapped = text.match(/.{1,20}/g)?.join('\r\n') as string;
		const quoted = wrapped
			.split('\r\n')
			.map((l) => `> ${l}`)
			.join('\n');
		const [head, rest] = [text.slice(0, 28), text.slice(28)];
		for (const t of [
			wrapped,
			quoted,
			`  ${text}\n`,
			text.replace('Ana', 'A\u200bna'),
			head.toLowerCase() + rest.replace(/[^.]+$/, (s) => s.toUpperCase())
		]) {
			const d = decodeResultsCode(t, all, bank.version);
			expect(d.ok && d.value.answers).toEqual(rightAnswers);
		}
	});

	it('keeps only the minute of finishedAt, and hostile names as text', () => {
		const r = { ...facts, finishedAt: '2025-03-04T11:15:59.999+01:00', student: '<b>x</b>&amp;' };
		const d = decodeResultsCode(encodeResultsCode(r, all), all);
		expect(d.ok && d.value.finishedAt).toBe('2025-03-04T10:15:00.000Z');
		expect(d.ok && d.value.student).toBe('<b>x</b>&amp;');
		const empty = decodeResultsCode(
			encodeResultsCode({ ...facts, student: '', answers: {} }, all),
			all
		);
		expect(empty.ok && empty.value).toMatchObject({ student: '', answers: {} });
	});

	it('refuses damage, truncation, other versions and other banks with one sentence', () => {
		const text = encodeResultsCode(facts, all);
		const error = (
			t: string,
			qs: readonly BankQuestionLike[] = all,
			v: string | null = bank.version
		) => {
			const d = decodeResultsCode(t, qs, v ?? undefined);
			expect(d.ok).toBe(false);
			if (!d.ok) expect(d.error).toMatch(oneSentence);
			return d.ok ? '' : d.error;
		};
		expect(error('')).toBe('There is no results code.');
		expect(error(' \n ')).toBe('There is no results code.');
		expect(error('hello')).toMatch(/not a Crosscheck results code/);
		expect(error(code)).toMatch(/not a Crosscheck results code/);
		expect(error('CR2' + text.slice(3))).toMatch(/newer version/);
		expect(error('CRX' + text.slice(3))).toMatch(/damaged/);
		expect(error(text.slice(0, 40))).toMatch(/incomplete/);
		expect(error(text.slice(0, -5))).toMatch(/incomplete/);
		expect(error(text.slice(0, -18))).toMatch(/incomplete/);
		expect(error(text.replace('Ana', 'Ama'))).toMatch(/damaged/);
		// One character of the answers changed, whatever the bank's questions are.
		const at = text.length - 12;
		expect(error(text.slice(0, at) + (text[at] === '0' ? '1' : '0') + text.slice(at + 1))).toMatch(
			/damaged/
		);
		expect(error(text + '.x')).toMatch(/damaged/);
		expect(error(text.replace('Ana', 'A%na'))).toMatch(/name .* damaged/);
		expect(error(text + 'x'.repeat(4000))).toMatch(/too long/);
		// The sections field (after the bank version and the mode digit in the head) made far too large.
		const mask = text.indexOf(bank.version) + bank.version.length + 1;
		expect(error(text.slice(0, mask) + 'zzzzzzzzz' + text.slice(mask + 2))).toMatch(
			/not valid.*beyond 40/
		);
		// Another bank: named by the assignment inside, or found by the check digits.
		const otherBank = encodeResultsCode(
			{ ...facts, assignment: encodeAssignment({ ...assignment, bank: 'aaaaaaaa' }) },
			all
		);
		expect(error(otherBank)).toMatch(/another version of the questions/);
		const fewer = all.slice(1);
		expect(error(text, fewer, null)).toMatch(/another version of the questions/);
		const reshuffled = all.map((q) => ({ ...q, choices: [...q.choices].reverse() }));
		expect(error(text, reshuffled, null)).toMatch(/another version of the questions/);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
				expect(decodeResultsCode(s, all).ok).toBe(false);
				expect(decodeResultsCode('CR1' + s, all).ok).toBe(false);
			})
		);
		for (const x of [null, undefined, 7])
			expect(decodeResultsCode(x as unknown as string, all).ok).toBe(false);
	});

	it('detects any single mistyped character, or reads the same results (property)', () => {
		const text = encodeResultsCode(facts, all);
		const typos = [...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-~_%éß'];
		const expected = decodeResultsCode(text, all, bank.version);
		fc.assert(
			fc.property(fc.nat(text.length - 1), fc.constantFrom(...typos), (i, ch) => {
				const typed = text.slice(0, i) + ch + text.slice(i + 1);
				const d = decodeResultsCode(typed, all, bank.version);
				if (d.ok) expect(d).toEqual(expected);
			}),
			{ numRuns: 2000 }
		);
	});

	it('refuses to encode answers that do not fit the questions', () => {
		const q = all[0] as BankQuestion;
		const m = all.find((x) => x.kind === 'match-estimates') as BankQuestion;
		expect(() => encodeResultsCode({ ...facts, answers: { qnope: 'c' } }, all)).toThrow(
			/not one of/
		);
		expect(() => encodeResultsCode({ ...facts, answers: { [q.id]: 'cnope' } }, all)).toThrow(
			/no choice/
		);
		expect(() => encodeResultsCode({ ...facts, answers: { [q.id]: { a: 'b' } } }, all)).toThrow(
			/one choice/
		);
		expect(() => encodeResultsCode({ ...facts, answers: { [m.id]: 'c' } }, all)).toThrow(/pairs/);
		expect(() => encodeResultsCode({ ...facts, answers: { [m.id]: { ix: 'c' } } }, all)).toThrow(
			/no item/
		);
		expect(() => encodeResultsCode({ ...facts, finishedAt: '1969-12-31T23:59:00Z' }, all)).toThrow(
			/out of range/
		);
		expect(() => encodeResultsCode(facts, [...all, q])).toThrow(/repeat/);
	});

	it('assignmentQuestions picks the questions of the assignment’s sections in bank order', () => {
		const qs = assignmentQuestions(all, sectionIds, { sections: [2, 4] });
		expect(qs.length).toBeGreaterThan(0);
		expect(new Set(qs.map((q) => q.section))).toEqual(new Set([sectionIds[1], sectionIds[3]]));
		expect(qs).toEqual(all.filter((q) => qs.includes(q)));
	});
});

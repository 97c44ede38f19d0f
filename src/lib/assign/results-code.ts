/**
 * Results as a code a student pastes into a form, an LMS or an e-mail:
 *
 *     CR1 8zs h9yh3 . 1jrqncung1v2z31r . Week-3~3a-sources . Ana-Souza . dz0a2yu7a10i42jlns
 *     │   │   │        │                  │        │           └ answers, fixed length for the questions
 *     │   │   │        │                  │        └ student's name (text.ts encoding; empty allowed)
 *     │   │   │        │                  └ assignment title (text.ts encoding)
 *     │   │   │        └ assignment code head without its check digits (see assignment.ts)
 *     │   │   └ finishedAt in whole minutes since 1970 UTC, base 36
 *     │   └ check digits (3, checksum.ts) over the rest in canonical form AND the question list
 *     └ format and version
 *
 * written without spaces (75 characters: the shipped bank, 6 sections, 41 questions, 18 answer digits).
 * Answers: one slot per single-choice question and one per item of a matching
 * question, in the order of `questions`; a slot is 0 for unanswered or 1 + the index of the chosen
 * choice. The slots are one mixed-radix number (slot i has radix choices + 1) written in base 36 with a
 * fixed number of digits. Everything but the title and the name is read case-insensitively; white space
 * (line wrapping), zero-width characters and e-mail quote marks (`>` at the start of a line) are ignored.
 */
import type { Answer } from '../quiz/grade';
import { assignmentHead, encodeAssignment, questionTag, readAssignment } from './assignment';
import { checkDigits } from './checksum';
import { normaliseAnswers, resultsProblem } from './results';
import { resultsChecksum, RESULTS_FORMAT } from './results-file';
import { decodeText, encodeText, NAME_MAX, textProblem } from './text';
import type { Assignment, Decoded, Results } from './types';

/** What a results code needs of a bank question (bank.json's, the report's or the quiz's questions). */
export interface BankQuestionLike {
	id: string;
	kind: string;
	choices: { id: string }[];
	/** The left-hand column of a 'match-estimates' question. */
	items?: { id: string }[];
}

/** Longer input is refused unread. */
export const MAX_RESULTS_CODE_LENGTH = 4000;
const PREFIX = 'CR1';

/**
 * The questions of an assignment, in bank order: those whose section is one of the assignment's, but
 * for those the teacher left out. `sectionIds[n - 1]` is the id of section n (the article's sections
 * in order).
 */
export function assignmentQuestions<Q extends { id: string; section: string }>(
	questions: readonly Q[],
	sectionIds: readonly string[],
	assignment: Pick<Assignment, 'sections' | 'omit'>
): Q[] {
	const wanted = new Set(assignment.sections.map((n) => sectionIds[n - 1]));
	const omit = new Set(assignment.omit ?? []);
	return questions.filter((q) => wanted.has(q.section) && !omit.has(questionTag(q.id)));
}

type Slot = { question: BankQuestionLike; item?: string; radix: number };

function slotsOf(questions: readonly BankQuestionLike[]): Slot[] {
	const slots: Slot[] = [];
	for (const q of questions) {
		const radix = q.choices.length + 1;
		if (q.kind === 'match-estimates') {
			for (const item of q.items ?? []) slots.push({ question: q, item: item.id, radix });
		} else slots.push({ question: q, radix });
	}
	return slots;
}

/** Ties the check digits to the question list, so a code read against other questions is refused. */
const questionsKey = (questions: readonly BankQuestionLike[]) =>
	questions
		.map(
			(q) =>
				`${q.id}:${q.kind}:${q.choices.map((c) => c.id).join(',')}/${(q.items ?? []).map((i) => i.id).join(',')}`
		)
		.join(';');

// Big numbers as little-endian arrays of base-36 digits: no BigInt needed, exact for any length.
function mulAdd(digits: number[], m: number, a: number): void {
	let carry = a;
	for (let i = 0; i < digits.length; i++) {
		const x = (digits[i] as number) * m + carry;
		digits[i] = x % 36;
		carry = Math.floor(x / 36);
	}
	while (carry > 0) {
		digits.push(carry % 36);
		carry = Math.floor(carry / 36);
	}
}

function divMod(digits: number[], d: number): number {
	let rem = 0;
	for (let i = digits.length - 1; i >= 0; i--) {
		const x = rem * 36 + (digits[i] as number);
		digits[i] = Math.floor(x / d);
		rem = x % d;
	}
	return rem;
}

function packSlots(values: readonly number[], slots: readonly Slot[]): number[] {
	const digits = [0];
	slots.forEach((s, i) => mulAdd(digits, s.radix, values[i] as number));
	return digits;
}

/** How many base-36 digits the answers of these questions take (at least 1). */
export function answersLength(questions: readonly BankQuestionLike[]): number {
	const slots = slotsOf(questions);
	const digits = packSlots(
		slots.map((s) => s.radix - 1),
		slots
	);
	while (digits.length > 1 && digits[digits.length - 1] === 0) digits.pop();
	return digits.length;
}

const minutesOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

/**
 * The results as a code. `questions` are the assignment's questions in bank order (assignmentQuestions
 * picks them). Answers are normalised (empty ones left out); `finishedAt` is kept to the minute. Throws
 * a RangeError with a sentence when the results are not valid or an answer does not fit the questions.
 */
export function encodeResultsCode(
	r: Pick<Results, 'assignment' | 'title' | 'student' | 'answers' | 'finishedAt'>,
	questions: readonly BankQuestionLike[]
): string {
	const answers = normaliseAnswers(r.answers);
	const problem = resultsProblem({ ...r, answers });
	if ('error' in problem) throw new RangeError(problem.error);
	const a = problem.assignment;
	const minutes = minutesOf(r.finishedAt);
	if (minutes < 0 || minutes >= 36 ** 9) throw new RangeError('The hand-in time is out of range.');
	const ids = new Set(questions.map((q) => q.id));
	if (ids.size !== questions.length) throw new RangeError('The questions repeat an id.');
	for (const id of Object.keys(answers)) {
		if (!ids.has(id))
			throw new RangeError(`Question ${id} is not one of the assignment’s questions.`);
	}
	const slots = slotsOf(questions);
	const values = slots.map((s) => {
		const given: Answer | undefined = answers[s.question.id];
		if (given === undefined) return 0;
		let choice: string | undefined;
		if (s.item === undefined) {
			if (typeof given !== 'string')
				throw new RangeError(`Question ${s.question.id} takes one choice.`);
			choice = given;
		} else {
			if (typeof given !== 'object') throw new RangeError(`Question ${s.question.id} takes pairs.`);
			const items = new Set((s.question.items ?? []).map((i) => i.id));
			const stray = Object.keys(given).find((item) => !items.has(item));
			if (stray) throw new RangeError(`Question ${s.question.id} has no item ${stray}.`);
			choice = Object.hasOwn(given, s.item) ? given[s.item] : undefined;
			if (choice === undefined) return 0;
		}
		const index = s.question.choices.findIndex((c) => c.id === choice);
		if (index < 0) throw new RangeError(`Question ${s.question.id} has no choice ${choice}.`);
		return index + 1;
	});
	const digits = packSlots(values, slots);
	const text = digits
		.slice(0, answersLength(questions))
		.reverse()
		.map((d) => d.toString(36))
		.join('')
		.padStart(answersLength(questions), '0');
	const body = `${minutes.toString(36)}.${assignmentHead(a)}.${encodeText(a.title)}.${encodeText(r.student)}.${text}`;
	return `${PREFIX}${checkDigits(`${PREFIX}${body}\n${questionsKey(questions)}`, 3)}${body}`;
}

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

const BASE36 = /^[0-9a-z]+$/;

/** Removes what e-mail and chat do to a pasted code: line wrapping, quote marks, zero-width characters. */
export function cleanResultsCode(text: string): string {
	return text
		.replace(/^[ \t]*(>[ \t]*)+/gm, '')
		.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/gu, '');
}

/**
 * Reads a results code against the assignment's questions (the same list, in the same order, as it was
 * made with). Never throws. Pass `bank` (this site's bank version) to get "made for another version of
 * the questions" rather than "damaged" when a student used an older version of the site. The Results it
 * gives has `assignment` in canonical form, `title` from the assignment, `finishedAt` to the minute
 * (`…:00.000Z`) and `checksum` as the file form would have it.
 */
export function decodeResultsCode(
	code: string,
	questions: readonly BankQuestionLike[],
	bank?: string
): Decoded<Results> {
	if (typeof code !== 'string') return fail('There is no results code.');
	if (code.length > MAX_RESULTS_CODE_LENGTH) {
		return fail('This is too long to be a results code: check that only the code was pasted.');
	}
	const text = cleanResultsCode(code);
	if (text === '') return fail('There is no results code.');
	if (!/^cr/i.test(text)) {
		return fail('This is not a Crosscheck results code: it should start with CR1.');
	}
	if (text.length < 3) return fail('This results code is incomplete: most of it is missing.');
	if (text[2] !== '1') {
		return fail(
			/^[2-9]$/.test(text[2] as string)
				? 'This results code was made by a newer version of Crosscheck than this page.'
				: 'This results code is damaged: it should start with CR1.'
		);
	}
	const parts = text.slice(3).split('.');
	if (parts.length < 5) return fail('This results code is incomplete: its end is missing.');
	if (parts.length > 5) return fail('This results code is damaged.');
	const [stamp, head, title, name, answersText] = parts as [string, string, string, string, string];
	const check = stamp.slice(0, 3).toLowerCase();
	const minutesText = stamp.slice(3).toLowerCase();
	if (
		!BASE36.test(check) ||
		!BASE36.test(minutesText) ||
		minutesText.length > 9 ||
		(minutesText.length > 1 && minutesText[0] === '0')
	) {
		return fail('This results code is damaged.');
	}
	const assignment = readAssignment(head, title, false);
	if (!assignment.ok)
		return fail(`The assignment in this results code is not valid. ${assignment.error}`);
	const a = assignment.value;
	const student = decodeText(name);
	if (student === null) return fail('The name in this results code is damaged.');
	const nameProblem = textProblem(student, 0, NAME_MAX);
	if (nameProblem) return fail(`The name in this results code ${nameProblem}.`);
	const answers = answersText.toLowerCase();
	if (!BASE36.test(answers)) {
		return fail(
			answers === ''
				? 'This results code is incomplete: its end is missing.'
				: 'This results code is damaged.'
		);
	}
	if (bank !== undefined && a.bank !== bank) {
		return fail(
			'This results code was made for another version of the questions than this page has, so its answers cannot be read here.'
		);
	}
	const expected = answersLength(questions);
	const body = `${minutesText}.${assignmentHead(a)}.${encodeText(a.title)}.${encodeText(student)}.${answers}`;
	if (checkDigits(`${PREFIX}${body}\n${questionsKey(questions)}`, 3) !== check) {
		if (bank === undefined) {
			return fail(
				'This results code is damaged or incomplete, or it was made for another version of the questions: ask the student to copy it again.'
			);
		}
		return fail(
			answers.length < expected
				? 'This results code is incomplete: its end is missing. Ask the student to copy it again.'
				: 'This results code is damaged: ask the student to copy it again.'
		);
	}
	const slots = slotsOf(questions);
	if (answers.length !== expected) {
		return fail('The answers in this results code do not fit the questions of this assignment.');
	}
	const digits = [...answers].reverse().map((c) => parseInt(c, 36));
	const values: number[] = new Array(slots.length);
	for (let i = slots.length - 1; i >= 0; i--) values[i] = divMod(digits, (slots[i] as Slot).radix);
	if (digits.some((d) => d !== 0)) {
		return fail('The answers in this results code do not fit the questions of this assignment.');
	}
	const entries: [string, Answer][] = [];
	slots.forEach((s, i) => {
		const v = values[i] as number;
		if (v === 0) return;
		const choice = (s.question.choices[v - 1] as { id: string }).id;
		if (s.item === undefined) entries.push([s.question.id, choice]);
		else {
			const last = entries[entries.length - 1];
			if (last && last[0] === s.question.id) (last[1] as Record<string, string>)[s.item] = choice;
			else entries.push([s.question.id, Object.fromEntries([[s.item, choice]])]);
		}
	});
	const facts = {
		assignment: encodeAssignment(a),
		title: a.title,
		student,
		answers: Object.fromEntries(entries),
		finishedAt: new Date(parseInt(minutesText, 36) * 60_000).toISOString()
	};
	return {
		ok: true,
		value: { format: RESULTS_FORMAT, version: 1, ...facts, checksum: resultsChecksum(facts) }
	};
}

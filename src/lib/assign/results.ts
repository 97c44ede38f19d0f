/** What results files and results codes share: validation of a Results and its answers. */
import type { Answer } from '../quiz/grade';
import { decodeAssignment } from './assignment';
import { NAME_MAX, textProblem, TITLE_MAX } from './text';
import type { Assignment, Results } from './types';

/**
 * Question, item and choice ids: the bank's are `q…`, `i…`, `c…` hashes; anything of letters, digits,
 * `_` and `-` that starts with a letter or digit is accepted (which rules out `__proto__`), except the
 * two names valibot and plain objects treat specially.
 */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const isId = (x: unknown): x is string =>
	typeof x === 'string' && ID.test(x) && x !== 'constructor' && x !== 'prototype';

/** Own, enumerable string keys of a plain object (no arrays, no class instances). */
export function isPlainRecord(x: unknown): x is Record<string, unknown> {
	if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
	const proto = Object.getPrototypeOf(x);
	return proto === Object.prototype || proto === null;
}

/**
 * Drops what does not count as an answer (empty strings, empty pairings) so that every form of "not
 * answered" is written the same way: by leaving the question out.
 */
export function normaliseAnswers(answers: Record<string, Answer>): Record<string, Answer> {
	const out: [string, Answer][] = [];
	for (const [id, a] of Object.entries(answers)) {
		if (typeof a === 'string') {
			if (a !== '') out.push([id, a]);
		} else if (isPlainRecord(a)) {
			const pairs = Object.entries(a).filter(([, c]) => c !== '');
			if (pairs.length) out.push([id, Object.fromEntries(pairs) as Record<string, string>]);
		} else out.push([id, a]);
	}
	return Object.fromEntries(out);
}

/** What is wrong with the answers' shape (as the end of "The answers …"), or null. */
export function answersProblem(answers: unknown): string | null {
	if (!isPlainRecord(answers)) return 'are not a list of answers by question';
	const entries = Object.entries(answers);
	if (entries.length > 10_000) return 'are too many';
	for (const [id, a] of entries) {
		if (!isId(id)) return 'name a question id that is not one';
		if (typeof a === 'string') {
			if (!isId(a)) return `to question ${id} are not a choice id`;
		} else if (isPlainRecord(a)) {
			const pairs = Object.entries(a);
			if (pairs.length === 0 || pairs.length > 100) return `to question ${id} are not a matching`;
			if (!pairs.every(([item, c]) => isId(item) && isId(c))) {
				return `to question ${id} are not a matching of item ids to choice ids`;
			}
		} else return `to question ${id} are neither a choice nor a matching`;
	}
	return null;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const isIsoTime = (x: unknown): x is string =>
	typeof x === 'string' && ISO.test(x) && Number.isFinite(Date.parse(x));

/**
 * What is wrong with the facts of a Results (one sentence), or null; on success also the assignment its
 * code names. `answers` are checked for shape only: fitting them to the bank is the caller's (or
 * decodeResultsCode's) business.
 */
export function resultsProblem(
	r: Pick<Results, 'assignment' | 'title' | 'student' | 'answers' | 'finishedAt'>
): { error: string } | { assignment: Assignment } {
	const decoded = decodeAssignment(typeof r.assignment === 'string' ? r.assignment : '');
	if (!decoded.ok)
		return { error: `The assignment code in these results is not valid. ${decoded.error}` };
	// Opened from a typed code, the assignment's title is not known: the results carry none either.
	const title = textProblem(r.title, decoded.value.title === '' ? 0 : 1, TITLE_MAX);
	if (title) return { error: `The title ${title}.` };
	if (r.title !== decoded.value.title) {
		return { error: 'The title does not match the title in the assignment code.' };
	}
	const student = textProblem(r.student, 0, NAME_MAX);
	if (student) return { error: `The student’s name ${student}.` };
	if (!isIsoTime(r.finishedAt)) return { error: 'The hand-in time is not a date and time.' };
	const answers = answersProblem(r.answers);
	if (answers) return { error: `The answers ${answers}.` };
	return { assignment: decoded.value };
}

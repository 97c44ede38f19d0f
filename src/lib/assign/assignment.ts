/**
 * The assignment code: what a teacher's link carries.
 *
 *     1 jrqn cung1v2z d9 3 1r . Week-3~3a-sources
 *     │ │    │        │  │ │  │ └ title (text.ts): spaces as `-`, letters as they are, the rest `~XX`
 *     │ │    │        │  │ │  └ separator (never part of the title)
 *     │ │    │        │  │ └ sections: bit n−1 for section n, base 36, 1–8 digits, no leading 0
 *     │ │    │        │  └ mode × 2 + requireName: 0–5 (practice, graded, graded-hidden)
 *     │ │    │        └ check digits (checksum.ts) over the rest of the code, in canonical form
 *     │ │    └ bank version (bank.json `version`, 8 characters)
 *     │ └ article tag (articleTag(slug), 4 characters)
 *     └ format version
 *
 * written without spaces: `1jrqncung1v2zd931r.Week-3~3a-sources` (36 characters; graded, name
 * required, sections 1–6 of the shipped article). Everything before the `.` is
 * lower-case base 36 and read case-insensitively; the title keeps its case. 18 characters + `.` + title
 * for up to 6 sections (up to 26 for 40 sections).
 */
import { checkDigits, fnv1a32 } from './checksum';
import { decodeText, encodeText, textProblem, TITLE_MAX } from './text';
import type { Assignment, AssignmentMode, Decoded } from './types';

export const MODES: readonly AssignmentMode[] = ['practice', 'graded', 'graded-hidden'];
export const MAX_SECTIONS = 40;
/** Longer input is refused before it is read. */
export const MAX_CODE_LENGTH = 300;

const BASE36 = /^[0-9a-z]*$/;
const TAG_LENGTH = 4;
const BANK_LENGTH = 8;

/** A short, stable tag of an article's slug: 4 lower-case base-36 characters (FNV-1a of the slug). */
export function articleTag(slug: string): string {
	return (fnv1a32(slug) % 36 ** TAG_LENGTH).toString(36).padStart(TAG_LENGTH, '0');
}

/** What is wrong with an assignment, as one sentence, or null when it can be encoded. */
export function assignmentProblem(a: Assignment): string | null {
	if (typeof a !== 'object' || a === null) return 'The assignment is missing.';
	if (a.version !== 1) return 'The assignment has an unknown format version.';
	if (typeof a.article !== 'string' || a.article.length !== TAG_LENGTH || !BASE36.test(a.article)) {
		return 'The assignment’s article tag must be 4 lower-case letters or digits (see articleTag).';
	}
	if (typeof a.bank !== 'string' || a.bank.length !== BANK_LENGTH || !BASE36.test(a.bank)) {
		return 'The assignment’s bank version must be 8 lower-case letters or digits.';
	}
	const title = textProblem(a.title, 1, TITLE_MAX);
	if (title) return `The title ${title}.`;
	const s = a.sections;
	if (!Array.isArray(s) || s.length === 0) return 'The assignment has no sections.';
	if (!s.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_SECTIONS)) {
		return `Section numbers must be whole numbers from 1 to ${MAX_SECTIONS}.`;
	}
	if (!s.every((n, i) => i === 0 || n > (s[i - 1] as number))) {
		return 'Section numbers must be in ascending order, each once.';
	}
	if (!MODES.includes(a.mode)) return 'The assignment has an unknown mode.';
	if (typeof a.requireName !== 'boolean')
		return 'The assignment must say whether a name is required.';
	return null;
}

/** The part of the header a checksum-free embedding (the results code) carries: all but the check. */
export function assignmentHead(a: Assignment): string {
	let mask = 0;
	for (const n of a.sections) mask += 2 ** (n - 1);
	const mode = MODES.indexOf(a.mode) * 2 + (a.requireName ? 1 : 0);
	return `1${a.article}${a.bank}${mode}${mask.toString(36)}`;
}

/**
 * The text the check digits cover: the code without them, in canonical form (lower case, the title as
 * encodeText writes it), so a code read from a percent-encoded address checks the same.
 */
const checked = (head: string, title: string) => `${head}.${encodeText(title)}`;

/**
 * The assignment as a code (without `#` or `?c=`; the pages add those). Throws a RangeError with
 * assignmentProblem's sentence when the assignment is not valid: check first when it comes from a form.
 */
export function encodeAssignment(a: Assignment): string {
	const problem = assignmentProblem(a);
	if (problem) throw new RangeError(problem);
	const head = assignmentHead(a);
	const check = checkDigits(checked(head, a.title), 2);
	return `${head.slice(0, 13)}${check}${head.slice(13)}.${encodeText(a.title)}`;
}

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

const DAMAGED =
	'This assignment code is damaged or incomplete: check it for a mistyped or missing character, or ask for the link again.';

/**
 * Reads a head (`1` tag bank [check] mode mask) and an encoded title. Shared with the results code,
 * which embeds the head without check digits.
 */
export function readAssignment(
	head: string,
	encodedTitle: string,
	withCheck: boolean
): Decoded<Assignment> {
	head = head.toLowerCase();
	if (!BASE36.test(head)) return fail(DAMAGED);
	if (head[0] !== '1') {
		return fail(
			/^[2-9]$/.test(head[0] ?? '')
				? 'This assignment code was made by a newer version of Crosscheck than this site.'
				: 'This is not a Crosscheck assignment code: it should start with the digit 1.'
		);
	}
	const fixed = 1 + TAG_LENGTH + BANK_LENGTH + (withCheck ? 2 : 0) + 1;
	if (head.length < fixed + 1)
		return fail('This assignment code is incomplete: part of it is missing.');
	const article = head.slice(1, 1 + TAG_LENGTH);
	const bank = head.slice(1 + TAG_LENGTH, 1 + TAG_LENGTH + BANK_LENGTH);
	const check = withCheck ? head.slice(fixed - 3, fixed - 1) : '';
	const modeDigit = parseInt(head[fixed - 1] as string, 36);
	const maskText = head.slice(fixed);
	const title = decodeText(encodedTitle);
	if (title === null) return fail('The title in this assignment code is damaged.');
	if (withCheck) {
		const body = `${head.slice(0, fixed - 3)}${head.slice(fixed - 1)}`;
		if (checkDigits(checked(body, title), 2) !== check) return fail(DAMAGED);
	}
	if (modeDigit > 5) return fail(DAMAGED);
	if (maskText.length > 1 && maskText[0] === '0') return fail(DAMAGED);
	if (maskText.length > 8) {
		return fail(
			`This assignment code names sections beyond ${MAX_SECTIONS}, the most an article can have.`
		);
	}
	const mask = parseInt(maskText, 36);
	if (mask === 0) return fail('This assignment code names no sections.');
	if (mask >= 2 ** MAX_SECTIONS) {
		return fail(
			`This assignment code names sections beyond ${MAX_SECTIONS}, the most an article can have.`
		);
	}
	const sections: number[] = [];
	for (let n = 1, rest = mask; rest > 0; n++, rest = Math.floor(rest / 2))
		if (rest % 2) sections.push(n);
	const problem = textProblem(title, 1, TITLE_MAX);
	if (problem) return fail(`The title in this assignment code ${problem}.`);
	return {
		ok: true,
		value: {
			version: 1,
			article,
			bank,
			title,
			sections,
			mode: MODES[Math.floor(modeDigit / 2)] as AssignmentMode,
			requireName: modeDigit % 2 === 1
		}
	};
}

/**
 * Reads an assignment code. Never throws. Accepts the code as encodeAssignment wrote it, in any case
 * before the `.`, with the title's letters percent-encoded or not, with surrounding white space; decoding
 * it once more with decodeURIComponent changes nothing. Does not check that the article, bank version
 * or sections exist on this site: the caller compares `article`, `bank` and `sections` with its own.
 */
export function decodeAssignment(code: string): Decoded<Assignment> {
	if (typeof code !== 'string') return fail('There is no assignment code.');
	if (code.length > MAX_CODE_LENGTH) {
		return fail('This assignment code is too long to be one: check that only the code was pasted.');
	}
	const trimmed = code.trim();
	if (trimmed === '') return fail('There is no assignment code.');
	const dot = trimmed.indexOf('.');
	if (dot < 0)
		return fail('This assignment code is incomplete: the part with the title is missing.');
	return readAssignment(trimmed.slice(0, dot), trimmed.slice(dot + 1), true);
}

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
 *
 * Format 2, written since the teacher can leave questions out, adds that choice and a code short enough
 * to type, which names the assignment without its title:
 *
 *     2 jrqn cung1v2z k4 3 7f 1 1r 0a9 3xk . Week-3~3a-sources
 *     │ │    │        │  │ │  │ │  └ left-out questions: questionTag of each, ascending (none: empty)
 *     │ │    │        │  │ │  │ └ sections, as in format 1
 *     │ │    │        │  │ │  └ how many digits the sections take (1–8)
 *     │ │    │        │  │ └ titleTag of the title (2 digits), so two titles are two assignments
 *     │ │    │        │  └ mode × 2 + requireName
 *     │ │    │        └ check digits over the head alone (everything before the `.`, without them)
 *     │ │    └ bank version
 *     │ └ article tag
 *     └ format version
 *
 * The part before the `.` is the typed code (`2jrq-ncun-g1v2-zk43-7f11-r`: 21 characters for the
 * sections of the shipped article; `-` and spaces are ignored when read). The title after it is
 * optional and checked against its tag; an assignment read without it has the title ''.
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
const QUESTION_TAG_LENGTH = 3;
const TITLE_TAG_LENGTH = 2;

/** A short, stable tag of an article's slug: 4 lower-case base-36 characters (FNV-1a of the slug). */
export function articleTag(slug: string): string {
	return (fnv1a32(slug) % 36 ** TAG_LENGTH).toString(36).padStart(TAG_LENGTH, '0');
}

/**
 * A question's tag in a code: 3 base-36 digits (FNV-1a of its id). Left-out questions are named by tag
 * rather than by position, so a link keeps leaving out the same questions after the bank is regenerated
 * (a question that did not change keeps its id).
 */
export function questionTag(id: string): string {
	return (fnv1a32(id) % 36 ** QUESTION_TAG_LENGTH).toString(36).padStart(QUESTION_TAG_LENGTH, '0');
}

/** The title's tag in a format-2 code (2 base-36 digits of FNV-1a of the title). */
export function titleTag(title: string): string {
	return (fnv1a32(title.normalize('NFC')) % 36 ** TITLE_TAG_LENGTH)
		.toString(36)
		.padStart(TITLE_TAG_LENGTH, '0');
}

const QUESTION_TAG = /^[0-9a-z]{3}$/;

/** What is wrong with an assignment, as one sentence, or null when it can be encoded. */
export function assignmentProblem(a: Assignment): string | null {
	if (typeof a !== 'object' || a === null) return 'The assignment is missing.';
	if (a.version !== 1 && a.version !== 2) return 'The assignment has an unknown format version.';
	if (typeof a.article !== 'string' || a.article.length !== TAG_LENGTH || !BASE36.test(a.article)) {
		return 'The assignment’s article tag must be 4 lower-case letters or digits (see articleTag).';
	}
	if (typeof a.bank !== 'string' || a.bank.length !== BANK_LENGTH || !BASE36.test(a.bank)) {
		return 'The assignment’s bank version must be 8 lower-case letters or digits.';
	}
	// A format-2 assignment read from a typed code has no title, only the title's tag.
	const untitled = a.version === 2 && a.title === '';
	const title = textProblem(a.title, untitled ? 0 : 1, TITLE_MAX);
	if (title) return `The title ${title}.`;
	if (untitled && !(typeof a.titleTag === 'string' && /^[0-9a-z]{2}$/.test(a.titleTag)))
		return 'An assignment without a title needs the tag of its title.';
	const omit = a.omit ?? [];
	if (!Array.isArray(omit) || !omit.every((t) => typeof t === 'string' && QUESTION_TAG.test(t)))
		return 'Left-out questions must be named by their tags (see questionTag).';
	if (!omit.every((t, i) => i === 0 || t > (omit[i - 1] as string)))
		return 'Left-out questions must be in ascending order, each once.';
	if (a.version === 1 && omit.length > 0)
		return 'Only a format-2 assignment can leave questions out.';
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

const sectionsMask = (sections: readonly number[]) => {
	let mask = 0;
	for (const n of sections) mask += 2 ** (n - 1);
	return mask.toString(36);
};

const modeDigit = (a: Assignment) => MODES.indexOf(a.mode) * 2 + (a.requireName ? 1 : 0);

/** The tag of a format-2 assignment's title (kept when the title itself is not known). */
const titleTagOf = (a: Assignment) => (a.title === '' ? (a.titleTag ?? '') : titleTag(a.title));

/**
 * Format 2's head without its check digits: everything the check covers. `2` tag bank mode titleTag
 * length sections omit.
 */
function headWithoutCheck2(a: Assignment): string {
	const mask = sectionsMask(a.sections);
	return `2${a.article}${a.bank}${modeDigit(a)}${titleTagOf(a)}${mask.length}${mask}${(a.omit ?? []).join('')}`;
}

/** The part of the header a checksum-free embedding (the results code) carries: all but the check. */
export function assignmentHead(a: Assignment): string {
	if (a.version === 2) return headWithoutCheck2(a);
	return `1${a.article}${a.bank}${modeDigit(a)}${sectionsMask(a.sections)}`;
}

/** Where format 2's check digits go: after `2`, the article tag and the bank version. */
const CHECK_AT = 1 + TAG_LENGTH + BANK_LENGTH;

/**
 * The short code a student can type (format 2): the head with its check digits, without the title.
 * Throws like encodeAssignment.
 */
export function typedCode(a: Assignment): string {
	const problem = assignmentProblem(a);
	if (problem) throw new RangeError(problem);
	if (a.version !== 2) throw new RangeError('Only a format-2 assignment has a typed code.');
	const head = headWithoutCheck2(a);
	return `${head.slice(0, CHECK_AT)}${checkDigits(head, 2)}${head.slice(CHECK_AT)}`;
}

/** The typed code as it is printed: groups of four, so it can be read out and typed without losing place. */
export const groupedCode = (code: string) => (code.match(/.{1,4}/g) ?? []).join('-');

/**
 * What makes two assignments the same one, whatever copy of the link was opened: the whole code for
 * format 1 (the title is in its check), the typed code for format 2 (the title's tag is in it). Progress
 * and the class report key on it.
 */
export function assignmentIdentity(a: Assignment): string {
	return a.version === 2 ? typedCode(a) : encodeAssignment(a);
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
	if (a.version === 2)
		return a.title === '' ? typedCode(a) : `${typedCode(a)}.${encodeText(a.title)}`;
	const head = assignmentHead(a);
	const check = checkDigits(checked(head, a.title), 2);
	return `${head.slice(0, 13)}${check}${head.slice(13)}.${encodeText(a.title)}`;
}

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

const DAMAGED =
	'This assignment code is damaged or incomplete: check it for a mistyped or missing character, or ask for the link again.';

/**
 * Reads a head (`1` tag bank [check] mode mask, or format 2's) and an encoded title. Shared with the results code,
 * which embeds the head without check digits.
 */
export function readAssignment(
	head: string,
	encodedTitle: string,
	withCheck: boolean
): Decoded<Assignment> {
	head = head.toLowerCase();
	if (!BASE36.test(head)) return fail(DAMAGED);
	if (head[0] === '2') return readAssignment2(head, encodedTitle, withCheck);
	if (head[0] !== '1') {
		return fail(
			/^[3-9]$/.test(head[0] ?? '')
				? 'This assignment code was made by a newer version of Crosscheck than this site.'
				: 'This is not a Crosscheck assignment code: it should start with the digit 1 or 2.'
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
	const sections = readSections(maskText);
	if (typeof sections === 'string') return fail(sections);
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

/** The section numbers of a mask (bit n − 1 for section n). */
function sectionsOf(mask: number): number[] {
	const sections: number[] = [];
	for (let n = 1, rest = mask; rest > 0; n++, rest = Math.floor(rest / 2))
		if (rest % 2) sections.push(n);
	return sections;
}

/** Reads the sections mask of a code: a sentence when it is not one, else the section numbers. */
function readSections(maskText: string): number[] | string {
	if (maskText.length > 1 && maskText[0] === '0') return DAMAGED;
	const beyond = `This assignment code names sections beyond ${MAX_SECTIONS}, the most an article can have.`;
	if (maskText.length > 8) return beyond;
	const mask = parseInt(maskText, 36);
	if (!(mask > 0)) return 'This assignment code names no sections.';
	if (mask >= 2 ** MAX_SECTIONS) return beyond;
	return sectionsOf(mask);
}

/** Format 2 (see the top of this file). `head` is lower-case base 36. */
function readAssignment2(
	head: string,
	encodedTitle: string,
	withCheck: boolean
): Decoded<Assignment> {
	const checkLength = withCheck ? 2 : 0;
	const modeAt = CHECK_AT + checkLength;
	const lengthAt = modeAt + 1 + TITLE_TAG_LENGTH;
	if (head.length < lengthAt + 2)
		return fail('This assignment code is incomplete: part of it is missing.');
	const body = `${head.slice(0, CHECK_AT)}${head.slice(modeAt)}`;
	if (withCheck && checkDigits(body, 2) !== head.slice(CHECK_AT, modeAt)) return fail(DAMAGED);
	const mode = parseInt(head[modeAt] as string, 36);
	const tag = head.slice(modeAt + 1, lengthAt);
	const maskLength = parseInt(head[lengthAt] as string, 36);
	const rest = head.slice(lengthAt + 1);
	if (mode > 5 || maskLength < 1 || maskLength > rest.length) return fail(DAMAGED);
	const sections = readSections(rest.slice(0, maskLength));
	if (typeof sections === 'string') return fail(sections);
	const omitText = rest.slice(maskLength);
	if (omitText.length % QUESTION_TAG_LENGTH !== 0) return fail(DAMAGED);
	const omit = omitText.match(/.{3}/g) ?? [];
	if (!omit.every((t, i) => i === 0 || t > (omit[i - 1] as string))) return fail(DAMAGED);
	const title = encodedTitle === '' ? '' : decodeText(encodedTitle);
	if (title === null || (title !== '' && titleTag(title) !== tag))
		return fail('The title in this assignment code is damaged.');
	const problem = textProblem(title, 0, TITLE_MAX);
	if (problem) return fail(`The title in this assignment code ${problem}.`);
	const a: Assignment = {
		version: 2,
		article: head.slice(1, 1 + TAG_LENGTH),
		bank: head.slice(1 + TAG_LENGTH, CHECK_AT),
		title,
		sections,
		mode: MODES[Math.floor(mode / 2)] as AssignmentMode,
		requireName: mode % 2 === 1,
		omit
	};
	if (title === '') a.titleTag = tag;
	return { ok: true, value: a };
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
	// A format-2 code is typed from print in groups, so `-` and spaces between them are not part of it.
	const raw = dot < 0 ? trimmed : trimmed.slice(0, dot);
	const head = raw[0] === '2' ? raw.replace(/[\s-]+/g, '') : raw;
	if (dot < 0 && head[0] === '1')
		return fail('This assignment code is incomplete: the part with the title is missing.');
	return readAssignment(head, dot < 0 ? '' : trimmed.slice(dot + 1), true);
}

import type { Assignment, Decoded, Results } from '../assign/types';
import {
	articleTag,
	assignmentIdentity,
	assignmentQuestions,
	decodeAssignment,
	decodeResultsCode,
	encodeAssignment,
	MAX_FILE_BYTES,
	MAX_RESULTS_CODE_LENGTH,
	parseResultsFile,
	resultsCodeAssignment
} from './codec';
import type { ReportData, ReportQuestion } from './types';
import { sectionsPhrase } from '../phrase';

/** Files larger than this are refused without being read: a results file is a few kilobytes. */
export { MAX_FILE_BYTES };

/** One thing the teacher handed to the page: a file (its text, unless too big to read) or a pasted code. */
export type Input =
	| { kind: 'file'; source: string; size: number; text?: string }
	| { kind: 'code'; source: string; text: string };

/** An input after reading: the results it holds, or why it could not be read. */
export interface Candidate {
	source: string;
	outcome: Decoded<Results>;
	/** The bank version a results code was packed for, when it was not today's (its check digits tell). */
	answeredOn?: string;
}

export interface Accepted {
	source: string;
	results: Results;
	/** The student's name, or a stand-in when none was given; always shown as text. */
	label: string;
	/** Source of an earlier accepted result under the same name (with other answers): worth a look. */
	sameNameAs?: string;
	/** As in Candidate. */
	answeredOn?: string;
}

export interface Refused {
	source: string;
	reason: string;
}

export interface Duplicate {
	source: string;
	label: string;
	/** Source of the accepted result this one repeats. */
	of: string;
}

/** The assignment every accepted result must belong to. */
export interface Expected {
	/** The assignment's code as encodeAssignment writes it. */
	code: string;
	assignment: Assignment;
	/** `link`: given by the teacher (page address or field); `first`: taken from the first accepted result. */
	origin: 'link' | 'first';
}

export interface Classified {
	expected: Expected | null;
	accepted: Accepted[];
	duplicates: Duplicate[];
	refused: Refused[];
}

/**
 * Splits pasted text into codes: blank lines or line breaks separate them. A results code starts with
 * `CR` and a digit, so a line that does not is the rest of a code an e-mail program wrapped, unless
 * the code before it is already whole (`isWhole`, e.g. it decodes) or the line is a sentence (it has
 * spaces: “Thanks, Ben”), which is left out. Pasted JSON (a results file's text) is kept whole.
 */
export function splitCodes(
	text: string,
	isWhole: (code: string) => boolean = () => false
): string[] {
	const blocks = text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter(Boolean);
	return blocks.flatMap((block) => {
		if (block.startsWith('{')) return [block];
		const codes: string[] = [];
		for (const line of block.split('\n')) {
			const trimmed = line.trim();
			if (!trimmed) continue;
			if (CODE_START.test(trimmed)) codes.push(trimmed);
			else if (/\s/.test(trimmed.replace(/^(>\s*)+/, ''))) continue;
			else if (
				codes.length &&
				// A code never grows past the longest a code can be, so each check reads a bounded text
				// and a paste of thousands of lines stays linear.
				codes[codes.length - 1]!.length + trimmed.length <= MAX_RESULTS_CODE_LENGTH &&
				!isWhole(codes[codes.length - 1]!)
			)
				codes[codes.length - 1] += trimmed;
			else codes.push(trimmed);
		}
		return codes;
	});
}

/** How a module link begins (`m` and its format version); an assignment code begins with a digit. */
export const MODULE_LINK = /^m\d/i;

/** How a results code begins, after any e-mail quote marks. */
const CODE_START = /^(>\s*)*cr\d/i;

/** Reads every input: the file's JSON or the pasted code, decoded against the bank. */
export function readInputs(inputs: readonly Input[], data: ReportData): Candidate[] {
	return inputs.map((input) => ({ source: input.source, ...readInput(input, data) }));
}

function readInput(input: Input, data: ReportData): Omit<Candidate, 'source'> {
	const read = readInputOutcome(input, data);
	return 'outcome' in read ? read : { outcome: read };
}

function readInputOutcome(
	input: Input,
	data: ReportData
): Decoded<Results> | Omit<Candidate, 'source'> {
	if (input.kind === 'file') {
		if (input.size > MAX_FILE_BYTES) {
			return fail(
				`The file is ${kilobytes(input.size)}; a results file is a few KB, so files over 1 MB are not read.`
			);
		}
		if (input.text === undefined) return fail('The browser could not read the file.');
		if (!isJson(input.text)) {
			return fail('The file is not JSON: it is not a results file saved by Crosscheck.');
		}
		return parseResultsFile(input.text);
	}
	const text = input.text.trim();
	if (text.startsWith('{')) {
		return isJson(text)
			? parseResultsFile(text)
			: fail('The pasted text starts like a results file but is not valid JSON.');
	}
	// The code's answers are packed for its assignment's questions: read which assignment first.
	const named = resultsCodeAssignment(text);
	if (named?.ok) {
		const mismatch = checkAssignment(named.value, data);
		if (mismatch) return fail(mismatch);
		const sectionIds = data.sections.map((s) => s.id);
		const now = decodeResultsCode(
			text,
			assignmentQuestions(data.questions, sectionIds, named.value),
			named.value.bank
		);
		// A link made before an update: handed in then, the answers were packed for the questions of then.
		const then = data.earlier.find((e) => e.version === named.value.bank);
		if (now.ok || !then) return now;
		const earlier = decodeResultsCode(
			text,
			assignmentQuestions(then.questions, sectionIds, named.value),
			named.value.bank
		);
		return earlier.ok ? { outcome: earlier, answeredOn: then.version } : now;
	}
	return decodeResultsCode(text, data.questions, data.bank);
}

const fail = (error: string): Decoded<never> => ({ ok: false, error });

function decodedComponent(text: string): string {
	try {
		return decodeURIComponent(text).trim();
	} catch {
		// A stray “%” typed by hand: let the decoder say what is wrong with the code.
		return text.trim();
	}
}

function isJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

function kilobytes(bytes: number): string {
	return bytes >= 1_000_000
		? `${(bytes / 1_000_000).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1000)} KB`;
}

/**
 * The assignment code the teacher gave (the page's `#CODE` or `?a=CODE`, a pasted code or the whole
 * assignment link), checked against this page's article and bank.
 */
export function expectedFrom(input: string, data: ReportData): Decoded<Expected> {
	let code = input.trim();
	// A whole link: the code follows `#`, or `?c=` or `?a=` (a link an LMS rewrote, a section page's).
	// In a module's links (`/m/?a=CODE#m1…`, its report's `/teacher/report/?a=CODE#m1…`) the fragment
	// is the module link and the code is `?a=`. Assignment codes begin with a digit, module links `m`.
	const hash = code.lastIndexOf('#');
	const fragment = hash >= 0 ? code.slice(hash + 1) : '';
	const query = /[?&][ac]=([^&#]*)/.exec(code);
	if (query && (hash < 0 || MODULE_LINK.test(fragment))) code = decodedComponent(query[1]!);
	else if (hash >= 0) code = fragment;
	if (!code) return fail('Enter an assignment code or link.');
	const decoded = decodeAssignment(code);
	if (!decoded.ok) return decoded;
	const mismatch = checkAssignment(decoded.value, data);
	if (mismatch) return fail(mismatch);
	return {
		ok: true,
		value: { code: encodeAssignment(decoded.value), assignment: decoded.value, origin: 'link' }
	};
}

/**
 * Why results are for another article than the report's. An assignment names its article by a short
 * tag of the slug, which cannot tell a module from another site's article; a module's report knows the
 * built-in article's tag, so it can tell results for that article from results for another module.
 */
export const OTHER_ARTICLE =
	'It is for another article than this report’s, or for a module: open the report from the assignment sheet it came from.';
export const OTHER_MODULE =
	'It is for another module than this report’s, or for another site’s article: open the report from the assignment sheet it came from.';
export const BUILT_IN_ARTICLE =
	'It is for this site’s built-in article, not this module: import it in the built-in article’s report.';

/** Why an assignment cannot be reported on this page, or null when it can. */
function checkAssignment(a: Assignment, data: ReportData): string | null {
	if (a.article !== articleTag(data.slug)) {
		if (!data.module) return OTHER_ARTICLE;
		return a.article === articleTag(data.module.builtIn) ? BUILT_IN_ARTICLE : OTHER_MODULE;
	}
	if (a.bank !== data.bank && !data.earlier.some((e) => e.version === a.bank)) {
		// A module's questions are written in the browser from its link: another version of the
		// question writer writes others.
		return data.module
			? 'It was made when Crosscheck wrote this module’s questions differently, so it cannot be graded here.'
			: 'It was made for another version of the questions than this site has, so it cannot be graded here.';
	}
	return null;
}

/** Text that identifies a student's answers, whatever order the keys were written in. */
function answersKey(answers: Results['answers']): string {
	return JSON.stringify(
		Object.keys(answers)
			.sort()
			.map((id) => {
				const a = answers[id]!;
				return [
					id,
					typeof a === 'string'
						? a
						: Object.keys(a)
								.sort()
								.map((k) => [k, a[k]])
				];
			})
	);
}

const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Sorts read inputs into accepted results, duplicates (counted once) and refusals, each with its reason.
 * Every result must be for the `expected` assignment, or for the first accepted result's assignment.
 */
export function classify(
	candidates: readonly Candidate[],
	data: ReportData,
	expected: Expected | null = null
): Classified {
	const out: Classified = { expected, accepted: [], duplicates: [], refused: [] };
	const byChecksum = new Map<string, Accepted>();
	const byNameAndAnswers = new Map<string, Accepted>();
	const byName = new Map<string, Accepted>();
	let unnamed = 0;

	for (const { source, outcome, answeredOn } of candidates) {
		if (!outcome.ok) {
			out.refused.push({ source, reason: outcome.error });
			continue;
		}
		const results = outcome.value;
		const reason = assignmentProblem(results, data, out.expected);
		if (typeof reason === 'string') {
			out.refused.push({ source, reason });
			continue;
		}
		const misfit = answersMisfit(results, reason, data);
		if (misfit) {
			out.refused.push({ source, reason: misfit });
			continue;
		}
		out.expected ??= { code: encodeAssignment(reason), assignment: reason, origin: 'first' };

		const name = nameKey(results.student);
		const answers = answersKey(results.answers);
		const earlier =
			byChecksum.get(results.checksum) ??
			(name ? byNameAndAnswers.get(`${name}\n${answers}`) : undefined);
		const label = results.student.trim() || `No name ${unnamed + 1}`;
		if (earlier) {
			out.duplicates.push({ source, label, of: earlier.source });
			continue;
		}
		if (!name) unnamed++;
		const entry: Accepted = { source, results, label };
		if (answeredOn) entry.answeredOn = answeredOn;
		const sameName = name ? byName.get(name) : undefined;
		if (sameName) entry.sameNameAs = sameName.source;
		out.accepted.push(entry);
		byChecksum.set(results.checksum, entry);
		if (name) {
			byNameAndAnswers.set(`${name}\n${answers}`, entry);
			if (!sameName) byName.set(name, entry);
		}
	}
	return out;
}

/** The result's assignment when it belongs in this report, else one sentence saying why not. */
function assignmentProblem(
	results: Results,
	data: ReportData,
	expected: Expected | null
): Assignment | string {
	const decoded = decodeAssignment(results.assignment);
	if (!decoded.ok) return `Its assignment code cannot be read: ${decoded.error}`;
	const a = decoded.value;
	const mismatch = checkAssignment(a, data);
	if (mismatch) return mismatch;
	// Assignments are compared by identity: case, percent-encoding and a typed code's missing title may
	// differ between copies of one assignment.
	if (!expected || assignmentIdentity(a) === assignmentIdentity(expected.assignment)) return a;
	const e = expected.assignment;
	const which =
		expected.origin === 'link' ? 'the assignment this report is for' : 'the first result';
	return `It is for another assignment (${describe(a)}) than ${which} (${describe(e)}).`;
}

/** Why the answers cannot be the assignment's (a question or choice it does not have), or null. */
function answersMisfit(results: Results, a: Assignment, data: ReportData): string | null {
	const sectionIds = data.sections.map((s) => s.id);
	// A link made before an update may have been answered on the questions of then.
	const then = data.earlier.find((e) => e.version === a.bank)?.questions ?? [];
	const versions = new Map<string, ReportQuestion[]>();
	for (const q of [
		...assignmentQuestions(data.questions, sectionIds, a),
		...assignmentQuestions(then, sectionIds, a)
	])
		versions.set(q.id, [...(versions.get(q.id) ?? []), q]);
	for (const [id, answer] of Object.entries(results.answers)) {
		const fitsOne = (q: ReportQuestion) => {
			const choice = (c: unknown) => q.choices.some((x) => x.id === c);
			return q.kind === 'match-estimates'
				? typeof answer === 'object' &&
						Object.entries(answer).every(
							([item, c]) => q.items.some((i) => i.id === item) && choice(c)
						)
				: choice(answer);
		};
		const fits = (versions.get(id) ?? []).some(fitsOne);
		if (!fits) return 'Its answers do not fit the questions of this assignment on this site.';
	}
	return null;
}

/** “‘Homework 3’, sections 2 and 4, graded” */
export function describe(a: Assignment): string {
	const sections = sectionsPhrase(a.sections);
	const mode =
		a.mode === 'practice' ? 'practice' : a.mode === 'graded' ? 'graded' : 'graded, answers hidden';
	return `“${a.title}”, ${sections}, ${mode}`;
}

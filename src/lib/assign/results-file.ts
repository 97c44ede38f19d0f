/**
 * Results as a file a student downloads and a teacher opens: the Results object as pretty JSON. The
 * checksum is CRC-32 (checksum.ts) over a canonical form of the other fields, so re-indenting the file
 * or reordering its keys keeps it valid while a changed character does not.
 */
import * as v from 'valibot';
import type { Answer } from '../quiz/grade';
import { crc32 } from './checksum';
import { answersProblem, isIsoTime, normaliseAnswers, resultsProblem } from './results';
import { utf8Encode, utf8Length } from './utf8';
import type { Decoded, Results } from './types';

export const RESULTS_FORMAT = 'crosscheck-results';
/** Files larger than this (in UTF-8 bytes) are refused unread. */
export const MAX_FILE_BYTES = 1_000_000;

type Facts = Omit<Results, 'checksum' | 'format' | 'version'>;

/** The text the checksum covers: fixed field order, answers and pairings sorted by id. */
function canonical(r: Facts): string {
	const sorted = (o: Record<string, unknown>) =>
		Object.keys(o)
			.sort()
			.map((k) => [k, o[k]]);
	const answers = sorted(r.answers).map(([id, a]) => [
		id,
		typeof a === 'string' ? a : sorted(a as Record<string, Answer>)
	]);
	return JSON.stringify([
		RESULTS_FORMAT,
		1,
		r.assignment,
		r.title,
		r.student,
		answers,
		r.finishedAt
	]);
}

export function resultsChecksum(r: Facts): string {
	return crc32(canonical(r));
}

/**
 * The results file's text: pretty JSON (tab-indented, as the rest of the project) with the checksum.
 * Answers are normalised first (empty answers and empty pairings are left out). Throws a RangeError
 * with a sentence when the facts are not valid (see parseResultsFile for the rules).
 */
export function toResultsFile(r: Facts): string {
	const facts: Facts = {
		assignment: r.assignment,
		title: r.title,
		student: r.student,
		answers: normaliseAnswers(r.answers),
		finishedAt: r.finishedAt
	};
	const problem = resultsProblem(facts);
	if ('error' in problem) throw new RangeError(problem.error);
	const results: Results = {
		format: RESULTS_FORMAT,
		version: 1,
		...facts,
		checksum: resultsChecksum(facts)
	};
	return JSON.stringify(results, null, '\t') + '\n';
}

const ResultsSchema = v.object({
	format: v.literal(RESULTS_FORMAT),
	version: v.literal(1),
	assignment: v.pipe(v.string('The assignment code is not text.'), v.maxLength(300)),
	title: v.string('The title is not text.'),
	student: v.string('The student’s name is not text.'),
	answers: v.pipe(
		v.unknown(),
		v.rawCheck(({ dataset, addIssue }) => {
			const problem = answersProblem(dataset.value);
			if (problem) addIssue({ message: `The answers ${problem}.` });
		})
	),
	finishedAt: v.custom<string>(isIsoTime, 'The hand-in time is not a date and time.'),
	checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'The checksum is missing or malformed.'))
});

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/**
 * Reads a results file. Never throws; every refusal is one sentence. Strings come back exactly as in
 * the file: show them as text, never as HTML. Checks the shape of the answers, not that they fit the
 * bank: the class report matches them with its questions.
 */
export function parseResultsFile(text: string): Decoded<Results> {
	if (typeof text !== 'string') return fail('The file is empty.');
	if (text.length > MAX_FILE_BYTES || utf8Length(text) > MAX_FILE_BYTES) {
		return fail('The file is larger than 1 MB, far more than any Crosscheck results file.');
	}
	if (text.trim() === '') return fail('The file is empty.');
	if (utf8Encode(text) === null) return fail('The file is not readable text.');
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch {
		return fail('The file is not a Crosscheck results file: it is not JSON.');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return fail('The file is not a Crosscheck results file.');
	}
	const raw = data as Record<string, unknown>;
	if (raw.format !== RESULTS_FORMAT) return fail('The file is not a Crosscheck results file.');
	if (raw.version !== 1) {
		return fail(
			typeof raw.version === 'number' && raw.version > 1
				? 'The file was made by a newer version of Crosscheck than this page can read.'
				: 'The file is a Crosscheck results file of a version this page cannot read.'
		);
	}
	const parsed = v.safeParse(ResultsSchema, data);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const message = issue.message.endsWith('.')
			? issue.message
			: `The ${issue.path?.[0]?.key ?? 'file'} field is not valid.`;
		return fail(`The file is damaged: ${message.charAt(0).toLowerCase()}${message.slice(1)}`);
	}
	const r = parsed.output;
	const facts: Facts = {
		assignment: r.assignment,
		title: r.title,
		student: r.student,
		answers: Object.fromEntries(Object.entries(r.answers as Record<string, Answer>)),
		finishedAt: r.finishedAt
	};
	if (resultsChecksum(facts) !== r.checksum) {
		return fail('The file is damaged: its checksum does not match its contents. Ask for it again.');
	}
	const problem = resultsProblem(facts);
	if ('error' in problem) return fail(`The file is damaged: ${lower(problem.error)}`);
	return {
		ok: true,
		value: { format: RESULTS_FORMAT, version: 1, ...facts, checksum: r.checksum }
	};
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A file name for the results: `crosscheck-<title>-<student>.json`, letters and digits of any script
 * kept, every run of anything else one `-`, each part at most 40 characters. Safe on Windows, macOS,
 * Linux and in zip files (no reserved characters or names, no leading or trailing dots or spaces).
 */
export function resultsFileName(r: Pick<Results, 'title' | 'student'>): string {
	// Whole words up to 40 characters (“Week-3-sources”, not “Week-3-sourc”); a single longer word is cut.
	const part = (s: unknown) => {
		const words = (typeof s === 'string' ? s.normalize('NFC') : '')
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean);
		let out = '';
		for (const w of words) {
			const next = out ? `${out}-${w}` : w;
			if ([...next].length > 40) break;
			out = next;
		}
		return out || [...(words[0] ?? '')].slice(0, 40).join('');
	};
	return (
		['crosscheck', part(r.title) || 'results', part(r.student)].filter(Boolean).join('-') + '.json'
	);
}

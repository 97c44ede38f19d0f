/**
 * The export CLI's work (scripts/export.ts runs it): an assignment of an article's questions as a
 * Moodle GIFT file, a QTI 3.0 zip or a SCORM 1.2 zip, chosen as on the teacher's page. File I/O and
 * arguments only; the exports are src/lib/export/build.ts, the same code the page runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../../src/lib/article/parse';
import { articleTag, decodeAssignment, encodeAssignment } from '../../src/lib/assign/assignment';
import { TITLE_MAX, typedText } from '../../src/lib/assign/text';
import type { Assignment, AssignmentMode } from '../../src/lib/assign/types';
import { parseBank } from '../../src/lib/bank/parse';
import { buildExport, FORMATS, type ExportFormat } from '../../src/lib/export/build';
import type { ExportSource } from '../../src/lib/export/chosen';
import { readPassMark } from '../../src/lib/export/formats';
import { omitProblem, omitTags } from '../../src/lib/teacher/choice';
import { readJson, readText, UsageError } from './cli-input';
import { SITE_FILES } from './site-files.js';

const HELP = `Usage:
  npm run export -- --format gift|qti|scorm --out FILE [choices]

Formats:
  gift    Moodle questions (Question bank → Import → GIFT)
  qti     a QTI 3.0 package of the questions (.zip)
  scorm   a SCORM 1.2 package of the assignment (.zip): the site's pages, reporting to the LMS.
          Needs the built site: run "npm run build" first (or give --site DIR)

Choices, as on the teacher's page (default: every section and question, practice mode):
  --article SLUG        an article of questions/ (default: north-korean-troops); gift and qti only:
                        a SCORM package takes the article the site was built with
  --sections 1,3        the sections to assign
  --leave-out ID,ID     question ids (bank.json "id") to leave out
  --title TEXT          the assignment's title (default: the article's title)
  --mode MODE           practice | graded | graded-hidden
  --no-name             do not ask students for their name
  --pass-mark N         scorm: percent right to pass (default: none, it completes)
  --assignment CODE     take title, sections, questions and mode from an assignment link's code
                        (the part after "#" in the link the teacher's page made)
  --site DIR            scorm: the built site (default: build)

On bad input it prints one line to stderr and exits 1.`;

export interface Output {
	log: (line: string) => void;
	error: (line: string) => void;
}

function articleSource(root: string, slug: string): ExportSource {
	if (!/^[\w-]+$/.test(slug)) throw new UsageError(`--article ${slug}: not an article's slug`);
	const dir = join(root, 'questions', slug);
	if (!existsSync(join(dir, 'article.md')))
		throw new UsageError(`there is no article questions/${slug}/article.md`);
	const article = parseArticle(readText(join(dir, 'article.md')));
	const bank = parseBank(readJson(join(dir, 'bank.json')));
	return {
		slug,
		title: article.title,
		bank: bank.version,
		sections: article.sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
		questions: bank.questions,
		module: null
	};
}

/** The built site's files, and the article it was built with (its teacher/export.json). */
function readSite(dir: string): { site: Map<string, Uint8Array>; source: ExportSource } {
	const listFile = join(dir, SITE_FILES);
	if (!existsSync(listFile))
		throw new UsageError(
			`${dir} is not a built site (no ${SITE_FILES}): run "npm run build" first`
		);
	const { files } = readJson(listFile) as { files: string[] };
	const site = new Map<string, Uint8Array>();
	for (const path of files) {
		const file = join(dir, path);
		if (!existsSync(file)) throw new UsageError(`${file} is missing: run "npm run build" again`);
		site.set(path, new Uint8Array(readFileSync(file)));
	}
	const source = readJson(join(dir, 'teacher', 'export.json')) as ExportSource;
	return { site, source };
}

const list = (text: string | undefined) =>
	(text ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

/** An article's title as an assignment's: whole when it fits, else cut at a word, with “…”. */
function shortTitle(title: string): string {
	if (title.length <= TITLE_MAX) return title;
	const cut = title.slice(0, TITLE_MAX - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

interface Choices {
	sections?: string;
	'leave-out'?: string;
	title?: string;
	mode?: string;
	'no-name'?: boolean;
	assignment?: string;
}

function chooseAssignment(source: ExportSource, o: Choices): Assignment {
	const { bank } = source;
	const tag = articleTag(source.slug);
	if (o.assignment) {
		const decoded = decodeAssignment(o.assignment.replace(/^.*#/, ''));
		if (!decoded.ok) throw new UsageError(`--assignment: ${decoded.error}`);
		const a = decoded.value;
		if (a.article !== tag) throw new UsageError('--assignment: it is for another article');
		if (a.bank !== bank)
			throw new UsageError(
				'--assignment: it was made for another version of the questions; make it again on the teacher page'
			);
		if (!a.title)
			throw new UsageError('--assignment: a typed code has no title; give the link’s code');
		return a;
	}
	const all = source.sections.map((s) => s.number);
	const sections = o.sections ? list(o.sections).map(Number) : all;
	const wrong = sections.find((n) => !all.includes(n));
	if (wrong !== undefined || sections.length === 0)
		throw new UsageError(`--sections: the article has sections 1 to ${all.length}`);
	const mode = (o.mode ?? 'practice') as AssignmentMode;
	if (!['practice', 'graded', 'graded-hidden'].includes(mode))
		throw new UsageError(`--mode ${o.mode}: practice, graded or graded-hidden`);
	const chosen = source.sections
		.filter((s) => sections.includes(s.number))
		.map((s) => ({
			number: s.number,
			questions: source.questions.filter((q) => q.section === s.id)
		}));
	const left = list(o['leave-out']);
	const unknown = left.find((id) => !source.questions.some((q) => q.id === id));
	if (unknown) throw new UsageError(`--leave-out: there is no question ${unknown}`);
	const problem = omitProblem(chosen, left);
	if (problem) throw new UsageError(`--leave-out: ${problem}`);
	const title = typedText(o.title ?? shortTitle(source.title), 'The title', TITLE_MAX);
	if (!title.ok) throw new UsageError(`--title: ${title.error}`);
	const assignment: Assignment = {
		version: 2,
		article: tag,
		bank,
		title: title.value,
		sections: [...new Set(sections)].sort((a, b) => a - b),
		mode,
		requireName: !o['no-name'],
		omit: omitTags(chosen, left)
	};
	encodeAssignment(assignment);
	return assignment;
}

async function main(argv: string[], root: string, log: (line: string) => void) {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: {
				format: { type: 'string' },
				out: { type: 'string' },
				article: { type: 'string' },
				sections: { type: 'string' },
				'leave-out': { type: 'string' },
				title: { type: 'string' },
				mode: { type: 'string' },
				'no-name': { type: 'boolean' },
				'pass-mark': { type: 'string' },
				assignment: { type: 'string' },
				site: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (err) {
		throw new UsageError(`${(err as Error).message} (see --help)`);
	}
	const o = parsed.values;
	if (o.help) {
		log(HELP);
		return;
	}
	const format = o.format as ExportFormat;
	if (!FORMATS.includes(format))
		throw new UsageError('--format must be gift, qti or scorm (see --help)');
	if (!o.out) throw new UsageError('--out FILE is needed (see --help)');
	const mark = readPassMark(o['pass-mark'] ?? '');
	if (!mark.ok) throw new UsageError(`--pass-mark: ${mark.error}`);
	let source: ExportSource;
	let site: Map<string, Uint8Array> | undefined;
	if (format === 'scorm') {
		if (o.article)
			throw new UsageError('--article: a SCORM package takes the article the site was built with');
		const read = readSite(resolve(root, o.site ?? 'build'));
		({ source, site } = read);
	} else source = articleSource(root, o.article ?? 'north-korean-troops');
	const assignment = chooseAssignment(source, o);
	const file = buildExport({ format, source, assignment, mastery: mark.value, site });
	const out = resolve(root, o.out);
	writeFileSync(out, file.bytes);
	log(
		`export: wrote ${o.out} (${file.bytes.length.toLocaleString('en')} bytes): “${assignment.title}”, sections ${assignment.sections.join(', ')}`
	);
}

/** Runs the CLI in process (tests call this); returns the exit code. `root` is the repository. */
export async function runExport(
	argv: string[],
	out: Output = console,
	root = process.cwd()
): Promise<number> {
	try {
		await main(argv, root, (line) => out.log(line));
		return 0;
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		out.error(`export: ${message.replace(/\s*\n\s*/g, ' ')}`);
		return 1;
	}
}

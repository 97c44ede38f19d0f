/**
 * The generate CLI's work (see scripts/generate.ts, which runs it): article → claims → questions →
 * bank.json + bank.md (src/lib/bank/build.ts). File I/O and arguments only; the pipeline is buildBank.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { bankToMarkdown, buildBank, type BuiltBank } from '../../src/lib/bank/index';
import { archiveOf } from '../../src/lib/bank/archive';
import { bankJsonSchema } from '../../src/lib/bank/json-schema';
import { parseBank } from '../../src/lib/bank/parse';
import type { Bank } from '../../src/lib/bank/schema';
import { readJson, readText, UsageError } from './cli-input';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const QUESTIONS = join(ROOT, 'questions');

const HELP = `Usage:
  npm run generate                         rebuild every questions/<slug>/bank.json and bank.md
                                           (from article.md and review.json) and questions/bank.schema.json
  npm run generate -- --questions DIR      the same for DIR/<slug>/ and DIR/bank.schema.json instead
                                           (a folder laid out as questions/ is, such as a module's downloads)
  npm run generate -- --in FILE --out FILE.json [--md FILE.md] [--review FILE.json] [--slug SLUG]
                                           build one bank from any article

Input formats:
  the article format   "# Title", "## " section headings, paragraphs separated by blank lines,
                       the byline last (see README, "Adding another article")
  plain text           the title on the first line, then one paragraph per line (or paragraphs
                       separated by blank lines); a closing "X is a writer at Y" / "By X" line is the
                       byline. Plain text has no sections, so every 3 paragraphs become one section
                       ("Paragraphs 1–3", …); a lone last paragraph joins the section before it.

On bad input (missing file, no title, no sections, no quotes) it prints one line to stderr and exits 1.`;

type Log = (line: string) => void;

/** JSON as Prettier (the repo's config, wherever it writes) writes it, so `npm run lint` accepts generated files. */
async function prettyJson(value: unknown): Promise<string> {
	const config = (await resolveConfig(join(QUESTIONS, 'bank.json'))) ?? {};
	return format(JSON.stringify(value), { ...config, parser: 'json', plugins: [] });
}

async function writeBank(built: BuiltBank, jsonFile: string, mdFile: string | null) {
	writeFileSync(jsonFile, await prettyJson(built.bank));
	if (mdFile) writeFileSync(mdFile, bankToMarkdown(built.bank, built.article));
}

/** Every `<slug>/` of `questions` (the repository's questions/ unless --questions names another folder). */
async function generateAll(questions: string, log: Log) {
	if (!existsSync(questions)) throw new UsageError(`cannot read ${questions}: no such folder`);
	// How the log names the folder: as the repository calls it, or as it was given.
	const shown = questions === QUESTIONS ? 'questions' : questions;
	const slugs = readdirSync(questions, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(questions, d.name, 'article.md')))
		.map((d) => d.name)
		.sort();
	for (const slug of slugs) {
		const dir = join(questions, slug);
		const reviewFile = join(dir, 'review.json');
		const review = existsSync(reviewFile) ? readJson(reviewFile) : undefined;
		let built: BuiltBank;
		try {
			built = buildBank(readText(join(dir, 'article.md')), { slug, review });
		} catch (err) {
			throw new UsageError(`${shown}/${slug}: ${(err as Error).message}`);
		}
		await keepEarlierVersion(dir, built, (line) => log(`${shown}/${slug}/${line}`));
		await writeBank(built, join(dir, 'bank.json'), join(dir, 'bank.md'));
		log(`${shown}/${slug}: ${built.bank.questions.length} questions (${built.bank.version})`);
	}
	writeFileSync(join(questions, 'bank.schema.json'), await prettyJson(bankJsonSchema()));
	log(`${shown}/bank.schema.json`);
}

/**
 * Before a bank is replaced by one of another version, its questions go to archive/<version>.json, so
 * assignment links made for it keep opening and their hand-ins keep being graded (src/lib/bank/archive.ts).
 */
async function keepEarlierVersion(dir: string, built: BuiltBank, log: Log) {
	const file = join(dir, 'bank.json');
	if (!existsSync(file)) return;
	let earlier: Bank;
	try {
		earlier = parseBank(JSON.parse(readFileSync(file, 'utf8')));
	} catch {
		return; // an unreadable old bank has nothing to keep
	}
	if (earlier.version === built.bank.version) return;
	const archive = join(dir, 'archive');
	mkdirSync(archive, { recursive: true });
	// A bank back at a version it had before is the current one again, not an earlier one.
	const current = join(archive, `${built.bank.version}.json`);
	if (existsSync(current)) {
		rmSync(current);
		log(`archive/${built.bank.version}.json: current again`);
	}
	const target = join(archive, `${earlier.version}.json`);
	if (!existsSync(target)) {
		writeFileSync(target, await prettyJson(archiveOf(earlier)));
		log(`archive/${earlier.version}.json: kept for earlier links`);
	}
}

function parseArgs(argv: string[]): Map<string, string> {
	const known = new Set(['--in', '--out', '--md', '--review', '--slug', '--questions']);
	const args = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i]!;
		if (flag === '--help' || flag === '-h') args.set('--help', '');
		else if (!known.has(flag)) throw new UsageError(`unknown argument ${flag} (try --help)`);
		else if (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--')) {
			throw new UsageError(`${flag} needs a value (try --help)`);
		} else args.set(flag, argv[++i]!);
	}
	return args;
}

async function main(argv: string[], log: Log) {
	const args = parseArgs(argv);
	if (args.has('--help')) return log(HELP);
	if (args.has('--questions')) {
		if (args.size > 1)
			throw new UsageError(
				'--questions DIR builds every article in DIR and goes alone (try --help)'
			);
		return generateAll(resolve(args.get('--questions')!), log);
	}
	if (args.size === 0) return generateAll(QUESTIONS, log);
	const input = args.get('--in');
	const output = args.get('--out');
	if (!input || !output)
		throw new UsageError('--in FILE and --out FILE.json go together (try --help)');
	const reviewFile = args.get('--review');
	const slug = args.get('--slug') ?? basename(input, extname(input));
	const review = reviewFile ? readJson(reviewFile) : undefined;
	const built = buildBank(readText(input), { slug, review });
	await writeBank(built, output, args.get('--md') ?? null);
	log(`${output}: ${built.bank.questions.length} questions (${built.bank.version})`);
}

/** Where the CLI writes: the console when run, a collector in tests. */
export interface Output {
	log: (line: string) => void;
	error: (line: string) => void;
}

/**
 * Runs the CLI on its arguments and returns the exit code: 0, or 1 after one line on `error` that
 * says what was wrong (never a stack trace).
 */
export async function runGenerate(argv: string[], out: Output = console): Promise<number> {
	try {
		await main(argv, (line) => out.log(line));
		return 0;
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		out.error(`generate: ${message.replace(/\s*\n\s*/g, ' ')}`);
		return 1;
	}
}

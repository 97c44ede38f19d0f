import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../scripts/lib/generate-cli';

const practice = ['tests/fixtures/practice/01-flood.md'];

// The CLI's work, called in process on temporary files: bad input must end in one line and exit code 1.
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function generate(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await runGenerate(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
	return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** Runs on `input` and checks the failure shape; returns the message. */
async function failure(input: string): Promise<string> {
	const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
	const run = await generate('--in', input, '--out', out);
	expect(run.status).toBe(1);
	expect(run.stderr.split('\n')).toHaveLength(1);
	expect(run.stderr).toMatch(/^generate: /);
	expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
	expect(existsSync(out)).toBe(false);
	return run.stderr;
}

describe('npm run generate -- --in FILE --out FILE', () => {
	it('reports a missing file', async () => {
		expect(await failure(join(dir, 'missing.md'))).toMatch(
			/cannot read .*missing\.md: no such file/
		);
	});

	it('reports a file with no title', async () => {
		expect(await failure(file('empty.txt', '\n\n'))).toMatch(/article: .*title/);
		expect(await failure(file('untitled.md', '## Section\n\nText.\n'))).toMatch(
			/article: line 1: .*Title/
		);
	});

	it('reports an article with no sections', async () => {
		expect(await failure(file('no-sections.md', '# Title\n'))).toMatch(/article: .*no sections/);
		expect(await failure(file('title-only.txt', 'Just a title\n'))).toMatch(
			/article: no paragraphs/
		);
	});

	it('reports an article with no quotes at all', async () => {
		const text = 'A Quiet Day\nNothing happened in the town today.\nThe mayor was away.\n';
		expect(await failure(file('quiet.txt', text))).toMatch(/no quotes found/);
	});

	it('builds a bank from the plain-text source and from a practice article', async () => {
		for (const input of ['questions/north-korean-troops/source.txt', ...practice]) {
			const out = join(dir, 'ok.json');
			const run = await generate('--in', input, '--out', out, '--md', join(dir, 'ok.md'));
			expect(run.stderr, input).toBe('');
			expect(run.status).toBe(0);
			expect(run.stdout).toMatch(/: \d+ questions \(\w+\)$/);
			const bank = JSON.parse(readFileSync(out, 'utf8')) as { questions: unknown[] };
			expect(bank.questions.length).toBeGreaterThan(0);
			expect(readFileSync(join(dir, 'ok.md'), 'utf8')).toMatch(/^# /);
		}
	});

	it('rejects unknown arguments and explains itself with --help', async () => {
		const bad = await generate('--inn', 'x');
		expect(bad.status).toBe(1);
		expect(bad.stderr).toBe('generate: unknown argument --inn (try --help)');
		const help = await generate('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/plain text .*title on the first line/s);
	});
});

describe('npm run generate -- --questions DIR', () => {
	it('builds every <slug>/ of another folder as it builds questions/, and leaves questions/ alone', async () => {
		const questions = join(dir, 'questions');
		const shipped = 'questions/north-korean-troops';
		mkdirSync(join(questions, 'north-korean-troops'), { recursive: true });
		for (const name of ['article.md', 'review.json'])
			copyFileSync(join(shipped, name), join(questions, 'north-korean-troops', name));
		// A folder without article.md is not a module.
		mkdirSync(join(questions, 'notes'));
		const before = readFileSync(join(shipped, 'bank.json'), 'utf8');
		const run = await generate('--questions', questions);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')).toEqual([
			expect.stringMatching(/\/questions\/north-korean-troops: \d+ questions \(\w+\)$/),
			`${questions}/bank.schema.json`
		]);
		// Byte for byte what the repository holds: the same pipeline and the repository's Prettier config.
		for (const name of ['bank.json', 'bank.md'])
			expect(readFileSync(join(questions, 'north-korean-troops', name), 'utf8'), name).toBe(
				readFileSync(join(shipped, name), 'utf8')
			);
		expect(readFileSync(join(questions, 'bank.schema.json'), 'utf8')).toBe(
			readFileSync('questions/bank.schema.json', 'utf8')
		);
		expect(existsSync(join(questions, 'notes', 'bank.json'))).toBe(false);
		expect(readFileSync(join(shipped, 'bank.json'), 'utf8')).toBe(before);
	});

	it('refuses a missing folder, and --questions with other arguments', async () => {
		const missing = await generate('--questions', join(dir, 'nowhere'));
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/^generate: cannot read .*nowhere: no such folder$/);
		const mixed = await generate('--questions', dir, '--in', practice[0]!);
		expect(mixed.status).toBe(1);
		expect(mixed.stderr).toBe(
			'generate: --questions DIR builds every article in DIR and goes alone (try --help)'
		);
	});
});

// The process itself, once: what a user at a terminal sees is one line on stderr and exit status 1.
describe('the generate command', { timeout: 60_000 }, () => {
	it('exits 1 with one line on stderr on bad input', () => {
		const run = spawnSync('npx', ['tsx', 'scripts/generate.ts', '--inn', 'x'], {
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr.trim()).toBe('generate: unknown argument --inn (try --help)');
		expect(run.stdout).toBe('');
	});
});

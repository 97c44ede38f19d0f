import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const practice = ['tests/fixtures/practice/01-flood.md'];

// The CLI as users run it, on temporary files: bad input must end in one line on stderr and exit 1.
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'scripts/generate.ts', ...args], { encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr.trim() };
}

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** Runs on `input` and checks the failure shape; returns the message. */
function failure(input: string): string {
	const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
	const run = generate('--in', input, '--out', out);
	expect(run.status).toBe(1);
	expect(run.stderr.split('\n')).toHaveLength(1);
	expect(run.stderr).toMatch(/^generate: /);
	expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
	expect(existsSync(out)).toBe(false);
	return run.stderr;
}

describe('npm run generate -- --in FILE --out FILE', { timeout: 30_000 }, () => {
	it('reports a missing file', () => {
		expect(failure(join(dir, 'missing.md'))).toMatch(/cannot read .*missing\.md: no such file/);
	});

	it('reports a file with no title', () => {
		expect(failure(file('empty.txt', '\n\n'))).toMatch(/article: .*title/);
		expect(failure(file('untitled.md', '## Section\n\nText.\n'))).toMatch(
			/article: line 1: .*Title/
		);
	});

	it('reports an article with no sections', () => {
		expect(failure(file('no-sections.md', '# Title\n'))).toMatch(/article: .*no sections/);
		expect(failure(file('title-only.txt', 'Just a title\n'))).toMatch(/article: no paragraphs/);
	});

	it('reports an article with no quotes at all', () => {
		const text = 'A Quiet Day\nNothing happened in the town today.\nThe mayor was away.\n';
		expect(failure(file('quiet.txt', text))).toMatch(/no quotes found/);
	});

	it('builds a bank from the plain-text source and from a practice article', () => {
		for (const input of ['questions/north-korean-troops/source.txt', ...practice]) {
			const out = join(dir, 'ok.json');
			const run = generate('--in', input, '--out', out, '--md', join(dir, 'ok.md'));
			expect(run.stderr, input).toBe('');
			expect(run.status).toBe(0);
			const bank = JSON.parse(readFileSync(out, 'utf8')) as { questions: unknown[] };
			expect(bank.questions.length).toBeGreaterThan(0);
		}
	});

	it('rejects unknown arguments and explains itself with --help', () => {
		const bad = generate('--inn', 'x');
		expect(bad.status).toBe(1);
		expect(bad.stderr).toBe('generate: unknown argument --inn (try --help)');
		const help = generate('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/plain text .*title on the first line/s);
	});
});

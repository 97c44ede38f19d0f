import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'gift-pegjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../scripts/lib/export-cli';
import { articleTag, encodeAssignment } from '../../src/lib/assign/assignment';
import { article, bank, shippedSource } from './shipped';

// The CLI's work, called in process on temporary files.
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inSection = (n: number) =>
	bank.questions.filter((q) => q.section === article.sections[n - 1]!.id);

async function exportWith(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await runExport(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
	return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A built site as small as the package needs: two pages, a script, its list and export.json. */
function fakeSite(): string {
	const site = join(dir, 'site');
	const page = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
	const files: Record<string, string> = {
		'index.html': page,
		'a/index.html': page,
		'_app/immutable/entry/start.js': 'export {};',
		'teacher/export.json': JSON.stringify(shippedSource)
	};
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(dirname(join(site, path)), { recursive: true });
		writeFileSync(join(site, path), body);
	}
	writeFileSync(
		join(site, 'package-files.json'),
		JSON.stringify({ format: 'crosscheck-site-files', version: 1, files: Object.keys(files) })
	);
	return site;
}

describe('npm run export', () => {
	it('writes Moodle GIFT of the chosen sections, less the questions left out', async () => {
		const out = join(dir, 'week.txt');
		const left = inSection(3)[0]!.id;
		const run = await exportWith(
			'--format',
			'gift',
			'--out',
			out,
			'--sections',
			'1,3',
			'--leave-out',
			left
		);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const titles = parse(readFileSync(out, 'utf8'))
			.filter((q) => q.type !== 'Category')
			.map((q) => q.title);
		expect(titles).toEqual(
			[...inSection(1), ...inSection(3)].map((q) => q.id).filter((id) => id !== left)
		);
	});

	it('writes a QTI 3.0 zip with an item per question', async () => {
		const out = join(dir, 'qti.zip');
		const run = await exportWith('--format', 'qti', '--out', out, '--sections', '2');
		expect(run.status).toBe(0);
		const files = Object.keys(unzipSync(new Uint8Array(readFileSync(out))));
		expect(files).toContain('imsmanifest.xml');
		expect(files.filter((f) => f.startsWith('items/'))).toHaveLength(inSection(2).length);
	});

	it('takes title, sections and questions from an assignment link’s code', async () => {
		const code = encodeAssignment({
			version: 2,
			article: articleTag('north-korean-troops'),
			bank: bank.version,
			title: 'From a link',
			sections: [4],
			mode: 'graded',
			requireName: true,
			omit: []
		});
		const out = join(dir, 'linked.txt');
		const run = await exportWith(
			'--format',
			'gift',
			'--out',
			out,
			'--assignment',
			`https://school.example/a/#${code}`
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('“From a link”, sections 4');
		const gift = readFileSync(out, 'utf8');
		expect(parse(gift).filter((q) => q.type !== 'Category')).toHaveLength(inSection(4).length);
	});

	it('packages a built site as SCORM 1.2, with the pass mark', async () => {
		const out = join(dir, 'scorm.zip');
		const run = await exportWith(
			'--format',
			'scorm',
			'--out',
			out,
			'--site',
			fakeSite(),
			'--pass-mark',
			'75'
		);
		expect(run.stderr).toBe('');
		const files = unzipSync(new Uint8Array(readFileSync(out)));
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining(['imsmanifest.xml', 'start.html', 'a/index.html'])
		);
		expect(new TextDecoder().decode(files['imsmanifest.xml'])).toContain('<adlcp:masteryscore>75<');
	});

	it('says in one line what is wrong with bad input, and exits 1', async () => {
		const out = join(dir, 'bad.txt');
		const cases: Array<[string[], RegExp]> = [
			[['--out', out], /--format must be gift, qti or scorm/],
			[['--format', 'pdf', '--out', out], /--format must be/],
			[['--format', 'gift'], /--out FILE is needed/],
			[
				['--format', 'gift', '--out', out, '--sections', '9'],
				/--sections: the article has sections 1 to/
			],
			[['--format', 'gift', '--out', out, '--leave-out', 'nope'], /there is no question nope/],
			[['--format', 'gift', '--out', out, '--mode', 'strict'], /--mode strict/],
			[['--format', 'scorm', '--out', out, '--pass-mark', '150', '--site', dir], /--pass-mark/],
			[['--format', 'gift', '--out', out, '--assignment', 'not-a-code'], /--assignment:/],
			[['--format', 'gift', '--out', out, '--article', 'no-such'], /no article questions\/no-such/],
			[['--format', 'scorm', '--out', out, '--site', join(dir, 'nowhere')], /npm run build/],
			[['--format', 'gift', '--out', out, '--bogus'], /bogus/]
		];
		for (const [args, message] of cases) {
			const run = await exportWith(...args);
			expect(run.status, args.join(' ')).toBe(1);
			expect(run.stderr, args.join(' ')).toMatch(message);
			expect(run.stderr.split('\n')).toHaveLength(1);
		}
	});

	it('prints its help', async () => {
		const run = await exportWith('--help');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('--format gift|qti|scorm --out FILE');
	});
});

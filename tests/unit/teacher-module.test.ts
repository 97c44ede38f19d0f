import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleTag, decodeAssignment, encodeAssignment } from '../../src/lib/assign/assignment';
import type { Assignment } from '../../src/lib/assign/types';
import { buildBank } from '../../src/lib/bank/build';
import { moduleSlug } from '../../src/lib/module/cache';
import { moduleId } from '../../src/lib/module/id';
import { readFragment } from '../../src/lib/teacher/fragment';
import { modulePrintHref, printHref } from '../../src/lib/teacher/print-view';
import { qrPath } from '../../src/lib/teacher/qr';
import { mayFitQr, QR_MAX_BYTES, qrWidth, sheetLinks } from '../../src/lib/teacher/sheet';
import {
	moduleAssignment,
	moduleTarget,
	OTHER_GENERATOR_TEACHER
} from '../../src/lib/teacher/target';

const article = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
const review = { fixes: [] };
const slug = moduleSlug(moduleId({ article, review }));
const built = buildBank(article, { slug, review });
const first = built.bank.questions.find((q) => q.section === built.article.sections[0]!.id)!;
const opened = (omit: string[], warning: string | null = null) => ({
	link: 'm1example',
	slug,
	data: { omit },
	built,
	warning
});

describe('a module as the teacher assigns it', () => {
	it('names the module by its slug’s tag and its built bank, with its title and sections', () => {
		const target = moduleTarget(opened([]));
		expect(target.tag).toBe(articleTag(slug));
		expect(target.bank).toBe(built.bank.version);
		expect(target.title).toBe(built.article.title);
		expect(target.module).toBe('m1example');
		expect(target.sections.map((s) => [s.number, s.heading])).toEqual(
			built.article.sections.map((s) => [s.number, s.heading])
		);
		expect(target.sections.reduce((n, s) => n + s.questions, 0)).toBe(built.bank.questions.length);
		expect(target.warning).toBeNull();
	});

	it('leaves out, from the preview and the counts, the questions the module’s author left out', () => {
		const all = moduleTarget(opened([]));
		const target = moduleTarget(opened([first.id]));
		expect(target.preview.flatMap((s) => s.questions.map((q) => q.id))).not.toContain(first.id);
		expect(target.sections[0]!.questions).toBe(all.sections[0]!.questions - 1);
		expect(target.sections.slice(1)).toEqual(all.sections.slice(1));
	});

	it('prints the module’s own paragraphs and credit', () => {
		const target = moduleTarget(opened([]));
		expect(target.texts).toEqual(
			built.article.sections.map((s) => ({
				number: s.number,
				paragraphs: s.paragraphs.map((p) => p.text)
			}))
		);
		expect(target.source).toBe(
			[built.article.meta.author, built.article.meta.publisher].filter(Boolean).join(', ')
		);
	});

	it('tells the teacher, in its own words, when the link was made with another question writer', () => {
		expect(moduleTarget(opened([], 'for students')).warning).toBe(OTHER_GENERATOR_TEACHER);
	});
});

describe('an assignment code read against the module it is printed from', () => {
	const target = moduleTarget(opened([]));
	const assignment: Assignment = {
		version: 2,
		article: target.tag,
		bank: target.bank,
		title: 'Week 6: the toll',
		sections: [1, 2],
		mode: 'practice',
		requireName: true,
		omit: []
	};

	it('opens the module’s own assignment', () => {
		const read = moduleAssignment(encodeAssignment(assignment), target);
		expect(read).toEqual(decodeAssignment(encodeAssignment(assignment)));
		expect(read.ok).toBe(true);
	});

	it('refuses another article’s, other questions’, missing sections and damage, each with its sentence', () => {
		const refused = (a: Partial<Assignment>) => {
			const read = moduleAssignment(encodeAssignment({ ...assignment, ...a }), target);
			return read.ok ? '' : read.error;
		};
		expect(refused({ article: articleTag('north-korean-troops') })).toMatch(/another article/);
		expect(refused({ bank: '00000000' })).toMatch(/make the assignment again/);
		const n = target.sections.length + 1;
		expect(refused({ sections: [1, n] })).toBe(
			`This assignment asks for section ${n}, but this module has ${n - 1} sections.`
		);
		const damaged = moduleAssignment('2xyz-not-a-code', target);
		expect(damaged.ok).toBe(false);
	});
});

describe('the fragment of the teacher’s pages', () => {
	it('holds a module link when it starts with m and a digit', () => {
		expect(readFragment('#m1abc', null)).toEqual({ kind: 'module', link: 'm1abc' });
		expect(readFragment('m1garbage', 'm1abc')).toEqual({ kind: 'module', link: 'm1garbage' });
		// A newer link opens too, and says it is newer.
		expect(readFragment('#m2abc', null)).toEqual({ kind: 'module', link: 'm2abc' });
	});

	it('is the built-in article’s otherwise, as before: empty, a code, or anything else', () => {
		for (const hash of ['', '#', '#2jrqncung1v2zk437f11r.Week', '#xyz', '#main', '#mx1'])
			expect(readFragment(hash, null)).toEqual({ kind: 'builtin', fragment: hash.slice(1) });
		expect(readFragment('', 'm1abc')).toEqual({ kind: 'builtin', fragment: '' });
	});

	it('reads the skip link’s #main as a place on the page, keeping what is open', () => {
		expect(readFragment('#main', 'm1abc')).toEqual({ kind: 'keep', fragment: 'm1abc' });
		expect(readFragment('#main', '2code.Title')).toEqual({ kind: 'keep', fragment: '2code.Title' });
		expect(readFragment('#main', '')).toEqual({ kind: 'builtin', fragment: 'main' });
	});
});

describe('the links of the assignment sheet', () => {
	const origin = 'https://school.example';

	it('are the built-in article’s as before, with a code to type at /a/', () => {
		expect(sheetLinks(origin, '2abc.Week')).toEqual({
			student: 'https://school.example/a/#2abc.Week',
			typeAt: 'https://school.example/a/',
			report: '/teacher/report/#2abc.Week',
			worksheet: printHref('2abc.Week', 'worksheet'),
			key: printHref('2abc.Week', 'key')
		});
	});

	it('for a module, lead into the module’s pages with the code in the query and no code to type', () => {
		const target = moduleTarget({ ...opened([]), link: 'm1link' });
		expect(target.links(origin, '2abc.Week~3a')).toEqual({
			student: 'https://school.example/m/?a=2abc.Week~3a#m1link',
			typeAt: null,
			report: '/teacher/report/?a=2abc.Week~3a#m1link',
			worksheet: '/teacher/print/?a=2abc.Week~3a#m1link',
			key: '/teacher/print/?a=2abc.Week~3a&show=key#m1link'
		});
		expect(modulePrintHref('m1link', 'a b', 'key')).toBe('/teacher/print/?a=a%20b&show=key#m1link');
	});
});

describe('the QR code of a link', () => {
	it('draws a short link at level M, as before', () => {
		const qr = qrPath('https://school.example/a/#2jrqncung1v2zk437f11r.Week-3');
		expect(qr).not.toBeNull();
		expect(qr!.size).toBeLessThan(60);
		expect(qr!.d).toMatch(/^M\d+ \d+h1v1h-1z/);
		expect(qrWidth(qr!.size)).toBe(12);
	});

	it('draws a link too long for level M at level L, up to what a QR code holds, and then none', () => {
		const at = (n: number) => 'x'.repeat(n);
		// Level M holds 2,331 bytes at most; level L takes 2,400 in a code of 161 modules.
		expect(qrPath(at(2400))?.size).toBe(161);
		expect(qrPath(at(QR_MAX_BYTES))?.size).toBe(177);
		expect(qrPath(at(QR_MAX_BYTES + 1))).toBeNull();
		expect(mayFitQr(at(QR_MAX_BYTES))).toBe(true);
		expect(mayFitQr(at(QR_MAX_BYTES + 1))).toBe(false);
		// A dense code is drawn larger, so its modules stay big enough to scan.
		expect(qrWidth(177)).toBe(23);
	});
});

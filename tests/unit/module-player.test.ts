import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { BUILD_STAGES } from '../../src/lib/bank/build';
import {
	moduleAddress,
	moduleReviewAddress,
	moduleSentenceAddress,
	readAddress
} from '../../src/lib/module/address';
import { buildOnce, moduleSlug } from '../../src/lib/module/cache';
import { STAGE_LABELS } from '../../src/lib/module/stages';
import {
	homeData,
	moduleAssignmentSite,
	moduleView,
	sectionOf,
	sectionPageData
} from '../../src/lib/module/view';
import { progressKey } from '../../src/lib/progress/store';

const at = (address: string) => new URL(address, 'https://school.example');

describe('module addresses', () => {
	it('reads the link from the fragment and the section from the query', () => {
		expect(readAddress(at('/m/#m1abc'), null)).toEqual({
			link: 'm1abc',
			section: null,
			assignment: '',
			target: null,
			review: false
		});
		expect(readAddress(at('/m/?s=3#m1abc'), null)).toEqual({
			link: 'm1abc',
			section: 3,
			assignment: '',
			target: null,
			review: false
		});
	});

	it('takes a malformed section number for the module home', () => {
		for (const s of ['0', '-1', 'x', '2.5', '', '01', '99999'])
			expect(readAddress(at(`/m/?s=${s}#m1abc`), null).section).toBeNull();
	});

	it('reads an in-page fragment as a place on the page once a link is open', () => {
		for (const target of ['p3s2', 'p12', 'q-1a2b3c', 'main', 'evidence-bar'])
			expect(readAddress(at(`/m/?s=2#${target}`), 'm1abc')).toEqual({
				link: 'm1abc',
				section: 2,
				assignment: '',
				target,
				review: false
			});
		// Another section's link without a fragment stays in the open module.
		expect(readAddress(at('/m/?s=4'), 'm1abc')).toEqual({
			link: 'm1abc',
			section: 4,
			assignment: '',
			target: null,
			review: false
		});
	});

	it('takes any other fragment for a new link, and an in-page one for a link when none is open', () => {
		expect(readAddress(at('/m/#m1other'), 'm1abc').link).toBe('m1other');
		expect(readAddress(at('/m/#p3s2'), null)).toEqual({
			link: 'p3s2',
			section: null,
			assignment: '',
			target: null,
			review: false
		});
	});

	it('writes addresses that read back the same', () => {
		for (const section of [null, 1, 12])
			for (const assignment of ['', '2abcdefghijk.Week-3~3a', 'a code & more'] as const) {
				const address = moduleAddress('/crosscheck/m/', 'm1abc', section, assignment);
				expect(readAddress(at(address), null)).toEqual({
					link: 'm1abc',
					section,
					assignment: assignment.trim(),
					target: null,
					review: false
				});
			}
	});

	it('reads the review from ?review, and only on the module home', () => {
		expect(readAddress(at(moduleReviewAddress('/m/', 'm1abc')), null)).toEqual({
			link: 'm1abc',
			section: null,
			assignment: '',
			target: null,
			review: true
		});
		expect(readAddress(at('/m/?review&s=2#m1abc'), null).review).toBe(false);
		expect(readAddress(at('/m/?review&a=CODE#m1abc'), null).review).toBe(false);
	});

	it('carries a sentence from another page in ?at=, so the link opens in a new tab too', () => {
		const address = moduleSentenceAddress('/m/', 'm1abc', 3, 'p7s2');
		for (const remembered of [null, 'm1abc'])
			expect(readAddress(at(address), remembered)).toEqual({
				link: 'm1abc',
				section: 3,
				assignment: '',
				target: 'p7s2',
				review: false
			});
		// Only ids of the page's own kinds, and only on a section.
		expect(readAddress(at('/m/?s=3&at=%3Cimg%3E#m1abc'), null).target).toBeNull();
		expect(readAddress(at('/m/?at=p7s2#m1abc'), null).target).toBeNull();
	});

	it('reads any typed or mangled address without throwing, and only its own kinds of target', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.option(fc.string()), (query, hash, remembered) => {
				const url = at(`/m/?${query}#${hash}`);
				const address = readAddress(url, remembered);
				// The link is the fragment (as the browser encodes it), or the one already open.
				expect([url.hash.slice(1), remembered]).toContain(address.link);
				if (address.target !== null) expect(address.target).toMatch(/^[a-z0-9-]+$/i);
				if (address.review) expect(address.section).toBeNull();
			})
		);
	});
});

describe('the build cache', () => {
	it('builds a module once however often it is asked for', async () => {
		let builds = 0;
		const build = async () => ({ ok: true, n: ++builds });
		const [a, b] = await Promise.all([buildOnce('one', build), buildOnce('one', build)]);
		expect(await buildOnce('one', build)).toBe(a);
		expect(b).toBe(a);
		expect(builds).toBe(1);
		await buildOnce('two', build);
		expect(builds).toBe(2);
	});

	it('does not keep a failure, so the next visit tries again', async () => {
		let builds = 0;
		const build = async () => ({ ok: ++builds > 1 });
		expect((await buildOnce('flaky', build)).ok).toBe(false);
		expect((await buildOnce('flaky', build)).ok).toBe(true);
		expect(builds).toBe(2);
	});

	it('keeps a module’s progress under its own key, apart from any article’s', () => {
		expect(progressKey(moduleSlug('abc123defg'))).toBe(`${progressKey('m-abc123defg')}`);
		expect(progressKey(moduleSlug('abc123defg'))).not.toBe(progressKey('abc123defg'));
	});

	it('has words for every stage of the build', () => {
		for (const stage of BUILD_STAGES) expect(STAGE_LABELS[stage]).toMatch(/…$/);
	});
});

describe('what a module’s pages list', () => {
	const text = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
	const built = buildBank(text, { slug: 'm-test', review: { fixes: [] } });

	it('lists every section of the article with its questions, in order', () => {
		const view = moduleView(built, []);
		expect(view.title).toBe(built.article.title);
		expect(view.sections.map((s) => s.number)).toEqual(built.article.sections.map((s) => s.number));
		expect(view.sections.flatMap((s) => s.questions.map((q) => q.id))).toEqual(
			built.article.sections.flatMap((s) =>
				built.bank.questions.filter((q) => q.section === s.id).map((q) => q.id)
			)
		);
		for (const s of view.sections) {
			expect(s.minutes).toBeGreaterThanOrEqual(1);
			expect(s.summary).not.toBe('');
			expect([...view.known.get(s.id)!]).toEqual(s.questions.map((q) => q.id));
		}
		// Every paragraph belongs to the section that holds it.
		for (const s of built.article.sections)
			for (const p of s.paragraphs)
				expect(view.paragraphSection[Number(p.id.slice(1)) - 1]).toBe(s.number);
	});

	it('leaves out the questions the teacher left out, and only those', () => {
		const all = moduleView(built, []);
		const left = [all.sections[0]!.questions[0]!.id, all.sections[1]!.questions[1]!.id];
		const view = moduleView(built, left);
		const ids = view.sections.flatMap((s) => s.questions.map((q) => q.id));
		expect(ids).toEqual(
			all.sections.flatMap((s) => s.questions.map((q) => q.id)).filter((id) => !left.includes(id))
		);
		expect(view.known.get(view.sections[0]!.id)!.has(left[0]!)).toBe(false);
	});

	it('gives the questions without what only generators and reports use', () => {
		for (const q of moduleView(built, []).sections.flatMap((s) => s.questions))
			expect(q).not.toHaveProperty('claimIds');
	});

	it('has no section beyond the last', () => {
		const view = moduleView(built, []);
		expect(sectionOf(view, 1)?.number).toBe(1);
		expect(sectionOf(view, view.sections.length + 1)).toBeNull();
	});

	it('gives a section page what the built-in article’s pages get: neighbours, headings, the byline last', () => {
		const view = moduleView(built, []);
		const site = { slug: 'm-test', bank: built.bank.version };
		const n = view.sections.length;
		const first = sectionPageData(view, site, 1)!;
		expect(first).toMatchObject({
			slug: 'm-test',
			bank: built.bank.version,
			earlier: [],
			total: n
		});
		expect(first.previous).toBeNull();
		expect(first.next).toEqual({ number: 2, heading: view.sections[1]!.heading });
		expect(first.byline).toBeNull();
		expect(first.headings).toEqual(built.article.sections.map((s) => s.heading));
		expect(first.questions).toEqual(view.sections[0]!.questions);
		const last = sectionPageData(view, site, n)!;
		expect(last.next).toBeNull();
		expect(last.byline).toBe(built.article.byline);
		expect(sectionPageData(view, site, n + 1)).toBeNull();
	});

	it('gives the module’s home each section with the number of questions asked', () => {
		const all = moduleView(built, []);
		const left = all.sections[0]!.questions[0]!.id;
		const home = homeData(moduleView(built, [left]), 'm-test');
		expect(home.slug).toBe('m-test');
		expect(home.sections[0]!.questions).toBe(all.sections[0]!.questions.length - 1);
		expect(home.sections.map((s) => s.heading)).toEqual(all.sections.map((s) => s.heading));
	});

	it('gives an assignment of the module only the questions students are asked', () => {
		const left = built.bank.questions[0]!.id;
		const asked = built.bank.questions.filter((q) => q.id !== left);
		const site = moduleAssignmentSite(built, 'm-test', [left]);
		expect(site).toMatchObject({ slug: 'm-test', bank: built.bank.version, kind: 'module' });
		expect(site.title).toBe(built.article.title);
		expect(site.questions.map((q) => q.id)).toEqual(asked.map((q) => q.id));
		expect(site.sections.flatMap((s) => s.questionIds)).not.toContain(left);
		expect(site.sections.flatMap((s) => s.questionIds).sort()).toEqual(
			asked.map((q) => q.id).sort()
		);
		// A results code packs choices (and a matching question's items) by id, nothing else.
		for (const q of site.questions) {
			expect(Object.keys(q).sort()).toEqual(
				q.kind === 'match-estimates'
					? ['choices', 'id', 'items', 'kind', 'section']
					: ['choices', 'id', 'kind', 'section']
			);
		}
	});
});

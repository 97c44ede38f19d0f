import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleTag, encodeAssignment, questionTag } from '../../src/lib/assign/assignment';
import type { Assignment } from '../../src/lib/assign/types';
import { buildBank } from '../../src/lib/bank/build';
import { moduleSlug } from '../../src/lib/module/cache';
import { moduleId } from '../../src/lib/module/id';
import { openAssignment } from '../../src/lib/student/assignment';
import { openOnPage } from '../../src/lib/student/open';

const article = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
const review = { fixes: [] };
const slug = moduleSlug(moduleId({ article, review }));
const built = buildBank(article, { slug, review });
const site = {
	slug,
	bank: built.bank.version,
	sections: built.article.sections.length,
	kind: 'module' as const
};
const inSection = (n: number) =>
	built.bank.questions.filter((q) => q.section === built.article.sections[n - 1]!.id);

const assignment = (over: Partial<Assignment> = {}): Assignment => ({
	version: 2,
	article: articleTag(slug),
	bank: built.bank.version,
	title: 'Flood week',
	sections: [1, 2],
	mode: 'graded',
	requireName: true,
	...over
});

describe('an assignment of a module', () => {
	it('names the module by its hash and opens on that module’s pages', () => {
		const opened = openAssignment(encodeAssignment(assignment()), {
			articleTag: articleTag(slug),
			bank: site.bank,
			sections: site.sections,
			kind: 'module'
		});
		expect(opened).toMatchObject({ ok: true, value: { title: 'Flood week', sections: [1, 2] } });
	});

	it('is refused, with the reason, by another module and by the built-in article', () => {
		const other = encodeAssignment(assignment({ article: articleTag(moduleSlug('0123456789')) }));
		expect(openOnPage(other, site)).toEqual({
			error: expect.stringMatching(/another article than this module’s/)
		});
		const builtIn = encodeAssignment(assignment({ article: articleTag('north-korean-troops') }));
		expect(openOnPage(builtIn, site)).toEqual({
			error: expect.stringMatching(/another article than this module’s/)
		});
		// And the built-in article's pages refuse the module's in their own words.
		expect(
			openOnPage(encodeAssignment(assignment()), {
				...site,
				slug: 'north-korean-troops',
				kind: undefined
			})
		).toEqual({ error: expect.stringMatching(/another article than the one on this site/) });
	});

	it('says which questions it leaves out in every section, whichever section the page opened on', () => {
		const dropped = [inSection(1)[0]!.id, inSection(2)[0]!.id];
		const code = encodeAssignment(assignment({ omit: dropped.map(questionTag).sort() }));
		const opened = openOnPage(code, site);
		if ('error' in opened) throw new Error(opened.error);
		for (const q of [...inSection(1), ...inSection(2)])
			expect(opened.leftOut(q.id)).toBe(dropped.includes(q.id));
	});
});

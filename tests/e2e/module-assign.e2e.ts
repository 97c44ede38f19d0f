import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { articleTag, encodeAssignment, questionTag } from '../../src/lib/assign/assignment';
import type { Assignment } from '../../src/lib/assign/types';
import { moduleSlug } from '../../src/lib/module/cache';
import { answer } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { moduleLink, practice, practiceQuestions } from './module';

const sections = practice.article.sections;
const slug = practice.bank.article.slug;

const code = (over: Partial<Assignment> = {}) =>
	encodeAssignment({
		version: 2,
		article: articleTag(slug),
		bank: practice.bank.version,
		title: 'Flood week',
		sections: [1, 2],
		mode: 'graded',
		requireName: true,
		...over
	});

test('a student does a module’s assignment: left-out questions stay out on every section, answers survive a reload, and the results file names the assignment', async ({
	page
}) => {
	test.slow();
	const link = await moduleLink();
	const [one, two] = [practiceQuestions(1), practiceQuestions(2)];
	const dropped = [one[0]!, two[0]!];
	const assignment = code({ omit: dropped.map((q) => questionTag(q.id)).sort() });
	await page.goto(`/m/?a=${encodeURIComponent(assignment)}#${link}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flood week');
	await expect(page.getByText(`From “${practice.article.title}”. 2 sections to do.`)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel(/Your name/).fill('Ana');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText(/^\s*Working as Ana/)).toBeVisible();

	await page.getByRole('link', { name: `1. ${sections[0]!.heading}` }).click();
	await expect(page.getByText('Assignment “Flood week”: section 1 of 2.')).toBeVisible();
	await expect(page.locator('.question')).toHaveCount(one.length - 1);
	await expect(page.locator(`#q-${dropped[0]!.id}`)).toHaveCount(0);
	for (const q of one.slice(1)) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	// Graded: no right or wrong before the hand-in.
	await expect(page.locator('.summary')).not.toContainText('right');
	await expectNoAxeViolations(page);

	// On to section 2 inside the page: its own left-out question is out too.
	await page.getByRole('link', { name: /Next section/ }).click();
	await expect(page.getByText('Assignment “Flood week”: section 2 of 2.')).toBeVisible();
	await expect(page.locator('.question')).toHaveCount(two.length - 1);
	await expect(page.locator(`#q-${dropped[1]!.id}`)).toHaveCount(0);
	for (const q of two.slice(1)) await answer(page, q, false);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toBeVisible();

	// A reload keeps the answers, under the assignment's own progress.
	await page.reload();
	await expect(page.getByText('Assignment “Flood week”: section 2 of 2.')).toBeVisible();
	await expect(page.locator('.summary')).toBeVisible();

	await page.getByRole('link', { name: 'Back to the assignment' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flood week');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download results file' }).click()
	]);
	const results = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(results).toMatchObject({ assignment, title: 'Flood week', student: 'Ana' });
	expect(Object.keys(results.answers).sort()).toEqual(
		[...one.slice(1), ...two.slice(1)].map((q) => q.id).sort()
	);
	// The module's own home does not count assignment work as self-study.
	await page.goto(`/m/#${link}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(practice.article.title);
	await expect(page.getByText(`0 of ${sections.length} sections done.`)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Flood week' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('an assignment made for another module says so, and the module still opens', async ({
	page
}) => {
	const link = await moduleLink();
	const other = code({ article: articleTag(moduleSlug('0123456789')) });
	await page.goto(`/m/?a=${encodeURIComponent(other)}#${link}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This assignment link does not work'
	);
	await expect(page.getByRole('alert')).toContainText('another article than this module’s');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'read the module' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(practice.article.title);
});

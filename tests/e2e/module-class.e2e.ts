// The whole journey of a module made in the browser: a teacher pastes an article, settles who said what,
// leaves a question out and assigns it; a student in another browser does the assignment and hands in a
// results file; the teacher reads it in the module's class report.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { practice, practiceQuestions, practiceText } from './module';

const title = practice.article.title;
const sections = practice.article.sections;

test('a teacher makes a module, assigns it, and reads a student’s hand-in in its class report', async ({
	page,
	browser
}) => {
	// Three pages that each build the bank in a worker, a student's whole assignment and axe runs.
	test.slow();
	await page.goto('/author/');
	await page.getByLabel('The article\u2019s text, title first').fill(practiceText);
	await page.getByRole('button', { name: 'Read the text' }).click();
	await expect(page.getByText(/claims found\./)).toBeVisible();
	// Leave section 1's first question out of the module.
	const first = page.locator('.preview-question').first();
	await first.getByRole('checkbox').uncheck();
	await expect(first.getByText('Left out')).toBeVisible();
	await expect(page.getByLabel('Link for students')).toHaveValue(/\/m\/#m1/);

	await page.getByRole('link', { name: 'Assign it to a class' }).click();
	await expect(page).toHaveURL(/\/teacher\/#m1/);
	await expect(page.getByText(/You are assigning the module/)).toContainText(title);
	await page.getByLabel('Title', { exact: true }).fill('Flood: who counts');
	await page.getByRole('checkbox', { name: new RegExp(`^\\s*1\\. `) }).check();
	await page.getByRole('radio', { name: /^\s*Practice/ }).check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByLabel('Link for students').inputValue();
	expect(new URL(link).pathname).toMatch(/\/m\/$/);
	expect(new URL(link).searchParams.get('a')).toBeTruthy();
	await expectNoAxeViolations(page);

	// A student in a fresh browser: section 1 without the left-out question, all right, handed in.
	const context = await browser.newContext();
	const s = await context.newPage();
	await s.goto(link);
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Flood: who counts');
	await s.getByLabel(/Your name/).fill('Ana');
	await s.getByRole('button', { name: 'Start' }).click();
	await s.getByRole('link', { name: `1. ${sections[0]!.heading}` }).click();
	const asked = practiceQuestions(1).slice(1);
	await expect(s.locator('.question')).toHaveCount(asked.length);
	for (const q of asked) await answer(s, q);
	await s.getByRole('button', { name: 'Check answers' }).click();
	await expect(s.locator('.summary')).toContainText(`${asked.length} of ${asked.length} right`);
	await s.reload();
	await expect(s.locator('.summary')).toContainText(`${asked.length} of ${asked.length} right`);
	await s.getByRole('link', { name: 'Back to the assignment' }).first().click();
	const [download] = await Promise.all([
		s.waitForEvent('download'),
		s.getByRole('button', { name: 'Download results file' }).click()
	]);
	const handedIn = readFileSync((await download.path())!, 'utf8');
	await context.close();

	// The teacher's sheet leads to the module's report, which counts the hand-in.
	await page.getByRole('link', { name: 'Open the class report for this assignment' }).click();
	await expect(page.getByText(`Reporting on “Flood: who counts”`)).toBeVisible();
	await page
		.getByLabel('Choose files…')
		.setInputFiles([
			{ name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(handedIn) }
		]);
	await expect(page.getByRole('heading', { name: 'Counted (1)' })).toBeVisible();
	const table = page.getByRole('table', { name: /First-attempt answers right/ });
	await expect(table.getByRole('row').filter({ hasText: 'Ana' })).toContainText(
		`${asked.length} of ${asked.length} (100%)`
	);
	await expectNoAxeViolations(page);
});

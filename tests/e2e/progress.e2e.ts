import { expect, test, type Page } from '@playwright/test';
import { article } from './article';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { cards, checkMissing, DECK } from './review-deck';

// The progress page in the reader's two modes, its line about the review, and its Reset, which
// forgets the review too.

const SESSION = 'crosscheck:v1:north-korean-troops:review';

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

const selfCheckBox = (page: Page) => page.getByRole('checkbox', { name: /Self-check: no scores/ });
const scoreColumns = (page: Page) => page.getByRole('columnheader', { name: /^(First try|Best)$/ });
/** The per-kind breakdown's list: one meter per kind of question, filled in after loading. */
const kindMeters = (page: Page) => page.locator('.kinds meter');
const hiddenNote = (page: Page) => page.getByText('Scores are hidden while self-check is on');

test('in self-check the progress page shows what is done and no scores; back to scored, they return', async ({
	page
}) => {
	// Five page loads and two axe runs: up to 12.5 s of the 30 s with two workers on two cores.
	test.slow();
	const questions = questionsOf(1);
	await page.goto('/section/1/');
	for (const [i, q] of questions.entries()) await answer(page, q, i !== 0);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toContainText(`${questions.length - 1} of`);

	// Once home has filled in (it has read the mode), the box is the page's own.
	await page.goto('/');
	await expect(page.getByText(`1 of ${article.sections.length} sections done`)).toBeVisible();
	await selfCheckBox(page).check();
	await expect.poll(() => stored(page, 'crosscheck:prefs:v1')).toContain('self-check');
	await page.goto('/progress/');
	// Shown only once the page has read the mode, in the browser.
	await expect(hiddenNote(page)).toBeVisible();
	await expect(
		page.getByRole('paragraph').filter({ has: page.getByRole('link', { name: 'the home page' }) })
	).toContainText('clear the Self-check box');
	await expect(scoreColumns(page)).toHaveCount(0);
	await expect(page.getByRole('columnheader')).toHaveText(['Section', 'State']);
	const row = page.getByRole('row').filter({ hasText: article.sections[0]!.heading });
	await expect(row.getByRole('cell')).toHaveText(['Done']);
	const totals = page.getByRole('row').filter({ hasText: 'All checked sections' });
	await expect(totals.getByRole('cell')).toHaveText([`1 of ${article.sections.length} done`]);
	await expect(kindMeters(page)).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText(/\d+ of \d+ right|First tries only/);
	await expect(page.locator('.lead')).not.toContainText('Scores count');
	await expectNoAxeViolations(page);

	// The link goes home, where the box is; unchecked, the scores come back.
	await page.getByRole('link', { name: 'the home page' }).click();
	await expect(selfCheckBox(page)).toBeChecked();
	await selfCheckBox(page).uncheck();
	await expect.poll(() => stored(page, 'crosscheck:prefs:v1')).toContain('scored');
	await page.goto('/progress/');
	await expect(kindMeters(page).first()).toBeVisible();
	await expect(hiddenNote(page)).toHaveCount(0);
	await expect(scoreColumns(page)).toHaveCount(2);
	await expect(row.getByRole('cell')).toHaveText([
		'Done',
		`${questions.length - 1} of ${questions.length}`,
		`${questions.length - 1} of ${questions.length}`
	]);
	await expect(page.locator('.lead')).toContainText('Scores count');
	await expectNoAxeViolations(page);
});

test('Reset on the progress page empties the review too: nothing is due the next day', async ({
	page
}) => {
	// Seven page loads, a review session and an axe run, as review.e2e.ts's longest test.
	test.slow();
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	const questions = await checkMissing(page, 1, 2);
	await expect.poll(() => cards(page)).toBe(2);

	const review = page.getByRole('paragraph').filter({ hasText: /^\s*Review:/ });
	await page.goto('/progress/');
	await expect(review).toHaveText('Review: 2 questions, none due today.');

	// The next morning both are due; a session is begun, its first answer saved, and left.
	await page.clock.setSystemTime(new Date('2026-03-03T09:00:00'));
	await page.goto('/progress/');
	const link = page.getByRole('link', { name: 'Review: 2 questions, all due today.' });
	await expect(link).toHaveAttribute('href', '/review/');
	await link.click();
	await expect(page.locator('.question')).toHaveCount(2);
	await answer(page, questions[0]!);
	await expect.poll(() => stored(page, SESSION)).not.toBeNull();

	await page.goto('/progress/');
	await expect(review).toBeVisible();
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
	await expect(dialog).toContainText('your answers, scores and review schedule');
	await dialog.getByRole('button', { name: 'Reset progress' }).click();
	await expect(page.getByText('and the review is empty')).toBeVisible();
	await expect(review).toHaveCount(0);
	expect(await stored(page, DECK)).toBeNull();
	expect(await stored(page, SESSION)).toBeNull();
	await expectNoAxeViolations(page);

	// The day after: home has nothing to review, and neither has the review page. Home is reached by
	// a link inside the app, so what it shows is what it read, not the prerendered page.
	await page.clock.setSystemTime(new Date('2026-03-04T09:00:00'));
	await page.getByRole('link', { name: 'Crosscheck' }).click();
	await expect(page.getByText(`0 of ${article.sections.length} sections done`)).toBeVisible();
	await expect(page.getByRole('link', { name: /to review today/ })).toHaveCount(0);
	await page.goto('/review/');
	await expect(page.getByText('Nothing to review yet')).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

const DECK = 'crosscheck:review:v1:north-korean-troops';

/** How many questions this browser's review deck holds. */
const cards = (page: Page) =>
	page.evaluate(
		(key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{"cards":{}}').cards).length,
		DECK
	);

const dueLink = (page: Page) => page.getByRole('link', { name: /to review today/ });

test('two missed questions come back the next day, are reviewed, and are rescheduled further out', async ({
	page
}) => {
	test.slow();
	// A morning in term; the clock then moves as the reader's days do.
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	await page.goto('/section/1/');
	const questions = questionsOf(1);
	const missed = questions.slice(0, 2);
	for (const [i, q] of questions.entries()) await answer(page, q, i >= 2);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect.poll(() => cards(page)).toBe(2);

	// Not today: a missed question comes back a day later.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(dueLink(page)).toHaveCount(0);

	await page.clock.setSystemTime(new Date('2026-03-03T09:00:00'));
	await page.goto('/');
	await expect(dueLink(page)).toHaveText('2 questions to review today');
	await expectNoAxeViolations(page);
	await dueLink(page).click();
	await expect(page.getByRole('heading', { name: 'Review what you missed' })).toBeVisible();
	await expect(page.locator('.question')).toHaveCount(2);
	for (const q of missed) await answer(page, q);
	// By keyboard: the check button, then Enter.
	await page.getByRole('button', { name: 'Check answers' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeFocused();
	await expect(page.getByText(/right first time, comes back in 3 days\./)).toHaveCount(2);
	await expectNoAxeViolations(page);

	// Rescheduled: nothing due the same day, nor the next; due again three days on.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(dueLink(page)).toHaveCount(0);
	await page.clock.setSystemTime(new Date('2026-03-06T09:00:00'));
	await page.goto('/');
	await expect(dueLink(page)).toHaveText('2 questions to review today');
});

test('a question missed again in review comes back the next day; nothing due says when the next is', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	await page.goto('/review/');
	await expect(page.getByText('Nothing to review yet')).toBeVisible();
	await page.goto('/section/2/');
	const questions = questionsOf(2);
	for (const [i, q] of questions.entries()) await answer(page, q, i !== 0);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect.poll(() => cards(page)).toBe(1);
	await page.goto('/review/');
	await expect(
		page.getByText('Nothing to review today. Your next review is tomorrow.')
	).toBeVisible();

	await page.clock.setSystemTime(new Date('2026-03-03T09:00:00'));
	await page.goto('/review/');
	const q = questions[0]!;
	await answer(page, q, false);
	await page.getByRole('button', { name: 'Check answers' }).click();
	// Shown rather than found: it counts as missed.
	await page.getByRole('button', { name: /Show the answer/ }).click();
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeFocused();
	await expect(page.getByText(/missed, comes back tomorrow\./)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('self-check, chosen on home by keyboard: no scores after a check or on home, and the choice is kept', async ({
	page
}) => {
	await page.goto('/');
	const box = page.getByRole('checkbox', { name: /Self-check: no scores/ });
	await box.focus();
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
	await page.reload();
	await expect(box).toBeChecked();
	await expectNoAxeViolations(page);

	await page.goto('/section/1/');
	const questions = questionsOf(1);
	for (const [i, q] of questions.entries()) await answer(page, q, i !== 0);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toContainText('each question says whether you got it');
	await expect(page.locator('.summary')).not.toContainText(/\d+ of \d+/);
	// What was right, and where, is still there.
	await expect(page.getByText('Not quite.')).toBeVisible();
	await page.goto('/');
	await expect(page.locator('.status.done').first()).toHaveText(/^\s*Done\s*$/);
	await box.uncheck();
	await expect(page.locator('.status.done').first()).toContainText('on the first try');
});

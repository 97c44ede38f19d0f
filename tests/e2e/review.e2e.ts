import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { articleTag, encodeAssignment } from '../../src/lib/assign/assignment';
import type { Assignment } from '../../src/lib/assign/types';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { moduleLink, openModule, practice, practiceQuestions } from './module';
import { cards, checkMissing } from './review-deck';

const dueLink = (page: Page) => page.getByRole('link', { name: /to review today/ });

test('two missed questions come back the next day, are reviewed, and are rescheduled further out', async ({
	page
}) => {
	test.slow();
	// A morning in term; the clock then moves as the reader's days do.
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	const missed = (await checkMissing(page, 1, 2)).slice(0, 2);
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
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeVisible();
	await expect(page.getByText(/right first time, comes back in 3 days\./)).toHaveCount(2);
	await expectNoAxeViolations(page);
	// Where the text settles it: the section opens with focus on the sentence, as a link to it does.
	const firstCard = await page.locator('[id^="q-"]').first().getAttribute('id');
	const first = missed.find((q) => `q-${q.id}` === firstCard)!;
	await page.getByRole('button', { name: 'Show in the article for question 1' }).click();
	await page
		.getByRole('region', { name: /Where the text settles question 1/ })
		.getByRole('link')
		.first()
		.click();
	await expect(page.locator(`#${first.evidence[0]}`)).toBeFocused();

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
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeVisible();
	await expect(page.getByText(/missed, comes back tomorrow\./)).toBeVisible();
	await expectNoAxeViolations(page);
	// A finished session is not asked again the same day, and leaves no answers behind for the next.
	await page.reload();
	await expect(
		page.getByText('Nothing to review today. Your next review is tomorrow.')
	).toBeVisible();
	expect(
		await page.evaluate(() =>
			Object.keys(localStorage).filter((k) => k.endsWith(':north-korean-troops:review'))
		)
	).toEqual([]);
});

test('self-check, chosen on home by keyboard: no scores after a check, on home or in the review, and the choice is kept', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
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
	// The review the next day keeps to the choice: what was right and where, no counts.
	await page.clock.setSystemTime(new Date('2026-03-03T09:00:00'));
	await page.goto('/review/');
	await answer(page, questions[0]!);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeVisible();
	await expect(page.locator('.summary')).not.toContainText(/\d+ of \d+/);
	await page.goto('/');
	await box.uncheck();
	await expect(page.locator('.status.done').first()).toContainText('on the first try');
});

test('a module link has its own review: a missed question comes back there the next day, with its sentence', async ({
	page
}) => {
	// The bank is built in the browser on each of four visits.
	test.slow();
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	const link = await moduleLink();
	await openModule(page, link, 1);
	const questions = practiceQuestions(1);
	await expect(page.locator('.question')).toHaveCount(questions.length);
	for (const [i, q] of questions.entries()) await answer(page, q, i !== 0);
	await page.getByRole('button', { name: 'Check answers' }).click();
	const deck = `crosscheck:review:v1:${practice.bank.article.slug}`;
	await expect
		.poll(() => page.evaluate((key) => localStorage.getItem(key), deck))
		.toContain(questions[0]!.id);

	await page.clock.setSystemTime(new Date('2026-03-03T09:00:00'));
	await openModule(page, link);
	await dueLink(page).click();
	await expect(page.getByRole('heading', { name: 'Review what you missed' })).toBeVisible();
	await expect(page).toHaveTitle(`Review · ${practice.article.title} · Crosscheck`);
	await expect(page.locator('.question')).toHaveCount(1);
	await expect(page.getByText('1 question on sections you read before.')).toBeVisible();
	await answer(page, questions[0]!, false);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.getByRole('button', { name: /Show the answer/ }).click();
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeVisible();
	await expect(page.getByText(/missed, comes back tomorrow\./)).toBeVisible();
	await expectNoAxeViolations(page);

	// The sentence that settles it opens in the module's section, even from a fresh tab.
	await page.clock.setSystemTime(new Date('2026-03-04T09:00:00'));
	await openModule(page, link);
	await dueLink(page).click();
	await answer(page, questions[0]!, false);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.getByRole('button', { name: /Show the answer/ }).click();
	// The answer just shown stays on screen above the results, and where the text settles it is a click on.
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeVisible();
	await expect(page.locator(`#q-${questions[0]!.id}`)).toContainText(questions[0]!.explanation);
	await page.getByRole('button', { name: 'Show in the article for question 1' }).click();
	const evidence = page.getByRole('region', { name: /Where the text settles question 1/ });
	const sentence = evidence.getByRole('link').first();
	const href = await sentence.getAttribute('href');
	const fresh = await page.context().newPage();
	await fresh.goto(href!);
	await expect(fresh.locator(`#${questions[0]!.evidence[0]}`)).toBeFocused();
	expect(new URL(fresh.url()).hash).toBe(`#${link}`);
	await fresh.close();
	// The built-in article's review is apart: nothing of the module's is due there.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(dueLink(page)).toHaveCount(0);
});

test('an assignment feeds the review only once the student chooses: practice at once, graded after the hand-in', async ({
	page
}) => {
	test.slow();
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	const { version } = JSON.parse(
		readFileSync('questions/north-korean-troops/bank.json', 'utf8')
	) as { version: string };
	const code = (title: string, sections: number[], mode: Assignment['mode']) =>
		encodeAssignment({
			version: 2,
			article: articleTag('north-korean-troops'),
			bank: version,
			title,
			sections,
			mode,
			requireName: false
		});

	// Practice, not chosen: a missed question stays out of the review.
	const practiceCode = code('Practice', [1], 'practice');
	await page.goto(`/section/1/?a=${encodeURIComponent(practiceCode)}`);
	await expect(page.getByText('section 1 of 1.')).toBeVisible();
	const one = questionsOf(1);
	for (const [i, q] of one.entries()) await answer(page, q, i !== 0);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toContainText(`${one.length - 1} of ${one.length}`);
	await page.goto(`/a/#${practiceCode}`);
	const box = page.getByRole('checkbox', { name: /Add the questions I miss in assignments/ });
	await expect(box).not.toBeChecked();
	expect(await cards(page)).toBe(0);
	await expectNoAxeViolations(page);
	// Chosen by keyboard: what was missed already joins.
	await box.focus();
	await page.keyboard.press('Space');
	await expect(
		page.getByRole('status').filter({ hasText: 'already, and what you miss' })
	).toBeVisible();
	await expect.poll(() => cards(page)).toBe(1);

	// Graded, chosen: nothing joins before the hand-in, since the answers are not shown until then.
	const gradedCode = code('Graded', [2], 'graded');
	await page.goto(`/section/2/?a=${encodeURIComponent(gradedCode)}`);
	await expect(page.getByText('section 1 of 1.')).toBeVisible();
	const two = questionsOf(2);
	for (const [i, q] of two.entries()) await answer(page, q, i !== 0);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('button', { name: 'Check answers' })).toHaveCount(0);
	await page.goto(`/a/#${gradedCode}`);
	await expect(page.getByRole('checkbox', { name: /\(once I have handed in\)/ })).toBeChecked();
	expect(await cards(page)).toBe(1);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download results file' }).click();
	await download;
	await expect.poll(() => cards(page)).toBe(2);

	await page.clock.setSystemTime(new Date('2026-03-03T09:00:00'));
	await page.goto('/');
	await expect(dueLink(page)).toHaveText('2 questions to review today');
});

import type { Page } from '@playwright/test';
import { answer, questionsOf } from './bank';

/** The shipped article's review deck in localStorage. */
export const DECK = 'crosscheck:review:v1:north-korean-troops';

/** The review deck's cards, as stored (none when there is no deck). */
export const storedCards = (page: Page, key = DECK) =>
	page.evaluate(
		(k) =>
			Object.values(
				(JSON.parse(localStorage.getItem(k) ?? '{"cards":{}}') as { cards: object }).cards
			) as Array<{ id: string; due: number; reps: number; last_review: number }>,
		key
	);

/** How many questions the review deck holds. */
export const cards = async (page: Page) => (await storedCards(page)).length;

/**
 * Opens section `n` of the shipped article, answers its first `wrong` questions wrong and the rest
 * right, and checks: the missed ones join the review. Returns the section's questions.
 */
export async function checkMissing(page: Page, n: number, wrong: number) {
	await page.goto(`/section/${n}/`);
	const questions = questionsOf(n);
	for (const [i, q] of questions.entries()) await answer(page, q, i >= wrong);
	await page.getByRole('button', { name: 'Check answers' }).click();
	return questions;
}

import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { article } from './article';

interface Choice {
	id: string;
	text: string;
}
export interface BankQuestion {
	id: string;
	section: string;
	kind: string;
	prompt: string;
	explanation: string;
	choices: Choice[];
	items?: Choice[];
	answer: string | Record<string, string>;
	evidence: string[];
}

/** The shipped bank, as the site's build reads it. */
export const bank = JSON.parse(readFileSync('questions/north-korean-troops/bank.json', 'utf8')) as {
	questions: BankQuestion[];
};

export const questionsOf = (sectionNumber: number) =>
	bank.questions.filter((q) => q.section === article.sections[sectionNumber - 1]!.id);

/** Answers one question on the page, right or (when `right` is false) wrong, by clicking as a user would. */
export async function answer(
	page: { locator(selector: string): Locator },
	q: BankQuestion,
	right = true
) {
	const card = page.locator(`#q-${q.id}`);
	if (q.items) {
		const pairs = q.answer as Record<string, string>;
		for (const [i, item] of q.items.entries()) {
			const choiceId = right ? pairs[item.id]! : pairs[q.items[(i + 1) % q.items.length]!.id]!;
			const text = q.choices.find((c) => c.id === choiceId)!.text;
			await card.getByLabel(item.text).selectOption({ label: text });
		}
		return;
	}
	const choice = right
		? q.choices.find((c) => c.id === q.answer)!
		: q.choices.find((c) => c.id !== q.answer)!;
	await card.getByLabel(choice.text, { exact: true }).check();
}

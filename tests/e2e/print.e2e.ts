import { expect, test, type Page } from '@playwright/test';
import { article } from './article';
import { questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { printedPages, unspaced } from './pdf';

const TITLE = 'Week 5: who counted?';

/** Makes an assignment of sections 2 and 4 with section 4's first question left out. */
async function makeAssignment(page: Page) {
	await page.goto('/teacher/');
	await page.getByLabel('Title').fill(TITLE);
	for (const n of [2, 4])
		await page.getByRole('checkbox', { name: new RegExp(`^\\s*${n}\\. `) }).check();
	const [dropped] = questionsOf(4);
	await page.getByRole('checkbox', { name: dropped!.prompt, exact: true }).uncheck();
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByLabel('Link for students')).not.toHaveValue('');
	return { asked: [...questionsOf(2), ...questionsOf(4).slice(1)], dropped: dropped! };
}

/** Follows one of the sheet's print links, which open in a new tab. */
async function openPrint(page: Page, name: RegExp) {
	const [tab] = await Promise.all([
		page.context().waitForEvent('page'),
		page.getByRole('link', { name }).click()
	]);
	await tab.waitForLoadState();
	return tab;
}

test('the worksheet prints the chosen text and questions, with a name and date line and no answers', async ({
	page
}) => {
	test.slow();
	const { asked, dropped } = await makeAssignment(page);
	const sheet = await openPrint(page, /^Worksheet to print/);
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(sheet.getByRole('heading', { level: 2 })).toHaveText([
		`2. ${article.sections[1]!.heading}`,
		`4. ${article.sections[3]!.heading}`
	]);
	await expect(sheet.locator('.questions > li')).toHaveCount(asked.length);
	await expectNoAxeViolations(sheet);

	const pages = await printedPages(sheet);
	expect(pages.length).toBeGreaterThan(1);
	const printed = unspaced(pages.join(' '));
	expect(printed.startsWith(unspaced(`${TITLE} Name: Date:`))).toBe(true);
	for (const p of [...article.sections[1]!.paragraphs, ...article.sections[3]!.paragraphs])
		expect(printed).toContain(unspaced(p.text));
	for (const [i, q] of asked.entries()) {
		expect(printed).toContain(unspaced(`${i + 1}. ${q.prompt}`));
		for (const [j, c] of q.choices.entries())
			expect(printed).toContain(unspaced(`${String.fromCharCode(65 + j)}. ${c.text}`));
	}
	expect(printed).not.toContain(unspaced(dropped.prompt));
	// Screen-only parts stay off the paper, and nothing on it gives an answer away.
	for (const screenOnly of ['Print', 'Back to the teacher page', 'Skip to content', 'Crosscheck'])
		expect(printed).not.toContain(unspaced(screenOnly));
	for (const q of asked) expect(printed).not.toContain(unspaced(q.explanation));
	expect(printed).not.toContain('answer:');

	// The key is one click away, for the same assignment.
	await sheet.getByRole('link', { name: 'Answer key instead' }).click();
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(`Answer key: ${TITLE}`);
	await expect(sheet).toHaveTitle(/^Answer key/);
});

test('the answer key prints each answer with its worksheet number and letter, its explanation and where it is settled', async ({
	page
}) => {
	test.slow();
	const { asked, dropped } = await makeAssignment(page);
	const key = await openPrint(page, /^Answer key to print/);
	await expect(key.getByRole('heading', { level: 1 })).toHaveText(`Answer key: ${TITLE}`);
	await expectNoAxeViolations(key);

	const printed = unspaced((await printedPages(key)).join(' '));
	for (const [i, q] of asked.entries()) {
		const letterOf = (id: string) => {
			const j = q.choices.findIndex((c) => c.id === id);
			return `${String.fromCharCode(65 + j)}. ${q.choices[j]!.text}`;
		};
		const answers =
			typeof q.answer === 'string'
				? [`Answer: ${letterOf(q.answer)}`]
				: q.items!.map(
						(item) => `${item.text} → ${letterOf((q.answer as Record<string, string>)[item.id]!)}`
					);
		const entry = printed.slice(printed.indexOf(unspaced(`${i + 1}. ${q.prompt}`)));
		expect(printed).toContain(unspaced(`${i + 1}. ${q.prompt}`));
		for (const a of answers) expect(entry).toContain(unspaced(a));
		expect(entry).toContain(unspaced(q.explanation));
	}
	expect(printed).toContain(unspaced('Settled in section 4:'));
	expect(printed).not.toContain(unspaced(dropped.prompt));
	expect(printed).not.toContain(unspaced('Back to the teacher page'));
});

test('a print page opened without an assignment, or with a damaged one, says what to do', async ({
	page
}) => {
	await page.goto('/teacher/print/');
	await expect(page.getByRole('alert')).toContainText('Make the assignment on the teacher page');
	await expect(page.getByRole('link', { name: 'Go to the teacher page' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.goto('/teacher/print/?show=key#2xyz-not-a-code');
	await expect(page.getByRole('alert')).toContainText(/damaged|incomplete/);
});

test('the skip link on a print page keeps the assignment in the address', async ({ page }) => {
	await makeAssignment(page);
	const sheet = await openPrint(page, /^Worksheet to print/);
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	const address = sheet.url();
	await sheet.getByRole('link', { name: 'Skip to content' }).focus();
	await sheet.keyboard.press('Enter');
	await expect(sheet.locator('main')).toBeFocused();
	await expect.poll(() => sheet.url()).toBe(address);
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(sheet.getByRole('alert')).toHaveCount(0);
});

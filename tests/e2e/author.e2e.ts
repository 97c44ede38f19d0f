import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './fixtures';

// A practice article, as a teacher would paste it.
const PASTE = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
const TITLE = PASTE.split('\n')[0]!.replace(/^# /, '');

async function pasteAndRead(page: Page, text: string) {
	await page.getByLabel('The article\u2019s text, title first').fill(text);
	await page.getByRole('button', { name: 'Read the text' }).click();
}

test('a teacher pastes an article, settles one attribution, leaves a question out, and gets a link; the draft survives a reload', async ({
	page,
	browser
}) => {
	test.slow();
	await page.goto('/teacher/');
	await page.getByRole('link', { name: 'Make a module from any article' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Make a module from any article'
	);
	await expectNoAxeViolations(page);

	await pasteAndRead(page, PASTE);
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
	await expect(page.getByText(/claims found\./)).toBeVisible();
	await expectNoAxeViolations(page);

	// The first claim in the list (what the rules abstained on comes first): credit it to someone else.
	const claim = page.locator('.claims > li').first();
	const words = (await claim.locator('.claim').textContent())!;
	const select = claim.getByRole('combobox');
	const current = await select.inputValue();
	const options = await select
		.locator('option:not([disabled])')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const other = options.find((o) => o !== current)!;
	await select.selectOption(other);
	const settled = page.locator('.claims > li').filter({ hasText: words });
	await expect(settled.getByText('Settled by you.')).toBeVisible();
	await expect(settled.getByRole('combobox')).toHaveValue(other);

	// Leave the first question out.
	const first = page.locator('.preview-question').first();
	const prompt = (await first.locator('.prompt').textContent())!;
	await first.getByRole('checkbox').uncheck();
	await expect(first.getByText('Left out')).toBeVisible();

	const link = page.getByLabel('Link for students');
	await expect(link).toHaveValue(/\/m\/#m1/);
	await expectNoAxeViolations(page);

	// A reload mid-review: the draft is listed, and continuing keeps the correction and the choice.
	await page.reload();
	await page.getByRole('button', { name: `Continue “${TITLE}”` }).click();
	await expect(
		page.locator('.claims > li').filter({ hasText: words }).getByText('Settled by you.')
	).toBeVisible();
	await expect(
		page.locator('.preview-question').filter({ hasText: prompt }).getByRole('checkbox')
	).not.toBeChecked();
	await expect(page.getByLabel('Link for students')).toHaveValue(/\/m\/#m1/);

	// A student in another browser opens the module: the same article, without the question left out.
	const student = await browser.newContext();
	const s = await student.newPage();
	await s.goto(await page.getByLabel('Link for students').inputValue());
	await expect(s.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await s
		.getByRole('link', { name: /^Section 1/ })
		.first()
		.click();
	await expect(s.locator('.question').first()).toBeVisible();
	await expect(s.getByText(prompt, { exact: true })).toHaveCount(0);
	await student.close();
});

test('text that is not an article gets a plain sentence, and HTML in a paste stays text', async ({
	page
}) => {
	// Two pastes through the worker: 4 s on idle cores, 13 s at load.
	test.slow();
	await page.goto('/author/');
	await page.getByRole('button', { name: 'Read the text' }).click();
	await expect(page.getByRole('alert')).toContainText('The text is empty');
	await pasteAndRead(page, 'Just one line');
	await expect(page.getByRole('alert')).toContainText('only one line');
	await expect(page.getByLabel('The article\u2019s text, title first')).toHaveValue(
		'Just one line'
	);
	await expectNoAxeViolations(page);

	const hostile = PASTE.replace(
		'Officials in Kessaro',
		'<img src=x onerror="window.pwned=1"> Officials in Kessaro'
	);
	await pasteAndRead(page, hostile);
	await expect(page.getByText(/claims found\./)).toBeVisible();
	expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
	await expect(page.locator('main img')).toHaveCount(0);
});

test('a tidying change undone can be redone, even when it was the only one', async ({ page }) => {
	// The worker builds the questions three times (paste, undo, redo): 12 s on 2 idle cores, 33 s at load.
	test.slow();
	await page.goto('/author/');
	await pasteAndRead(page, PASTE);
	const byline = page.getByText(/^Byline: /);
	await expect(byline).toHaveText('Byline: By Nadia Orsolo in Port Selim');
	await page.getByText('What tidying changed (1)').click();
	await page.getByRole('button', { name: 'Undo this change' }).click();
	// Undone, the Markdown marks are back (and the line no longer reads as a byline); the list stays,
	// with the way to redo it.
	await expect(page.getByText('What tidying changed (0)')).toBeVisible();
	await expect(byline).toHaveCount(0);
	await expect(page.getByText('*By Nadia Orsolo in Port Selim*')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Redo it' }).click();
	await expect(byline).toHaveText('Byline: By Nadia Orsolo in Port Selim');
	await expect(page.getByRole('button', { name: 'Redo it' })).toHaveCount(0);
});

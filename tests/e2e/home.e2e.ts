import { expect, test } from '@playwright/test';
import { article } from './article';
import { expectNoAxeViolations, sourceArticle } from './fixtures';

test('home shows the headline, byline, publisher and every section in order', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(sourceArticle().title);
	await expect(page.getByText('By Joshua Arnold · The Washington Stand')).toBeVisible();

	const items = page
		.getByRole('list')
		.filter({ has: page.getByRole('link') })
		.last()
		.getByRole('listitem');
	await expect(items).toHaveCount(article.sections.length);
	for (const [i, section] of article.sections.entries()) {
		const item = items.nth(i);
		await expect(item.getByRole('link')).toHaveAccessibleName(
			`Section ${section.number}: ${section.heading}`
		);
		await expect(item).toContainText(section.paragraphs[0]!.text.split(' ').slice(0, 6).join(' '));
		await expect(item).toContainText(/\d+ min read/);
	}
	await expectNoAxeViolations(page);
});

test('the start button opens section 1', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Start reading section 1' }).click();
	await expect(page).toHaveURL(/\/section\/1\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[0]!.heading);
});

test('once every section is done, the main button leads to the results, not back to section 1', async ({
	page
}) => {
	const done = {
		answers: {},
		checks: 1,
		first: {},
		results: {},
		misses: {},
		revealed: [],
		best: 0
	};
	const sections = Object.fromEntries(article.sections.map((s) => [s.id, done]));
	await page.addInitScript(
		(stored) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('crosscheck:v1:north-korean-troops', stored);
				sessionStorage.setItem('seeded', '1');
			}
		},
		JSON.stringify({ version: 1, sections })
	);
	await page.goto('/');
	await expect(
		page.getByText(`${article.sections.length} of ${article.sections.length} sections done.`)
	).toBeVisible();
	await expect(page.getByRole('link', { name: /^Continue with section/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'All sections done: see your results' }).click();
	await expect(page).toHaveURL(/\/progress\/$/);
});

test('a section card is clickable anywhere, not only on its heading', async ({ page }) => {
	await page.goto('/');
	const card = page.getByRole('listitem').filter({ hasText: article.sections[2]!.heading });
	await card.scrollIntoViewIfNeeded();
	const box = (await card.boundingBox())!;
	// Click near the card's bottom-right corner, away from the heading text.
	await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
	await expect(page).toHaveURL(/\/section\/3\/$/);
});

test('the page is readable in dark mode without contrast problems', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(23, 25, 28)');
	await expectNoAxeViolations(page);
});

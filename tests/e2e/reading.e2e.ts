import { expect, test } from '@playwright/test';
import { article } from './article';
import { expectNoAxeViolations, sourceArticle } from './fixtures';
import { answer, questionsOf } from './bank';

const source = sourceArticle();

for (const section of article.sections) {
	test(`section ${section.number} shows its paragraphs exactly as published`, async ({ page }) => {
		await page.goto(`/section/${section.number}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.heading);
		await expect(
			page.getByText(`Section ${section.number} of ${article.sections.length}`)
		).toBeVisible();

		const shown = await page.locator('.article-text > p').allTextContents();
		const expected = section.paragraphs.map((p) => source.paragraphs[Number(p.id.slice(1)) - 1]);
		expect(shown).toEqual(expected);
		await expectNoAxeViolations(page);
	});
}

test('the byline closes the last section, verbatim', async ({ page }) => {
	await page.goto(`/section/${article.sections.length}/`);
	await expect(page.getByText(source.byline, { exact: true })).toBeVisible();
});

test('every paragraph of the article appears once across the section pages', async ({ page }) => {
	const all: string[] = [];
	for (const section of article.sections) {
		await page.goto(`/section/${section.number}/`);
		all.push(...(await page.locator('.article-text > p').allTextContents()));
	}
	expect(all).toEqual(source.paragraphs);
});

test('previous and next links connect the sections, and the list is one click away', async ({
	page
}) => {
	await page.goto('/section/2/');
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/section/1/');
	await page.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(/\/section\/3\/$/);
	await page.getByRole('link', { name: 'All sections' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('a sentence can be linked to by its fragment and is highlighted', async ({ page }) => {
	const sentence = article.sections[1]!.paragraphs[0]!.sentences[2]!;
	await page.goto(`/section/2/#${sentence.id}`);
	const target = page.locator(`#${sentence.id}`);
	await expect(target).toHaveText(sentence.text);
	await expect(target).toBeInViewport();
	const highlighted = await target.evaluate((el) => el.matches(':target'));
	expect(highlighted).toBe(true);
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/section/99/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
	await page.getByRole('link', { name: 'see the list of all sections' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
});

test('the 404 page passes axe', async ({ page }) => {
	await page.goto('/no-such-page/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('nothing overflows sideways at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/', ...article.sections.map((s) => `/section/${s.number}/`)]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBe(0);
	}
});

test('printing shows the article without the site chrome', async ({ page }) => {
	await page.goto('/section/4/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Previous and next section' })).toBeHidden();
	await expect(page.locator('.article-text')).toBeVisible();
});

test('pages load nothing from other hosts', async ({ page }) => {
	const external: string[] = [];
	page.on('request', (req) => {
		if (!req.url().startsWith('http://127.0.0.1')) external.push(req.url());
	});
	await page.goto('/');
	await page.goto('/section/1/');
	expect(external).toEqual([]);
});

test('the progress table fits a 320 px phone with scores in it', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const largest = [...article.sections].sort(
		(a, b) => questionsOf(b.number).length - questionsOf(a.number).length
	)[0]!.number;
	await page.goto(`/section/${largest}/`);
	for (const q of questionsOf(largest)) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.goto('/progress/');
	const n = questionsOf(largest).length;
	await expect(page.getByRole('cell', { name: `${n} of ${n}` }).first()).toBeVisible();
	const wrap = page.locator('.table-wrap');
	const overflow = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
	expect(overflow).toBe(0);
});

test('on a wide screen the section text stays in view beside the questions', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/section/4/');
	const last = page.locator('.question').last();
	await last.scrollIntoViewIfNeeded();
	await expect(last).toBeInViewport();
	await expect(page.locator('#section-heading')).toBeInViewport();
	// The text scrolls on its own, and the keyboard reaches it.
	await expect(page.locator('article')).toHaveAttribute('tabindex', '0');
	await expectNoAxeViolations(page);
});

test('on a 320 px phone nothing on a section page overflows sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/section/4/');
	await expect(page.locator('.question').first()).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await expect(page.locator('article')).not.toHaveAttribute('tabindex', /.*/);
});

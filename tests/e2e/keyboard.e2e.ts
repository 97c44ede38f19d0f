import { expect, test, type Page } from '@playwright/test';
import { article } from './article';

/** Presses Tab until the focused element matches `name`, failing after `limit` presses. */
async function tabTo(page: Page, name: RegExp, limit = 40) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '') : '';
		});
		if (name.test(focused)) return;
	}
	throw new Error(`no focusable element matching ${name} within ${limit} Tab presses`);
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('a keyboard-only reader can go through every section and back to the list', async ({
	page
}) => {
	// Seven pages, each tabbed through from the top: long by design, so it gets a longer budget.
	test.slow();
	await page.goto('/');
	await tabTo(page, /^Start reading section 1$/);
	await page.keyboard.press('Enter');
	for (const section of article.sections) {
		await expect(page).toHaveURL(new RegExp(`/section/${section.number}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.heading);
		const last = section.number === article.sections.length;
		await tabTo(page, last ? /Back to all sections/ : /Next section/);
		// The focused element shows a visible outline.
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement as Element).outlineStyle
		);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/North Korean Soldiers Spotted in Russia/
	);
});

import { expect, test } from '@playwright/test';
import { article } from './article';
import { expectNoAxeViolations, untilOfflineReady } from './fixtures';

// These run against a build made with BASE_PATH=/crosscheck and served only under that path.

test('the site works under a sub-path, links and assets included', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (res) => {
		if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
	});
	await page.goto('./');
	await expect(page.getByRole('listitem')).toHaveCount(article.sections.length);
	await page.getByRole('link', { name: 'Start reading section 1' }).click();
	await expect(page).toHaveURL(/\/crosscheck\/section\/1\/$/);
	await page.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(/\/crosscheck\/section\/2\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[1]!.heading);
	await page.getByRole('link', { name: 'Crosscheck' }).click();
	await expect(page).toHaveURL(/\/crosscheck\/$/);
	expect(failed).toEqual([]);
	await expectNoAxeViolations(page);
});

test('a section opened directly under the sub-path, without its trailing slash, loads fully', async ({
	page
}) => {
	await page.goto('section/3');
	await expect(page).toHaveURL(/\/crosscheck\/section\/3\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[2]!.heading);
	await page.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(/\/crosscheck\/section\/4\/$/);
});

test('an unknown page under the sub-path shows the 404 page with working links', async ({
	page
}) => {
	await page.goto('no-such-page/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
	await page.getByRole('link', { name: 'see the list of all sections' }).click();
	await expect(page).toHaveURL(/\/crosscheck\/$/);
});

test('addresses outside the sub-path never load the app from the wrong place', async ({
	page,
	baseURL
}) => {
	let loads = 0;
	page.on('load', () => loads++);
	const root = await page.goto(new URL('/', baseURL).href);
	expect(root?.url()).toMatch(/\/crosscheck\/$/);
	const response = await page.goto(new URL('/nope', baseURL).href);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: '/crosscheck/' })).toBeVisible();
	// A wrong-base app would redirect or reload in a loop: once the network is quiet, none happened.
	await page.waitForLoadState('networkidle');
	expect(loads).toBeLessThanOrEqual(2);
});

test('after one visit the sub-path site works offline: pages, addresses without a slash, the 404 page', async ({
	page,
	context
}) => {
	await page.goto('./');
	await untilOfflineReady(page);
	expect(await page.evaluate(() => caches.keys())).toEqual([
		expect.stringMatching(/^crosscheck:\/crosscheck\/:/)
	]);
	await context.setOffline(true);
	await page.reload();
	await page.getByRole('link', { name: 'Start reading section 1' }).click();
	await expect(page).toHaveURL(/\/crosscheck\/section\/1\/$/);
	await page.goto('section/3');
	await expect(page).toHaveURL(/\/crosscheck\/section\/3\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[2]!.heading);
	const missing = await page.goto('no-such-page/');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
	await page.getByRole('link', { name: 'see the list of all sections' }).click();
	await expect(page).toHaveURL(/\/crosscheck\/$/);
});

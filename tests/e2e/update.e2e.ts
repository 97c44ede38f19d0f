import { expect, test, type Page } from '@playwright/test';
import { article } from './article';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

// A tab opened before a deploy: the site's version file names another build from then on. The
// service worker is blocked so that the test's answer for that file reaches the page.
test.use({ serviceWorkers: 'block' });

/** From now on the server says another version is deployed. */
const deployAnother = (page: Page) =>
	page.route('**/_app/version.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: '{"version":"another-build"}' })
	);

/** Marks this document; a full page load clears the mark, a navigation inside the app keeps it. */
const markDocument = (page: Page) => page.evaluate(() => ((window as { mark?: 1 }).mark = 1));
const sameDocument = (page: Page) => page.evaluate(() => (window as { mark?: 1 }).mark === 1);

/**
 * The reader comes back to the tab. Until the page has hydrated nobody listens, so the event is sent
 * again until the notice shows.
 */
async function comeBack(page: Page) {
	const notice = page.getByRole('status').filter({ hasText: 'has been updated' });
	await expect(async () => {
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(notice).toBeVisible({ timeout: 1000 });
	}).toPass();
	return notice;
}

const nextSection = (page: Page) => page.getByRole('link', { name: /Next section/ });

test('after an update, an open tab loads its next page in full and offers a reload that keeps answers', async ({
	page
}) => {
	const first = questionsOf(1).find((q) => !q.items)!;
	const picked = first.choices.find((c) => c.id === first.answer)!.text;
	await page.goto('/section/1/');
	await answer(page, first);
	await markDocument(page);

	// Before any update, a link stays in the page's own code.
	await nextSection(page).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[1]!.heading);
	expect(await sameDocument(page)).toBe(true);

	await deployAnother(page);
	await page.getByRole('link', { name: /Previous section/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[0]!.heading);
	expect(await sameDocument(page)).toBe(false);

	// A tab the reader comes back to is checked, and offers the update.
	const notice = await comeBack(page);
	await expect(notice).toContainText('your answers are kept');
	await expectNoAxeViolations(page);
	await markDocument(page);
	await notice.getByRole('button', { name: 'Reload' }).focus();
	const reloaded = page.waitForEvent('load');
	await page.keyboard.press('Enter');
	await reloaded;
	expect(await sameDocument(page)).toBe(false);
	await expect(page.locator(`#q-${first.id}`).getByLabel(picked, { exact: true })).toBeChecked();
});

test('on the class report the notice says what a reload would clear', async ({ page }) => {
	await page.goto('/teacher/report/');
	await deployAnother(page);
	await expect(await comeBack(page)).toContainText(
		'reloading this one now clears the results you imported'
	);
});

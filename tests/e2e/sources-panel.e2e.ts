import { expect, test, type Page } from '@playwright/test';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Who says what in this section' });

async function checkAll(page: Page, section: number) {
	for (const q of questionsOf(section)) await answer(page, q, false);
	await page.getByRole('button', { name: 'Check answers' }).click();
}

test('a section’s sources panel is locked before checking and opens after, with that section’s claims', async ({
	page
}) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/section/4/');
	const panel = panelOf(page);
	await expect(panel).toContainText('Opens when you check your answers');
	// Locked means absent: not hidden in the page, not fetched.
	await expect(panel.getByRole('link')).toHaveCount(0);
	await expect(panel.getByRole('listitem')).toHaveCount(0);
	expect(requested.filter((p) => p.endsWith('sources.json'))).toEqual([]);
	await expectNoAxeViolations(page);

	await checkAll(page, 4);
	await expect(panel.getByRole('heading', { name: 'Ukraine', exact: true })).toBeVisible();
	await expect(
		panel.getByRole('link', { name: 'roughly 12,000 North Korean troops', exact: true })
	).toBeVisible();
	// The conflict is shown whole: the competing figure from section 2 comes with it.
	const table = panel.getByRole('table', { name: /Estimates that disagree/ });
	await expect(table.getByRole('row')).toHaveText([
		/Source\s*Figure\s*Where/,
		/South Korea\s*at least 1,500 \(could be more\)\s*section 2/,
		/Ukraine\s*roughly 12,000 \(approximate\)\s*this section/,
		/U\.S\. intelligence\s*3,000 \(no hedge\)\s*this section/
	]);
	await expectNoAxeViolations(page);

	// An entry lands on its sentence, highlighted in the text.
	await panel
		.getByRole('link', { name: 'roughly 12,000 North Korean troops', exact: true })
		.click();
	await expect(page).toHaveURL(/\/section\/4\/#p6s2$/);
	await expect(page.locator('#p6s2')).toBeInViewport();
	const background = await page
		.locator('#p6s2')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');

	// Still open after a reload: the check is saved.
	await page.reload();
	await expect(panel.getByRole('table', { name: /Estimates that disagree/ })).toBeVisible();
	// The figure from another section takes the reader there.
	await table.getByRole('link', { name: 'section 2' }).click();
	await expect(page).toHaveURL(/\/section\/2\/#p2s3$/);
	await expect(panelOf(page)).toContainText('Opens when you check your answers');
});

test('a section with no estimate in conflict lists its sources only', async ({ page }) => {
	await page.goto('/section/3/');
	await checkAll(page, 3);
	const panel = panelOf(page);
	await expect(panel.getByRole('listitem').first()).toBeVisible();
	await expect(panel.getByRole('table')).toHaveCount(0);
	await expect(
		panel.getByRole('link', { name: 'The sources map of the whole article' })
	).toBeVisible();
});

test.describe('when the sources file cannot be fetched', () => {
	// The service worker would answer from its cache, out of the route's reach.
	test.use({ serviceWorkers: 'block' });

	test('the panel says so', async ({ page }) => {
		await page.route('**/sources.json', (route) => route.abort());
		await page.goto('/section/1/');
		await checkAll(page, 1);
		await expect(panelOf(page).getByRole('alert')).toContainText(
			'The sources for this section could not be loaded'
		);
	});
});

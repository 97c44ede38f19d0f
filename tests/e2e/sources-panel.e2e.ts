import { expect, test, type Page } from '@playwright/test';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Who says what in this section' });

async function checkAll(page: Page, section: number, right: boolean) {
	for (const q of questionsOf(section)) await answer(page, q, right);
	await page.getByRole('button', { name: 'Check answers' }).click();
}

const backgroundOf = (page: Page, id: string) =>
	page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
const NONE = 'rgba(0, 0, 0, 0)';

test('a section’s sources panel is locked before checking and opens after, with that section’s claims', async ({
	page
}) => {
	// Twelve questions answered, two axe runs and three panel journeys: long by design.
	test.slow();
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

	await checkAll(page, 4, true);
	await expect(panel.getByRole('heading', { name: 'Ukraine', exact: true })).toBeVisible();
	await expect(
		panel.getByRole('link', { name: 'roughly 12,000 North Korean troops', exact: true })
	).toBeVisible();
	// The conflict's figure from section 2 would answer a question there: held back until it is done.
	const table = panel.getByRole('table', { name: /Figures from different sources/ });
	await expect(table.getByRole('row')).toHaveText([
		/Source\s*Figure\s*Where/,
		/Ukraine\s*roughly 12,000 \(rough figure\)\s*this section/,
		/U\.S\. intelligence\s*3,000 \(stated as fact, as of Wednesday\)\s*this section/
	]);
	// How this section's two figures fit, and nothing about the one held back.
	await expect(panel.getByRole('list', { name: 'Can they both be right?' })).toHaveText(
		/^Ukraine’s “roughly 12,000” and U\.S\. intelligence’s “3,000” \(as of Wednesday\) cannot both be right, if both count the same thing at the same time/
	);
	// One source for Ukraine, which says what the article calls it here.
	await expect(panel.getByRole('heading', { name: /^Ukrainian intelligence/ })).toHaveCount(0);
	await expect(panel).toContainText('Also called “Ukrainian intelligence”');
	await expect(panel).not.toContainText(/no hedge|disputed/);
	await expect(panel).not.toContainText('1,500');
	await expect(panel).toContainText('Other sources give other figures for this in section 2');
	await expectNoAxeViolations(page);

	// An entry lands on its sentence, highlighted in the text, with focus there.
	await panel
		.getByRole('link', { name: 'roughly 12,000 North Korean troops', exact: true })
		.click();
	await expect(page).toHaveURL(/\/section\/4\/#p6s2$/);
	await expect(page.locator('#p6s2')).toBeInViewport();
	await expect(page.locator('#p6s2')).toBeFocused();
	await expect.poll(() => backgroundOf(page, 'p6s2')).not.toBe(NONE);
	// Showing a question's evidence then highlights only that evidence.
	const other = questionsOf(4).find((q) => !q.evidence.includes('p6s2'))!;
	await page
		.locator(`#q-${other.id}`)
		.getByRole('button', { name: /Show in the article/ })
		.click();
	await expect.poll(() => backgroundOf(page, 'p6s2')).toBe(NONE);
	await expect.poll(() => backgroundOf(page, other.evidence[0]!)).not.toBe(NONE);

	// Still open after a reload: the check is saved.
	await page.reload();
	await expect(panel.getByRole('table', { name: /Figures from different sources/ })).toBeVisible();
	// A sentence in the address is not mistaken for an assignment.
	await expect(page.getByText('The assignment in this address does not work')).toHaveCount(0);
	// The section held back is one link away; once it is done, each panel shows the other's figures.
	await panel.getByRole('link', { name: 'section 2', exact: true }).click();
	await expect(page).toHaveURL(/\/section\/2\/$/);
	await expect(panelOf(page)).toContainText('Opens when you check your answers');
	await checkAll(page, 2, true);
	const second = panelOf(page).getByRole('table', { name: /Figures from different sources/ });
	await expect(second.getByRole('row')).toHaveText([
		/Source\s*Figure\s*Where/,
		/South Korea\s*at least 1,500 \(could be more\)\s*this section/,
		/Ukraine\s*roughly 12,000 \(rough figure\)\s*section 4/,
		/U\.S\. intelligence\s*3,000 \(stated as fact, as of Wednesday\)\s*section 4/
	]);
	// With section 4 checked, South Korea's figure is set beside both others: both fit with it.
	await expect(panelOf(page)).toContainText(
		'Can be right together with U.S. intelligence’s “3,000” (as of Wednesday).'
	);
	await second.getByRole('link', { name: 'section 4' }).first().click();
	await expect(page).toHaveURL(/\/section\/4\/#p6s2$/);
	await expect(panelOf(page).getByRole('row')).toHaveCount(4);
});

test('a section’s panel gives away no answer of a later section not yet checked', async ({
	page
}) => {
	await page.goto('/section/2/');
	await checkAll(page, 2, true);
	const panel = panelOf(page);
	const table = panel.getByRole('table', { name: /Figures from different sources/ });
	await expect(table.getByRole('row')).toHaveText([
		/Source\s*Figure\s*Where/,
		/South Korea\s*at least 1,500 \(could be more\)\s*this section/
	]);
	// Section 4's figures and sources answer its questions: only where they are is said.
	await expect(panel).not.toContainText('12,000');
	await expect(panel).not.toContainText('3,000');
	await expect(panel).not.toContainText(/right together|both be right/);
	await expect(panel).toContainText(
		'Other sources give other figures for this in section 4; they appear here once you have checked it.'
	);
	await expectNoAxeViolations(page);
});

test('the panel stays closed while missed questions wait for another try', async ({ page }) => {
	await page.goto('/section/3/');
	await checkAll(page, 3, false);
	const panel = panelOf(page);
	await expect(panel).toContainText('Opens when every question is right or its answer shown');
	await expect(panel.getByRole('listitem')).toHaveCount(0);
	// Once every answer is shown, nothing is left to give away.
	for (const q of questionsOf(3))
		await page
			.locator(`#q-${q.id}`)
			.getByRole('button', { name: /Show the answer/ })
			.click();
	await expect(panel.getByRole('listitem').first()).toBeVisible();
	// This section has no competing estimate: sources only.
	await expect(panel.getByRole('table')).toHaveCount(0);
	await expect(
		panel.getByRole('link', { name: 'The sources map of the whole article' })
	).toBeVisible();
});

test('inside an assignment, the panel’s links to other sections keep the assignment', async ({
	page
}) => {
	await page.goto('/teacher/');
	await page.getByLabel('Title').fill('Estimates');
	for (const n of [2, 4])
		await page.getByRole('checkbox', { name: new RegExp(`^\\s*${n}\\. `) }).check();
	await page.getByRole('radio', { name: /^\s*Practice/ }).check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByLabel('Link for students').inputValue();
	const code = decodeURIComponent(link.split('#')[1]!);

	await page.goto(`/section/4/?a=${encodeURIComponent(code)}`);
	await expect(page.getByText('Assignment “Estimates”: section 2 of 2.')).toBeVisible();
	await checkAll(page, 4, true);
	await panelOf(page).getByRole('link', { name: 'section 2', exact: true }).click();
	await expect(page).toHaveURL(/\/section\/2\/\?a=[^#]+$/);
	await expect(page.getByText('Assignment “Estimates”: section 1 of 2.')).toBeVisible();
});

test('the open panel fits a 320 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/section/4/');
	await checkAll(page, 4, true);
	await expect(panelOf(page).getByRole('table')).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});

test.describe('when the sources file cannot be fetched', () => {
	// The service worker would answer from its cache, out of the route's reach.
	test.use({ serviceWorkers: 'block' });

	test('the panel says so', async ({ page }) => {
		await page.route('**/sources.json', (route) => route.abort());
		await page.goto('/section/1/');
		await checkAll(page, 1, true);
		await expect(panelOf(page).getByRole('alert')).toContainText(
			'The sources for this section could not be loaded'
		);
	});
});

test('a mangled fragment in a section address does no harm', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/section/1/#%E0%A4%A');
	await page.evaluate(() => (location.hash = '%E0%A4%A'));
	await page.evaluate(() => (location.hash = 'p1s2'));
	await expect(page.locator('#p1s2')).toBeFocused();
	expect(errors).toEqual([]);
	await expect(page.getByText('The assignment in this address does not work')).toHaveCount(0);
});

import { expect, test, type Page } from '@playwright/test';
import { article } from './article';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

// The three competing troop estimates of the shipped article, with their sources and sentences.
const TROOPS = [
	{ source: 'South Korea', figure: 'at least 1,500', sure: 'could be more', sentence: 'p2s3' },
	{ source: 'Ukraine', figure: 'roughly 12,000', sure: 'approximate', sentence: 'p6s2' },
	{ source: 'U.S. intelligence', figure: '3,000', sure: 'no hedge', sentence: 'p7s1' }
];

const sectionOf = (sentence: string) =>
	article.sections.find((s) =>
		s.paragraphs.some((p) => p.sentences.some((x) => x.id === sentence))
	)!;

async function openMap(page: Page) {
	await page.goto('/map/');
	await page.getByRole('button', { name: 'Show the map' }).click();
	await expect(page.getByRole('heading', { name: 'Who says what' })).toBeFocused();
}

test('the map is hidden behind a notice until the reader opens it, for this visit only', async ({
	page
}) => {
	await page.goto('/map/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources map: who claims what');
	await expect(
		page.getByRole('heading', { name: 'This page gives the answers away' })
	).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Show the map' }).click();
	await expect(page.getByRole('heading', { name: 'Who says what' })).toBeFocused();
	// Still open after a reload in the same visit (session storage) …
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Estimates that disagree' })).toBeVisible();
	// … and closed again on request.
	await page.getByRole('button', { name: 'Hide the map' }).click();
	await expect(page.getByRole('button', { name: 'Show the map' })).toBeFocused();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Show the map' })).toBeVisible();
});

test('the chart and its table show the three troop estimates with the right sources', async ({
	page
}) => {
	await openMap(page);
	const series = page.getByRole('region', { name: 'How many North Korean soldiers?' });

	// The chart: one image whose every mark has its source and figure written in text.
	const chart = series.getByRole('img', { name: /^Chart of 3 estimates of North Korean soldiers/ });
	await expect(chart).toHaveCount(1);
	const label = (await chart.getAttribute('aria-label')) ?? '';
	const texts = await chart.locator('text').allTextContents();
	for (const t of TROOPS) {
		expect(label).toContain(`${t.source}, ${t.figure} (${t.sure})`);
		const at = texts.indexOf(t.source);
		expect(at, t.source).toBeGreaterThanOrEqual(0);
		expect(texts[at + 1]).toBe(`${t.figure} (${t.sure})`);
	}
	// An honest axis: it starts at zero and holds the largest figure.
	expect(texts).toContain('0');
	expect(texts).toContain('15,000');
	// Bounds drawn as bounds: “at least” has an arrow to the right edge; “roughly” a hatched band.
	await expect(chart.locator('line[marker-end]')).toHaveCount(1);
	await expect(chart.locator('rect[fill^="url(#hatch"]')).toHaveCount(1);

	// The table beside it, row by row.
	const table = series.getByRole('table', {
		name: 'The estimates of North Korean soldiers as a table'
	});
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(TROOPS.length);
	for (const [i, t] of TROOPS.entries()) {
		const row = rows.nth(i);
		await expect(row.getByRole('rowheader')).toHaveText(t.source);
		await expect(row.getByRole('link', { name: t.figure, exact: true })).toHaveAttribute(
			'href',
			`/section/${sectionOf(t.sentence).number}/#${t.sentence}`
		);
		await expect(row.getByRole('cell').last()).toHaveText(t.sure);
	}
	await expectNoAxeViolations(page);
});

test('the sources table groups the sources and lists what each claims', async ({ page }) => {
	await openMap(page);
	const table = page.getByRole('table', { name: 'Each source in the article and what it claims' });
	const groups = await table.locator('tbody th[scope="rowgroup"]').allTextContents();
	expect(groups).toEqual(
		expect.arrayContaining([
			'South Korea',
			'Ukraine',
			'U.S.',
			'The Netherlands',
			'Other experts',
			'The article itself'
		])
	);
	expect(groups.at(-1)).toBe('The article itself');
	const kim = table.getByRole('row', { name: /^Kim Yong-hyun/ });
	await expect(kim.getByRole('rowheader')).toContainText('South Korean Defense Minister');
	await expect(kim.getByRole('link', { name: /cannon-fodder mercenaries/ })).toHaveAttribute(
		'href',
		'/section/5/#p12s1'
	);
	const intelligence = table.getByRole('row', { name: /^South Korean intelligence/ });
	await expect(
		intelligence.getByRole('link', { name: 'between October 8 and 13', exact: true })
	).toBeVisible();
});

test('an entry’s link lands on its sentence, highlighted, and back keeps the map open', async ({
	page
}) => {
	await openMap(page);
	const table = page.getByRole('table', {
		name: 'The estimates of North Korean soldiers as a table'
	});
	await table.getByRole('link', { name: 'roughly 12,000', exact: true }).click();
	await expect(page).toHaveURL(/\/section\/4\/#p6s2$/);
	const target = page.locator('#p6s2');
	await expect(target).toContainText('roughly 12,000');
	await expect(target).toBeInViewport();
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);

	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Estimates that disagree' })).toBeVisible();
	// The timeline links too: times as written, with who reported them.
	const timeline = page.getByRole('region', { name: 'What happened when' });
	const when = timeline.getByRole('link', { name: 'between Sunday and Monday' });
	await expect(when.locator('xpath=ancestor::li')).toContainText(
		'Reported by Ukrainian intelligence'
	);
	await when.click();
	await expect(page).toHaveURL(/\/section\/6\/#p15s3$/);
	expect(await page.locator('#p15s3').evaluate((el) => el.matches(':target'))).toBe(true);
});

test('readable on a 320 px phone: nothing overflows sideways, chart labels stay on screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await openMap(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
	const chart = page.getByRole('img', { name: /^Chart of/ }).first();
	// Every label's box, read in one go.
	const labels = await chart
		.locator('text')
		.evaluateAll((els) =>
			els.map((el) => ({ what: el.textContent ?? '', ...el.getBoundingClientRect().toJSON() }))
		);
	expect(labels.length).toBeGreaterThan(0);
	for (const box of labels as Array<{ what: string; x: number; width: number }>) {
		expect(box.x, box.what).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, box.what).toBeLessThanOrEqual(320);
	}
	const fontSize = await chart
		.locator('text')
		.first()
		.evaluate((el) => getComputedStyle(el).fontSize);
	expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(13);
	await expectNoAxeViolations(page);
});

test('unopened, the map shows what the sections a reader has checked say, and nothing of the others', async ({
	page
}) => {
	await page.goto('/section/2/');
	for (const q of questionsOf(2)) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.goto('/map/');
	await expect(page.getByText('Below is what section 2 says')).toBeVisible();
	const table = page.getByRole('table', { name: 'Each source in the article and what it claims' });
	await expect(table.getByRole('link', { name: /at least 1,500/ }).first()).toBeVisible();
	// Section 4's estimates, and the chart whose axis would hint at them, stay out.
	await expect(page.getByText('roughly 12,000')).toHaveCount(0);
	await expect(page.getByText('3,000', { exact: false })).toHaveCount(0);
	await expect(page.getByRole('img', { name: /^Chart of/ })).toHaveCount(0);
	await expect(
		page.getByText('The estimates of North Korean soldiers that disagree appear once')
	).toBeVisible();
	await expectNoAxeViolations(page);
	// The whole map is still there for a teacher, behind the notice.
	await page.getByRole('button', { name: 'Show the map' }).click();
	await expect(page.getByRole('table', { name: /North Korean soldiers as a table/ })).toBeVisible();
});

test('with saved answers that cannot be read, the map says so and shows no section', async ({
	page
}) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('crosscheck:v1:north-korean-troops', '{"version":1, broken');
			sessionStorage.setItem('seeded', '1');
		}
	});
	await page.goto('/map/');
	await expect(page.getByText('Your saved answers could not be read')).toBeVisible();
	await expect(
		page.getByText('A section appears here once you have checked its answers.')
	).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

import { expect, test, type Page } from '@playwright/test';
import { article } from './article';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

// The three competing troop estimates of the shipped article, with their sources and sentences.
const TROOPS = [
	{ source: 'South Korea', figure: 'at least 1,500', sure: 'could be more', sentence: 'p2s3' },
	{ source: 'Ukraine', figure: 'roughly 12,000', sure: 'rough figure', sentence: 'p6s2' },
	{ source: 'U.S. intelligence', figure: '3,000', sure: 'stated as fact', sentence: 'p7s1' }
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
	await expect(
		page.getByRole('heading', { name: 'Different sources, different figures' })
	).toBeVisible();
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
		expect(label).toContain(`${t.source}, ${t.figure} (${t.sure}`);
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
		name: 'The figures for North Korean soldiers as a table'
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
	// When a figure was given, where its sentence says: “… Austin confirmed Wednesday, … 3,000”.
	await expect(rows.nth(2)).toContainText('as of Wednesday');
	await expect(rows.nth(0)).not.toContainText('as of');

	// Which figures can both be right: the same reading as the question “can both figures be right?”,
	// which the bank answers “yes” for at least 1,500 and 3,000.
	const fits = series.getByRole('list', { name: 'Can they both be right?' }).getByRole('listitem');
	await expect(fits).toHaveText([
		/^South Korea’s “at least 1,500” and Ukraine’s “roughly 12,000” can both be right/,
		/^South Korea’s “at least 1,500” and U\.S\. intelligence’s “3,000” \(as of Wednesday\) can both be right/,
		/^Ukraine’s “roughly 12,000” and U\.S\. intelligence’s “3,000” \(as of Wednesday\) cannot both be right, if both count the same thing at the same time/
	]);
	await expectNoAxeViolations(page);
});

test('the sources table lists each source once and what it claims, in plain words', async ({
	page
}) => {
	await openMap(page);
	const table = page.getByRole('table', { name: 'Each source in the article and what it claims' });
	const groups = await table.locator('tbody th[scope="rowgroup"]').allTextContents();
	expect(groups).toEqual(expect.arrayContaining(['South Korea', 'U.S.', 'The Netherlands']));
	// A source that is its own group (the article's “other experts”, Ukraine) has one row, one spelling.
	for (const only of ['Ukraine', 'Other experts', 'The article itself']) {
		expect(groups).not.toContain(only);
		await expect(table.getByRole('rowheader', { name: new RegExp(`^${only}`) })).toHaveCount(1);
	}
	await expect(table.getByText(/experts/)).toHaveText(['Other experts']);
	// Ukraine and “Ukrainian intelligence” are one source, which says what else the article calls it.
	const ukraine = table.getByRole('row', { name: /^Ukraine/ });
	await expect(ukraine.getByRole('rowheader')).toContainText(
		'Also called “Ukrainian intelligence”'
	);
	await expect(ukraine).toContainText('Named here as “Ukrainian intelligence”');
	await expect(table.getByRole('rowheader', { name: /^Ukrainian intelligence/ })).toHaveCount(0);
	const kim = table.getByRole('row', { name: /^Kim Yong-hyun/ });
	await expect(kim.getByRole('rowheader')).toContainText('South Korean Defense Minister');
	await expect(kim.getByRole('link', { name: /cannon-fodder mercenaries/ })).toHaveAttribute(
		'href',
		'/section/5/#p12s1'
	);
	const southKorea = table.getByRole('row', { name: /^South Korea\b/ });
	await expect(
		southKorea.getByRole('link', { name: 'Between October 8 and 13', exact: true })
	).toBeVisible();
	// South Korea's floor is not “disputed”: both other figures can be right with it.
	const floor = southKorea
		.getByRole('listitem')
		.filter({ hasText: 'at least 1,500 North Korean soldiers (' });
	await expect(floor).toContainText('(could be more)');
	await expect(floor).toContainText('Can be right together with Ukraine’s “roughly 12,000”.');
	await expect(page.getByText(/disputed|no hedge|a few words|lower bound|upper bound/)).toHaveCount(
		0
	);
	await expect(table.getByText('(short quote)').first()).toBeVisible();
});

test('an entry’s link lands on its sentence, highlighted, and back keeps the map open', async ({
	page
}) => {
	await openMap(page);
	const table = page.getByRole('table', {
		name: 'The figures for North Korean soldiers as a table'
	});
	await table.getByRole('link', { name: 'roughly 12,000', exact: true }).click();
	await expect(page).toHaveURL(/\/section\/4\/#p6s2$/);
	const target = page.locator('#p6s2');
	await expect(target).toContainText('roughly 12,000');
	await expect(target).toBeInViewport();
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);

	await page.goBack();
	await expect(
		page.getByRole('heading', { name: 'Different sources, different figures' })
	).toBeVisible();
	// The timeline: in time order, each time once (“On Thursday” and “on Thursday” are Thursday),
	// linking what happened to its sentence, with who reported it.
	const timeline = page.getByRole('region', { name: 'What happened when' });
	await expect(timeline.locator('.when')).toHaveText([
		'Between October 8 and 13',
		'Last Friday',
		'Wednesday',
		'Thursday',
		'Between Sunday and Monday'
	]);
	const when = timeline.getByRole('link', { name: /first North Korean military will be used/ });
	await expect(when.locator('xpath=ancestor::li[1]')).toContainText(
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
		page.getByText('The figures for North Korean soldiers from different sources appear once')
	).toBeVisible();
	await expectNoAxeViolations(page);
	// The whole map is still there for a teacher, behind the notice.
	await page.getByRole('button', { name: 'Show the map' }).click();
	await expect(page.getByRole('table', { name: /North Korean soldiers as a table/ })).toBeVisible();
});

test('checked sections only: a figure is not set beside figures of sections not yet checked', async ({
	page
}) => {
	await page.goto('/section/2/');
	for (const q of questionsOf(2)) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.goto('/map/');
	await expect(page.getByText('Below is what section 2 says')).toBeVisible();
	// Whether section 4's figures fit with South Korea's would answer section 4's questions.
	await expect(page.getByText(/Can be right together|Cannot be right together/)).toHaveCount(0);
	// Nor are the names the article gives South Korea's allies only in later sections shown.
	await expect(page.getByText(/U\.S\. officials|Ukrainian intelligence/)).toHaveCount(0);
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

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The article exactly as supplied: first line the headline, then one paragraph per line, the byline last. */
export function sourceArticle() {
	const lines = readFileSync('questions/north-korean-troops/source.txt', 'utf8').split('\n');
	const [title, ...paragraphs] = lines;
	return { title: title!, paragraphs: paragraphs.slice(0, -1), byline: paragraphs.at(-1)! };
}

/** Fails with the list of violations when axe finds any (WCAG 2.x A and AA plus best practices). */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}

/** Waits until the service worker has cached the site and controls the page, as after a first visit. */
export async function untilOfflineReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
		await page.reload();
	}
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

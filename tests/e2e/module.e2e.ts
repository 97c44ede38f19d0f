import { expect, test, type Page } from '@playwright/test';
import { DAMAGED } from '../../src/lib/module/link';
import { OTHER_GENERATOR } from '../../src/lib/module';
import { GENERATOR_VERSION } from '../../src/lib/generate/version';
import { answer } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { moduleLink, openModule, practice, practiceQuestions } from './module';

const sections = practice.article.sections;

/** The module's home, once its questions are built. */
const homeReady = (page: Page) =>
	expect(page.getByRole('heading', { level: 1 })).toHaveText(practice.article.title);

test('a student opens a module link, answers section 1, keeps it across a reload and goes on to section 2', async ({
	page
}) => {
	// Building the bank in the browser, two checks, a reload and four axe runs.
	test.slow();
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	const link = await moduleLink();
	await openModule(page, link);
	await homeReady(page);
	for (const s of sections)
		await expect(
			page.getByRole('link', { name: `Section ${s.number}: ${s.heading}` })
		).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: sections[0]!.heading })).toContainText(
		'Not started'
	);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: `Section 1: ${sections[0]!.heading}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(sections[0]!.heading);
	// The section is in the query; the fragment is still the whole module link.
	expect(new URL(page.url()).searchParams.get('s')).toBe('1');
	expect(new URL(page.url()).hash).toBe(`#${link}`);

	const questions = practiceQuestions(1);
	expect(questions.length).toBeGreaterThan(0);
	await expect(page.locator('.question')).toHaveCount(questions.length);
	for (const q of questions) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toContainText(
		`${questions.length} of ${questions.length} right`
	);
	const first = questions[0]!;
	await page
		.locator(`#q-${first.id}`)
		.getByRole('button', { name: 'Show in the article for question 1' })
		.click();
	for (const id of first.evidence) await expect(page.locator(`#${id}`)).toHaveClass(/evidence/);
	await expect(page.locator(`#${first.evidence[0]}`)).toBeFocused();
	// Checked with nothing to try again: the sources panel opens, built from the module's claims.
	const panel = page.getByRole('region', { name: 'Who says what in this section' });
	await expect(panel.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expect(panel.getByRole('link', { name: /sources map/ })).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.reload();
	await expect(page.locator('.summary')).toContainText(
		`${questions.length} of ${questions.length} right`
	);
	await expect(page.getByText('Right.', { exact: true })).toHaveCount(questions.length);
	await expectNoAxeViolations(page);

	const before = workers.length;
	await page.getByRole('link', { name: /Next section/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(sections[1]!.heading);
	expect(new URL(page.url()).searchParams.get('s')).toBe('2');
	expect(new URL(page.url()).hash).toBe(`#${link}`);
	await expect(page.locator('.question')).toHaveCount(practiceQuestions(2).length);
	// Moving within the module reuses the questions built on opening it: no new worker.
	expect(workers.length).toBe(before);
	await expectNoAxeViolations(page);

	// Home shows section 1 done, under the module's own progress.
	await page.getByRole('link', { name: 'All sections' }).click();
	await homeReady(page);
	await expect(page.getByRole('listitem').filter({ hasText: sections[0]!.heading })).toContainText(
		`Done · ${questions.length} of ${questions.length} on the first try`
	);
	// The built-in article's home knows nothing of it.
	await page.goto('/');
	await expect(page.getByText(/^0 of \d+ sections done\.$/)).toBeVisible();
});

test('a damaged link and a cut-short link say so, with a way home', async ({ page }) => {
	const link = await moduleLink();
	const at = Math.floor(link.length / 2);
	const changed = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
	for (const bad of [changed, link.slice(0, -40)]) {
		await openModule(page, bad);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'This module link does not open'
		);
		await expect(page.getByRole('alert')).toHaveText(DAMAGED);
		await expect(page.getByRole('link', { name: /home page/ })).toBeVisible();
		await expectNoAxeViolations(page);
	}
});

test('a question the teacher left out is not asked', async ({ page }) => {
	const [left, ...kept] = practiceQuestions(1);
	await openModule(page, await moduleLink({ omit: [left!.id] }), 1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(sections[0]!.heading);
	await expect(page.locator('.question')).toHaveCount(kept.length);
	await expect(page.locator(`#q-${left!.id}`)).toHaveCount(0);
	for (const q of kept) await expect(page.locator(`#q-${q.id}`)).toBeVisible();
	await expect(page.getByRole('note')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('a link made with another question writer opens with a plain warning', async ({ page }) => {
	await openModule(page, await moduleLink({ generator: GENERATOR_VERSION + 1 }));
	await homeReady(page);
	await expect(page.getByRole('note')).toHaveText(OTHER_GENERATOR);
	await expectNoAxeViolations(page);
});

test('with storage blocked, a module still opens and says progress is not saved', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await openModule(page, await moduleLink(), 1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(sections[0]!.heading);
	await answer(page, practiceQuestions(1)[0]!);
	await expect(
		page.getByRole('status').filter({ hasText: 'not letting Crosscheck save' })
	).toBeVisible();
	await expectNoAxeViolations(page);
});

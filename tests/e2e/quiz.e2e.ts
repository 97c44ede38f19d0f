import { expect, test, type Page } from '@playwright/test';
import { article } from './article';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

/** Makes every use of localStorage throw, as private modes and some policies do. */
const blockStorage = (page: Page) =>
	page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});

// Section 3 is short; section 2 has every kind of material. Both come from the shipped bank.
const SHORT = 3;

test('a student answers a whole section right, and home shows it done', async ({ page }) => {
	// Two axe runs and two pages: 22–33 s at load 17 on 2 cores.
	test.slow();
	const questions = questionsOf(SHORT);
	await page.goto(`/section/${SHORT}/`);
	await expectNoAxeViolations(page);
	for (const q of questions) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	const summary = page.locator('.summary');
	await expect(summary).toContainText(`${questions.length} of ${questions.length} right`);
	await expect(summary).toBeFocused();
	await expect(page.getByText('Right.', { exact: true })).toHaveCount(questions.length);
	await expectNoAxeViolations(page);

	await page.goto('/');
	const card = page.getByRole('listitem').filter({ hasText: article.sections[SHORT - 1]!.heading });
	await expect(card).toContainText(
		`Done · ${questions.length} of ${questions.length} on the first try`
	);
	await expect(page.getByRole('link', { name: 'Continue with section 1' })).toBeVisible();
});

test('unanswered questions are pointed out, not marked wrong', async ({ page }) => {
	const questions = questionsOf(SHORT);
	await page.goto(`/section/${SHORT}/`);
	await answer(page, questions[0]!);
	await page.getByRole('button', { name: 'Check answers' }).click();
	// The note takes focus, which reads it out: no live region says it a second time.
	const note = page.locator('.missing');
	await expect(note).toBeFocused();
	await expect(note).not.toHaveAttribute('role', /alert|status/);
	await expect(note).toContainText('Answer every question before checking');
	await expect(note.getByRole('link')).toHaveCount(questions.length - 1);
	await expect(page.getByText('Not quite.')).toHaveCount(0);
});

test('a partly wrong section: feedback, the evidence in the text, and a retry of the missed ones', async ({
	page
}) => {
	// Check, evidence, retry and check again, with axe: 15 s at load 11 on 2 cores.
	test.slow();
	const questions = questionsOf(SHORT);
	const [missed, ...rest] = questions;
	await page.goto(`/section/${SHORT}/`);
	await answer(page, missed!, false);
	for (const q of rest) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	const summary = page.locator('.summary');
	await expect(summary).toContainText(`${rest.length} of ${questions.length} right`);
	// Focus on the score, announced once (no live region as well); the next Tab reaches the retry.
	await expect(summary).toBeFocused();
	await expect(summary).not.toHaveAttribute('aria-live', /.+/);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Try the wrong ones again' })).toBeFocused();

	const card = page.locator(`#q-${missed!.id}`);
	await expect(card).toContainText('Not quite.');
	// The mark is a word of its own, apart from the choice it marks.
	await expect(card.locator('label', { has: page.locator('.mark') })).toHaveText(
		/\S ✗\syour\sanswer$/
	);
	await expectNoAxeViolations(page);

	// Show in the article: the evidence sentences are highlighted and the first gets focus.
	await card.getByRole('button', { name: 'Show in the article for question 1' }).click();
	for (const id of missed!.evidence) await expect(page.locator(`#${id}`)).toHaveClass(/evidence/);
	await expect(page.locator(`#${missed!.evidence[0]}`)).toBeFocused();
	await expect(page.locator(`#${missed!.evidence[0]}`)).toBeInViewport();
	await page.getByRole('button', { name: /Back to question 1/ }).click();
	await expect(card).toBeFocused();

	// Try again: only the missed question reopens.
	await page.getByRole('button', { name: 'Try the wrong ones again' }).click();
	await expect(card.locator('input, select').first()).toBeEnabled();
	await expect(card).toBeFocused();
	await expect(page.locator('.summary')).toHaveText(
		`Last check: ${rest.length} of ${questions.length} right. Answer the reopened question and check again.`
	);
	for (const q of rest) {
		await expect(page.locator(`#q-${q.id}`).locator('input, select').first()).toBeDisabled();
	}
	await expectNoAxeViolations(page);
	await answer(page, missed!);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toContainText(
		`${questions.length} of ${questions.length} right`
	);
	await expect(page.locator('.summary')).toContainText(
		`First try: ${rest.length} of ${questions.length} · best: ${questions.length} of ${questions.length}`
	);
});

test('answers and scores are still there after a reload, and reset clears them after confirming', async ({
	page
}) => {
	const questions = questionsOf(SHORT);
	await page.goto(`/section/${SHORT}/`);
	for (const q of questions) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.reload();
	await expect(page.locator('.summary')).toContainText(
		`${questions.length} of ${questions.length} right`
	);
	await expect(page.locator(`#q-${questions[0]!.id} input:checked`)).toHaveCount(1);

	await page.goto('/progress/');
	const row = page.getByRole('row').filter({ hasText: article.sections[SHORT - 1]!.heading });
	await expect(row).toContainText(`${questions.length} of ${questions.length}`);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
	await expect(dialog).toContainText('cannot be undone');
	await dialog.getByRole('button', { name: 'Keep my progress' }).click();
	await expect(row).toContainText('Done');
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await dialog.getByRole('button', { name: 'Reset progress' }).click();
	await expect(row).toContainText('Not started');
	await expect(page.getByRole('button', { name: 'Reset progress…' })).toBeFocused();
	await page.goto(`/section/${SHORT}/`);
	await expect(page.locator(`#q-${questions[0]!.id} input:checked`)).toHaveCount(0);
});

test('storage that fills up mid-visit keeps every answer on screen and says so once', async ({
	page
}) => {
	// The first answer saves; from then on the browser refuses every write, as a full quota does.
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		let writes = 0;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith('crosscheck:') && ++writes > 1)
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			return setItem.call(this, key, value);
		};
	});
	const questions = questionsOf(SHORT);
	await page.goto(`/section/${SHORT}/`);
	for (const q of questions) await answer(page, q);
	await expect(page.getByText('storage is full')).toHaveCount(1);
	for (const q of questions.filter((x) => !x.items))
		await expect(page.locator(`#q-${q.id} input:checked`)).toHaveCount(1);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toContainText(
		`${questions.length} of ${questions.length} right`
	);
	await expectNoAxeViolations(page);
});

test('with storage blocked, a student can still finish a section and is told progress is not saved', async ({
	page
}) => {
	await blockStorage(page);
	const questions = questionsOf(SHORT);
	await page.goto(`/section/${SHORT}/`);
	await expect(page.getByText('not letting Crosscheck save anything')).toBeVisible();
	for (const q of questions) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.summary')).toContainText(
		`${questions.length} of ${questions.length} right`
	);
	await expectNoAxeViolations(page);
});

test('a corrupt saved value is set aside with one clear message', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('crosscheck:v1:north-korean-troops', '{"version":1, broken');
			sessionStorage.setItem('seeded', '1');
		}
	});
	await page.goto(`/section/${SHORT}/`);
	await expect(page.getByText('could not be read')).toBeVisible();
	const backups = await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('crosscheck:v1:north-korean-troops:unreadable:'))
			.map((k) => localStorage.getItem(k))
	);
	expect(backups).toEqual(['{"version":1, broken']);
	await page.reload();
	await expect(page.getByText('could not be read')).toHaveCount(0);
	// The progress page offers the copy as a download.
	await page.goto('/progress/');
	const link = page.getByRole('link', { name: /Copy set aside/ });
	await expect(link).toBeVisible();
	const download = page.waitForEvent('download');
	await link.click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(
		/^crosscheck-north-korean-troops-unreadable-\d+-1\.txt$/
	);
	await expectNoAxeViolations(page);
});

test('reading alone writes nothing to storage', async ({ page }) => {
	await page.goto(`/section/${SHORT}/`);
	await page.goto('/');
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('a second tab sees progress made in the first', async ({ context }) => {
	const home = await context.newPage();
	await home.goto('/');
	const card = home.getByRole('listitem').filter({ hasText: article.sections[SHORT - 1]!.heading });
	await expect(card).toContainText('Not started');
	const section = await context.newPage();
	await section.goto(`/section/${SHORT}/`);
	await answer(section, questionsOf(SHORT)[0]!);
	await expect(card).toContainText('In progress');
});

test('two tabs answering at the same moment keep every answer, in storage and on both screens', async ({
	context
}) => {
	const [a, b] = [await context.newPage(), await context.newPage()];
	const [qa, qb] = [
		questionsOf(SHORT).filter((q) => !q.items),
		questionsOf(2).filter((q) => !q.items)
	];
	await a.goto(`/section/${SHORT}/`);
	await b.goto('/section/2/');
	// Clicks in both tabs, interleaved as closely as the browser allows.
	for (let i = 0; i < Math.max(qa.length, qb.length); i++)
		await Promise.all([qa[i] && answer(a, qa[i]!), qb[i] && answer(b, qb[i]!)]);
	for (const [page, n, questions] of [
		[a, SHORT, qa],
		[b, 2, qb]
	] as const) {
		await page.goto(`/section/${n}/`);
		for (const q of questions)
			await expect(page.locator(`#q-${q.id} input:checked`)).toHaveCount(1);
	}
});

test('a keyboard-only student can answer and check a whole section', async ({ page }) => {
	const questions = questionsOf(SHORT);
	await page.goto(`/section/${SHORT}/`);
	for (const q of questions) {
		// Tab into the question's control, then choose with arrow keys or type-ahead, as a keyboard user does.
		await page.locator(`#q-${q.id}`).focus();
		if (q.items) {
			for (const [i, item] of q.items.entries()) {
				await page.keyboard.press('Tab');
				const label = q.choices.find(
					(c) => c.id === (q.answer as Record<string, string>)[item.id]
				)!.text;
				await expect(page.locator(`#q-${q.id} select`).nth(i)).toBeFocused();
				await page.locator(`#q-${q.id} select`).nth(i).selectOption({ label });
			}
			continue;
		}
		await page.keyboard.press('Tab');
		const target = q.choices.findIndex((c) => c.id === q.answer);
		const radios = page.locator(`#q-${q.id} input[type=radio]`);
		for (let n = 0; n < 10; n++) {
			const focused = await radios.evaluateAll((els) =>
				els.indexOf(document.activeElement as HTMLInputElement)
			);
			const value = await radios.nth(focused).getAttribute('value');
			if (value === q.choices[target]!.id) break;
			await page.keyboard.press('ArrowDown');
		}
		await page.keyboard.press('Space');
	}
	await page.locator('button[type=submit]').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.summary')).toContainText(
		`${questions.length} of ${questions.length} right`
	);
});

test('moving to the next section leaves no note, highlight or crash from the last one', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/section/4/');
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('.missing')).toContainText('Answer every question');
	await page.locator('a[rel="next"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[4]!.heading);
	await expect(page.locator('.missing')).toHaveCount(0);
	await expect(page.locator('.question')).toHaveCount(questionsOf(5).length);
	expect(errors).toEqual([]);
});

test('evidence in another section is offered as a link, and the highlight does not follow to the next page', async ({
	page
}) => {
	const n = [1, 2, 3, 4, 5, 6].find((s) =>
		questionsOf(s).some((q) =>
			q.evidence.some(
				(id) => !article.sections[s - 1]!.paragraphs.some((p) => id.startsWith(`${p.id}s`))
			)
		)
	)!;
	const questions = questionsOf(n);
	const index = questions.findIndex((q) =>
		q.evidence.some(
			(id) => !article.sections[n - 1]!.paragraphs.some((p) => id.startsWith(`${p.id}s`))
		)
	);
	await page.goto(`/section/${n}/`);
	for (const [i, q] of questions.entries()) await answer(page, q, i !== index);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.getByRole('button', { name: `Show in the article for question ${index + 1}` }).click();
	const bar = page.getByRole('region', { name: 'Evidence' });
	await expect(bar.getByRole('link', { name: /^section \d$/ }).first()).toBeVisible();
	await page.locator('a[rel="next"], a.next').first().click();
	await expect(page.getByRole('region', { name: 'Evidence' })).toHaveCount(0);
});

test('with storage blocked, answers survive moving between sections during the visit', async ({
	page
}) => {
	await blockStorage(page);
	const q = questionsOf(2)[0]!;
	await page.goto('/section/2/');
	await answer(page, q);
	await page.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(/\/section\/3\/$/);
	await page.locator('a[rel="prev"]').click();
	await expect(page.locator(`#q-${q.id} input:checked, #q-${q.id} select`).first()).toBeVisible();
	await expect(page.locator(`#q-${q.id} input:checked`)).toHaveCount(q.items ? 0 : 1);
});

test('a matching question marks each pair it checks', async ({ page }) => {
	const section = article.sections.findIndex((s) => questionsOf(s.number).some((q) => q.items)) + 1;
	const questions = questionsOf(section);
	const match = questions.find((q) => q.items)!;
	await page.goto(`/section/${section}/`);
	for (const q of questions) await answer(page, q, q !== match);
	// One pair put right again by hand: the other pairs stay wrong.
	const [first] = match.items!;
	const pairs = match.answer as Record<string, string>;
	const card = page.locator(`#q-${match.id}`);
	await card
		.getByLabel(first!.text)
		.selectOption({ label: match.choices.find((c) => c.id === pairs[first!.id])!.text });
	await page.getByRole('button', { name: 'Check answers' }).click();
	const marks = card.locator('.match .mark');
	await expect(marks).toHaveText(match.items!.map((_, i) => (i === 0 ? '✓ right' : '✗ wrong')));
});

test('after a check, a wrong pick looks different from a right one, not only in its words', async ({
	page
}) => {
	const [first, second] = questionsOf(SHORT).filter((q) => !q.items);
	await page.goto(`/section/${SHORT}/`);
	for (const q of questionsOf(SHORT)) await answer(page, q, q.id !== first!.id);
	await page.getByRole('button', { name: 'Check answers' }).click();
	const label = (id: string, text: string) =>
		page.locator(`#q-${id}`).locator('label').filter({ hasText: text });
	const wrongText = first!.choices.find((c) => c.id !== first!.answer)!.text;
	const rightText = second!.choices.find((c) => c.id === second!.answer)!.text;
	const edge = (id: string, text: string) =>
		label(id, text).evaluate((el) => getComputedStyle(el).borderLeftColor);
	await expect(label(first!.id, wrongText)).toContainText('✗ your answer');
	await expect(label(second!.id, rightText)).toContainText('✓ right answer');
	const [wrong, right] = [await edge(first!.id, wrongText), await edge(second!.id, rightText)];
	expect(wrong).not.toBe(right);
	await expectNoAxeViolations(page);
});

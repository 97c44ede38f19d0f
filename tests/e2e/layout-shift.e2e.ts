import { expect, test, type Page } from '@playwright/test';
import { answer, questionsOf } from './bank';

// Cumulative Layout Shift as browsers report it: shifts right after the reader's own input (checking
// answers, opening feedback) are expected and excluded; anything else moved content under the reader.
async function watchShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __shifts: Array<{ value: number; nodes: string[] }> };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as Array<{
				value: number;
				hadRecentInput: boolean;
				sources?: Array<{ node?: Node }>;
			}>)
				if (!e.hadRecentInput)
					w.__shifts.push({
						value: e.value,
						nodes: (e.sources ?? []).map(
							(s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?'
						)
					});
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

// Shifts are reported after the frame that caused them: read them two frames later.
const shifts = (page: Page) =>
	page.evaluate(async () => {
		for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
		return (window as unknown as { __shifts: unknown[] }).__shifts;
	});

test('nothing moves under the reader: first load, checking, retrying, home with saved progress', async ({
	page
}) => {
	await watchShifts(page);
	await page.goto('/section/2/');
	const questions = questionsOf(2);
	for (const [i, q] of questions.entries()) await answer(page, q, i > 0);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.getByRole('button', { name: 'Try the wrong ones again' }).click();
	expect(await shifts(page)).toEqual([]);

	// Home fills in the saved progress without moving anything.
	await page.goto('/');
	await expect(page.getByRole('link', { name: /Continue with section/ })).toBeVisible();
	expect(await shifts(page)).toEqual([]);
});

test('an assignment link fills in its page without moving anything, on a phone too', async ({
	page
}) => {
	await page.goto('/teacher/');
	await page.getByLabel('Title').fill('Week 3: whose figure?');
	await page.getByRole('checkbox', { name: /^\s*1\. / }).check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByLabel('Link for students').inputValue();

	await watchShifts(page);
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3: whose figure?');
	expect(await shifts(page)).toEqual([]);
	// A broken link says so in the same place.
	await page.goto(`${link.split('#')[0]}#broken`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This assignment link does not work'
	);
	expect(await shifts(page)).toEqual([]);
});

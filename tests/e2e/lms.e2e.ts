import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'gift-pegjs';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { LMS, lmsSaved, serveLms, unzipDownload } from './lms';
import { moduleLink, practice, practiceQuestions } from './module';

/** Makes an assignment of `sections` on the teacher's page and waits for the sheet. */
async function makeAssignment(page: Page, title: string, sections: number[], askName = false) {
	await page.goto('/teacher/');
	await page.getByLabel('Title').fill(title);
	for (const n of sections)
		await page.getByRole('checkbox', { name: new RegExp(`^\\s*${n}\\. `) }).check();
	if (!askName) await page.getByRole('checkbox', { name: /Ask students for their name/ }).uncheck();
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeFocused();
}

/** Clicks an export's button and gives back the file the browser saved. */
async function exportFile(page: Page, button: string, keyboard = false) {
	const saving = page.waitForEvent('download');
	const control = page.getByRole('button', { name: button });
	if (keyboard) {
		// As a keyboard user: the button focused, then Enter.
		await control.focus();
		await expect(control).toBeFocused();
		await page.keyboard.press('Enter');
	} else await control.click();
	const download = await saving;
	await expect(
		page.getByRole('status').filter({ hasText: download.suggestedFilename() })
	).toBeVisible();
	return download;
}

test('a teacher downloads the assignment as Moodle GIFT and as QTI 3.0: its questions, and only those', async ({
	page
}) => {
	await makeAssignment(page, 'Week 4: who counts?', [2]);
	const asked = questionsOf(2);
	const gift = await exportFile(page, 'Download the GIFT file');
	expect(gift.suggestedFilename()).toBe('week-4-who-counts-moodle-gift.txt');
	const parsed = parse(readFileSync((await gift.path())!, 'utf8')).filter(
		(q) => q.type !== 'Category'
	);
	expect(parsed.map((q) => q.title)).toEqual(asked.map((q) => q.id));

	const qti = await exportFile(page, 'Download the QTI package', true);
	const files = await unzipDownload(qti);
	expect(Object.keys(files)).toContain('imsmanifest.xml');
	const items = Object.keys(files).filter((p) => p.startsWith('items/'));
	expect(items).toHaveLength(asked.length);
	await expectNoAxeViolations(page);
});

test('a SCORM package runs in an LMS: answers reach it, a reload resumes from its suspend data, a finish passes', async ({
	page,
	context
}) => {
	test.slow();
	await makeAssignment(page, 'Week 5: in the LMS', [1, 2], true);
	await page.getByLabel(/Pass mark/).fill('60');
	const zip = await exportFile(page, 'Download the SCORM package');
	const files = await unzipDownload(zip);
	await serveLms(context, files);

	const first = questionsOf(1);
	const second = questionsOf(2);
	const total = first.length + second.length;
	await page.goto(`${LMS}/lms.html`);
	const sco = page.frameLocator('iframe');
	await expect(sco.getByRole('status').filter({ hasText: 'LMS is recording' })).toBeVisible();
	// The LMS names the student (“Doe, Jane” in SCORM's order): nothing to type.
	await expect(sco.getByText('Working as Jane Doe')).toBeVisible();
	await sco.getByRole('link', { name: /^1\. / }).click();
	// One wrong, the rest right, then checked: the first check is what counts.
	for (const [i, q] of first.entries()) await answer(sco, q, i !== 0);
	await sco.getByRole('button', { name: 'Check answers' }).click();
	await expect.poll(async () => (await lmsSaved(page)).saved?.status).toBe('incomplete');
	let saved = (await lmsSaved(page)).saved!;
	// No score before every question is answered: the LMS would pass or fail a half-done attempt.
	expect(saved.raw).toBe('');
	expect(saved.exit).toBe('suspend');
	expect(saved.suspend).toMatch(/^cc1\./);
	expect(saved.suspend!.length).toBeLessThanOrEqual(4096);
	await expectNoAxeViolations(page);

	// Another computer: nothing in this browser, so only the LMS's suspend data can bring it back.
	await page.evaluate(() => localStorage.clear());
	await page.locator('iframe').evaluate((f: HTMLIFrameElement) => (f.src = '/start.html'));
	await expect.poll(async () => (await lmsSaved(page)).launches).toBe(2);
	await sco.getByRole('link', { name: /^1\. / }).click();
	await expect(sco.getByText(`${first.length - 1} of ${first.length} right`).first()).toBeVisible();

	await sco.getByRole('link', { name: /Next/ }).click();
	for (const q of second) await answer(sco, q);
	await sco.getByRole('button', { name: 'Check answers' }).click();
	const raw = Math.round((100 * (total - 1)) / total);
	await expect
		.poll(async () => (await lmsSaved(page)).saved?.status)
		.toBe(raw >= 60 ? 'passed' : 'failed');
	saved = (await lmsSaved(page)).saved!;
	expect(saved.raw).toBe(String(raw));
	expect([saved.min, saved.max]).toEqual(['0', '100']);
	expect(saved.exit).toBe('');
	// The assignment's page: done, and nothing to hand in, since the LMS has it.
	await sco.getByRole('link', { name: 'Back to the assignment' }).first().click();
	await expect(sco.getByText('there is nothing more to hand in')).toBeVisible();
	await expect(sco.getByRole('button', { name: 'Download results file' })).toHaveCount(0);
	// Closing the activity ends the session once, with the time spent.
	const finished = (await lmsSaved(page)).finishes;
	await page.locator('iframe').evaluate((f) => f.remove());
	await expect.poll(async () => (await lmsSaved(page)).finishes).toBe(finished + 1);
	expect((await lmsSaved(page)).saved!.time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
});

test('an LMS that refuses results: the student is told, and the answers stay in the browser', async ({
	page,
	context
}) => {
	await makeAssignment(page, 'Week 6: a broken LMS', [1]);
	const files = await unzipDownload(await exportFile(page, 'Download the SCORM package'));
	await serveLms(context, files);
	await page.goto(`${LMS}/lms.html?fail`);
	const sco = page.frameLocator('iframe');
	await expect(
		sco.getByRole('status').filter({ hasText: 'may not have reached your teacher' })
	).toBeVisible();
	await sco.getByRole('link', { name: /^1\. / }).click();
	for (const q of questionsOf(1)) await answer(sco, q);
	await sco.getByRole('button', { name: 'Check answers' }).click();
	await expect(sco.getByRole('status').filter({ hasText: 'Nothing is lost' })).toBeVisible();
	const kept = await page.evaluate(() =>
		Object.keys(localStorage).filter(
			(k) => k.startsWith('crosscheck:') && localStorage[k].includes('"checks":1')
		)
	);
	expect(kept).toHaveLength(1);
	await expectNoAxeViolations(page);
});

test('a SCORM package opened on its own says its results are not sent anywhere, and still works', async ({
	page,
	context
}) => {
	await makeAssignment(page, 'Week 7: no LMS', [1]);
	const files = await unzipDownload(await exportFile(page, 'Download the SCORM package'));
	// The package copies the site's pages, but never its service worker.
	expect(Object.keys(files)).not.toContain('service-worker.js');
	await serveLms(context, files);
	await page.goto(`${LMS}/start.html`);
	await expect(
		page.getByRole('status').filter({ hasText: 'not being sent anywhere' })
	).toBeVisible();
	await page.getByRole('link', { name: /^1\. / }).click();
	await expect(page.getByRole('button', { name: 'Check answers' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a module’s SCORM package opens the module inside the LMS and reports its questions', async ({
	page,
	context
}) => {
	test.slow();
	const link = await moduleLink({ omit: [] });
	await page.goto(`/teacher/#${link}`);
	await expect(page.getByText('You are assigning the module')).toContainText(
		practice.article.title,
		{ timeout: 30_000 }
	);
	await page.getByLabel('Title').fill('Week 8: a module');
	await page.getByRole('checkbox', { name: /^\s*1\. / }).check();
	await page.getByRole('checkbox', { name: /Ask students for their name/ }).uncheck();
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeFocused();
	const files = await unzipDownload(await exportFile(page, 'Download the SCORM package'));
	await serveLms(context, files);

	await page.goto(`${LMS}/lms.html`);
	const sco = page.frameLocator('iframe');
	await sco.getByRole('link', { name: /^1\. / }).click({ timeout: 30_000 });
	const questions = practiceQuestions(1);
	for (const q of questions) await answer(sco, q);
	await sco.getByRole('button', { name: 'Check answers' }).click();
	await expect.poll(async () => (await lmsSaved(page)).saved?.status).toBe('completed');
	expect((await lmsSaved(page)).saved!.raw).toBe('100');
});

import { expect, test, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { articleTag, encodeAssignment, questionTag } from '../../src/lib/assign/assignment';
import { encodeResultsCode } from '../../src/lib/assign/results-code';
import type { Assignment } from '../../src/lib/assign/types';
import { article } from './article';
import { answer, questionsOf } from './bank';
import { expectNoAxeViolations } from './fixtures';

const SLUG = 'north-korean-troops';

/** Fills the teacher's form and returns the link it makes. */
async function makeLink(page: Page, title: string, sections: number[], mode: RegExp) {
	await page.goto('/teacher/');
	await page.getByLabel('Title').fill(title);
	for (const n of sections)
		await page.getByRole('checkbox', { name: new RegExp(`^\\s*${n}\\. `) }).check();
	await page.getByRole('radio', { name: mode }).check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	return page.getByLabel('Link for students').inputValue();
}

test('the printed instructions have one title, a line for name and date, and no screen headings', async ({
	page
}) => {
	await makeLink(page, 'Week 3: whose figure?', [3], /^\s*Practice/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(
		'Crosscheck assignment: Week 3: whose figure?'
	);
	const nameLine = page.locator('.name-line');
	await expect(nameLine).toBeVisible();
	await expect(nameLine).toHaveText(/^\s*Name:\s*Date:\s*$/);
	await expect(page.getByRole('button', { name: 'Print instructions for students' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeVisible();
	await expect(nameLine).toBeHidden();
});

test('a link made again, after the form changed, gets a QR code of its own', async ({ page }) => {
	const qr = page.getByRole('img', { name: 'QR code of the assignment link' }).locator('path');
	await makeLink(page, 'Week 3: whose figure?', [3], /^\s*Practice/);
	await expect(qr).toHaveAttribute('d', /^M\d/);
	const first = await qr.getAttribute('d');
	await page.getByLabel('Title').fill('Week 3: whose figure? (v2)');
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByLabel('Link for students')).toHaveValue(/v2/);
	// The sheet stays on the page; its QR code follows the new link instead of keeping the first.
	await expect.poll(async () => (await qr.getAttribute('d')) === first).toBe(false);
	await expect(qr).toHaveAttribute('d', /^M\d/);
});

test('a teacher makes a link; a student opens it in a fresh browser, completes it and downloads results', async ({
	page,
	browser
}) => {
	// The whole journey: the teacher's form, then a student through two sections and the hand-in.
	test.slow();
	const link = await makeLink(
		page,
		'Week 3: whose figure?',
		[1, 3],
		/^\s*Graded: the first answers count/
	);
	expect(link).toMatch(/\/a\/#/);
	await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeFocused();
	// Editing the form afterwards says the link shown is the old one, until it is made again.
	await page.getByLabel('Title').fill('Week 3: whose figure? (v2)');
	await expect(
		page.getByRole('status').filter({ hasText: 'the link below is the old one' })
	).toBeVisible();
	await page.getByLabel('Title').fill('Week 3: whose figure?');
	await expect(page.getByText('the link below is the old one')).toHaveCount(0);
	await expect(
		page.getByRole('img', { name: 'QR code of the assignment link' }).locator('path')
	).toHaveAttribute('d', /^M\d/);
	await expectNoAxeViolations(page);

	const student = await browser.newContext();
	const s = await student.newPage();
	await s.goto(link);
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Week 3: whose figure?');
	await s.getByLabel(/Your name/).fill('Ada <b>Lovelace</b>');
	await s.getByRole('button', { name: 'Start' }).click();
	await expect(s.getByText(/^\s*Working as Ada <b>Lovelace<\/b>/)).toBeFocused();
	const items = s.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText(article.sections[0]!.heading);
	await expectNoAxeViolations(s);

	// No link from assigned work leads to the sources map, self-study progress or the teacher's pages.
	const footer = s.locator('footer');
	await expect(footer.getByRole('link')).toHaveCount(0);
	for (const n of [1, 3]) {
		await s.getByRole('link', { name: new RegExp(article.sections[n - 1]!.heading) }).click();
		await expect(s.getByText(/Assignment “Week 3: whose figure\?”/)).toBeVisible();
		await expect(footer.getByRole('link')).toHaveCount(0);
		await expect(
			s.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')
		).toHaveAccessibleName('The assignment');
		const questions = questionsOf(n);
		for (const [i, q] of questions.entries()) await answer(s, q, i !== 0);
		await s.getByRole('button', { name: 'Check answers' }).click();
		// Graded: no verdicts and no retry before the hand-in.
		await expect(s.locator('.summary')).toContainText('Your answers are saved');
		await expect(s.getByText('Not quite.')).toHaveCount(0);
		await expect(s.getByRole('button', { name: 'Try the wrong ones again' })).toHaveCount(0);
		await s.getByRole('link', { name: 'Back to the assignment' }).first().click();
	}

	const total = questionsOf(1).length + questionsOf(3).length;
	// Graded: done, but no score until the hand-in.
	await expect(items.first()).toContainText('Done');
	await expect(s.getByText(/on the first try/)).toHaveCount(0);
	const [download] = await Promise.all([
		s.waitForEvent('download'),
		s.getByRole('button', { name: 'Download results file' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.json$/);
	const results = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(results.student).toBe('Ada <b>Lovelace</b>');
	expect(Object.keys(results.answers)).toHaveLength(total);
	// Saving the file is not handing it in: the page says what is left to do.
	await expect(
		s.getByRole('status').filter({ hasText: 'Saved to your downloads as' })
	).toContainText(`“${download.suggestedFilename()}”. Now send this file to your teacher`);
	await expect(s.getByText(/handed in\./i)).toHaveCount(0);
	await expect(s.getByText('The section pages now show the right answers.')).toBeVisible();
	await expect(s.getByText(`${total - 2} of ${total} right on the first try`)).toBeVisible();
	// And they do: a missed question shows its answer and why, with no retry to offer.
	await s.getByRole('link', { name: new RegExp(article.sections[0]!.heading) }).click();
	const missed = s.locator(`#q-${questionsOf(1)[0]!.id}`);
	await expect(missed.getByText(/^The answer: /)).toBeVisible();
	await expect(missed.getByText('✓ right answer')).toBeVisible();
	await expect(s.getByText('Not quite.')).toHaveCount(0);
	await student.close();
});

test('the teacher previews the questions and leaves one out; a student types the short code and gets the others', async ({
	page,
	browser
}) => {
	test.slow();
	await page.goto('/teacher/');
	await page.getByLabel('Title').fill('Week 4: the estimates');
	await page.getByRole('checkbox', { name: /^\s*3\. / }).check();
	const [dropped, kept, ...rest] = questionsOf(3);
	// The preview shows each question as students see it, with its answer and its evidence.
	const keptPreview = page.locator('.preview-question').filter({ hasText: kept!.prompt });
	const right = kept!.choices.find((c) => c.id === kept!.answer);
	if (right) await expect(keptPreview.locator('li.right')).toHaveText(`${right.text} ✓ answer`);
	await expect(keptPreview.locator('blockquote').first()).toContainText('Section 3:');
	await page.getByRole('checkbox', { name: dropped!.prompt, exact: true }).uncheck();
	const total = 2 + rest.length;
	await expect(page.getByText(`1 sections, ${total - 1} of ${total} questions.`)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Make the link' }).click();
	const typed = (await page.locator('.typed').textContent())!.trim();
	expect(typed).toMatch(/^(\w{4}-)+\w{1,4}$/);
	expect(typed.replace(/-/g, '').length).toBeLessThanOrEqual(24);
	const link = await page.getByLabel('Link for students').inputValue();

	// Another device: no link, only the code from the printed sheet, typed in capitals.
	const context = await browser.newContext();
	const s = await context.newPage();
	await s.goto('/a/');
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Open your assignment');
	await expectNoAxeViolations(s);
	// One character mistyped: the check digits catch it.
	const typo = typed.slice(0, -1) + (typed.endsWith('0') ? '1' : '0');
	await s.getByLabel('The code on your assignment sheet').fill(typo);
	await s.getByRole('button', { name: 'Open the assignment' }).click();
	await expect(s.getByRole('alert')).toContainText('damaged');
	await s.getByLabel('The code on your assignment sheet').fill(typed.toUpperCase());
	await s.getByRole('button', { name: 'Open the assignment' }).click();
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Your assignment');
	await s.getByLabel(/Your name/).fill('Ben');
	await s.getByRole('button', { name: 'Start' }).click();
	await expect(s.getByRole('listitem')).toContainText('Not started');
	await s.getByRole('link', { name: new RegExp(article.sections[2]!.heading) }).click();
	await expect(s.locator('.question')).toHaveCount(total - 1);
	await expect(s.getByText(dropped!.prompt, { exact: true })).toHaveCount(0);
	await answer(s, kept!, true);
	// The teacher's link, opened later on the same device, is the same assignment: same progress.
	await s.goto(link);
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Week 4: the estimates');
	await expect(s.getByText(/^\s*Working as Ben/)).toBeVisible();
	await s.getByRole('link', { name: new RegExp(article.sections[2]!.heading) }).click();
	await expect(s.locator('.question')).toHaveCount(total - 1);
	await expect(
		s.locator(`#q-${kept!.id} input:checked, #q-${kept!.id} select`).first()
	).toBeVisible();
	await context.close();
});

/**
 * A student in a fresh browser: opens the link, answers sections 1 and 3 (the first question of each
 * wrong), then hands in both ways the page offers: the file is saved for the teacher, the code copied.
 */
async function student(browser: Browser, link: string, name: string) {
	const context = await browser.newContext();
	const s = await context.newPage();
	await s.goto(link);
	await s.getByLabel(/Your name/).fill(name);
	await s.getByRole('button', { name: 'Start' }).click();
	for (const n of [1, 3]) {
		await s.getByRole('link', { name: new RegExp(article.sections[n - 1]!.heading) }).click();
		for (const [i, q] of questionsOf(n).entries()) await answer(s, q, i !== 0);
		await s.getByRole('button', { name: 'Check answers' }).click();
		await s.getByRole('link', { name: 'Back to the assignment' }).first().click();
	}
	const [download] = await Promise.all([
		s.waitForEvent('download'),
		s.getByRole('button', { name: 'Download results file' }).click()
	]);
	// Kept past the context's end: the teacher imports it.
	const file = test.info().outputPath(`${name}.json`);
	await download.saveAs(file);
	await s.getByRole('button', { name: 'Copy results code' }).click();
	const code = await s.getByLabel(/Your results code/).inputValue();
	// Copied or not (the clipboard may be refused), the note says the code still has to be sent.
	await expect(s.getByRole('status').filter({ hasText: 'results code' })).toContainText(
		'where your teacher asked'
	);
	await context.close();
	return { file, code };
}

test('the teacher imports a results file and a pasted code and sees the class table', async ({
	page,
	browser
}) => {
	// A student's whole journey through two sections comes before the teacher's part.
	test.slow();
	// The teacher's form is tested above; here the link is made by the same encoder the form uses.
	const bankVersion = (
		JSON.parse(readFileSync(`questions/${SLUG}/bank.json`, 'utf8')) as {
			version: string;
		}
	).version;
	const assignment: Assignment = {
		version: 1,
		article: articleTag(SLUG),
		bank: bankVersion,
		title: 'Report check',
		sections: [1, 3],
		mode: 'graded',
		requireName: true
	};
	const code = encodeAssignment(assignment);
	const ada = await student(browser, `/a/#${code}`, 'Ada');
	expect(ada.code).toMatch(/^CR1/);
	// A second student who got everything right hands in a code, made as the page makes it.
	const asked = [...questionsOf(1), ...questionsOf(3)];
	const ben = encodeResultsCode(
		{
			assignment: code,
			title: assignment.title,
			student: 'Ben',
			answers: Object.fromEntries(asked.map((q) => [q.id, q.answer])),
			finishedAt: '2026-11-27T10:00:00.000Z'
		},
		asked
	);

	await page.goto(`/teacher/report/#${code}`);
	await page.getByLabel('Choose files…').setInputFiles(ada.file);
	// Ada's own code is the same hand-in as her file: counted once.
	await page.getByLabel('Results codes').fill(`${ada.code}\n${ben}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByText('the same results as Ada.json')).toBeVisible();
	const table = page.getByRole('region', { name: /class/i }).getByRole('table');
	const n1 = questionsOf(1).length;
	const n3 = questionsOf(3).length;
	await expect(table.getByRole('row', { name: /Ada/ })).toContainText(`${n1 - 1}`);
	await expect(table.getByRole('row', { name: /Ada/ })).toContainText(`${n1 + n3 - 2}`);
	await expect(table.getByRole('row', { name: /Ben/ })).toContainText(`${n1 + n3}`);
	await expectNoAxeViolations(page);
});

test('a link made before the questions were updated still opens, and says what changed', async ({
	page
}) => {
	// The site keeps the questions of earlier versions that links may name (questions/<slug>/archive).
	const [earlier] = readdirSync(`questions/${SLUG}/archive`).map((f) => f.replace(/\.json$/, ''));
	const code = encodeAssignment({
		version: 1,
		article: articleTag(SLUG),
		bank: earlier!,
		title: 'Made last week',
		sections: [4],
		mode: 'practice',
		requireName: false
	});
	await page.goto(`/a/#${code}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Made last week');
	await expect(
		page.getByRole('status').filter({ hasText: 'updated after your teacher made this link' })
	).toBeVisible();
	await page.getByRole('link', { name: new RegExp(article.sections[3]!.heading) }).click();
	await expect(page.getByText(/Assignment “Made last week”/)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a damaged or foreign assignment link says what is wrong and offers the article', async ({
	page
}) => {
	const link = await makeLink(page, 'Homework', [2], /^\s*Practice/);
	const code = link.split('#')[1]!;
	const damaged = code.slice(0, -3) + (code.at(-3) === 'x' ? 'y' : 'x') + code.slice(-2);
	for (const bad of [damaged, code.slice(0, 8), 'hello']) {
		await page.goto(`/a/#${bad}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'This assignment link does not work'
		);
		await expect(page.getByRole('alert')).not.toBeEmpty();
		await expect(page.getByRole('link', { name: 'read the full article' })).toBeVisible();
	}
	await expectNoAxeViolations(page);
});

test('a title or name with an invisible character is refused with a reason, and a name can be changed', async ({
	page
}) => {
	await page.goto('/teacher/');
	await page.getByLabel('Title').fill('Week\t3');
	await page.getByRole('checkbox', { name: /^\s*2\. / }).check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByText(/The title holds a tab, a line break/)).toBeVisible();
	await expect(page.getByLabel('Link for students')).toHaveCount(0);
	const link = await makeLink(page, 'Week 3', [2], /^\s*Practice/);
	await page.goto(link);
	const name = page.getByLabel(/Your name/);
	await name.fill('Ana\u202eB');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText(/Your name holds a tab, a line break/)).toBeVisible();
	await expect(name).toBeFocused();
	// A name ending in an initial's full stop is shown as typed, with no second stop after it.
	await name.fill('Ana B.');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText(/^\s*Working as Ana B/)).toBeFocused();
	await expect(page.locator('#working-as')).toHaveText(/^\s*Working as Ana B\.\s*Change name\s*$/);
	await page.getByRole('button', { name: 'Change name' }).click();
	await expect(name).toBeFocused();
	await name.fill('Ana Bell');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByText(/^\s*Working as Ana Bell/)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('an assignment link rewritten by a mail client or an LMS still opens', async ({ page }) => {
	const link = await makeLink(page, 'Homework', [2], /^\s*Practice/);
	const code = link.split('#')[1]!;
	for (const form of [`/a/?c=${code}`, `/a/?a=${code}`, `/a/%23${code}`]) {
		await page.goto(form);
		await expect(page.getByRole('heading', { level: 1 }), form).toHaveText('Homework');
	}
});

test('assignment progress is kept apart from self-study progress', async ({ page }) => {
	const link = await makeLink(page, 'Practice run', [3], /^\s*Practice/);
	await page.goto(link);
	await page.getByLabel(/Your name/).fill('Sam');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('link', { name: new RegExp(article.sections[2]!.heading) }).click();
	for (const q of questionsOf(3)) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await page.goto('/section/3/');
	await expect(page.locator('.summary')).toBeEmpty();
	await page.goto('/');
	const card = page.getByRole('listitem').filter({ hasText: article.sections[2]!.heading });
	await expect(card).toContainText('Not started');
});

test('home lists the assignments this browser opened, with progress; a typed code gets its link’s title', async ({
	page,
	browser
}) => {
	test.slow();
	const link = await makeLink(page, 'Week 6: the count', [1, 3], /^\s*Practice/);
	const typed = (await page.locator('.typed').textContent())!.trim();
	const context = await browser.newContext();
	const s = await context.newPage();
	await s.goto('/');
	await expect(s.getByRole('heading', { name: 'Sections' })).toBeVisible();
	await expect(s.getByRole('heading', { name: 'Your assignments' })).toHaveCount(0);

	await s.goto(link);
	await s.getByLabel(/Your name/).fill('Ana');
	await s.getByRole('button', { name: 'Start' }).click();
	await s.getByRole('link', { name: new RegExp(article.sections[0]!.heading) }).click();
	for (const q of questionsOf(1)) await answer(s, q, true);
	await s.getByRole('button', { name: 'Check answers' }).click();
	await expect(s.getByText(/right/).first()).toBeVisible();

	await s.goto('/');
	const listed = s.getByRole('region', { name: 'Your assignments' }).getByRole('listitem');
	await expect(listed).toHaveCount(1);
	await expect(listed).toContainText('1 of 2 sections done');
	// Self-study is apart: the assignment's section is not done on the article's own list.
	await expect(s.getByText('0 of', { exact: false }).first()).toBeVisible();
	await expectNoAxeViolations(s);
	await listed.getByRole('link', { name: 'Week 6: the count' }).click();
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Week 6: the count');

	// The short code has no title, but this browser has seen the link: the title comes back.
	await s.goto('/a/');
	await s.getByLabel('The code on your assignment sheet').fill(typed);
	await s.getByRole('button', { name: 'Open the assignment' }).click();
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Week 6: the count');
	await expect(s.getByText(/^\s*Working as Ana/)).toBeVisible();

	// A damaged list costs the list only: home still shows the article.
	await s.evaluate(() =>
		localStorage.setItem('crosscheck:v1:north-korean-troops:assignments', '{"damaged')
	);
	await s.goto('/');
	await expect(s.getByRole('heading', { name: 'Sections' })).toBeVisible();
	await expect(s.getByRole('heading', { name: 'Your assignments' })).toHaveCount(0);
	await context.close();
});

test('moving on to the next assigned section keeps that section’s left-out question out', async ({
	page
}) => {
	const [one, three] = [questionsOf(1), questionsOf(3)];
	const dropped = [one[0]!, three[0]!];
	const { version } = JSON.parse(readFileSync(`questions/${SLUG}/bank.json`, 'utf8')) as {
		version: string;
	};
	const code = encodeAssignment({
		version: 2,
		article: articleTag(SLUG),
		bank: version,
		title: 'Two sections, two left out',
		sections: [1, 3],
		mode: 'practice',
		requireName: false,
		omit: dropped.map((q) => questionTag(q.id)).sort()
	});
	await page.goto(`/section/1/?a=${encodeURIComponent(code)}`);
	await expect(page.getByText('section 1 of 2.')).toBeVisible();
	await expect(page.locator('.question')).toHaveCount(one.length - 1);
	// The pager leads to the assignment's next section, section 3, without loading a new page.
	await page.getByRole('link', { name: /Next section/ }).click();
	await expect(page.getByText('section 2 of 2.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.sections[2]!.heading);
	await expect(page.locator('.question')).toHaveCount(three.length - 1);
	await expect(page.locator(`#q-${dropped[1]!.id}`)).toHaveCount(0);
});

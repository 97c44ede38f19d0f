import { expect, test, type Page } from '@playwright/test';
import {
	articleTag,
	decodeAssignment,
	encodeAssignment,
	questionTag
} from '../../src/lib/assign/assignment';
import { moduleSlug } from '../../src/lib/module/cache';
import { moduleId } from '../../src/lib/module/id';
import { DAMAGED } from '../../src/lib/module/link';
import { article } from './article';
import { expectNoAxeViolations } from './fixtures';
import { moduleLink, practice, practiceQuestions, practiceText } from './module';
import { printedPages, unspaced } from './pdf';

const sections = practice.article.sections;
/** The module's author left out section 2's third question: the teacher never sees it. */
const hidden = practiceQuestions(2)[2]!;
const link = () => moduleLink({ omit: [hidden.id] });
const tag = articleTag(moduleSlug(moduleId({ article: practiceText, review: { fixes: [] } })));

/** Building the questions in the browser takes seconds on a slow machine: wait for the module's form. */
async function openForm(page: Page, fragment: string) {
	await page.goto(`/teacher/#${fragment}`);
	await expect(page.getByText('You are assigning the module')).toContainText(
		practice.article.title,
		{ timeout: 30_000 }
	);
}

const sectionBox = (page: Page, n: number) =>
	page.getByRole('checkbox', { name: new RegExp(`^\\s*${n}\\. `) });

/** Fills the form for the module: a title, the sections, a question of the first left out. */
async function makeAssignment(page: Page, title: string, chosen: number[]) {
	await page.getByLabel('Title').fill(title);
	for (const n of chosen) await sectionBox(page, n).check();
	const dropped = practiceQuestions(chosen[0]!)[0]!;
	await page.getByRole('checkbox', { name: dropped.prompt, exact: true }).uncheck();
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeFocused();
	return dropped;
}

test('a teacher assigns a module from its link: its sections and questions, a link into the module, no short code', async ({
	page,
	browser
}) => {
	test.slow();
	// What the page announces while it opens the module, recorded as it happens.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { seen: string[] }).seen = seen;
		new MutationObserver(() => {
			for (const s of document.querySelectorAll('[role="status"]'))
				if (s.textContent && seen.at(-1) !== s.textContent) seen.push(s.textContent);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	const fragment = await link();
	await openForm(page, fragment);
	const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	expect(seen).toContain('Opening the module link…');
	expect(seen).toContain('Writing questions…');

	// The module's sections, counted without the question its author left out.
	for (const s of sections) {
		const count = practiceQuestions(s.number).length - (s.number === 2 ? 1 : 0);
		await expect(sectionBox(page, s.number)).toHaveAccessibleName(
			`${s.number}. ${s.heading} (${count} questions)`
		);
	}
	await expect(
		page.getByRole('link', { name: 'Assign the built-in article instead' })
	).toHaveAttribute('href', '/teacher/');
	await expect(
		page.getByRole('paragraph').filter({ hasText: 'Assign the built-in article instead' })
	).toContainText(article.title);
	await expectNoAxeViolations(page);

	await page.getByLabel('Title').fill('Week 6: the toll');
	await sectionBox(page, 1).check();
	await sectionBox(page, 2).check();
	await expect(page.getByRole('checkbox', { name: hidden.prompt, exact: true })).toHaveCount(0);
	const dropped = practiceQuestions(1)[0]!;
	await page.getByRole('checkbox', { name: dropped.prompt, exact: true }).uncheck();
	const total = practiceQuestions(1).length + practiceQuestions(2).length - 1;
	await expect(page.getByText(`2 sections, ${total - 1} of ${total} questions.`)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByRole('heading', { name: 'Your assignment link' })).toBeFocused();

	// The student's link is the assignment's page inside the module: /m/?a=CODE#<module link>.
	const student = new URL(await page.getByLabel('Link for students').inputValue());
	expect(student.origin).toBe(new URL(page.url()).origin);
	expect(student.pathname).toBe('/m/');
	expect(student.hash).toBe(`#${fragment}`);
	const code = student.searchParams.get('a')!;
	const decoded = decodeAssignment(code);
	expect(decoded.ok && decoded.value).toMatchObject({
		article: tag,
		bank: practice.bank.version,
		title: 'Week 6: the toll',
		sections: [1, 2],
		omit: [questionTag(dropped.id)]
	});

	// A student's browser opens the link on the assignment's page inside the module.
	const context = await browser.newContext();
	const s = await context.newPage();
	await s.goto(student.href);
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Week 6: the toll', {
		timeout: 30_000
	});
	await expect(s.getByText(`From “${practice.article.title}”. 2 sections to do.`)).toBeVisible();
	await context.close();

	// No code to type, and a link too long for a QR code: the page says so.
	await expect(page.locator('.typed')).toHaveCount(0);
	await expect(page.getByText('Students need this link to open the assignment')).toBeVisible();
	await expect(page.getByText(/It is too long for a QR code/)).toContainText('by email');
	await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toHaveCount(0);
	await expect(page.getByText('Open the link your teacher sent you')).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Open the class report for this assignment' })
	).toHaveAttribute('href', `/teacher/report/?a=${encodeURIComponent(code)}#${fragment}`);
	await expect(page.getByRole('link', { name: /^Worksheet to print/ })).toHaveAttribute(
		'href',
		`/teacher/print/?a=${encodeURIComponent(code)}#${fragment}`
	);
	await expectNoAxeViolations(page);

	// The skip link moves the fragment; the page keeps the module and puts its link back.
	await page.getByRole('link', { name: 'Skip to content' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${fragment}`);
	await expect(page.getByLabel('Link for students')).toHaveValue(student.href);
});

test('a module link that does not open says why, and the built-in article’s form still works', async ({
	page
}) => {
	await page.goto('/teacher/#m1garbage');
	await expect(
		page.getByRole('heading', { name: 'This module link does not open', level: 2 })
	).toBeVisible();
	await expect(page.getByRole('alert')).toHaveText(DAMAGED);
	await expect(page.getByLabel('Title')).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: /^Assign the built-in article/ }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(new URL(page.url()).hash).toBe('');
	await expect(sectionBox(page, 1)).toHaveAccessibleName(
		new RegExp(`^1\\. ${article.sections[0]!.heading.replace(/[?.()]/g, '\\$&')} \\(`)
	);
	await page.getByLabel('Title').fill('Week 3: whose figure?');
	await sectionBox(page, 1).check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	expect(await page.getByLabel('Link for students').inputValue()).toMatch(/\/a\/#2/);
	await expect(page.locator('.typed')).toHaveText(/^(\w{4}-)+\w{1,4}$/);
	await expect(page.getByText('You are assigning the module')).toHaveCount(0);
});

test('the worksheet and answer key of a module’s assignment print the module’s text and questions', async ({
	page
}) => {
	test.slow();
	const fragment = await link();
	await openForm(page, fragment);
	const dropped = await makeAssignment(page, 'Week 7: the river', [2]);
	const asked = practiceQuestions(2).filter((q) => q !== dropped && q !== hidden);

	const [sheet] = await Promise.all([
		page.context().waitForEvent('page'),
		page.getByRole('link', { name: /^Worksheet to print/ }).click()
	]);
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Week 7: the river', {
		timeout: 30_000
	});
	await expect(sheet.getByRole('heading', { level: 2 })).toHaveText([`2. ${sections[1]!.heading}`]);
	await expect(sheet.locator('.questions > li')).toHaveCount(asked.length);
	await expect(sheet.getByRole('link', { name: 'Back to the teacher page' })).toHaveAttribute(
		'href',
		`/teacher/#${fragment}`
	);
	await expectNoAxeViolations(sheet);
	const printed = unspaced((await printedPages(sheet)).join(' '));
	expect(printed).toContain(unspaced(practice.article.title));
	for (const p of sections[1]!.paragraphs) expect(printed).toContain(unspaced(p.text));
	for (const [i, q] of asked.entries())
		expect(printed).toContain(unspaced(`${i + 1}. ${q.prompt}`));
	for (const q of [dropped, hidden]) expect(printed).not.toContain(unspaced(q.prompt));
	for (const q of asked) expect(printed).not.toContain(unspaced(q.explanation));

	await sheet.getByRole('link', { name: 'Answer key instead' }).click();
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(
		'Answer key: Week 7: the river'
	);
	await expect(sheet).toHaveTitle(/^Answer key/);
	expect(new URL(sheet.url()).hash).toBe(`#${fragment}`);
	await expectNoAxeViolations(sheet);
	const key = unspaced((await printedPages(sheet)).join(' '));
	for (const [i, q] of asked.entries()) {
		expect(key).toContain(unspaced(`${i + 1}. ${q.prompt}`));
		expect(key).toContain(unspaced(q.explanation));
	}
	expect(key).toContain(unspaced('Settled in section 2:'));
	for (const q of [dropped, hidden]) expect(key).not.toContain(unspaced(q.prompt));
});

test('a module’s print page refuses another article’s assignment and says what to do without one', async ({
	page
}) => {
	const fragment = await link();
	await page.goto(`/teacher/print/#${fragment}`);
	await expect(page.getByRole('alert')).toContainText('Make the assignment on the teacher page');
	await expect(page.getByRole('link', { name: 'Go to the teacher page' })).toHaveAttribute(
		'href',
		`/teacher/#${fragment}`
	);
	// An assignment of the built-in article, printed with the module's link.
	const builtin = encodeAssignment({
		version: 2,
		article: articleTag('north-korean-troops'),
		bank: practice.bank.version,
		title: 'Week 3',
		sections: [1],
		mode: 'practice',
		requireName: true,
		omit: []
	});
	await page.goto(`/teacher/print/?a=${encodeURIComponent(builtin)}#${fragment}`);
	await expect(page.getByRole('alert')).toContainText('made for another article', {
		timeout: 30_000
	});
	await expectNoAxeViolations(page);
});

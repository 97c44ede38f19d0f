// The class report for a module (/teacher/report/?a=CODE#m1…): the page builds the module's questions
// in the browser and then works as the built-in article's report, with its imports kept apart.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { articleTag, encodeAssignment } from '../../src/lib/assign/assignment';
import { assignmentQuestions, encodeResultsCode } from '../../src/lib/assign/results-code';
import { toResultsFile } from '../../src/lib/assign/results-file';
import type { Assignment, Results } from '../../src/lib/assign/types';
import { buildBank } from '../../src/lib/bank/build';
import { moduleId } from '../../src/lib/module';
import { moduleSlug } from '../../src/lib/module/cache';
import { DAMAGED } from '../../src/lib/module/link';
import { BUILT_IN_ARTICLE, OTHER_ARTICLE, OTHER_MODULE } from '../../src/lib/report/import';
import { moduleReportData } from '../../src/lib/report/module';
import type { ReportData, ReportQuestion } from '../../src/lib/report/types';
import { article as builtInArticle } from './article';
import { bank as builtInBank } from './bank';
import { expectNoAxeViolations } from './fixtures';
import { moduleLink, practice, practiceText } from './module';

const BUILT_IN = 'north-korean-troops';
const title = practice.article.title;
// The module's questions as its report reads them, built here with the browser's pipeline.
const flood = moduleReportData(
	practice,
	{ slug: moduleSlug(moduleId({ article: practiceText, review: { fixes: [] } })), omit: [] },
	BUILT_IN
);

const assignment: Assignment = {
	version: 2,
	article: articleTag(flood.slug),
	bank: flood.bank,
	title: 'Flood: who counts',
	sections: [1, 2],
	mode: 'graded',
	requireName: true
};
const CODE = encodeAssignment(assignment);
const asked = (data: ReportData, a: Assignment) =>
	assignmentQuestions(
		data.questions,
		data.sections.map((s) => s.id),
		a
	);
const questions = asked(flood, assignment);
const N = questions.length;
const inSection = (n: number) => questions.filter((q) => q.section === flood.sections[n - 1]!.id);
// Ben gets the first question of section 2 wrong; everything else right.
const missed = inSection(2).find((q) => q.kind !== 'match-estimates')!;

type Answer = Results['answers'][string];
type Question = Pick<ReportQuestion, 'id' | 'choices'> & { answer: Answer };
const right = (q: Question): Answer => q.answer;
const wrongOnce = (q: Question): Answer =>
	q.id === missed.id ? q.choices.find((c) => c.id !== q.answer)!.id : q.answer;
const facts = (
	code: string,
	a: Assignment,
	qs: readonly Question[],
	student: string,
	pick: (q: Question) => Answer
) => ({
	assignment: code,
	title: a.title,
	student,
	answers: Object.fromEntries(qs.map((q) => [q.id, pick(q)])),
	finishedAt: '2026-12-03T10:00:00.000Z'
});
const moduleFile = (student: string, pick: (q: Question) => Answer = right) =>
	toResultsFile(facts(CODE, assignment, questions, student, pick));
const moduleCode = (student: string, pick: (q: Question) => Answer = right) =>
	encodeResultsCode(facts(CODE, assignment, questions, student, pick), questions);

// Results for the built-in article, made as tests/e2e/report.e2e.ts makes them.
const builtInVersion = (
	JSON.parse(readFileSync(`questions/${BUILT_IN}/bank.json`, 'utf8')) as { version: string }
).version;
const builtInAssignment: Assignment = {
	version: 1,
	article: articleTag(BUILT_IN),
	bank: builtInVersion,
	title: 'Week 3: sources',
	sections: [2],
	mode: 'graded',
	requireName: true
};
const builtInQuestions = builtInBank.questions.filter(
	(q) => q.section === builtInArticle.sections[1]!.id
);
const builtInFile = (student: string) =>
	toResultsFile(
		facts(encodeAssignment(builtInAssignment), builtInAssignment, builtInQuestions, student, right)
	);

// Results for another module: another practice article, built here too.
const wildfireText = readFileSync('tests/fixtures/practice/02-wildfire.md', 'utf8');
const wildfireSlug = moduleSlug(moduleId({ article: wildfireText, review: { fixes: [] } }));
const wildfire = moduleReportData(
	buildBank(wildfireText, { slug: wildfireSlug, review: { fixes: [] } }),
	{ slug: wildfireSlug, omit: [] },
	BUILT_IN
);
const wildfireAssignment: Assignment = {
	...assignment,
	article: articleTag(wildfireSlug),
	bank: wildfire.bank,
	title: 'Wildfire',
	sections: [1]
};
const wildfireFile = (student: string) =>
	toResultsFile(
		facts(
			encodeAssignment(wildfireAssignment),
			wildfireAssignment,
			asked(wildfire, wildfireAssignment),
			student,
			right
		)
	);

const file = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text, 'utf8')
});
const HOSTILE = '<img src=x onerror=alert(1)>';

const reportAddress = (link: string, code = CODE) =>
	`/teacher/report/${code ? `?a=${encodeURIComponent(code)}` : ''}#${link}`;

/** The module's report, once its questions are built (in a worker: seconds on a busy machine). */
async function openReport(page: Page, link: string, code = CODE) {
	await page.goto(reportAddress(link, code));
	await expect(page.getByText(`For the module ${title}.`)).toBeVisible({ timeout: 60_000 });
}

const refusedList = (page: Page) => page.getByRole('region', { name: /^Not counted/ });

test('a module’s report: its results counted and graded, others refused, kept apart from the built-in report', async ({
	page
}) => {
	// Building the module's questions, five imports, two reloads and four axe runs.
	test.slow();
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const link = await moduleLink();
	await openReport(page, link);
	await expect(page).toHaveTitle(`Class report · ${title} · Crosscheck`);
	// The address's ?a= preselects the assignment, as #CODE does for the built-in article.
	await expect(
		page.getByText(`Reporting on “${assignment.title}”, sections 1 and 2, graded.`)
	).toBeVisible();
	await expectNoAxeViolations(page);

	await page
		.getByLabel('Choose files…')
		.setInputFiles([
			file('ana.json', moduleFile('Ana')),
			file('ben.json', moduleFile('Ben', wrongOnce)),
			file('evil.json', moduleFile(HOSTILE)),
			file('built-in.json', builtInFile('Dee')),
			file('wildfire.json', wildfireFile('Eve'))
		]);
	await expect(page.getByRole('status').first()).toContainText(
		'Added 5 items: 3 counted, 2 not counted.'
	);
	await page.getByLabel('Results codes').fill(moduleCode('Cy', wrongOnce));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').first()).toContainText('Added 1 item: 1 counted.');
	await expect(page.getByRole('heading', { name: 'Counted (4)' })).toBeVisible();
	await expect(page.getByText('Cy from Pasted code 1')).toBeVisible();
	// Refused in one sentence each: the built-in article's, and another module's.
	await expect(
		refusedList(page).getByRole('listitem').filter({ hasText: 'built-in.json' })
	).toHaveText(`built-in.json: ${BUILT_IN_ARTICLE}`);
	await expect(
		refusedList(page).getByRole('listitem').filter({ hasText: 'wildfire.json' })
	).toHaveText(`wildfire.json: ${OTHER_MODULE}`);

	// The class table, graded on the module's questions.
	const table = page.getByRole('table', { name: /First-attempt answers right/ });
	const row = (name: string) => table.getByRole('row').filter({ hasText: name });
	const n1 = inSection(1).length;
	const n2 = inSection(2).length;
	expect(n1).toBeGreaterThan(0);
	expect(n2).toBeGreaterThan(0);
	await expect(row('Ana').getByRole('cell')).toHaveText([
		`${n1} of ${n1}`,
		`${n2} of ${n2}`,
		`${N} of ${N} (100%)`
	]);
	for (const name of ['Ben', 'Cy'])
		await expect(row(name).getByRole('cell')).toHaveText([
			`${n1} of ${n1}`,
			`${n2 - 1} of ${n2}`,
			`${N - 1} of ${N} (${Math.round((100 * (N - 1)) / N)}%)`
		]);
	// A hostile name is shown as text: no image, no script ran.
	await expect(row(HOSTILE).getByRole('rowheader')).toHaveText(HOSTILE);
	await expect(page.locator('main img')).toHaveCount(0);

	// The missed question's rate, and who picked what in it.
	const rate = page.getByRole('listitem').filter({ hasText: missed.prompt });
	await rate.getByRole('button', { name: /2 of 4 right \(50%\)/ }).click();
	const picks = page.getByRole('dialog', { name: 'Who picked what' });
	await expect(picks.getByRole('listitem').first()).toContainText('Ana');
	await expectNoAxeViolations(page);
	await picks.getByRole('button', { name: 'Close' }).click();
	await expect(picks).toBeHidden();

	// The CSV is the module's.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('crosscheck-flood-who-counts.csv');
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv).toContain(`\r\n"Ana","ana.json",${n1},${n2},${N},${N},100\r\n`);

	// Kept in this browser: a reload shows the same report.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Counted (4)' })).toBeVisible({
		timeout: 60_000
	});
	await expect(page.getByText(`For the module ${title}.`)).toBeVisible();
	await expect(row('Ana').getByRole('cell').last()).toHaveText(`${N} of ${N} (100%)`);

	// The built-in article's report shows none of them, and refuses the module's results.
	await page.getByRole('link', { name: 'its own report' }).click();
	await expect(page).toHaveURL(/\/teacher\/report\/$/);
	await expect(page.getByText('For the module')).toHaveCount(0);
	await page.getByLabel('Results codes').fill(moduleCode('Cy'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').first()).toContainText(
		'Added 1 item: 0 counted, 1 not counted.'
	);
	await expect(page.getByRole('heading', { name: 'Counted (0)' })).toBeVisible();
	await expect(refusedList(page).getByRole('listitem')).toHaveText(
		`Pasted code 1: ${OTHER_ARTICLE}`
	);
	await expectNoAxeViolations(page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Counted (0)' })).toBeVisible();

	// Back to the module: its imports are all there, the built-in report's refusal is not.
	await openReport(page, link, '');
	await expect(page.getByRole('heading', { name: 'Counted (4)' })).toBeVisible();
	await expect(refusedList(page).getByRole('listitem')).toHaveCount(2);
	await expectNoAxeViolations(page);
	expect(dialogs).toEqual([]);
});

test('the skip link keeps a module’s report on its module', async ({ page }) => {
	const link = await moduleLink();
	await openReport(page, link);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// The fragment is the module link again, so a reload or a bookmark opens the module's report.
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${link}`);
	await expect(page.getByText(`For the module ${title}.`)).toBeVisible();
	await expect(page.locator('#assignment-error')).toHaveCount(0);
});

test('a module link that does not open says why, with the way to the built-in report', async ({
	page
}) => {
	const link = await moduleLink();
	const at = Math.floor(link.length / 2);
	const changed = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
	await page.goto(reportAddress(changed));
	await expect(page.getByRole('heading', { name: 'This module link does not open' })).toBeVisible({
		timeout: 60_000
	});
	await expect(page.getByRole('alert')).toHaveText(DAMAGED);
	await expect(page.getByRole('heading', { name: 'Import results' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'the built-in article’s report' }).click();
	await expect(page.getByRole('heading', { name: 'Import results' })).toBeVisible();
	await expect(page).toHaveURL(/\/teacher\/report\/$/);
});

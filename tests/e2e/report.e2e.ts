import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { articleTag, encodeAssignment } from '../../src/lib/assign/assignment';
import { encodeResultsCode } from '../../src/lib/assign/results-code';
import { toResultsFile } from '../../src/lib/assign/results-file';
import type { Assignment, Results } from '../../src/lib/assign/types';
import { article } from './article';
import { bank, type BankQuestion } from './bank';
import { expectNoAxeViolations } from './fixtures';

const SLUG = 'north-korean-troops';
// The shipped bank with what tests/e2e/bank.ts leaves out: its version, prompts and choice sources.
const full = JSON.parse(readFileSync(`questions/${SLUG}/bank.json`, 'utf8')) as {
	version: string;
	questions: Array<{ id: string; prompt: string; choices: Array<{ id: string; ref?: string }> }>;
};
const version = full.version;
const refs = full;

const assignment: Assignment = {
	version: 1,
	article: articleTag(SLUG),
	bank: version,
	title: 'Week 3: sources',
	sections: [2, 4],
	mode: 'graded',
	requireName: true
};
const CODE = encodeAssignment(assignment);
const ids = assignment.sections.map((n) => article.sections[n - 1]!.id);
const questions = bank.questions.filter((q) => ids.includes(q.section));
const inSection = (n: number) => questions.filter((q) => q.section === article.sections[n - 1]!.id);

// The whose-estimate question whose answer is Ukraine's figure, and its U.S. intelligence choice.
const ukraine = questions.find(
	(q) =>
		q.kind === 'whose-estimate' &&
		refs.questions.find((r) => r.id === q.id)!.choices.find((c) => c.id === q.answer)?.ref ===
			'ukraine'
)!;
const usChoice = refs.questions
	.find((r) => r.id === ukraine.id)!
	.choices.find((c) => c.ref === 'us-intelligence')!.id;

type Answer = Results['answers'][string];
const right = (q: BankQuestion): Answer => q.answer;
const facts = (student: string, pick: (q: BankQuestion) => Answer) => ({
	assignment: CODE,
	title: assignment.title,
	student,
	answers: Object.fromEntries(questions.map((q) => [q.id, pick(q)])),
	finishedAt: '2026-11-27T10:00:00.000Z'
});
const resultsFile = (student: string, pick: (q: BankQuestion) => Answer = right) =>
	toResultsFile(facts(student, pick));
const resultsCode = (student: string, pick: (q: BankQuestion) => Answer = right) =>
	encodeResultsCode(facts(student, pick), questions);
const file = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text, 'utf8')
});
const confused = (q: BankQuestion) => (q.id === ukraine.id ? usChoice : q.answer);

const HOSTILE = '<img src=x onerror=alert(1)>';
const N = questions.length;

async function importFiles(page: Page, files: Array<ReturnType<typeof file>>) {
	await page.getByLabel('Choose files…').setInputFiles(files);
}

test('a class report from files: table, question rates, confusion, refusals, CSV', async ({
	page
}) => {
	// Four imports, a CSV download and three axe runs on a long page: 20 s at load 11 on 2 cores.
	test.slow();
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto('/teacher/report/');
	await expectNoAxeViolations(page);

	await importFiles(page, [
		file('ana.json', resultsFile('Ana')),
		file('ben.json', resultsFile('Ben', confused)),
		file('cy.json', resultsFile('Cy', confused)),
		file('evil.json', resultsFile(HOSTILE)),
		file('ana-copy.json', resultsFile('Ana')),
		{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Ana: done, Ben: done') },
		file('huge.json', `{"pad":"${'x'.repeat(1_100_000)}"}`)
	]);

	await expect(page.getByRole('status').first()).toContainText(
		'Added 7 items: 4 counted, 1 duplicate, 2 not counted.'
	);
	await expect(page.getByRole('heading', { name: 'Counted (4)' })).toBeVisible();

	// A code pasted from an e-mail, wrapped over two lines, a sentence (left out) and a word that is
	// no code.
	const code = resultsCode('Dee', confused);
	await page
		.getByLabel('Results codes')
		.fill(`${code.slice(0, 40)}\n${code.slice(40)}\nsee you tomorrow\n\nxyz123`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').first()).toContainText(
		'Added 2 items: 1 counted, 1 not counted.'
	);
	await expect(page.getByRole('heading', { name: 'Counted (5)' })).toBeVisible();
	await expect(page.getByText('Dee from Pasted code 1')).toBeVisible();
	await expect(
		page.getByText(/Pasted code 2: This is not a Crosscheck results code/)
	).toBeVisible();
	await expect(page.getByText('the same results as ana.json')).toBeVisible();
	const refused = page.locator('section', {
		has: page.getByRole('heading', { name: /Not counted/ })
	});
	await expect(refused.getByRole('listitem').filter({ hasText: 'notes.txt' })).toContainText(
		'not JSON'
	);
	await expect(refused.getByRole('listitem').filter({ hasText: 'huge.json' })).toContainText(
		'over 1 MB'
	);

	// The class table: one row per student, a column per assigned section.
	const table = page.getByRole('table', { name: /First-attempt answers right/ });
	const row = (name: string) => table.getByRole('row').filter({ hasText: name });
	const n2 = inSection(2).length;
	const n4 = inSection(4).length;
	await expect(row('Ana').getByRole('cell')).toHaveText([
		`${n2} of ${n2}`,
		`${n4} of ${n4}`,
		`${N} of ${N} (100%)`
	]);
	await expect(row('Ben').getByRole('cell').last()).toHaveText(
		`${N - 1} of ${N} (${Math.round((100 * (N - 1)) / N)}%)`
	);
	// A hostile name is shown as text: no image, no script ran.
	await expect(row(HOSTILE).getByRole('rowheader')).toHaveText(HOSTILE);
	await expect(page.locator('main img')).toHaveCount(0);

	// The biggest confusion: 3 students credited Ukraine's figure to U.S. intelligence.
	await expect(page.locator('.reading')).toContainText(
		'Biggest confusion: 3 answers credited Ukraine’s figure to U.S. intelligence, by 3 students in 1 question'
	);

	// Each question's correct rate, with its prompt.
	const rate = page
		.getByRole('listitem')
		.filter({ hasText: refs.questions.find((r) => r.id === ukraine.id)!.prompt });
	await expect(rate).toContainText('2 of 5 right (40%)');

	await expectNoAxeViolations(page);

	// The CSV: UTF-8 with a BOM, CRLF, the hostile name as plain text.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('crosscheck-week-3-sources.csv');
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.startsWith('\uFEFF"Student","Source",')).toBe(true);
	expect(csv).toContain(`\r\n"Ana","ana.json",${n2},${n4},${N},${N},100\r\n`);
	expect(csv).toContain(
		`\r\n"${HOSTILE.replace(/"/g, '""')}","evil.json",${n2},${n4},${N},${N},100\r\n`
	);
	expect(dialogs).toEqual([]);
});

test('results for another assignment than the link’s are refused with the reason', async ({
	page
}) => {
	const other = encodeAssignment({ ...assignment, title: 'Week 4', sections: [1] });
	await page.goto(`/teacher/report/#${other}`);
	await expect(page.getByText('Reporting on “Week 4”, section 1, graded.')).toBeVisible();
	await importFiles(page, [file('ana.json', resultsFile('Ana'))]);
	await expect(page.getByRole('heading', { name: 'Counted (0)' })).toBeVisible();
	await expect(page.getByText(/ana\.json: It is for another assignment/)).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);

	// Naming the right assignment in the field counts it.
	await page.getByLabel('Assignment link or code (optional)').fill(`http://x/a/#${CODE}`);
	await page.getByRole('button', { name: 'Use this assignment' }).click();
	await expect(page.getByRole('heading', { name: 'Counted (1)' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('works at 320 px and by keyboard', async ({ page }) => {
	// Tabs through the whole report: 19 s at load 11 on 2 cores.
	test.slow();
	await page.setViewportSize({ width: 320, height: 700 });
	await page.goto('/teacher/report/');
	await importFiles(page, [
		file('ana.json', resultsFile('Ana')),
		file('ben.json', resultsFile('Ben', confused))
	]);
	await expect(page.getByRole('heading', { name: 'Counted (2)' })).toBeVisible();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(320);
	// The pasted codes box is reachable and its button works from the keyboard.
	await page.getByLabel('Results codes').focus();
	await page.keyboard.type('not a code');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Add codes' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').first()).toHaveText(
		'Nothing added: the pasted text has no results code in it.'
	);
	await page.getByLabel('Results codes').fill('CR1-not-a-code');
	await page.getByRole('button', { name: 'Add codes' }).press('Enter');
	await expect(page.getByText(/Pasted code 1:/)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
});

test('5,000 pasted codes are all counted, and the page draws the first rows until asked', async ({
	page
}) => {
	// A long import on purpose: the time it takes is measured by the benchmark, not asserted here.
	test.slow();
	const codes = Array.from({ length: 5000 }, (_, i) => resultsCode(`Student ${i + 1}`));
	await page.goto('/teacher/report/');
	// Put in at once, as a paste does (typing 240 KB key by key is not what a teacher does).
	await page.getByLabel('Results codes').evaluate((box, text) => {
		(box as HTMLTextAreaElement).value = text;
		box.dispatchEvent(new Event('input', { bubbles: true }));
	}, codes.join('\n\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('heading', { name: 'Counted (5000)' })).toBeVisible();
	const table = page.getByRole('region', { name: /First-attempt answers right/ });
	await expect(table.locator('tbody tr')).toHaveCount(100);
	await expect(page.getByText('The first 100 of 5000 students are shown')).toBeVisible();
	// Thousands of rows are not drawn until asked: the page stays small.
	expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5000);
	await page.getByRole('button', { name: 'Show all 5000' }).click();
	await expect(table.locator('tbody tr')).toHaveCount(5000);
});

// The matching question, with its sources, from the full bank (tests/e2e/bank.ts leaves refs out).
const matchFull = (
	full as unknown as {
		questions: Array<{
			id: string;
			kind: string;
			items?: Array<{ id: string; ref?: string }>;
			answer: unknown;
		}>;
	}
).questions.find((q) => q.kind === 'match-estimates' && questions.some((x) => x.id === q.id))!;
const item = (ref: string) => matchFull.items!.find((i) => i.ref === ref)!.id;
/** Ukraine's and U.S. intelligence's figures swapped in the matching question, the rest right. */
const swapped = (q: BankQuestion): Answer => {
	if (q.id !== matchFull.id) return q.answer;
	const answer = { ...(q.answer as Record<string, string>) };
	answer[item('ukraine')] = (q.answer as Record<string, string>)[item('us-intelligence')]!;
	answer[item('us-intelligence')] = (q.answer as Record<string, string>)[item('ukraine')]!;
	return answer;
};
// Parts of the assignment whose right source is Ukraine: one per question, one per matching item.
const ukraineParts =
	refs.questions.filter(
		(r) =>
			questions.some((q) => q.id === r.id && q.kind !== 'match-estimates') &&
			r.choices.find((c) => c.id === questions.find((q) => q.id === r.id)!.answer)?.ref ===
				'ukraine'
	).length + 1;
const KEY = 'crosscheck:report:v1:north-korean-troops';

/** Five students: one all right, three who credit Ukraine's figure to U.S. intelligence, one who swaps. */
async function importClass(page: Page) {
	await page.goto('/teacher/report/');
	await importFiles(page, [
		file('ana.json', resultsFile('Ana')),
		file('ben.json', resultsFile('Ben', confused)),
		file('cy.json', resultsFile('Cy', confused)),
		file('dee.json', resultsFile('Dee', confused)),
		file('fay.json', resultsFile('Fay', swapped))
	]);
	await expect(page.getByRole('heading', { name: 'Counted (5)' })).toBeVisible();
}

// One number for the headline and the cell: three in the whose-estimate question, one in matching.
const sentence =
	'4 answers credited Ukraine’s figures to U.S. intelligence, by 4 students in 2 questions';

test('the matrix, its drill-down and its headline agree with the results', async ({
	page
}, info) => {
	test.slow();
	if (info.project.name === 'desktop') await page.setViewportSize({ width: 1366, height: 768 });
	await importClass(page);
	const headline = page.locator('.reading');
	await expect(headline).toContainText(sentence);

	const matrix = page.getByRole('table', { name: /Right source \(rows\)/ });
	let cell;
	if (info.project.name === 'desktop') {
		// Rows and columns are the same sources in the same order: right answers lie on the diagonal.
		const columns = await matrix.locator('thead').getByRole('columnheader').allTextContents();
		const rows = await matrix.locator('tbody').getByRole('rowheader').allTextContents();
		expect(columns.slice(1, -1)).toEqual(rows);
		const ukraineRow = matrix.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: 'Ukraine', exact: true })
		});
		const at = (name: string) => ukraineRow.getByRole('cell').nth(rows.indexOf(name));
		// A cell shows its number; its button's name adds the row and column for screen readers.
		await expect(at('Ukraine')).toHaveText(
			`${5 * ukraineParts - 4}: answer Ukraine, chosen Ukraine`
		);
		await expect(at('U.S. intelligence')).toHaveText(
			/^4: answer Ukraine, chosen U\.S\. intelligence$/
		);
		await expect(ukraineRow.getByRole('cell').last()).toHaveText(String(5 * ukraineParts));
		// The whole grid in view: no scrolling inside it, nothing wider than the page's column.
		const fits = await matrix.evaluate((t) => {
			const main = document.querySelector('main')!.getBoundingClientRect();
			const box = t.getBoundingClientRect();
			return (
				box.right <= main.right && t.parentElement!.scrollWidth <= t.parentElement!.clientWidth
			);
		});
		expect(fits).toBe(true);
		cell = at('U.S. intelligence').getByRole('button');
	} else {
		// A phone's column is too narrow for the grid: one list per right source, every number in view.
		await expect(matrix).toHaveCount(0);
		cell = page.getByRole('button', { name: 'U.S. intelligence: 4' });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			page.viewportSize()!.width
		);
	}
	await expectNoAxeViolations(page);

	// The cell's drill-down: which students, in which questions, and who picked each option.
	await cell.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Answer Ukraine, chosen U.S. intelligence' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
	await expect(dialog).toContainText(sentence);
	const ukrainePrompt = refs.questions.find((r) => r.id === ukraine.id)!.prompt;
	const inWhose = dialog.locator('section', { hasText: ukrainePrompt });
	await expect(inWhose).toContainText('3 answers in this cell: Ben, Cy and Dee.');
	await expect(
		inWhose.getByRole('listitem').filter({ hasText: 'U.S. intelligence' })
	).toContainText(/3 students\s*Ben, Cy and Dee/);
	await expect(dialog.locator('section').filter({ hasNotText: ukrainePrompt })).toContainText(
		'1 answer in this cell: Fay.'
	);
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(cell).toBeFocused();

	// A question's rate opens who picked what in it.
	const rate = page.getByRole('listitem').filter({ hasText: ukrainePrompt });
	await rate.getByRole('button', { name: /2 of 5 right \(40%\)/ }).click();
	const picks = page.getByRole('dialog', { name: 'Who picked what' });
	await expect(picks.getByRole('listitem').first()).toHaveText(
		/^Right answer: Ukraine\s*2 students\s*Ana and Fay$/
	);
	await expect(picks.getByRole('listitem').filter({ hasText: 'U.S. intelligence' })).toContainText(
		'3 students'
	);
	await expectNoAxeViolations(page);
	await picks.getByRole('button', { name: 'Close' }).press('Enter');
	await expect(picks).toBeHidden();
});

test('imports are kept across a reload until cleared, and clearing can be undone', async ({
	page
}) => {
	test.slow();
	await importClass(page);
	const headline = page.locator('.reading');
	// Imports are kept in this browser: a reload shows the same report, and asks nothing.
	page.on('dialog', (d) => void d.dismiss());
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Counted (5)' })).toBeVisible();
	await expect(headline).toContainText(sentence);
	await expect(
		page.getByText('Imported results stay in this browser until you clear them.')
	).toBeVisible();
	await expectNoAxeViolations(page);

	// Clearing can be undone; focus goes to the undo, since the button pressed is gone.
	await page.getByRole('button', { name: 'Clear imported results' }).click();
	const undo = page.getByRole('button', { name: 'Undo: put them back' });
	await expect(undo).toBeFocused();
	await expect(page.getByRole('heading', { name: /^Counted/ })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Counted (5)' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Clear imported results' })).toBeFocused();
	await page.getByRole('button', { name: 'Clear imported results' }).click();
	await expect(undo).toBeFocused();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Import results' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Counted/ })).toHaveCount(0);
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('damaged kept results are set aside with a plain sentence, and the page still works', async ({
	page
}) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, '{"version":1,"inputs":[{"kind":');
			sessionStorage.setItem('seeded', '1');
		}
	}, KEY);
	await page.goto('/teacher/report/');
	await expect(page.getByText('The results kept in this browser could not be read')).toBeVisible();
	await importFiles(page, [file('ana.json', resultsFile('Ana'))]);
	await expect(page.getByRole('heading', { name: 'Counted (1)' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Counted (1)' })).toBeVisible();
});

test('when this browser keeps nothing, the report says so and leaving asks first', async ({
	page
}) => {
	await page.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		Storage.prototype.getItem = refuse;
		Storage.prototype.setItem = refuse;
	});
	await page.goto('/teacher/report/');
	await importFiles(page, [file('ana.json', resultsFile('Ana'))]);
	await expect(page.getByRole('heading', { name: 'Counted (1)' })).toBeVisible();
	await expect(
		page.getByText('This browser is not letting Crosscheck keep anything')
	).toBeVisible();
	await expectNoAxeViolations(page);
	const asked = page.waitForEvent('dialog');
	await page.close({ runBeforeUnload: true });
	const dialog = await asked;
	expect(dialog.type()).toBe('beforeunload');
	// Leaving anyway closes the page; an unanswered prompt would keep it open.
	await dialog.accept();
	await expect.poll(() => page.isClosed()).toBe(true);
});

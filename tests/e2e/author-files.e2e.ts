import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGenerate } from '../../scripts/lib/generate-cli';
import { parseBank } from '../../src/lib/bank/parse';
import type { Bank } from '../../src/lib/bank/schema';
import { readArticle } from '../../src/lib/bank/source';
import { GENERATOR_VERSION } from '../../src/lib/generate/version';
import { decodeModule } from '../../src/lib/module/link';
import { answer, type BankQuestion } from './bank';
import { expectNoAxeViolations } from './fixtures';

// The check, in a browser: a teacher makes a module, with a correction of each kind and a
// question left out, downloads article.md and review.json from the page, and `npm run generate` builds
// from them the bank the browser built; a student opening the link is asked those questions, less the
// one left out. tests/unit/author-files.test.ts runs the same steps in process, on every practice
// article.

const PASTE = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
const SOURCE = 'Ruth Abara';

interface Build {
	request: { slug: string; article: string; review: unknown };
	bank: Bank;
}

/**
 * Has the page's question builder (src/lib/pipeline/build.worker.ts) keep a copy of each bank it sends
 * the page, with what it was asked: the bank the browser built, to compare. The worker's own code runs
 * unchanged after these lines. Service workers are blocked, so its script comes through this route.
 */
async function keepBuilds(context: BrowserContext) {
	await context.route('**/_app/immutable/workers/build.worker-*.js', async (route) => {
		const response = await route.fetch();
		const prelude = `self.crosscheckBuilds = [];
{
	const asked = new Map();
	self.addEventListener('message', (event) => asked.set(event.data.id, event.data));
	const post = self.postMessage.bind(self);
	self.postMessage = (message, ...rest) => {
		if (message && message.type === 'done') {
			const { slug, article, review } = asked.get(message.id);
			self.crosscheckBuilds.push({ request: { slug, article, review }, bank: message.built.bank });
		}
		return post(message, ...rest);
	};
}
`;
		await route.fulfill({
			status: 200,
			contentType: 'text/javascript',
			body: prelude + (await response.text())
		});
	});
}

/** Every bank the page's worker has built so far, oldest first. */
async function builds(page: Page): Promise<Build[]> {
	const [worker] = page.workers().filter((w) => w.url().includes('/build.worker-'));
	expect(worker, 'the page builds its questions in a worker').toBeDefined();
	return worker!.evaluate(
		() => (self as unknown as { crosscheckBuilds: Build[] }).crosscheckBuilds
	);
}

/** The page is not building: every change so far is in the claims and questions shown. */
const idle = (page: Page) => expect(page.locator('#review-heading ~ .status')).toHaveText('');

test.use({ serviceWorkers: 'block' });

test('the downloaded article.md and review.json build, with npm run generate, the bank the browser built and the student is asked', async ({
	page,
	context,
	browser,
	baseURL
}, testInfo) => {
	// Four corrections and four rebuilds, the CLI, then a student's browser through four sections.
	test.slow();
	await keepBuilds(context);
	await page.goto('/author/');
	await page.getByLabel('The article’s text, title first').fill(PASTE);
	await page.getByRole('button', { name: 'Read the text' }).click();
	await expect(page.getByText(/claims found\./)).toBeVisible();
	await idle(page);

	// A correction of each kind the page offers. A source the lists missed…
	await page.getByLabel('A person or body the article quotes, missing from the lists').fill(SOURCE);
	await page.getByRole('button', { name: 'Add this source' }).click();
	const claims = page.locator('.claims > li');
	await expect(claims.first().locator('option', { hasText: SOURCE })).toHaveCount(1);
	await idle(page);
	const claimOf = async (item: ReturnType<typeof claims.filter>) => {
		const words = (await item.locator('.claim').textContent())!;
		return claims.filter({ hasText: words });
	};
	// …credited with a claim the rules left undecided…
	const undecided = await claimOf(page.locator('.claims > li.open').first());
	await undecided.getByRole('combobox').selectOption({ label: SOURCE });
	await expect(undecided.getByText('Settled by you.')).toBeVisible();
	await idle(page);
	// …a quote the rules credited, credited to someone else…
	const quote = await claimOf(
		claims.filter({ hasText: 'Quote:' }).filter({ hasNotText: 'Settled by you.' }).first()
	);
	const select = quote.getByRole('combobox');
	const current = await select.inputValue();
	const values = await select
		.locator('option:not([disabled])')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const added = await select.locator('option', { hasText: SOURCE }).getAttribute('value');
	const other = values.find((v) => v !== current && v !== added)!;
	await select.selectOption(other);
	await expect(quote.getByText('Settled by you.')).toBeVisible();
	await idle(page);
	// …and a paraphrase removed.
	const paraphrase = await claimOf(
		claims
			.filter({ hasText: 'Said, not quoted:' })
			.filter({ hasNotText: 'Settled by you.' })
			.first()
	);
	await paraphrase.getByRole('button', { name: /^Remove/ }).click();
	await expect(paraphrase).toHaveCount(0);
	await idle(page);

	// One question left out.
	const first = page.locator('.preview-question').first();
	const ask = first.getByRole('checkbox');
	const left = (await ask.getAttribute('aria-describedby'))!.replace(/^answer-/, '');
	await ask.uncheck();
	await expect(first.getByText('Left out')).toBeVisible();
	const link = page.getByLabel('Link for students');
	await expect(link).toHaveValue(/\/m\/#m1/);
	// The page says the files do not carry it.
	await expect(page.getByText('These files do not say which question you left out')).toBeVisible();
	await expectNoAxeViolations(page);

	// The downloads, from the page's own buttons, into a folder laid out as questions/ is.
	const slug = (await page.locator('.share code').first().textContent())!.match(
		/^questions\/(.+)\/$/
	)![1]!;
	const questions = testInfo.outputPath('questions');
	mkdirSync(join(questions, slug), { recursive: true });
	for (const name of ['article.md', 'review.json']) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: `Download ${name}` }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe(name);
		await file.saveAs(join(questions, slug, name));
	}
	const articleMd = readFileSync(join(questions, slug, 'article.md'), 'utf8');
	const reviewJson = JSON.parse(readFileSync(join(questions, slug, 'review.json'), 'utf8')) as {
		fixes: Array<{ target: string }>;
	};
	expect(reviewJson.fixes.map((f) => f.target)).toEqual([
		'speakers',
		expect.stringMatching(/^(quotes|paraphrases|estimates)$/),
		'quotes',
		'paraphrases'
	]);

	// `npm run generate`, in process, on that folder.
	const errors: string[] = [];
	const status = await runGenerate(['--questions', questions], {
		log: () => {},
		error: (line) => errors.push(line)
	});
	expect(errors).toEqual([]);
	expect(status).toBe(0);
	const generated = parseBank(
		JSON.parse(readFileSync(join(questions, slug, 'bank.json'), 'utf8'))
	) as Bank;

	// The bank the teacher's browser built last, from the same article and corrections as the files:
	// equal whole (version, claims, every question with its choices, key and evidence, the slug).
	const teacher = (await builds(page)).at(-1)!;
	expect(teacher.request.article).toBe(articleMd);
	expect(teacher.request.review).toEqual(reviewJson);
	expect(teacher.request.slug).toBe(slug);
	expect(generated.version).toBe(teacher.bank.version);
	expect(generated).toEqual(teacher.bank);
	// It is the bank the preview shows.
	const previewed = await page
		.locator('.preview-question input[type="checkbox"]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('aria-describedby')!.slice(7)));
	expect(previewed.sort()).toEqual(generated.questions.map((q) => q.id).sort());

	// The link holds the same article and corrections, and the question left out, which the files
	// do not: the generated bank keeps it.
	const code = (await link.inputValue()).split('#')[1]!;
	const decoded = await decodeModule(code);
	if (!decoded.ok) throw new Error(decoded.error);
	expect(decoded.value).toEqual({
		article: articleMd,
		review: reviewJson,
		generator: GENERATOR_VERSION,
		omit: [left]
	});
	expect(generated.questions.map((q) => q.id)).toContain(left);

	// A student opens the link in another browser: the bank built there is the generated one (under the
	// module's own slug), and each section asks its questions, less the one left out, as generated.
	const studentContext = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	await keepBuilds(studentContext);
	const s = await studentContext.newPage();
	const sections = readArticle(articleMd).sections;
	await s.goto(`/m/?s=1#${code}`);
	for (const section of sections) {
		await expect(s.getByRole('heading', { level: 1 })).toHaveText(section.heading);
		const asked = generated.questions.filter(
			(q) => q.section === section.id && q.id !== left
		) as unknown as BankQuestion[];
		const cards = s.locator('.question');
		await expect(cards).toHaveCount(asked.length);
		expect(await cards.evaluateAll((els) => els.map((el) => el.id.slice(2)))).toEqual(
			asked.map((q) => q.id)
		);
		for (const q of asked) {
			const card = s.locator(`#q-${q.id}`);
			await expect(card.locator('.prompt')).toHaveText(q.prompt);
			if (q.items) {
				await expect(card.locator('.match > span')).toHaveText(q.items.map((i) => i.text));
				await expect(card.locator('.match select').first().locator('option')).toHaveText([
					'Choose a figure…',
					...q.choices.map((c) => c.text)
				]);
			} else {
				await expect(card.locator('.choice span')).toHaveText(q.choices.map((c) => c.text));
			}
			// The generated key is the one the student's page marks right.
			await answer(s, q);
		}
		await s.getByRole('button', { name: 'Check answers' }).click();
		await expect(s.locator('.summary')).toContainText(`${asked.length} of ${asked.length} right`);
		// The first question's evidence, as the page highlights it (in this section or linked to another).
		await s
			.getByRole('button', { name: 'Show in the article for question 1', exact: true })
			.click();
		await expect(s.locator('#evidence-bar')).toBeVisible();
		const shown = await s.evaluate(() => [
			...[...document.querySelectorAll('.sentence.evidence')].map((el) => el.id),
			...[...document.querySelectorAll('#evidence-bar a')].map((a) =>
				new URL((a as HTMLAnchorElement).href).hash.slice(1)
			)
		]);
		expect(shown.sort()).toEqual([...asked[0]!.evidence].sort());
		if (section.number < sections.length)
			await s.getByRole('link', { name: /Next section/ }).click();
	}
	const [student, ...more] = await builds(s);
	expect(more, 'the module is built once for the visit').toEqual([]);
	expect(student!.request).toMatchObject({ article: articleMd, review: reviewJson });
	expect({ ...student!.bank, article: generated.article }).toEqual(generated);
	await studentContext.close();
});

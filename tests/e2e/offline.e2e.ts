import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { article } from './article';
import { answer, questionsOf } from './bank';
import { sourceArticle, untilOfflineReady } from './fixtures';
import { cards, checkMissing, storedCards } from './review-deck';

// The service worker (src/service-worker.ts) against the built site: a first visit caches the
// module, which then works with the network off. Each test gets a fresh browser context, so each
// starts with no worker and no caches.

const SHORT = 3;
const PROGRESS_KEY = 'crosscheck:v1:north-korean-troops';

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** The name of the site's one cache; the version is its last part. */
async function siteCache(page: Page) {
	const names = (await cacheNames(page)).filter((name) => name.startsWith('crosscheck:/:'));
	expect(names).toHaveLength(1);
	return names[0]!;
}

const controllerScript = (page: Page) =>
	page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function goOffline(context: BrowserContext, page: Page) {
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

test('after one visit a student reads, answers and checks a section offline, and the score is kept', async ({
	page,
	context
}) => {
	await page.goto('/');
	await untilOfflineReady(page);
	await goOffline(context, page);

	const home = await page.reload();
	expect(home?.fromServiceWorker()).toBe(true);
	await expect(heading(page)).toHaveText(sourceArticle().title);

	// A link inside the app: SvelteKit fetches the page's data, which comes from the cache too.
	await page.getByRole('link', { name: 'Start reading section 1' }).click();
	await expect(page).toHaveURL(/\/section\/1\/$/);
	await expect(heading(page)).toHaveText(article.sections[0]!.heading);

	// A typed address without its slash goes to the page, as the static host would send it.
	await page.goto(`/section/${SHORT}`);
	await expect(page).toHaveURL(new RegExp(`/section/${SHORT}/$`));
	await expect(heading(page)).toHaveText(article.sections[SHORT - 1]!.heading);

	const questions = questionsOf(SHORT);
	for (const q of questions) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	const summary = page.locator('.summary');
	await expect(summary).toContainText(`${questions.length} of ${questions.length} right`);

	const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
	const record = JSON.parse(saved!).sections[article.sections[SHORT - 1]!.id];
	expect(record.best).toBe(questions.length);

	await page.reload();
	await expect(summary).toContainText(`${questions.length} of ${questions.length} right`);

	// Back online: the app goes on working and shows the score made offline.
	await context.setOffline(false);
	await page.goto('/progress/');
	const row = page.getByRole('row').filter({ hasText: article.sections[SHORT - 1]!.heading });
	await expect(row).toContainText(`${questions.length} of ${questions.length}`);
	await page.getByRole('link', { name: 'Crosscheck' }).click();
	const card = page.getByRole('listitem').filter({ hasText: article.sections[SHORT - 1]!.heading });
	await expect(card).toContainText(
		`Done · ${questions.length} of ${questions.length} on the first try`
	);
});

test('after one visit, missed questions come back the next day and are reviewed offline, and rescheduled', async ({
	page,
	context
}) => {
	// A section checked, two page loads and the scheduler's chunk loaded twice, all from the cache.
	test.slow();
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	await page.goto('/');
	await untilOfflineReady(page);
	await goOffline(context, page);

	// Monday: two questions missed, offline; they join the review, due from tomorrow.
	const missed = (await checkMissing(page, 1, 2)).slice(0, 2);
	await expect.poll(() => cards(page)).toBe(2);
	const before = await storedCards(page);

	// Tuesday, still offline: the review page comes from the cache, and the session runs to its end.
	const tuesday = new Date('2026-03-03T09:00:00');
	await page.clock.setSystemTime(tuesday);
	const response = await page.goto('/review/');
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.locator('.question')).toHaveCount(2);
	for (const q of missed) await answer(page, q);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByRole('heading', { name: 'Review done' })).toBeVisible();
	await expect(page.getByText(/right first time, comes back in 3 days\./)).toHaveCount(2);

	// Rescheduled and saved: rated on Tuesday, due after Wednesday.
	const after = await storedCards(page);
	expect(after.map((c) => c.id).sort()).toEqual(missed.map((q) => q.id).sort());
	const thursday = new Date('2026-03-05T00:00:00').getTime();
	for (const card of after) {
		expect(card.reps).toBe(before.find((c) => c.id === card.id)!.reps + 1);
		expect(card.last_review).toBeGreaterThanOrEqual(tuesday.getTime());
		expect(card.due).toBeGreaterThanOrEqual(thursday);
	}
	// Home, reached inside the app, offline: nothing left to review today.
	await page.getByRole('link', { name: 'Back to the sections' }).click();
	await expect(page.getByText(`1 of ${article.sections.length} sections done`)).toBeVisible();
	await expect(page.getByRole('link', { name: /to review today/ })).toHaveCount(0);
	// Offline throughout (a new document's navigator.onLine says true under Playwright's emulation,
	// so this asks the network itself: the worker's own script is not in its cache).
	expect(
		await page.evaluate(() =>
			fetch('/service-worker.js?probe', { cache: 'no-store' }).then(
				() => 'reached',
				() => 'offline'
			)
		)
	).toBe('offline');
});

test('online a page comes from the server, offline from the cache', async ({ page, context }) => {
	await page.goto('/');
	await untilOfflineReady(page);
	// Mark the cached copy of one page, so the two sources can be told apart.
	await page.evaluate(
		async (name) => {
			const cache = await caches.open(name);
			const headers = { 'Content-Type': 'text/html; charset=utf-8' };
			await cache.put('/map/', new Response('<h1>The cached copy</h1>', { headers }));
		},
		await siteCache(page)
	);

	await page.goto('/map/');
	await expect(heading(page)).toHaveText('Sources map: who claims what');
	await goOffline(context, page);
	await page.goto('/map/');
	await expect(heading(page)).toHaveText('The cached copy');
});

test('an unknown page offline shows the app’s own 404 page, whose links work', async ({
	page,
	context
}) => {
	await page.goto('/');
	await untilOfflineReady(page);
	await goOffline(context, page);

	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(heading(page)).toHaveText('We can’t find that page');
	await page.getByRole('link', { name: 'see the list of all sections' }).click();
	await expect(heading(page)).toHaveText(sourceArticle().title);
});

test('a new version installs beside the old one, waits for its tabs to close, then takes over and deletes the old cache', async ({
	page,
	context
}) => {
	// Two builds' caches filled and a hand-over waited for: 13 s on a busy machine.
	test.slow();
	// The next deploy: the same worker under a new version name. Playwright cannot intercept the
	// browser's own update check, so the test registers the worker under a new address, which the
	// browser also treats as an update of the same registration.
	let version = '';
	await context.route('**/service-worker.js?next', async (route) => {
		try {
			const response = await route.fetch();
			const body = (await response.text()).replaceAll(version, `${version}-next`);
			await route.fulfill({ response, body });
		} catch {
			// The browser gave this fetch up (it may fetch the new script twice while installing it):
			// nothing waits for its answer.
		}
	});

	await page.goto('/');
	await untilOfflineReady(page);
	const old = await siteCache(page);

	// Caches the update must leave alone: another site's, and another Crosscheck install's.
	const others = ['another-app', 'crosscheck:/elsewhere/:1'];
	await page.evaluate((names) => Promise.all(names.map((name) => caches.open(name))), others);

	version = old.slice('crosscheck:/:'.length);
	await page.evaluate(async () => {
		await navigator.serviceWorker.register('/service-worker.js?next');
	});
	const waiting = () =>
		page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);
	await expect.poll(waiting).toBe('installed');
	expect(await cacheNames(page)).toEqual([old, ...others, `${old}-next`]);

	// The open tab keeps its worker and every file of its version: it goes on working, offline too.
	expect(await controllerScript(page)).toMatch(/\/service-worker\.js$/);
	await goOffline(context, page);
	await page.getByRole('link', { name: 'Start reading section 1' }).click();
	await expect(heading(page)).toHaveText(article.sections[0]!.heading);
	await expect(page.getByRole('button', { name: 'Check answers' })).toBeVisible();
	await context.setOffline(false);

	// With the last old tab closed, the new version takes over and deletes the old one's cache.
	const worker = context.serviceWorkers().at(-1)!;
	await page.close();
	await expect.poll(() => worker.evaluate(() => caches.keys())).toEqual([...others, `${old}-next`]);
	const next = await context.newPage();
	await next.goto('/');
	await untilOfflineReady(next);
	expect(await controllerScript(next)).toMatch(/\/service-worker\.js\?next$/);
	await goOffline(context, next);
	await next.goto(`/section/${SHORT}/`);
	await expect(heading(next)).toHaveText(article.sections[SHORT - 1]!.heading);
});

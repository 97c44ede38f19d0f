// How long the bank builder's Web Worker (src/lib/pipeline) takes in the real browser: the page's own
// request, timed where the page sends it and where the answer reaches the page. An init script wraps
// the page's `Worker` in a subclass that notes the time of each message, and changes nothing else: the
// page's BankBuilder starts the worker, asks and is answered exactly as without it.
import { median } from './lighthouse-runs.js';

/**
 * @typedef {object} Build one request to the worker, as the page saw it; times in ms from the request
 * @property {'done' | 'failed' | null} outcome null: no answer yet
 * @property {string | null} error the worker's sentence when it failed
 * @property {number | null} questions questions in the bank that came back
 * @property {number | null} total from asking to the bank's arrival on the page's thread
 * @property {number | null} inWorker buildBank in the worker, by the worker's clock (the reply's `ms`)
 * @property {Array<{ stage: string, at: number }>} stages when each stage's message reached the page
 * @property {number} sentAt when the page asked, in ms since the navigation started
 * @property {number | null} workerStartedAt when the page created the worker, in ms since navigation
 */

/**
 * Installs the timing wrapper in `page`; call before the page loads.
 * @param {import('playwright-core').Page} page
 */
export async function watchBankBuilds(page) {
	await page.addInitScript(() => {
		/** @type {any} */
		const log = { worker: null, workerStartedAt: null, request: null, builds: {} };
		Object.defineProperty(window, '__crosscheckBench', { value: log });
		const Native = window.Worker;
		window.Worker = class extends Native {
			/** @param {string | URL} url @param {WorkerOptions} [options] */
			constructor(url, options) {
				super(url, options);
				log.worker = this;
				log.workerStartedAt = performance.now();
				// Added before the page sets onmessage, so it runs first for each message.
				this.addEventListener('message', (/** @type {MessageEvent} */ event) => {
					const at = performance.now();
					const reply = event.data;
					const build = log.builds[reply?.id];
					if (!build) return;
					if (reply.type === 'stage')
						build.stages.push({ stage: reply.stage, at: at - build.sentAt });
					else {
						build.outcome = reply.type;
						build.total = at - build.sentAt;
						build.inWorker = reply.type === 'done' ? reply.ms : null;
						build.error = reply.type === 'failed' ? reply.error : null;
						build.questions = reply.built?.bank?.questions?.length ?? null;
					}
				});
			}
			/** @param {any} message @param {any} [options] */
			postMessage(message, options) {
				if (message && typeof message.id === 'number') {
					log.request ??= message;
					log.builds[message.id] = {
						outcome: null,
						error: null,
						questions: null,
						total: null,
						inWorker: null,
						stages: [],
						sentAt: performance.now(),
						workerStartedAt: log.workerStartedAt
					};
				}
				super.postMessage(message, options);
			}
		};
	});
}

/**
 * Waits until the page's first request to the worker is answered, and returns it.
 * @param {import('playwright-core').Page} page with watchBankBuilds installed
 * @param {number} [timeout] ms
 * @returns {Promise<Build>}
 */
export async function firstBuild(page, timeout = 60_000) {
	const handle = await page.waitForFunction(
		() => {
			const builds = /** @type {any} */ (window).__crosscheckBench?.builds ?? {};
			const first = Object.values(builds)[0];
			return first?.outcome ? first : null;
		},
		null,
		{ timeout, polling: 20 }
	);
	return /** @type {Build} */ (await handle.jsonValue());
}

/**
 * Asks the worker the page started for the same bank again, `count` times one after another, with
 * ids the page's BankBuilder does not know (it ignores their answers).
 * @param {import('playwright-core').Page} page
 * @param {number} count
 * @returns {Promise<Build[]>}
 */
function buildAgain(page, count) {
	return page.evaluate(async (count) => {
		const log = /** @type {any} */ (window).__crosscheckBench;
		const ids = Array.from({ length: count }, (_, k) => 1_000_000 + k);
		for (const id of ids) {
			log.worker.postMessage({ ...log.request, id });
			await new Promise((resolve) => {
				const poll = () => (log.builds[id].outcome ? resolve(null) : setTimeout(poll, 5));
				poll();
			});
		}
		return ids.map((id) => log.builds[id]);
	}, count);
}

/**
 * @typedef {object} BuildSummary medians over several builds (each its own median: they need not add up)
 * @property {number} runs
 * @property {number | null} total
 * @property {number | null} inWorker
 * @property {number | null} firstStage from asking to the first stage's message (worker start, if any)
 * @property {Record<string, number | null>} stages each stage's time, to the next message
 * @property {number | null} [fromNavigation] from the start of the navigation to the bank's arrival
 */

/**
 * @param {Build[]} builds
 * @returns {BuildSummary}
 */
function summarise(builds) {
	/** @type {Record<string, number[]>} */
	const stages = {};
	for (const b of builds) {
		const marks = [...b.stages, { stage: '', at: /** @type {number} */ (b.total) }];
		for (let i = 0; i + 1 < marks.length; i++) {
			const here = /** @type {{ stage: string, at: number }} */ (marks[i]);
			const next = /** @type {{ stage: string, at: number }} */ (marks[i + 1]);
			(stages[here.stage] ??= []).push(next.at - here.at);
		}
	}
	const m = (/** @type {Array<number | null>} */ values) =>
		median(values.filter((v) => typeof v === 'number'));
	return {
		runs: builds.length,
		total: m(builds.map((b) => b.total)),
		inWorker: m(builds.map((b) => b.inWorker)),
		firstStage: m(builds.map((b) => b.stages[0]?.at ?? null)),
		stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, median(v)]))
	};
}

/**
 * @typedef {object} WorkerTime
 * @property {BuildSummary} first the page's own build, each in a fresh context (the worker starts)
 * @property {BuildSummary} again the same request again in the running worker
 * @property {number | null} questions questions in the bank
 * @property {Build[]} builds every build, first ones and again ones
 */

/**
 * Opens `url` (a page that builds a bank as it loads) `loads` times, each in a fresh browser context,
 * and times the page's request to its worker; then asks the same worker `again` more times.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ loads: number, again: number }} counts
 * @returns {Promise<WorkerTime>}
 */
export async function measureWorkerTime(browser, url, { loads, again }) {
	/** @type {Build[]} */
	const first = [];
	/** @type {Build[]} */
	const more = [];
	for (let i = 0; i < loads; i++) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await watchBankBuilds(page);
			await page.goto(url);
			const build = await firstBuild(page);
			if (build.outcome !== 'done')
				throw new Error(`The worker did not build the bank: ${build.error}`);
			first.push(build);
			more.push(...(await buildAgain(page, again)));
		} finally {
			await context.close();
		}
	}
	const failed = more.find((b) => b.outcome !== 'done');
	if (failed) throw new Error(`The worker did not build the bank again: ${failed.error}`);
	return {
		first: {
			...summarise(first),
			fromNavigation: median(first.map((b) => b.sentAt + /** @type {number} */ (b.total)))
		},
		again: summarise(more),
		questions: first[0]?.questions ?? null,
		builds: [...first, ...more]
	};
}

// Watches the bank builder's Web Worker (src/lib/pipeline) in the real browser: the page's own request,
// timed where the page sends it and where the answer reaches the page. An init script wraps the page's
// `Worker` in a subclass that notes the time of each message, and changes nothing else: the page's
// BankBuilder starts the worker, asks and is answered exactly as without it.

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

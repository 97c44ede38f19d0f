// Measures what a browser downloads for one page of the static build: every same-origin response during
// the load, mapped back to its file in the build folder and compressed as a static host would serve it.
// A Web Worker's script is fetched through the page and counted with it (in `js` and `total`); `worker`
// says how much of that is worker scripts, which a page fetches only when it starts a worker.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ gzip: number, brotli: number, raw: number }} Bytes */
/**
 * @typedef {object} PageWeight
 * @property {Bytes} html
 * @property {Bytes} js
 * @property {Bytes} css
 * @property {Bytes} other
 * @property {Bytes} total
 * @property {string[]} files
 * @property {Bytes & { files: string[] }} worker the scripts of Web Workers the page started (included
 *   in `js` and `total`); the files a worker script imports, if any, are counted as the page's
 */

/** @type {Record<string, 'html' | 'js' | 'css'>} */
const KIND = { '.html': 'html', '.js': 'js', '.mjs': 'js', '.css': 'css' };

const zero = () => ({ gzip: 0, brotli: 0, raw: 0 });

/** @param {Buffer} data */
export function compressedSizes(data) {
	return {
		raw: data.length,
		gzip: gzipSync(data, { level: 9 }).length,
		brotli: brotliCompressSync(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		}).length
	};
}

/**
 * The build file behind a URL path (with the site's base path already removed).
 * @param {string} buildDir
 * @param {string} pathname
 * @param {number} status
 */
function fileFor(buildDir, pathname, status) {
	if (status === 404) return join(buildDir, '404.html');
	const path = decodeURIComponent(pathname);
	return join(buildDir, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Resolves once `page` has had no request in flight for `quietMs`.
 * @param {import('playwright-core').Page} page
 * @param {number} quietMs
 */
async function networkQuiet(page, quietMs = 500) {
	/** @type {Set<import('playwright-core').Request>} */
	const inFlight = new Set();
	let last = Date.now();
	const start = (/** @type {import('playwright-core').Request} */ r) => {
		inFlight.add(r);
		last = Date.now();
	};
	const end = (/** @type {import('playwright-core').Request} */ r) => {
		inFlight.delete(r);
		last = Date.now();
	};
	page.on('request', start);
	page.on('requestfinished', end);
	page.on('requestfailed', end);
	try {
		while (inFlight.size > 0 || Date.now() - last < quietMs) await page.waitForTimeout(50);
	} finally {
		page.off('request', start);
		page.off('requestfinished', end);
		page.off('requestfailed', end);
	}
}

/**
 * Loads `url` in `page` and returns the bytes of everything it fetched from the site.
 * @param {import('playwright-core').Page} page
 * @param {string} url absolute URL of the page
 * @param {{ buildDir: string, base?: string, until?: () => Promise<unknown> }} options `until`: after
 *   the network is idle, also wait for this (e.g. a bank the page builds after load), then for a quiet
 *   network again, and count what was fetched meanwhile
 * @returns {Promise<PageWeight>}
 */
export async function measurePage(page, url, { buildDir, base = '', until }) {
	const origin = new URL(url).origin;
	/** @type {Map<string, number>} */
	const fetched = new Map();
	const onResponse = (/** @type {import('playwright-core').Response} */ res) => {
		const u = new URL(res.url());
		if (u.origin === origin) fetched.set(u.pathname, res.status());
	};
	/** @type {Set<string>} */
	const workers = new Set();
	const onWorker = (/** @type {import('playwright-core').Worker} */ worker) => {
		const u = new URL(worker.url());
		if (u.origin === origin) workers.add(u.pathname);
	};
	page.on('response', onResponse);
	page.on('worker', onWorker);
	await page.goto(url, { waitUntil: 'networkidle' });
	if (until) {
		await until();
		await networkQuiet(page);
	}
	page.off('response', onResponse);
	page.off('worker', onWorker);

	/** @type {PageWeight} */
	const weight = {
		html: zero(),
		js: zero(),
		css: zero(),
		other: zero(),
		total: zero(),
		files: [],
		worker: { ...zero(), files: [] }
	};
	for (const [pathname, status] of [...fetched].sort()) {
		const local = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
		const file = fileFor(buildDir, local, status);
		const sizes = compressedSizes(readFileSync(file));
		/** @type {'html' | 'js' | 'css' | 'other'} */
		const kind = KIND[/** @type {keyof typeof KIND} */ (extname(file))] ?? 'other';
		for (const key of /** @type {const} */ (['gzip', 'brotli', 'raw'])) {
			weight[kind][key] += sizes[key];
			weight.total[key] += sizes[key];
			if (workers.has(pathname)) weight.worker[key] += sizes[key];
		}
		weight.files.push(local);
		if (workers.has(pathname)) weight.worker.files.push(local);
	}
	return weight;
}

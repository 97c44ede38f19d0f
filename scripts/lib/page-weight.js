// Measures what a browser downloads for one page of the static build: every same-origin response during
// the load, mapped back to its file in the build folder and compressed as a static host would serve it.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ gzip: number, brotli: number, raw: number }} Bytes */
/** @typedef {{ html: Bytes, js: Bytes, css: Bytes, other: Bytes, total: Bytes, files: string[] }} PageWeight */

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
 * Loads `url` in `page` and returns the bytes of everything it fetched from the site.
 * @param {import('playwright-core').Page} page
 * @param {string} url absolute URL of the page
 * @param {{ buildDir: string, base?: string }} options
 * @returns {Promise<PageWeight>}
 */
export async function measurePage(page, url, { buildDir, base = '' }) {
	const origin = new URL(url).origin;
	/** @type {Map<string, number>} */
	const fetched = new Map();
	const onResponse = (/** @type {import('playwright-core').Response} */ res) => {
		const u = new URL(res.url());
		if (u.origin === origin) fetched.set(u.pathname, res.status());
	};
	page.on('response', onResponse);
	await page.goto(url, { waitUntil: 'networkidle' });
	page.off('response', onResponse);

	/** @type {PageWeight} */
	const weight = { html: zero(), js: zero(), css: zero(), other: zero(), total: zero(), files: [] };
	for (const [pathname, status] of [...fetched].sort()) {
		const local = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
		const file = fileFor(buildDir, local, status);
		const sizes = compressedSizes(readFileSync(file));
		/** @type {'html' | 'js' | 'css' | 'other'} */
		const kind = KIND[/** @type {keyof typeof KIND} */ (extname(file))] ?? 'other';
		for (const key of /** @type {const} */ (['gzip', 'brotli', 'raw'])) {
			weight[kind][key] += sizes[key];
			weight.total[key] += sizes[key];
		}
		weight.files.push(local);
	}
	return weight;
}

// The decisions of the service worker (src/service-worker.ts) as pure functions: which URLs to
// precache, which caches an activating version deletes, and how each request is answered. The
// worker itself only wires these to the Cache and Fetch APIs.

/**
 * Every cache of one install starts with this. The base path is part of it because Cache Storage is
 * per origin: two copies of Crosscheck under different sub-paths of one school server must not
 * delete each other's caches. A base path never contains ':', so prefixes of different bases never
 * overlap.
 */
export const cachePrefix = (base: string) => `crosscheck:${base}/:`;

/** One cache per build: a complete, never-mixed copy of that version of the site. */
export const cacheName = (base: string, version: string) => `${cachePrefix(base)}${version}`;

/** Hashed build output: a URL's content never changes, so any cached copy of it is the right one. */
export const isImmutable = (pathname: string, base: string) =>
	pathname.startsWith(`${base}/_app/immutable/`);

/**
 * What a version precaches: the build (JS, CSS), the files of static/, every prerendered page and
 * its `__data.json`, plus two files the build writes that `$service-worker` does not list: the
 * adapter's 404.html (shown for unknown pages offline) and `_app/version.json` (which SvelteKit's
 * update check fetches; offline it must say which version the cached pages are).
 */
export function precacheUrls(lists: {
	base: string;
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}): string[] {
	const { base } = lists;
	return [
		...new Set([
			...lists.build,
			...lists.files,
			...lists.prerendered,
			`${base}/404.html`,
			`${base}/_app/version.json`
		])
	];
}

/**
 * The caches an activating version deletes: this install's caches made before its own. `keys` is in
 * creation order (as `caches.keys()` returns it). Caches made after its own belong to a newer
 * version that is still installing or waiting, and deleting those would leave that version without
 * its files when it takes over. Other installs' caches and other sites' caches are never touched.
 */
export function staleCaches(keys: readonly string[], own: string, base: string): string[] {
	const prefix = cachePrefix(base);
	const ownIndex = keys.indexOf(own);
	const end = ownIndex === -1 ? keys.length : ownIndex;
	return keys.slice(0, end).filter((key) => key.startsWith(prefix) && key !== own);
}

/**
 * - `pass`: not the worker's business (another origin, outside the site's folder, not a GET): the
 *   browser fetches it as if there were no worker;
 * - `cache-first`: hashed build files, from any cached version, else from the network;
 * - `network-first`: pages, `__data.json`, version.json, static files: the network when it answers,
 *   so a student online always gets the current version, else this version's cached copy.
 */
export type Strategy = 'pass' | 'cache-first' | 'network-first';

export function strategyFor(
	request: { method: string; url: string },
	site: { origin: string; base: string }
): Strategy {
	if (request.method !== 'GET') return 'pass';
	const url = new URL(request.url);
	if (url.origin !== site.origin) return 'pass';
	const { base } = site;
	if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return 'pass';
	return isImmutable(url.pathname, base) ? 'cache-first' : 'network-first';
}

/**
 * The page address a static host would redirect a folder address without its slash to
 * (`/section/1?a=…` → `/section/1/?a=…`), or null when the address already ends with a slash or
 * names a file. Offline, a navigation to such an address is redirected only when the slash form is
 * cached.
 */
export function withTrailingSlash(href: string): string | null {
	const url = new URL(href);
	const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
	if (last === '' || last.includes('.')) return null;
	url.pathname += '/';
	url.hash = '';
	return url.href;
}

/** A server error (5xx, such as a school proxy's) is answered from the cache when a copy exists. */
export const networkAnswerStands = (status: number) => status < 500;

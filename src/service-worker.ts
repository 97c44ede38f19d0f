/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Makes the module work offline after the first visit. The decisions live in $lib/offline/policy
// (unit-tested); docs/offline.md explains the design.
//
// How an update avoids stranding a tab between two versions:
// - each version precaches everything into its own cache, written only at install, so a cache is
//   always one whole version;
// - a new version does not skip waiting: it takes over (and deletes the old cache) only once no tab
//   runs the old version, so an open tab's lazily loaded chunks stay available, online or not;
// - hashed `_app/immutable` files are looked up in every cache: a page fetched online from a newer
//   build, while the old worker still runs, finds its chunks in the waiting version's cache.
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheName,
	isImmutable,
	networkAnswerStands,
	precacheUrls,
	staleCaches,
	strategyFor,
	withTrailingSlash
} from '$lib/offline/policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(base, version);

async function precache() {
	const cache = await caches.open(CACHE);
	// Pages are revalidated with the server, so a host's HTTP cache cannot slip an older page into
	// this version's cache; hashed files may come from the HTTP cache.
	const requests = precacheUrls({ base, build, files, prerendered }).map(
		(url) => new Request(url, { cache: isImmutable(url, base) ? 'default' : 'no-cache' })
	);
	await cache.addAll(requests);
}

async function activate() {
	const stale = staleCaches(await caches.keys(), CACHE, base);
	await Promise.all(stale.map((key) => caches.delete(key)));
	// The page request starts while the worker boots, which takes a moment on an old phone.
	await sw.registration.navigationPreload?.enable();
	// The first visit's page is controlled at once, so it works offline without a reload.
	await sw.clients.claim();
}

async function cacheFirst(request: Request) {
	return (await caches.match(request)) ?? fetch(request);
}

async function fromCache(request: Request) {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request, { ignoreSearch: true });
	if (hit || request.mode !== 'navigate') return hit;
	const slashed = withTrailingSlash(request.url);
	if (slashed && (await cache.match(slashed, { ignoreSearch: true }))) {
		return Response.redirect(slashed, 301);
	}
	const notFound = await cache.match(`${base}/404.html`);
	return (
		notFound &&
		new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers })
	);
}

async function networkFirst(event: FetchEvent) {
	const { request } = event;
	let response: Response | undefined;
	try {
		response = (await event.preloadResponse) ?? (await fetch(request));
		if (networkAnswerStands(response.status)) return response;
	} catch {
		// Offline, or the server cannot be reached: answer from the cache below.
	}
	return (await fromCache(request)) ?? response ?? Response.error();
}

// During development the worker stays out of the way: there is no build to cache.
if (!import.meta.env.DEV) {
	sw.addEventListener('install', (event) => event.waitUntil(precache()));
	sw.addEventListener('activate', (event) => event.waitUntil(activate()));
	sw.addEventListener('fetch', (event) => {
		const strategy = strategyFor(event.request, { origin: sw.location.origin, base });
		if (strategy === 'pass') return;
		event.respondWith(strategy === 'cache-first' ? cacheFirst(event.request) : networkFirst(event));
	});
}

import { describe, expect, it } from 'vitest';
import {
	cacheName,
	cachePrefix,
	isImmutable,
	networkAnswerStands,
	precacheUrls,
	staleCaches,
	strategyFor,
	withTrailingSlash
} from '$lib/offline/policy';

const ORIGIN = 'https://school.example';

describe('cache names', () => {
	it('name the install (its base path) and the version', () => {
		expect(cacheName('', '1700')).toBe('crosscheck:/:1700');
		expect(cacheName('/crosscheck', '1700')).toBe('crosscheck:/crosscheck/:1700');
	});

	it('keep the root install apart from a sub-path install on the same origin', () => {
		expect(cacheName('/crosscheck', '1').startsWith(cachePrefix(''))).toBe(false);
		expect(cacheName('', '1').startsWith(cachePrefix('/crosscheck'))).toBe(false);
		expect(cacheName('/crosscheck-2', '1').startsWith(cachePrefix('/crosscheck'))).toBe(false);
	});
});

describe('precacheUrls', () => {
	it('lists the build, static files and every page once, plus the 404 page and version.json', () => {
		const urls = precacheUrls({
			base: '/crosscheck',
			build: ['/crosscheck/_app/immutable/entry/start.abc.js', '/crosscheck/_app/immutable/x.js'],
			files: ['/crosscheck/favicon.svg', '/crosscheck/robots.txt'],
			prerendered: [
				'/crosscheck/',
				'/crosscheck/__data.json',
				'/crosscheck/section/1/',
				'/crosscheck/section/1/__data.json',
				'/crosscheck/section/1/'
			]
		});
		expect(urls).toEqual([
			'/crosscheck/_app/immutable/entry/start.abc.js',
			'/crosscheck/_app/immutable/x.js',
			'/crosscheck/favicon.svg',
			'/crosscheck/robots.txt',
			'/crosscheck/',
			'/crosscheck/__data.json',
			'/crosscheck/section/1/',
			'/crosscheck/section/1/__data.json',
			'/crosscheck/404.html',
			'/crosscheck/_app/version.json'
		]);
	});

	it('works for a build at the root of the origin', () => {
		const urls = precacheUrls({ base: '', build: [], files: [], prerendered: ['/'] });
		expect(urls).toEqual(['/', '/404.html', '/_app/version.json']);
	});
});

describe('staleCaches: what an activating version deletes', () => {
	const own = cacheName('', 'v3');

	it('deletes older versions of this install and nothing else', () => {
		const keys = [
			cacheName('', 'v1'),
			'another-app',
			cacheName('/crosscheck', 'v1'),
			cacheName('', 'v2'),
			own
		];
		expect(staleCaches(keys, own, '')).toEqual([cacheName('', 'v1'), cacheName('', 'v2')]);
	});

	it('keeps a newer version that is still installing or waiting', () => {
		const newer = cacheName('', 'v4');
		const keys = [cacheName('', 'v2'), own, newer];
		expect(staleCaches(keys, own, '')).toEqual([cacheName('', 'v2')]);
	});

	it('deletes nothing on the first install', () => {
		expect(staleCaches([own], own, '')).toEqual([]);
	});

	it('for a sub-path install, deletes only that install’s caches', () => {
		const sub = cacheName('/crosscheck', 'v9');
		const keys = [cacheName('', 'v1'), cacheName('/crosscheck', 'v8'), sub];
		expect(staleCaches(keys, sub, '/crosscheck')).toEqual([cacheName('/crosscheck', 'v8')]);
	});

	it('treats every other cache of the install as stale when its own is missing', () => {
		const keys = [cacheName('', 'v1'), cacheName('', 'v2')];
		expect(staleCaches(keys, own, '')).toEqual(keys);
	});
});

describe('strategyFor', () => {
	const site = { origin: ORIGIN, base: '' };
	const get = (url: string) => ({ method: 'GET', url });

	it('answers hashed build files from the cache first', () => {
		expect(strategyFor(get(`${ORIGIN}/_app/immutable/chunks/Bera5pzh.js`), site)).toBe(
			'cache-first'
		);
		expect(strategyFor(get(`${ORIGIN}/_app/immutable/assets/1.B_XAExiI.css`), site)).toBe(
			'cache-first'
		);
	});

	it('asks the network first for pages, their data, version.json and static files', () => {
		for (const path of [
			'/',
			'/section/1/',
			'/section/1',
			'/section/1/?a=1jrqncung1v2z2c1a.Week-3',
			'/section/1/__data.json?x-sveltekit-trailing-slash=1&x-sveltekit-invalidated=01',
			'/_app/version.json',
			'/favicon.svg',
			'/no-such-page/'
		]) {
			expect(strategyFor(get(`${ORIGIN}${path}`), site)).toBe('network-first');
		}
	});

	it('leaves other origins and other methods to the browser', () => {
		expect(strategyFor(get('https://cdn.example/_app/immutable/x.js'), site)).toBe('pass');
		expect(strategyFor({ method: 'POST', url: `${ORIGIN}/section/1/` }, site)).toBe('pass');
		expect(strategyFor({ method: 'HEAD', url: `${ORIGIN}/` }, site)).toBe('pass');
	});

	it('under a sub-path, handles only that folder', () => {
		const sub = { origin: ORIGIN, base: '/crosscheck' };
		expect(strategyFor(get(`${ORIGIN}/crosscheck/section/2/`), sub)).toBe('network-first');
		expect(strategyFor(get(`${ORIGIN}/crosscheck/_app/immutable/x.js`), sub)).toBe('cache-first');
		expect(strategyFor(get(`${ORIGIN}/crosscheck`), sub)).toBe('network-first');
		expect(strategyFor(get(`${ORIGIN}/`), sub)).toBe('pass');
		expect(strategyFor(get(`${ORIGIN}/_app/immutable/x.js`), sub)).toBe('pass');
		expect(strategyFor(get(`${ORIGIN}/crosscheck-old/section/2/`), sub)).toBe('pass');
	});
});

describe('isImmutable', () => {
	it('is true only inside the base path’s _app/immutable folder', () => {
		expect(isImmutable('/crosscheck/_app/immutable/x.js', '/crosscheck')).toBe(true);
		expect(isImmutable('/_app/immutable/x.js', '/crosscheck')).toBe(false);
		expect(isImmutable('/_app/version.json', '')).toBe(false);
	});
});

describe('withTrailingSlash', () => {
	it('adds the slash a static host redirects to, keeping the query', () => {
		expect(withTrailingSlash(`${ORIGIN}/section/1`)).toBe(`${ORIGIN}/section/1/`);
		expect(withTrailingSlash(`${ORIGIN}/crosscheck/section/1?a=CODE`)).toBe(
			`${ORIGIN}/crosscheck/section/1/?a=CODE`
		);
	});

	it('leaves folder addresses and file names alone', () => {
		expect(withTrailingSlash(`${ORIGIN}/section/1/`)).toBeNull();
		expect(withTrailingSlash(`${ORIGIN}/`)).toBeNull();
		expect(withTrailingSlash(`${ORIGIN}/favicon.svg`)).toBeNull();
		expect(withTrailingSlash(`${ORIGIN}/section/1/__data.json`)).toBeNull();
	});
});

describe('networkAnswerStands', () => {
	it('keeps what the server said, except a server failure, which the cache may answer', () => {
		expect(networkAnswerStands(200)).toBe(true);
		expect(networkAnswerStands(0)).toBe(true); // a redirect, as a navigation sees it
		expect(networkAnswerStands(404)).toBe(true);
		expect(networkAnswerStands(502)).toBe(false);
	});
});

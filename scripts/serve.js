// Serves the static build the way a static host would: precompressed brotli/gzip files, cache headers,
// the site mounted at its base path, and 404.html (with status 404) for anything unknown.
// Usage: node scripts/serve.js [--dir build] [--port 4173] [--base /crosscheck]
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: process.env.BUILD_DIR ?? 'build' },
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		base: { type: 'string', default: process.env.BASE_PATH ?? '' }
	}
});

const dir = resolve(values.dir);
const base = values.base.replace(/\/$/, '');
const port = Number(values.port);

if (!existsSync(join(dir, 'index.html'))) {
	console.error(
		`No build found in ${dir}. Run "npm run build" first (or "npm start", which does both).`
	);
	process.exit(1);
}

// The 404 page, compressed as the build precompressed it, like every other page.
const notFoundPages = [
	{ encoding: 'br', body: readFileSync(join(dir, '404.html.br')) },
	{ encoding: 'gzip', body: readFileSync(join(dir, '404.html.gz')) },
	{ encoding: '', body: readFileSync(join(dir, '404.html')) }
];

const assets = sirv(dir, {
	gzip: true,
	brotli: true,
	etag: true,
	setHeaders(res, pathname) {
		// Hashed build output never changes; everything else is revalidated on each visit.
		const immutable = pathname.includes('/_app/immutable/');
		res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
	}
});

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function notFound(req, res) {
	const accepted = String(req.headers['accept-encoding'] ?? '');
	const page = notFoundPages.find((p) => p.encoding === '' || accepted.includes(p.encoding));
	res.writeHead(404, {
		'Content-Type': 'text/html; charset=utf-8',
		'Cache-Control': 'no-cache',
		Vary: 'Accept-Encoding',
		...(page?.encoding ? { 'Content-Encoding': page.encoding } : {})
	});
	res.end(page?.body);
}

const server = createServer((req, res) => {
	const url = req.url ?? '/';
	if (base) {
		if (url === base) {
			res.writeHead(301, { Location: `${base}/` });
			res.end();
			return;
		}
		// Outside the site's folder: the site's own 404 page would try to load the app from the wrong
		// place, so send the root to the site and answer anything else with a plain page.
		if (url === '/') {
			res.writeHead(302, { Location: `${base}/` });
			res.end();
			return;
		}
		if (!url.startsWith(`${base}/`)) {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(
				`<!doctype html><title>Not found</title><p>Nothing here. Crosscheck is at <a href="${base}/">${base}/</a>.</p>`
			);
			return;
		}
		req.url = url.slice(base.length);
	}
	// Like most static hosts, send a folder's address without its slash to the slash form, so the
	// page's relative links resolve correctly.
	const [pathname = '/', query = ''] = (req.url ?? '/').split('?');
	if (!pathname.endsWith('/') && existsSync(join(dir, pathname, 'index.html'))) {
		res.writeHead(301, { Location: `${base}${pathname}/${query ? `?${query}` : ''}` });
		res.end();
		return;
	}
	assets(req, res, () => notFound(req, res));
});

server.listen(port, '127.0.0.1', () => {
	console.log(
		`Crosscheck is being served at http://127.0.0.1:${port}${base}/ (from ${values.dir})`
	);
});

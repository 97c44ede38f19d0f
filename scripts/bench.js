// `npm run bench`: builds the site, serves it compressed, and reports for every kind of page what a
// browser downloads (gzip and brotli, by type, against the byte budgets), Lighthouse's scores and
// metrics (median of several runs) and axe's violations; the bytes of the bank builder's Web Worker,
// how long it takes in the browser for the shipped article (on /m/) and how long module links are;
// then times extraction, generation, the class report import and the LMS exports. Writes bench-results/report.json
// and report.md.
// Options: --runs N (Lighthouse runs per page, default 5), --pages id,id (see scripts/lib/pages.js),
// --quick (one Lighthouse run, fewer worker runs, no pipeline timings), --skip-build, --port N
// (default 4499).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { axeViolations } from './lib/axe.js';
import { BUDGETS } from './lib/budgets.js';
import { CHROMIUM_FLAGS } from './lib/chromium-flags.js';
import { lighthouseMedians, median } from './lib/lighthouse-runs.js';
import { linkLengthLine, moduleLinkLengths } from './lib/module-links.js';
import { compressedSizes, measurePage } from './lib/page-weight.js';
import { benchPages } from './lib/pages.js';
import { reportMarkdown } from './lib/report-markdown.js';
import { startServer } from './lib/static-server.js';
import { firstBuild, measureWorkerTime, watchBankBuilds } from './lib/worker-time.js';
import { ensureBrowser } from './ensure-browser.js';

const started = Date.now();
const load = () =>
	loadavg()
		.map((n) => n.toFixed(1))
		.join(' / ');
const loadBefore = load();
const { values: opts } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		pages: { type: 'string' },
		quick: { type: 'boolean', default: false },
		'skip-build': { type: 'boolean', default: false },
		port: { type: 'string', default: '4499' },
		help: { type: 'boolean', default: false }
	}
});

const allPages = await benchPages();
if (opts.help) {
	console.log(
		'Usage: npm run bench -- [--runs N] [--pages id,id] [--quick] [--skip-build] [--port N]\n' +
			`Pages: ${allPages.map((p) => p.id).join(', ')}. See docs/benchmark.md.`
	);
	process.exit(0);
}
const runs = opts.quick ? 1 : Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) {
	console.error(`--runs must be a whole number of at least 1, not "${opts.runs}".`);
	process.exit(2);
}
const wanted = opts.pages?.split(',').map((s) => s.trim());
const unknown = wanted?.filter((id) => !allPages.some((p) => p.id === id)) ?? [];
if (unknown.length) {
	console.error(
		`Unknown page ${unknown.join(', ')}; pages are ${allPages.map((p) => p.id).join(', ')}.`
	);
	process.exit(2);
}
const pages = wanted ? allPages.filter((p) => wanted.includes(p.id)) : allPages;

if (!opts['skip-build']) {
	console.log('Building the site …');
	const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const chromePath = ensureBrowser();
const server = await startServer(Number(opts.port)).catch((/** @type {Error} */ e) => {
	console.error(e.message);
	process.exit(1);
});
const url = (/** @type {import('./lib/pages.js').BenchPage} */ p) =>
	`${server.origin}${p.path}${p.hash ? `#${p.hash}` : ''}`;

/** @param {number} n */
const kb = (n) => (n / 1000).toFixed(1).padStart(6);
const ms = (/** @type {number | null | undefined} */ n) =>
	typeof n === 'number' ? `${Math.round(n)} ms` : '—';
const budgets = Object.values(BUDGETS);
const results = [];
/** @type {import('./lib/worker-time.js').WorkerTime | null} */
let workerTime = null;
let workerLoad = '';
/** The issue's target for the worker's time on the shipped article. */
const WORKER_TARGET = 'well under 1 s';
let over = false;
try {
	// Bytes and axe first, in a fresh browser context per page so nothing comes from the cache.
	const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
	try {
		for (const p of pages) {
			const context = await browser.newContext();
			const page = await context.newPage();
			// A page that builds a bank as it loads is measured (bytes and axe) once the bank is back.
			if (p.buildsBank) await watchBankBuilds(page);
			const bytes = await measurePage(page, url(p), {
				buildDir: 'build',
				until: p.buildsBank ? () => firstBuild(page) : undefined
			});
			const bank = p.buildsBank ? await firstBuild(page) : null;
			const axe = await axeViolations(page);
			await context.close();

			const budget = budgets.find((b) => b.path === p.path);
			const ok = !budget || bytes.total.gzip <= budget.gzip;
			over ||= !ok;
			const limit = budget
				? `${ok ? 'within' : 'OVER'} budget of ${kb(budget.gzip).trim()} KB gzip` +
					('target' in budget ? `; target ${kb(budget.target).trim()} KB` : '')
				: 'no budget';
			console.log(`\n${p.label} (${p.path}) — ${bytes.files.length} files, ${limit}`);
			console.log('          gzip KB  brotli KB   raw KB');
			for (const kind of /** @type {const} */ (['html', 'js', 'css', 'other', 'total'])) {
				const b = bytes[kind];
				console.log(`  ${kind.padEnd(6)} ${kb(b.gzip)}    ${kb(b.brotli)}   ${kb(b.raw)}`);
			}
			const w = bytes.worker;
			if (w.files.length) {
				console.log(
					`  of it, the Web Worker's script (fetched after load, to build the bank; in js and total)\n` +
						`  worker ${kb(w.gzip)}    ${kb(w.brotli)}   ${kb(w.raw)}`
				);
			}
			if (bank) {
				console.log(
					bank.outcome === 'done'
						? `  bank: built in the worker, ${bank.questions} questions (bytes and axe counted after it)`
						: `  bank: NOT built: ${bank.error}`
				);
			}
			console.log(`  axe: ${axe.length} violation(s)${axe.map((v) => ` ${v.id}`).join(',')}`);
			results.push({
				...p,
				budget: budget
					? { gzip: budget.gzip, target: 'target' in budget ? budget.target : null, ok }
					: null,
				bytes,
				bank: bank && { outcome: bank.outcome, questions: bank.questions, error: bank.error },
				axe,
				lighthouse: /** @type {import('./lib/lighthouse-runs.js').LighthouseSummary | null} */ (
					null
				)
			});
		}

		// The worker's time for the shipped article, on the module player (which builds the bank from
		// its link as it opens), when that page is measured.
		const player = pages.find((p) => p.buildsBank);
		if (player) {
			const loads = opts.quick ? 3 : 7;
			process.stdout.write(`\nWeb Worker building the bank on ${player.label} (${loads} loads) …`);
			workerLoad = load();
			workerTime = await measureWorkerTime(browser, url(player), { loads, again: 3 });
			const { first, again } = workerTime;
			console.log(` load average ${workerLoad}`);
			console.log(
				`  shipped article + review.json, ${workerTime.questions} questions. Median time from asking ` +
					`the worker to the bank back on the page's thread (target: ${WORKER_TARGET}):`
			);
			const stages = (/** @type {import('./lib/worker-time.js').BuildSummary} */ s) =>
				[
					`to first stage ${ms(s.firstStage)}`,
					...Object.entries(s.stages).map(([k, v]) => `${k} ${ms(v)}`)
				].join(', ');
			console.log(
				`    first build, as the page opens (the worker starts): ${ms(first.total)}` +
					` (${first.runs} page loads, each a first visit; buildBank in the worker ` +
					`${ms(first.inWorker)}; navigation start → bank ${ms(first.fromNavigation)})\n` +
					`      ${stages(first)}`
			);
			console.log(
				`    the same request again, in the running worker: ${ms(again.total)}` +
					` (${again.runs} runs; buildBank in the worker ${ms(again.inWorker)}; warm code and ` +
					`the pipeline's text caches, as a rebuild after a correction)\n` +
					`      ${stages(again)}`
			);
			if (!opts.quick) console.log('  In Node: "Extraction + generation", shipped article, below.');
		}
	} finally {
		await browser.close();
	}

	// Lighthouse after the other browser has closed, one page at a time, so runs do not compete.
	for (const r of results) {
		process.stdout.write(`\nLighthouse × ${runs} on ${r.label} …`);
		const t = Date.now();
		const lh = await lighthouseMedians(url(r), {
			chromePath,
			runs,
			ignoreStatusCode: r.status === 404
		});
		r.lighthouse = lh;
		const s = lh.scores;
		process.stdout.write(
			` ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo} (${((Date.now() - t) / 1000).toFixed(0)} s)`
		);
	}
	console.log();
} finally {
	server.stop();
}

// The Web Worker scripts in the build (the bank builder's): each page loads one only when it builds a
// bank, so they are listed apart from the pages, with the pages whose load fetched them.
const workersDir = 'build/_app/immutable/workers';
const startedWorkers = results.map((r) => ({ id: r.id, files: r.bytes.worker.files }));
const workerScripts = (existsSync(workersDir) ? readdirSync(workersDir) : [])
	.filter((f) => f.endsWith('.js'))
	.map((f) => {
		const file = `/_app/immutable/workers/${f}`;
		return {
			file,
			...compressedSizes(readFileSync(`${workersDir}/${f}`)),
			fetchedOnLoadBy: startedWorkers.filter((r) => r.files.includes(file)).map((r) => r.id)
		};
	});
console.log(
	'\nWeb Worker script: the bank builder. /m/ and /author/ start it as they open (so the first bank\n' +
		'does not wait for its script); it is in the bytes above of the pages whose load fetched it.'
);
console.log(`  ${''.padEnd(50)} gzip KB  brotli KB   raw KB`);
for (const w of workerScripts) {
	console.log(`  ${w.file.padEnd(50)}${kb(w.gzip)}    ${kb(w.brotli)}   ${kb(w.raw)}`);
	const by = w.fetchedOnLoadBy.length ? w.fetchedOnLoadBy.join(', ') : 'none';
	console.log(`    in the bytes of the measured pages: ${by}`);
}

// Module links, made as the author page makes them.
const moduleLinks = await moduleLinkLengths();
console.log('\nModule links (/m/#…)');
for (const l of moduleLinks) console.log(`  ${linkLengthLine(l)}`);

// Extraction, generation and the extraction scores, from the TypeScript pipeline. One that fails (a
// target missed, a score below its floor) fails the run, but only once the report is written.
/** @type {string[]} */
const failed = [];
if (!opts.quick) {
	for (const args of [
		['scripts/bench-generate.ts'],
		['scripts/bench-report.ts'],
		['scripts/bench-report.ts', '5000'],
		['scripts/bench-export.ts'],
		['scripts/eval.ts', 'tests/fixtures/practice'],
		['scripts/eval.ts', 'tests/fixtures/tuned/heldout'],
		['scripts/eval.ts', 'tests/fixtures/blind']
	]) {
		if (args[0] === 'scripts/eval.ts') console.log(`\nExtraction scores on ${args[1]}`);
		const run = spawnSync('npx', ['tsx', ...args], { stdio: 'inherit' });
		if (run.status !== 0) failed.push(`npx tsx ${args.join(' ')} (exit ${run.status ?? 'signal'})`);
	}
}

const report = {
	date: new Date().toISOString(),
	command: ['npm run bench', ...process.argv.slice(2)].join(' '),
	durationSeconds: Math.round((Date.now() - started) / 1000),
	lighthouseVersion: results[0]?.lighthouse?.version ?? null,
	options: { lighthouseRuns: runs, pages: pages.map((p) => p.id) },
	// Timings depend on what else the machine is doing: recorded so runs can be compared fairly.
	machine: {
		cpus: cpus().length,
		loadBefore,
		loadAfter: load(),
		benchmarkIndex: median(
			results.flatMap((r) => (r.lighthouse?.benchmarkIndex ? [r.lighthouse.benchmarkIndex] : []))
		)
	},
	pages: results,
	workerScripts,
	workerTime: workerTime && { target: WORKER_TARGET, loadAverage: workerLoad, ...workerTime },
	moduleLinks,
	failed
};
const markdown = reportMarkdown(report);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/report.json', JSON.stringify(report, null, '\t'));
writeFileSync('bench-results/report.md', markdown);
console.log(`\n${markdown}`);
console.log('Written to bench-results/report.json and bench-results/report.md.');
for (const f of failed) console.error(`Failed: ${f}.`);
process.exit(over || failed.length ? 1 : 0);

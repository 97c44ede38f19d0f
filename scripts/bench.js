// `npm run bench`: builds the site, serves it compressed, and prints what a browser downloads for each
// kind of page (gzip and brotli, by type) against the byte budgets. Writes bench-results/bench.json too.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BUDGETS } from './lib/budgets.js';
import { measurePage } from './lib/page-weight.js';
import { ensureBrowser } from './ensure-browser.js';

const PORT = 4399;
const origin = `http://127.0.0.1:${PORT}`;

console.log('Building the site …');
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(PORT)], {
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((ready) => server.stdout.once('data', ready));

const browser = await chromium.launch({
	executablePath: ensureBrowser(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-dev-shm-usage'
	]
});

/** @param {number} n */
const kb = (n) => (n / 1000).toFixed(1).padStart(6);
const rows = [];
let over = false;
try {
	const page = await browser.newPage();
	for (const [name, budget] of Object.entries(BUDGETS)) {
		const w = await measurePage(page, origin + budget.path, { buildDir: 'build' });
		const ok = w.total.gzip <= budget.gzip;
		over ||= !ok;
		rows.push({ page: name, path: budget.path, budgetGzip: budget.gzip, ...w });
		const target = 'target' in budget ? `; target ${kb(budget.target).trim()} KB` : '';
		console.log(
			`\n${name} (${budget.path}) — ${w.files.length} files, ${ok ? 'within' : 'OVER'} budget of ${kb(budget.gzip).trim()} KB gzip${target}`
		);
		console.log('          gzip KB  brotli KB   raw KB');
		for (const kind of /** @type {const} */ (['html', 'js', 'css', 'other', 'total'])) {
			const b = w[kind];
			console.log(`  ${kind.padEnd(6)} ${kb(b.gzip)}    ${kb(b.brotli)}   ${kb(b.raw)}`);
		}
	}
} finally {
	await browser.close();
	server.kill();
}

// Extraction, generation and the extraction scores, from the TypeScript pipeline.
for (const args of [
	['scripts/bench-generate.ts'],
	['scripts/bench-report.ts'],
	['scripts/eval.ts', 'tests/fixtures/practice'],
	['scripts/eval.ts', 'tests/fixtures/heldout'],
	['scripts/eval.ts', 'tests/fixtures/blind']
]) {
	if (args[1]) console.log(`\nExtraction scores on ${args[1]}`);
	const run = spawnSync('npx', ['tsx', ...args], { stdio: 'inherit' });
	if (run.status !== 0) process.exit(run.status ?? 1);
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify({ pages: rows }, null, '\t'));
console.log('\nWritten to bench-results/bench.json (KB = 1,000 bytes).');
process.exit(over ? 1 : 0);

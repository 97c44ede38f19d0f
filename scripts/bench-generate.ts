// Part of `npm run bench`: how long extraction + generation take, for the shipped article and for every
// article with a gold annotation in tests/fixtures/ together (median of several runs, warm).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildBank } from '../src/lib/bank/build';

const RUNS = 7;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds to build banks for all `sources`, after one warm-up run. */
function time(sources: Array<{ slug: string; text: string; review?: unknown }>): number {
	const once = () => {
		const start = performance.now();
		for (const s of sources) buildBank(s.text, { slug: s.slug, review: s.review });
		return performance.now() - start;
	};
	once();
	return median(Array.from({ length: RUNS }, once));
}

const shipped = {
	slug: 'north-korean-troops',
	text: readFileSync('questions/north-korean-troops/article.md', 'utf8'),
	review: JSON.parse(readFileSync('questions/north-korean-troops/review.json', 'utf8')) as unknown
};
const fixtures = ['practice', 'heldout'].flatMap((folder) =>
	readdirSync(join('tests/fixtures', folder))
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) => ({
			slug: f.replace(/\.md$/, ''),
			text: readFileSync(join('tests/fixtures', folder, f), 'utf8')
		}))
);

console.log(`\nExtraction + generation (median of ${RUNS} warm runs)`);
console.log(`  shipped article                  ${time([shipped]).toFixed(1).padStart(7)} ms`);
console.log(
	`  ${String(fixtures.length).padStart(2)} fixture articles together      ${time(fixtures).toFixed(1).padStart(7)} ms`
);

// Part of `npm run bench`: how long extraction + generation take, for the shipped article and for every
// article with a gold annotation in tests/fixtures/ together (median of several runs, warm).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { buildBank } from '../src/lib/bank/build';
import { apply, mutations } from '../tests/fuzz/mutate';
import { goldArticles } from './lib/eval-set';

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
const folders = [
	'practice',
	...readdirSync('tests/fixtures/tuned').map((f) => join('tuned', f)),
	'blind'
].map((f) => join('tests/fixtures', f));
const fixtures = folders.flatMap((folder) =>
	goldArticles(folder).map((f) => ({
		slug: f.replace(/\.md$/, ''),
		text: readFileSync(join(folder, f), 'utf8')
	}))
);

// A 100 KB article: the shipped article's sections, repeated under new headings.
const [head, ...sections] = shipped.text.split(/\n(?=## )/);
const parts: string[] = [];
for (let n = 0; [head, ...parts].join('\n').length < 100_000; n++)
	parts.push(sections[n % sections.length]!.replace(/^## (.*)/, `## $1 (${n + 1})`));
const large = { slug: 'large', text: [head, ...parts].join('\n') };

/** The slowest of `runs` mutated fixture articles (the fuzz test's mutations, a fixed seed). */
function slowestMutated(runs: number): { ms: number; chars: number } {
	let slowest = { ms: 0, chars: 0 };
	const texts = fixtures.map((f) => f.text);
	for (const [text, ms] of fc.sample(fc.tuple(fc.constantFrom(...texts), mutations), {
		numRuns: runs,
		seed: 7
	})) {
		const input = apply(text, ms);
		const start = performance.now();
		try {
			buildBank(input, { slug: 'fuzz' });
		} catch {
			// A clear refusal is an outcome too; its time counts the same.
		}
		const took = performance.now() - start;
		if (took > slowest.ms) slowest = { ms: took, chars: input.length };
	}
	return slowest;
}

console.log(`\nExtraction + generation (median of ${RUNS} warm runs)`);
console.log(`  shipped article                  ${time([shipped]).toFixed(1).padStart(7)} ms`);
console.log(
	`  ${String(fixtures.length).padStart(2)} fixture articles together      ${time(fixtures).toFixed(1).padStart(7)} ms`
);
console.log(
	`  a ${(large.text.length / 1000).toFixed(0)} KB article                 ${time([large]).toFixed(1).padStart(7)} ms`
);
const slow = slowestMutated(300);
console.log(
	`  slowest of 300 mutated articles  ${slow.ms.toFixed(1).padStart(7)} ms (${slow.chars.toLocaleString('en')} characters; npm run fuzz for more)`
);

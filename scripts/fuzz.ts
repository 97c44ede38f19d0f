// `npm run fuzz -- [--runs N] [--seed S]`: the fuzz property of tests/unit/fuzz.test.ts over many cases.
// Prints how many cases gave a bank, a BankBuildError (by reason) or an internal error (a bug), and the
// slowest case.
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BankBuildError, buildBank } from '../src/lib/bank/build';
import { apply, mutations } from '../tests/fuzz/mutate';

const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(name);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('--runs', 10_000);
const seed = arg('--seed', Date.now() % 2 ** 31);
const dir = 'tests/fixtures/practice';
const sources = [
	...readdirSync(dir)
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) => readFileSync(join(dir, f), 'utf8')),
	readFileSync('questions/north-korean-troops/article.md', 'utf8')
];

let banks = 0;
const refused = new Map<string, number>();
const crashes: string[] = [];
let slowest = { ms: 0, chars: 0 };
const started = performance.now();
fc.assert(
	fc.property(fc.constantFrom(...sources), mutations, (source, ms) => {
		const text = apply(source, ms);
		const t = performance.now();
		try {
			buildBank(text, { slug: 'fuzz' });
			banks++;
		} catch (err) {
			if (err instanceof BankBuildError) {
				const reason = err.message.split(':').slice(0, 2).join(':').slice(0, 60);
				refused.set(reason, (refused.get(reason) ?? 0) + 1);
			} else
				crashes.push(
					`${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join(' | ') : String(err)}`
				);
		}
		const took = performance.now() - t;
		if (took > slowest.ms) {
			slowest = { ms: took, chars: text.length };
			if (process.env.FUZZ_SLOWEST) writeFileSync(process.env.FUZZ_SLOWEST, text);
		}
	}),
	{ numRuns: runs, seed }
);
console.log(
	`${runs} cases (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(0)} s`
);
console.log(
	`banks: ${banks}; refused with a BankBuildError: ${runs - banks - crashes.length}; internal errors: ${crashes.length}`
);
for (const [reason, n] of [...refused.entries()].sort((a, b) => b[1] - a[1]))
	console.log(`  ${String(n).padStart(5)}  ${reason}`);
for (const c of crashes.slice(0, 10)) console.log(`  CRASH ${c}`);
console.log(`slowest case: ${slowest.ms.toFixed(0)} ms (${slowest.chars} characters)`);
process.exit(crashes.length ? 1 : 0);

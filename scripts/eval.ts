// `npm run eval -- DIR [--verbose]`: runs extraction on every *.md in DIR and scores it against the
// *.gold.json beside it, per article and in total (micro-averaged over claims), then the targets.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/lib/article/parse';
import { extractClaims } from '../src/lib/extract/index';
import { RULES } from '../src/lib/extract/rules/index';
import { goldArticles, metrics, scoreSet, targetsMet, type ArticleScore } from './lib/eval-set';
import type { Score } from '../src/lib/extract/score';
import { checkKeys } from './lib/eval-keys';
import { compromiseHints } from '../src/lib/extract/compromise-hints';
import { NO_HINTS } from '../src/lib/extract/hints';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const verbose = args.includes('--verbose');
if (!dir || !existsSync(dir)) {
	console.error(
		'usage: npm run eval -- DIR [--verbose | --sweep | --rules | --keys | --no-hints]   (DIR holds *.md articles with *.gold.json beside them)'
	);
	process.exit(2);
}
if (goldArticles(dir).length === 0) {
	console.error(`No *.md file with a *.gold.json beside it in ${dir}.`);
	process.exit(2);
}

const pct = (x: number | null) => (x === null ? '    — ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const COLUMNS = [
	['q recall', 'quoteRecall'],
	['q prec', 'quotePrecision'],
	['attr prec', 'attributionPrecision'],
	['attr cov', 'attributionCoverage'],
	['e recall', 'estimateRecall'],
	['e prec', 'estimatePrecision'],
	['src prec', 'sourcePrecision'],
	['src cov', 'sourceCoverage'],
	['conflicts', 'conflictsFound']
] as const;
const row = (name: string, s: Score) =>
	[name.padEnd(30), ...COLUMNS.map(([h, k]) => pct(metrics(s)[k]).padStart(h.length))].join('  ');

const hints = args.includes('--no-hints') ? NO_HINTS : compromiseHints;
if (args.includes('--sweep')) {
	// How precision and coverage move with the threshold: the way THRESHOLD was chosen (docs/extraction.md).
	console.log('threshold  attr prec  attr cov  src prec  src cov');
	for (const threshold of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
		const m = metrics(scoreSet(dir, { hints, threshold }).total);
		console.log(
			[
				threshold.toFixed(2).padEnd(9),
				...[m.attributionPrecision, m.attributionCoverage, m.sourcePrecision, m.sourceCoverage].map(
					(x, i) => pct(x).padStart([9, 8, 8, 7][i]!)
				)
			].join('  ')
		);
	}
	process.exit(0);
}
if (args.includes('--rules')) {
	// How often each rule took part in an attribution on this corpus, and which never did.
	const fired = new Map<string, number>();
	for (const file of goldArticles(dir)) {
		const claims = extractClaims(parseArticle(readFileSync(join(dir, file), 'utf8')), {
			hints,
			threshold: 0
		});
		for (const c of [...claims.quotes, ...claims.estimates])
			for (const id of new Set(c.rule.split('+'))) fired.set(id, (fired.get(id) ?? 0) + 1);
	}
	console.log('times  confidence  rule');
	for (const r of RULES)
		console.log(
			`${String(fired.get(r.id) ?? 0).padStart(5)}  ${r.confidence.toFixed(2).padStart(10)}  ${r.id}`
		);
	const never = RULES.filter((r) => !fired.has(r.id)).map((r) => r.id);
	console.log(never.length ? `never fired: ${never.join(', ')}` : 'every rule fired at least once');
	process.exit(0);
}
if (args.includes('--keys')) {
	// Questions per kind, and how many rest on an attribution gold contradicts (scripts/lib/eval-keys.ts).
	const checks = checkKeys(dir, { hints });
	const kinds = [...new Set(checks.map((c) => c.question.kind))].sort();
	console.log('kind                  questions  resting on a wrong attribution');
	for (const kind of kinds) {
		const of = checks.filter((c) => c.question.kind === kind);
		const bad = of.filter((c) => c.faults.length > 0);
		console.log(
			`${kind.padEnd(20)}  ${String(of.length).padStart(9)}  ${String(bad.length).padStart(5)}`
		);
	}
	const bad = checks.filter((c) => c.faults.length > 0);
	console.log(
		`total                 ${String(checks.length).padStart(9)}  ${String(bad.length).padStart(5)} (${pct(bad.length / Math.max(1, checks.length)).trim()})`
	);
	if (verbose)
		for (const c of bad)
			console.log(
				`  ${c.article} ${c.question.kind}: ${c.question.prompt}  [${c.faults.join(', ')}]`
			);
	process.exit(0);
}
const { articles, total } = scoreSet(dir, { hints });
console.log(['article'.padEnd(30), ...COLUMNS.map(([h]) => h)].join('  '));
for (const { name, score } of articles as ArticleScore[]) {
	console.log(row(name, score));
	if (verbose) for (const m of score.misses) console.log(`    ${m}`);
}
console.log(row('total', total));
const t = total;
console.log(
	`counts: quotes ${t.quotes.matched}/${t.quotes.gold} found, ${t.quotes.attributed} attributed, ${t.quotes.right} right; ` +
		`figures ${t.estimates.matched}/${t.estimates.gold} found, ${t.estimates.sourced} sourced, ${t.estimates.right} right; ` +
		`conflicts ${t.conflicts.found}/${t.conflicts.gold}`
);
const met = targetsMet(total);
console.log(
	`targets: ${met.map((m) => `${m.key} ${pct(m.value).trim()} ${m.met ? '≥' : '<'} ${(100 * m.target).toFixed(0)}% ${m.met ? 'met' : 'NOT MET'}`).join('; ')}`
);

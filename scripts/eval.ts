// `npm run eval -- DIR`: runs extraction on every *.md in DIR and scores it against the *.gold.json beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../src/lib/article/parse';
import { extractClaims } from '../src/lib/extract/index';
import { scoreClaims, type Gold, type Score } from '../src/lib/extract/score';

const dir = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (!dir || !existsSync(dir)) {
	console.error(
		`usage: npm run eval -- DIR [--verbose]   (DIR holds *.md articles with *.gold.json beside them)`
	);
	process.exit(2);
}
const files = readdirSync(dir).filter(
	(f) => f.endsWith('.md') && existsSync(join(dir, f.replace(/\.md$/, '.gold.json')))
);
if (files.length === 0) {
	console.error(`No *.md file with a *.gold.json beside it in ${dir}.`);
	process.exit(2);
}

const pct = (a: number, b: number) =>
	b === 0 ? '   —  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
const row = (name: string, s: Score) =>
	[
		name.padEnd(16),
		pct(s.quotes.matched, s.quotes.gold),
		pct(s.quotes.matched, s.quotes.found),
		pct(s.quotes.attributed, s.quotes.matched),
		pct(s.estimates.matched, s.estimates.gold),
		pct(s.estimates.matched, s.estimates.found),
		pct(s.estimates.sourced, s.estimates.matched)
	].join('  ');

console.log(
	['article'.padEnd(16), 'q recall', 'q prec', 'q attr', 'e recall', 'e prec', 'e source'].join(
		'  '
	)
);
const total: Score = {
	quotes: { gold: 0, found: 0, matched: 0, attributed: 0 },
	estimates: { gold: 0, found: 0, matched: 0, sourced: 0 },
	misses: []
};
for (const file of files.sort()) {
	const article = parseArticle(readFileSync(join(dir, file), 'utf8'));
	const gold = JSON.parse(
		readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8')
	) as Gold;
	const score = scoreClaims(
		extractClaims(article),
		gold,
		article.sections.map((s) => s.id)
	);
	console.log(row(basename(file, '.md'), score));
	if (verbose) for (const m of score.misses) console.log(`    ${m}`);
	for (const k of ['gold', 'found', 'matched', 'attributed'] as const)
		total.quotes[k] += score.quotes[k];
	for (const k of ['gold', 'found', 'matched', 'sourced'] as const)
		total.estimates[k] += score.estimates[k];
}
console.log(row('total', total));

// Scores extraction on a folder of articles with gold annotations, as `npm run eval` reports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticle } from '../../src/lib/article/parse';
import type { Article } from '../../src/lib/article/types';
import { extractClaims, type ExtractOptions } from '../../src/lib/extract/index';
import {
	addScore,
	emptyScore,
	scoreClaims,
	type Gold,
	type Score
} from '../../src/lib/extract/score';

export interface ArticleScore {
	name: string;
	score: Score;
}

/** Every `*.md` under `dir` (subfolders too) with a `*.gold.json` beside it, as paths from `dir`. */
export function goldArticles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => relative(dir, join(dir, f)))
		.filter((f) => f.endsWith('.md') && existsSync(join(dir, f.replace(/\.md$/, '.gold.json'))))
		.sort();
}

/** One annotated article of a set: the parsed article and its gold annotation. */
export function readGoldArticle(dir: string, file: string): { article: Article; gold: Gold } {
	return {
		article: parseArticle(readFileSync(join(dir, file), 'utf8')),
		gold: JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8')) as Gold
	};
}

export function scoreSet(
	dir: string,
	options: ExtractOptions = {}
): { articles: ArticleScore[]; total: Score } {
	const total = emptyScore();
	const articles = goldArticles(dir).map((file) => {
		const { article, gold } = readGoldArticle(dir, file);
		const score = scoreClaims(
			extractClaims(article, options),
			gold,
			article.sections.map((s) => s.id)
		);
		addScore(total, { ...score, misses: [...score.misses] });
		return { name: file.replace(/\.md$/, ''), score };
	});
	return { articles, total };
}

/** A ratio, or null when there is nothing to divide by. */
export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The numbers the product promises on articles nobody tuned for (docs/extraction.md). */
export const TARGETS = {
	quoteRecall: 0.95,
	attributionPrecision: 0.97,
	attributionCoverage: 0.9,
	sourcePrecision: 0.95,
	sourceCoverage: 0.8
} as const;

export function metrics(s: Score) {
	return {
		quoteRecall: ratio(s.quotes.matched, s.quotes.gold),
		quotePrecision: ratio(s.quotes.matched, s.quotes.found),
		attributionPrecision: ratio(s.quotes.right, s.quotes.attributed),
		attributionCoverage: ratio(s.quotes.attributed, s.quotes.gold),
		estimateRecall: ratio(s.estimates.matched, s.estimates.gold),
		estimatePrecision: ratio(s.estimates.matched, s.estimates.found),
		sourcePrecision: ratio(s.estimates.right, s.estimates.sourced),
		sourceCoverage: ratio(s.estimates.sourced, s.estimates.gold),
		conflictsFound: ratio(s.conflicts.found, s.conflicts.gold),
		conflictPrecision: ratio(s.conflicts.matched, s.conflicts.extracted)
	};
}

/** Each target with the measured value and whether it is met. */
export function targetsMet(s: Score) {
	const m = metrics(s);
	return (Object.keys(TARGETS) as Array<keyof typeof TARGETS>).map((key) => ({
		key,
		target: TARGETS[key],
		value: m[key],
		met: m[key] !== null && m[key] >= TARGETS[key]
	}));
}

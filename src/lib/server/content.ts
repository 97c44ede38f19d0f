import { ArticleParseError, parseArticle } from '$lib/article/parse';
import type { Article } from '$lib/article/types';
import { parseArchive, type ArchivedBank } from '$lib/bank/archive';
import { parseBank } from '$lib/bank/parse';
import type { Bank } from '$lib/bank/schema';
import { buildSourcesMap } from '$lib/map/build';
import type { SourcesMap } from '$lib/map/types';

// Every article file is read at build time; only the one the site is built for is parsed.
const files = import.meta.glob<string>('/questions/*/article.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** The article this build presents: `questions/<ARTICLE>/article.md`, by default the North Korea article. */
export const ARTICLE_SLUG = process.env.ARTICLE ?? 'north-korean-troops';

let cached: Article | undefined;

/** The parsed article; a malformed file fails the build with its path and line. */
export function loadArticle(): Article {
	if (cached) return cached;
	const path = `/questions/${ARTICLE_SLUG}/article.md`;
	const source = files[path];
	if (source === undefined) {
		const known = Object.keys(files).map((f) => f.split('/')[2]);
		throw new Error(`No article at ${path}. Known articles: ${known.join(', ') || 'none'}.`);
	}
	try {
		cached = parseArticle(source);
	} catch (err) {
		if (err instanceof ArticleParseError) throw new Error(`${path.slice(1)}, ${err.message}`);
		throw err;
	}
	return cached;
}

const banks = import.meta.glob<unknown>('/questions/*/bank.json', {
	import: 'default',
	eager: true
});

let cachedBank: Bank | undefined;

/** The article's question bank, validated; a missing or malformed bank fails the build. */
export function loadBank(): Bank {
	if (cachedBank) return cachedBank;
	const path = `/questions/${ARTICLE_SLUG}/bank.json`;
	const json = banks[path];
	if (json === undefined) throw new Error(`No bank at ${path}: run npm run generate.`);
	cachedBank = parseBank(json);
	return cachedBank;
}

const archives = import.meta.glob<unknown>('/questions/*/archive/*.json', {
	import: 'default',
	eager: true
});

let cachedArchive: ArchivedBank[] | undefined;

/** Earlier versions of the article's bank that assignment links may still name, oldest first by name. */
export function loadEarlierBanks(): ArchivedBank[] {
	if (cachedArchive) return cachedArchive;
	const prefix = `/questions/${ARTICLE_SLUG}/archive/`;
	cachedArchive = Object.keys(archives)
		.filter((path) => path.startsWith(prefix))
		.sort()
		.map((path) => parseArchive(archives[path], path.slice(1)))
		.filter((b) => b.version !== loadBank().version);
	return cachedArchive;
}

let cachedIds: Map<string, string[]> | undefined;

/** Each section's question ids, in bank order, by section id (every section, even one without questions). */
export function questionIdsBySection(): Map<string, string[]> {
	if (cachedIds) return cachedIds;
	const ids = new Map(loadArticle().sections.map((s) => [s.id, [] as string[]]));
	for (const q of loadBank().questions) ids.get(q.section)?.push(q.id);
	cachedIds = ids;
	return ids;
}

let cachedMap: SourcesMap | undefined;

/** The sources map, built once per build for the map page and every section's panel file. */
export function loadSourcesMap(): SourcesMap {
	cachedMap ??= buildSourcesMap(loadBank().claims, loadArticle());
	return cachedMap;
}

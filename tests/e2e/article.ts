import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/lib/article/parse';

/** The shipped article as the site's build parses it (section headings and paragraph split). */
export const article = parseArticle(
	readFileSync('questions/north-korean-troops/article.md', 'utf8')
);

import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/lib/article/parse';
import { parseBank } from '../../src/lib/bank/parse';
import type { ExportSource } from '../../src/lib/export/chosen';

/** The shipped article and its committed bank, as the build reads them. */
export const SLUG = 'north-korean-troops';
export const article = parseArticle(readFileSync(`questions/${SLUG}/article.md`, 'utf8'));
export const bank = parseBank(
	JSON.parse(readFileSync(`questions/${SLUG}/bank.json`, 'utf8')) as unknown
);

/** The shipped article as the exports read it (what /teacher/export.json holds). */
export const shippedSource: ExportSource = {
	slug: SLUG,
	title: article.title,
	bank: bank.version,
	sections: article.sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
	questions: bank.questions,
	module: null
};

import type { Article } from '../article/types';
import type { Hints } from '../extract/hints';
import { extractClaims } from '../extract/index';
import { applyReview } from '../extract/review';
import type { Claims } from '../extract/types';
import { generateQuestions } from '../generate/index';
import { MAX_ARTICLE_CHARS } from './limits';
import { parseBank } from './parse';
import { BANK_SCHEMA_VERSION, type Bank } from './schema';
import { readArticle } from './source';
import { questionsVersion } from './version';

/** Why a bank could not be built, in one line that names the stage (article, review, claims). */
export class BankBuildError extends Error {
	constructor(message: string) {
		super(message.replace(/\s*\n\s*/g, ' '));
		this.name = 'BankBuildError';
	}
}

export interface BuildOptions {
	slug: string;
	/** Parsed review.json, when the article has one. */
	review?: unknown;
	/** Word-level hints for extraction; compromise's by default (docs/extraction.md says why). */
	hints?: Hints;
	/** Told as each stage starts, so a page can show how far a long article has got. */
	onStage?: (stage: BuildStage) => void;
}

/** The pipeline's stages, in order. */
export const BUILD_STAGES = ['article', 'extract', 'review.json', 'generate', 'bank'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

export interface BuiltBank {
	bank: Bank;
	article: Article;
	/** What the extractor found before the review: what a person's corrections apply to. */
	extracted: Claims;
}

function stage<T>(name: BuildStage, run: () => T, onStage?: BuildOptions['onStage']): T {
	onStage?.(name);
	try {
		return run();
	} catch (err) {
		if (err instanceof BankBuildError) throw err;
		throw new BankBuildError(`${name}: ${err instanceof Error ? err.message : String(err)}`);
	}
}

export { MAX_ARTICLE_CHARS };

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The whole pipeline as one pure function: article text (the article format or plain text) → parse →
 * extract claims → apply the review → generate questions → a validated bank. Throws BankBuildError with a
 * one-line message when the article cannot be read or gives nothing to ask (no quotes at all).
 */
export function buildBank(source: string, options: BuildOptions): BuiltBank {
	if (source.length > MAX_ARTICLE_CHARS) {
		throw new BankBuildError(
			`article: the text is ${thousands(source.length)} characters; Crosscheck reads articles of up to ${thousands(MAX_ARTICLE_CHARS)} characters (about 30,000 words), so split it into parts`
		);
	}
	const article = stage('article', () => readArticle(source), options.onStage);
	const extracted = stage(
		'extract',
		() => extractClaims(article, { hints: options.hints }),
		options.onStage
	);
	const claims: Claims =
		options.review === undefined
			? extracted
			: stage(
					'review.json',
					() => applyReview(extracted, options.review, article),
					options.onStage
				);
	if (claims.quotes.length === 0) {
		throw new BankBuildError(
			'no quotes found: Crosscheck needs an article that quotes its sources in quote marks'
		);
	}
	const questions = stage('generate', () => generateQuestions(claims, article), options.onStage);
	if (questions.length === 0)
		throw new BankBuildError(
			'generate: no questions: no quote or figure could be credited to a source with confidence; review.json can settle them'
		);
	const bank: Bank = {
		schemaVersion: BANK_SCHEMA_VERSION,
		version: questionsVersion(questions),
		article: { slug: options.slug, title: article.title },
		claims,
		questions
	};
	// The bank must load with the same checks the site applies: a dangling id is caught here, not there.
	stage('bank', () => parseBank(bank), options.onStage);
	return { bank, article, extracted };
}

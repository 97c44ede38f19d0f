/** Short constructors for rule examples: invented paragraphs and what the extractor must make of them. */
import type { Rule, RuleExample } from './types';

/** The quote `quote` (its exact text) is credited to `speaker`, or left for review when null. */
export const said = (text: string, quote: string, speaker: string | null): RuleExample => ({
	text,
	expect: { quote, speaker }
});

/** The figure `figure` (hedge and number as written) is credited to `source` (“the article”, or null). */
export const gave = (
	text: string,
	figure: string,
	source: string | null,
	citedFrom?: string | null
): RuleExample => ({
	text,
	expect: citedFrom === undefined ? { figure, source } : { figure, source, citedFrom }
});

/** The words in marks are no quote (a scare quote). */
export const notQuote = (text: string, words: string): RuleExample => ({
	text,
	expect: { notQuote: words }
});

export function rule(
	pass: Rule['pass'],
	id: string,
	confidence: number,
	matches: string,
	examples: RuleExample[] = [],
	counterexamples: RuleExample[] = []
): Rule {
	return { id, pass, matches, confidence, examples, counterexamples };
}

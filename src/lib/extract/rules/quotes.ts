/** Rules of quote attribution (pass 4a): which frame, or which earlier quote, gives a quote its speaker. */
import type { Rule } from './types';

const rule = (id: string, confidence: number, matches: string, r: Partial<Rule> = {}): Rule => ({
	id,
	pass: 'quote',
	matches,
	confidence,
	examples: [],
	counterexamples: [],
	...r
});

export const QUOTE = {
	'quote.frame-after': rule(
		'quote.frame-after',
		1,
		'the attribution right after the closing mark (“…,” she said / “…,” said X)'
	),
	'quote.frame-before': rule(
		'quote.frame-before',
		0.99,
		'the attribution right before the opening mark (X said: “…” / according to X, “…”)'
	),
	'quote.sentence-trailing-frame': rule(
		'quote.sentence-trailing-frame',
		0.97,
		'a quote in a sentence that ends with its attribution (“We don’t want them” here, she said.)'
	),
	'quote.in-reported-clause': rule(
		'quote.in-reported-clause',
		0.97,
		'a partial quote inside what a frame reports (X said the plan was “a mess”)'
	),
	'quote.continues-paragraph': rule(
		'quote.continues-paragraph',
		0.99,
		'a quote that goes on from the paragraph before, whose last quote was left open'
	),
	'quote.same-speaker-in-paragraph': rule(
		'quote.same-speaker-in-paragraph',
		0.97,
		'a second quote of a paragraph with no attribution of its own, after a credited quote'
	),
	'quote.after-frame-in-paragraph': rule(
		'quote.after-frame-in-paragraph',
		0.93,
		'a quote after a sentence of the same paragraph that credits someone (X said …. “…”)'
	),
	'quote.paragraph-after-quote': rule(
		'quote.paragraph-after-quote',
		0.85,
		'a paragraph of quote alone, with no attribution, after a paragraph that ends with a quote'
	),
	'quote.no-attribution': rule(
		'quote.no-attribution',
		0,
		'nothing credits the quote: it is left for review'
	)
} satisfies Record<string, Rule>;

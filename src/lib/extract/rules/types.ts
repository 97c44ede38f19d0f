/**
 * A rule of the extractor as data: what it matches, how far its result can be trusted, and invented
 * sentences it must get right (examples) and must leave alone (counterexamples). One generic test runs
 * every example of every rule through the whole extractor (tests/unit/extract-rules.test.ts).
 */

/** What the extractor must make of an example: a quote's speaker, or a figure's source (null: abstain). */
export type Expectation =
	| { quote: string; speaker: string | null }
	| { figure: string; source: string | null; citedFrom?: string | null }
	| { notQuote: string };

export interface RuleExample {
	/** An invented news paragraph (several paragraphs separated by a blank line). Never a fixture's text. */
	text: string;
	expect: Expectation;
}

export type Pass = 'resolve' | 'frame' | 'quote' | 'figure';

export interface Rule {
	id: string;
	pass: Pass;
	/** What it matches, in a line. */
	matches: string;
	/** How often what it concludes is right, 0–1; attributions below the threshold are left for review. */
	confidence: number;
	/** The example's claim must carry this rule and the expected speaker or source. */
	examples: RuleExample[];
	/** The example's claim must not carry this rule; its speaker or source must be as expected. */
	counterexamples: RuleExample[];
}

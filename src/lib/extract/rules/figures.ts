/** Rules of figure sourcing (pass 4b): who the article credits with a figure. */
import type { Rule } from './types';

const rule = (id: string, confidence: number, matches: string, r: Partial<Rule> = {}): Rule => ({
	id,
	pass: 'figure',
	matches,
	confidence,
	examples: [],
	counterexamples: [],
	...r
});

export const FIGURE = {
	'figure.in-quote': rule('figure.in-quote', 0.99, 'a figure inside a quote: the quote’s speaker'),
	'figure.reported': rule(
		'figure.reported',
		0.97,
		'a figure in what a frame reports (X said 40 people …; X estimates that …)'
	),
	'figure.trailing-frame': rule(
		'figure.trailing-frame',
		0.96,
		'a frame that closes the sentence (“About 18,000 joined, police said.”)'
	),
	'figure.according-to': rule(
		'figure.according-to',
		0.97,
		'“according to X” in the figure’s sentence'
	),
	'figure.passive-by': rule(
		'figure.passive-by',
		0.97,
		'“published by X”, “figures released by X” in the figure’s sentence'
	),
	'figure.possessive-owner': rule(
		'figure.possessive-owner',
		0.95,
		'the owner of a figure noun before it (“the council’s count of 41”, “by its reckoning”)'
	),
	'figure.repeats-owner': rule(
		'figure.repeats-owner',
		0.95,
		'“using the ministry’s figure”: the frame’s speaker repeats the owner’s figure'
	),
	'figure.citing': rule('figure.citing', 0.95, '“citing X”: the figure is repeated from X'),
	'figure.article-own': rule(
		'figure.article-own',
		0.9,
		'a sentence that names no source at all: the article’s own figure'
	),
	'figure.unclear': rule(
		'figure.unclear',
		0,
		'a sentence that names someone but credits nobody clearly: left for review'
	)
} satisfies Record<string, Rule>;

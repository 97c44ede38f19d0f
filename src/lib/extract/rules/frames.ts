/** Rules of attribution (pass 3): which mention a verb of saying, “according to” or “citing” credits. */
import type { Rule } from './types';

const rule = (id: string, confidence: number, matches: string, r: Partial<Rule> = {}): Rule => ({
	id,
	pass: 'frame',
	matches,
	confidence,
	examples: [],
	counterexamples: [],
	...r
});

export const FRAME = {
	'frame.subject-verb': rule(
		'frame.subject-verb',
		0.99,
		'a speaker right before a verb of saying (“X said”, “the ministry also said”)'
	),
	'frame.subject-appositive-verb': rule(
		'frame.subject-appositive-verb',
		0.97,
		'a speaker before an aside set off by commas, then the verb (“X, the agency’s director, said”)'
	),
	'frame.relative-subject': rule(
		'frame.relative-subject',
		0.97,
		'“X, who told lawmakers …”: the name before “who”'
	),
	'frame.verb-subject': rule(
		'frame.verb-subject',
		0.99,
		'a verb of saying after a quote or a comma, then the speaker (“…,” said X)'
	),
	'frame.according-to': rule('frame.according-to', 0.97, '“according to X”'),
	'frame.citing': rule('frame.citing', 0.95, '“citing X”: the source being repeated'),
	'frame.passive-by': rule('frame.passive-by', 0.93, '“published by X”, “figures released by X”'),
	'frame.participle': rule(
		'frame.participle',
		0.96,
		'“…, saying …”, “…, adding …”: the subject of the verb before'
	),
	'frame.coordinated-verb': rule(
		'frame.coordinated-verb',
		0.93,
		'“X said … and added …”: a second verb sharing the first one’s subject'
	),
	'frame.no-subject': rule(
		'frame.no-subject',
		0,
		'a verb of saying whose speaker cannot be found: nobody is credited'
	)
} satisfies Record<string, Rule>;

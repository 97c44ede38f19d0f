/** Rules of quote attribution (pass 4a): which frame, or which earlier quote, gives a quote its speaker. */
import { notQuote, rule as make, said } from './examples';
import type { Rule } from './types';

const rule = (...args: Parameters<typeof make> extends [unknown, ...infer R] ? R : never) =>
	make('quote', ...args);

export const QUOTE = {
	'quote.frame-after': rule(
		'quote.frame-after',
		1,
		'the attribution right after the closing mark (“…,” she said / “…,” said X)',
		[said('“The pier is safe,” said Ivo Brandt.', 'The pier is safe,', 'Ivo Brandt')]
	),
	'quote.frame-before': rule(
		'quote.frame-before',
		0.99,
		'the attribution right before the opening mark (X said: “…” / according to X, “…”)',
		[said('Ivo Brandt said: “The pier is safe.”', 'The pier is safe.', 'Ivo Brandt')]
	),
	'quote.inside-report': rule(
		'quote.inside-report',
		0.95,
		'quoted words in what a speaker reports others did (X said crews had checked “every single beam”)',
		[
			said(
				'Ivo Brandt, the harbour master, said inspectors had counted “every single pile” of the pier.',
				'every single pile',
				'Ivo Brandt'
			)
		],
		[said('Ivo Brandt said inspectors told him “the pier is sound.”', 'the pier is sound.', null)]
	),
	'quote.sentence-trailing-frame': rule(
		'quote.sentence-trailing-frame',
		0.97,
		'a quote in a sentence that ends with its attribution (“We don’t want them” here, she said.)',
		[
			said(
				'Mara Lenz runs the ferry. “We do not want tourists” on the night boat, she said.',
				'We do not want tourists',
				'Mara Lenz'
			)
		]
	),
	'quote.in-reported-clause': rule(
		'quote.in-reported-clause',
		0.97,
		'a partial quote inside what a frame reports (X said the plan was “a mess”)',
		[
			said(
				'Ivo Brandt said on Monday that the new timetable for the harbour ferries was “a mess.”',
				'a mess.',
				'Ivo Brandt'
			)
		]
	),
	'quote.continues-paragraph': rule(
		'quote.continues-paragraph',
		0.99,
		'a quote that goes on from the paragraph before, whose last quote was left open',
		[
			said(
				'“The pier is safe,” said Ivo Brandt. “We checked every pile this week.\n\n“Nobody should worry about the weekend.”',
				'Nobody should worry about the weekend.',
				'Ivo Brandt'
			)
		]
	),
	'quote.same-speaker-in-paragraph': rule(
		'quote.same-speaker-in-paragraph',
		0.97,
		'a second quote of a paragraph with no attribution of its own, after a credited quote',
		[said('Ivo Brandt said: “The pier is safe.” “Mostly.”', 'Mostly.', 'Ivo Brandt')]
	),
	'quote.after-frame-in-paragraph': rule(
		'quote.after-frame-in-paragraph',
		0.93,
		'a quote after a sentence of the same paragraph that credits someone (X said …. “…”)',
		[
			said(
				'Ivo Brandt said the pier had been checked. “Every pile is sound.”',
				'Every pile is sound.',
				'Ivo Brandt'
			)
		]
	),
	'quote.paragraph-after-quote': rule(
		'quote.paragraph-after-quote',
		0.85,
		'a paragraph of quote alone, with no attribution, after a paragraph that ends with a quote',
		// Usually the same speaker, but not sure enough to ask about.
		[
			said(
				'“The pier is safe,” said Ivo Brandt.\n\n“Nobody should worry about the weekend.”',
				'Nobody should worry about the weekend.',
				null
			)
		]
	),
	'quote.no-attribution': rule(
		'quote.no-attribution',
		0,
		'nothing credits the quote: it is left for review',
		[said('The sign on the door read: “Closed for good.”', 'Closed for good.', null)],
		[notQuote('Residents still distrust the “official” map.', 'official')]
	)
} satisfies Record<string, Rule>;

/** Rules of figure sourcing (pass 4b): who the article credits with a figure. */
import { gave, rule as make } from './examples';
import type { Rule } from './types';

const rule = (...args: Parameters<typeof make> extends [unknown, ...infer R] ? R : never) =>
	make('figure', ...args);

export const FIGURE = {
	'figure.in-quote': rule('figure.in-quote', 0.99, 'a figure inside a quote: the quote’s speaker', [
		gave('“We lost 40 boats,” said Ivo Brandt.', '40', 'Ivo Brandt')
	]),
	'figure.reported': rule(
		'figure.reported',
		0.97,
		'a figure in what a frame reports (X said 40 people …; X estimates that …)',
		[
			gave(
				'The Orla Tourist Board said 12,000 visitors came in May.',
				'12,000',
				'Orla Tourist Board'
			)
		]
	),
	'figure.trailing-frame': rule(
		'figure.trailing-frame',
		0.96,
		'a frame that closes the sentence (“About 18,000 joined, police said.”)',
		[gave('About 900 people joined the march, Ivo Brandt said.', 'About 900', 'Ivo Brandt')]
	),
	'figure.according-to': rule(
		'figure.according-to',
		0.97,
		'“according to X” in the figure’s sentence',
		[gave('About 300 homes lost power, according to Orla Energy.', 'About 300', 'Orla Energy')]
	),
	'figure.passive-by': rule(
		'figure.passive-by',
		0.97,
		'“published by X”, “figures released by X” in the figure’s sentence',
		[
			gave(
				'Figures released by the Orla Tourist Board show 12,000 visitors in May.',
				'12,000',
				'Orla Tourist Board'
			)
		]
	),
	'figure.possessive-owner': rule(
		'figure.possessive-owner',
		0.95,
		'the owner of a figure noun before it (“the board’s count of 41”, “the Dorland estimate was 300”)',
		[
			gave(
				'The Orla Tourist Board’s own count was 12,000 visitors.',
				'12,000',
				'Orla Tourist Board'
			)
		]
	),
	'figure.repeats-owner': rule(
		'figure.repeats-owner',
		0.95,
		'“using the board’s figure”: the frame’s speaker repeats the owner’s figure',
		[
			gave(
				'The Orla Tourist Board counted 12,000 visitors. The Harbour Office said it was using the Orla Tourist Board’s figure of 12,000 visitors.',
				'12,000',
				'Harbour Office',
				'Orla Tourist Board'
			)
		]
	),
	'figure.citing': rule('figure.citing', 0.95, '“citing X”: the figure is repeated from X', [
		gave(
			'Citing the Orla Tourist Board, the Harbour Office said 12,000 people had visited.',
			'12,000',
			'Harbour Office',
			'Orla Tourist Board'
		),
		gave(
			'Citing figures from the Orla Tourist Board, the Harbour Office said 12,000 people had visited.',
			'12,000',
			'Harbour Office',
			'Orla Tourist Board'
		)
	]),
	'figure.set-by': rule(
		'figure.set-by',
		0.95,
		'“the 3 percent level that the regulator set”: the body in the relative clause set the figure',
		[
			gave(
				'Prices rose above the 5 percent cap that the Orla Energy Board set last year, Ana Ruiz said.',
				'5 percent',
				'Ana Ruiz',
				'Orla Energy Board'
			)
		]
	),
	'figure.described-source': rule(
		'figure.described-source',
		0.9,
		'a figure whose source is known only by a description or a pronoun (“the agency said 300 …”, “she put it at 300”): figures are repeated and passed on more often than quotes, so a description that is right for a quote is too weak for a figure',
		[
			gave(
				'The Orla Tourist Board and the Harbour Office both spoke on Monday. The board said 12,000 visitors came in May.',
				'12,000',
				null
			)
		],
		[
			gave(
				'The Orla Tourist Board and the Harbour Office both spoke on Monday. The Orla Tourist Board said 12,000 visitors came in May.',
				'12,000',
				'Orla Tourist Board'
			)
		]
	),
	'figure.rejected': rule(
		'figure.rejected',
		0,
		'a figure named to be denied (“we don’t accept 40,000”, “that is the board’s figure, not ours”, “the 40,000 figure is wrong”)',
		[
			gave('“We don’t accept 40,000,” said Ana Ruiz, the harbour master.', '40,000', null),
			gave('“The 40,000 is the board’s number, not ours,” said Ana Ruiz.', '40,000', null),
			gave('“That 40,000 figure is simply wrong,” said Ana Ruiz.', '40,000', null)
		],
		[gave('“We counted 40,000 visitors,” said Ana Ruiz, the harbour master.', '40,000', 'Ana Ruiz')]
	),
	'figure.citing-unknown': rule(
		'figure.citing-unknown',
		0,
		'“citing figures from the board”, with no body the article names: whose figure it is stays open',
		[
			gave(
				'Citing figures from the board, the Harbour Office said 12,000 people had visited.',
				'12,000',
				null
			)
		]
	),
	'figure.article-own': rule(
		'figure.article-own',
		0.9,
		'a sentence that credits nobody and names no source: the article’s own figure',
		[gave('The town has about 4,000 homes.', 'about 4,000', 'the article')],
		[
			gave('About 300 homes lost power, according to Orla Energy.', 'About 300', 'Orla Energy'),
			gave('The scheme costs about $9,000 a home, by her arithmetic.', 'about $9,000', null),
			gave('The new survey shows about 4,000 homes stood empty.', 'about 4,000', null)
		]
	),
	'figure.repeats-earlier': rule(
		'figure.repeats-earlier',
		0,
		'a value an earlier sentence gave from someone else: the speaker repeats it (to use it, doubt it or deny it), so whose it is waits for review',
		[
			gave(
				'The Harbour Office counted at least 58 boats. “Nobody should pretend 58 is the number,” said Ivo Brandt.',
				'58',
				null
			)
		],
		[
			gave(
				'The Harbour Office counted at least 58 boats. “We counted 90,” said Ivo Brandt.',
				'90',
				'Ivo Brandt'
			)
		]
	),
	'figure.two-sources': rule(
		'figure.two-sources',
		0,
		'“according to X, Y said …”: one source reports another’s figure, and which one the article credits stays open',
		[
			gave(
				'According to the Orla Gazette, the Harbour Office expects 12,000 visitors in May.',
				'12,000',
				null
			),
			gave(
				'According to a blog post for the Orla Gazette, the Harbour Office expects 12,000 visitors.',
				'12,000',
				null
			)
		],
		[
			gave(
				'The Harbour Office expects 12,000 visitors in May, the Orla Gazette reported.',
				'12,000',
				'Harbour Office'
			)
		]
	),
	'figure.after-credited': rule(
		'figure.after-credited',
		0,
		'a sentence that credits nobody, straight after one of its paragraph that credits someone: it may go on with that account, so whose figure it is stays open',
		[
			gave(
				'According to the Orla Tourist Board, 12,000 visitors came in May. In June there were 15,000.',
				'15,000',
				null
			)
		],
		[
			gave(
				'According to the Orla Tourist Board, 12,000 visitors came in May.\n\nIn June there were 15,000.',
				'15,000',
				'the article'
			)
		]
	),
	'figure.in-inner-quote': rule(
		'figure.in-inner-quote',
		0,
		'a figure inside a quote within a quote (“When the board says ‘12,000’, it means …”): someone else’s words, repeated',
		[
			gave(
				'“When the board says ‘12,000 visitors’, it counts cars,” said Ana Ruiz.',
				'12,000',
				null
			)
		],
		[
			gave(
				'“We counted 12,000 visitors, they’re all in the log,” said Ana Ruiz.',
				'12,000',
				'Ana Ruiz'
			)
		]
	),
	'figure.unclear': rule(
		'figure.unclear',
		0,
		'a sentence that names someone but credits nobody clearly: left for review',
		[gave('Ivo Brandt runs 30 boats from the pier.', '30', null)]
	)
} satisfies Record<string, Rule>;

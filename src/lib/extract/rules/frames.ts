/** Rules of attribution (pass 3): which mention a verb of saying, “according to” or “citing” credits. */
import { gave, rule as make, said } from './examples';
import type { Rule } from './types';

const rule = (...args: Parameters<typeof make> extends [unknown, ...infer R] ? R : never) =>
	make('frame', ...args);

export const FRAME = {
	'frame.subject-verb': rule(
		'frame.subject-verb',
		0.99,
		'a speaker right before a verb of saying (“X said”, “the ministry also said”)',
		[said('“The pier is safe,” Ivo Brandt said.', 'The pier is safe,', 'Ivo Brandt')],
		[said('“The pier is safe,” said Ivo Brandt.', 'The pier is safe,', 'Ivo Brandt')]
	),
	'frame.subject-appositive-verb': rule(
		'frame.subject-appositive-verb',
		0.97,
		'a speaker before an aside set off by commas, then the verb (“X, the agency’s director, said”)',
		[
			said(
				'Ines Maro, the port’s harbour master, said: “No ship leaves tonight.”',
				'No ship leaves tonight.',
				'Ines Maro'
			)
		],
		[
			// A clause with its own verb is no aside: the speaker comes after the verb.
			said(
				'If the storm turns, it could flood the docks, said Ines Maro. “We are ready.”',
				'We are ready.',
				'Ines Maro'
			)
		]
	),
	'frame.relative-subject': rule(
		'frame.relative-subject',
		0.97,
		'“X, who told lawmakers …”: the name before “who”',
		[
			said(
				'Lawmakers heard from Ines Maro, who told them on Monday, “The harbour is full.”',
				'The harbour is full.',
				'Ines Maro'
			)
		]
	),
	'frame.verb-subject': rule(
		'frame.verb-subject',
		0.99,
		'a verb of saying after a quote or a comma, then the speaker (“…,” said X)',
		[said('“The pier is safe,” said Ivo Brandt.', 'The pier is safe,', 'Ivo Brandt')],
		// After “told” comes the listener, not the speaker.
		[
			said(
				'“The pier is safe,” Ivo Brandt, the harbour master, told Dorland Radio.',
				'The pier is safe,',
				'Ivo Brandt'
			)
		]
	),
	'frame.according-to': rule('frame.according-to', 0.97, '“according to X”', [
		said(
			'According to the Fenn Coast Guard, “no boat is missing.”',
			'no boat is missing.',
			'Fenn Coast Guard'
		),
		gave('About 300 homes lost power, according to Orla Energy.', 'About 300', 'Orla Energy')
	]),
	'frame.citing': rule('frame.citing', 0.95, '“citing X”, “quoting X”: the source being repeated', [
		gave(
			'Citing the Orla Tourist Board, the Harbour Office said 12,000 people had visited.',
			'12,000',
			'Harbour Office',
			'Orla Tourist Board'
		),
		gave(
			'Quoting figures from the Orla Tourist Board, the Harbour Office said 12,000 people had visited.',
			'12,000',
			'Harbour Office',
			'Orla Tourist Board'
		),
		gave(
			'Using figures from the Orla Tourist Board, the Harbour Office said 12,000 people had visited.',
			'12,000',
			'Harbour Office',
			'Orla Tourist Board'
		)
	]),
	'frame.passive-by': rule('frame.passive-by', 0.93, '“published by X”, “figures released by X”', [
		gave(
			'Figures released by the Orla Tourist Board show 12,000 visitors in May.',
			'12,000',
			'Orla Tourist Board'
		)
	]),
	'frame.document': rule(
		'frame.document',
		0.92,
		'“The report put the cost at …” after “X’s report”: the body whose report it is, in this or the last paragraph',
		[
			gave(
				'The Orla Water Board met on Monday.\n\nAccording to the Orla Water Board’s annual report, 300 pipes burst. The report put the cost of repairs at £4m.',
				'£4m',
				'Orla Water Board'
			)
		],
		[
			gave(
				'The Orla Water Board met on Monday.\n\nThe report put the cost of repairs at £4m.',
				'£4m',
				null
			)
		]
	),
	'frame.document-far': rule(
		'frame.document-far',
		0.9,
		'“The report said …” paragraphs after “X said in a report”: X, when the article names no other owner of a report',
		[
			gave(
				'The Orla Water Board said in a report on Monday that 300 pipes had burst.\n\nResidents queued for water.\n\nCrews worked through the night.\n\nThe report said 40 streets had no water.',
				'40',
				'Orla Water Board'
			)
		],
		[
			gave(
				'The Orla Water Board said in a report on Monday that 300 pipes had burst. The Fenn Audit Office’s report disagreed.\n\nResidents queued for water.\n\nCrews worked through the night.\n\nThe report said 40 streets had no water.',
				'40',
				null
			)
		]
	),
	'frame.participle': rule(
		'frame.participle',
		0.96,
		'“…, saying …”, “…, adding …”: the subject of the verb before',
		[
			gave(
				'The Orla Tourist Board reported a busy spring, saying 12,000 visitors came in May.',
				'12,000',
				'Orla Tourist Board'
			)
		]
	),
	'frame.coordinated-verb': rule(
		'frame.coordinated-verb',
		0.93,
		'“X said … and added …”: a second verb sharing the first one’s subject',
		[
			said(
				'Ivo Brandt said the pier was safe and warned: “Stay off the beach.”',
				'Stay off the beach.',
				'Ivo Brandt'
			)
		]
	),
	'frame.passive-told': rule(
		'frame.passive-told',
		0,
		'“was told …”: the subject heard the words, and who said them is not given',
		[
			said('Ivo Brandt said he was told the ferry was “on its way.”', 'on its way.', null),
			said('Mara Lenz was told: “Come back on Monday.”', 'Come back on Monday.', null)
		],
		[
			said(
				'Ivo Brandt told reporters: “Come back on Monday.”',
				'Come back on Monday.',
				'Ivo Brandt'
			)
		]
	),
	'frame.no-subject': rule(
		'frame.no-subject',
		0,
		'a verb of saying whose speaker cannot be found: nobody is credited',
		[said('“Stay indoors,” warned a sign at the station.', 'Stay indoors,', null)]
	)
} satisfies Record<string, Rule>;

/** Rules of entity resolution (pass 2): which person or body a mention refers to. */
import { gave, rule as make, said } from './examples';
import type { Rule } from './types';

const rule = (...args: Parameters<typeof make> extends [unknown, ...infer R] ? R : never) =>
	make('resolve', ...args);

export const RESOLVE = {
	'resolve.known-name': rule(
		'resolve.known-name',
		0.99,
		'a full name the article has used before',
		[
			said(
				'Nora Quill chairs the board.\n\n“We will vote in May,” said Nora Quill.',
				'We will vote in May,',
				'Nora Quill'
			)
		]
	),
	'resolve.new-person': rule(
		'resolve.new-person',
		0.98,
		'a full name (two to four capitalised words, or a title and a name) seen for the first time',
		[said('“The ferry is late,” said Ivo Brandt.', 'The ferry is late,', 'Ivo Brandt')]
	),
	'resolve.new-org': rule(
		'resolve.new-org',
		0.98,
		'a name with an institution word (Council, Trust, Ministry…) or an acronym, seen for the first time',
		[
			said(
				'“Buses will run at night,” the Harlow Transit Authority said.',
				'Buses will run at night,',
				'Harlow Transit Authority'
			)
		]
	),
	'resolve.named-after-description': rule(
		'resolve.named-after-description',
		0.9,
		'a body named within three sentences of a description that shares a word with its name (“the city’s transit agency … the Harlow Transit Authority”)',
		[
			gave(
				'The city’s transit agency changed its timetable. The Harlow Transit Authority said 40 buses were idle.',
				'40',
				'Harlow Transit Authority'
			)
		]
	),
	'resolve.org-form': rule(
		'resolve.org-form',
		0.95,
		'a shorter or fuller form of exactly one known body (“the Authority” for “the Harlow Transit Authority”)',
		[
			said(
				'The Harlow Transit Authority met on Friday.\n\n“We need more drivers,” said Transit Authority.',
				'We need more drivers,',
				'Harlow Transit Authority'
			)
		]
	),
	'resolve.org-ambiguous': rule(
		'resolve.org-ambiguous',
		0.5,
		'a form that fits more than one known body: the most recent is a guess',
		[
			said(
				'The Orla Land Trust and the Orla Sea Trust both objected.\n\n“We were not asked,” Orla Trust said.',
				'We were not asked,',
				null
			)
		]
	),
	'resolve.place': rule(
		'resolve.place',
		0.95,
		'a country, region or city (“South Dorland”, “New Harbour”): a source when it speaks',
		[gave('South Dorland estimated that 2,000 workers had left.', '2,000', 'South Dorland')]
	),
	'resolve.titled-surname': rule(
		'resolve.titled-surname',
		0.9,
		'a title and one name (“Cllr Fenn”) before any full name',
		[said('“The road stays shut,” said Mayor Okoye.', 'The road stays shut,', 'Okoye')]
	),
	'resolve.surname': rule(
		'resolve.surname',
		0.97,
		'one name word that exactly one known person carries',
		[
			said(
				'Nora Quill chairs the board.\n\n“We will vote in May,” Quill said.',
				'We will vote in May,',
				'Nora Quill'
			)
		]
	),
	'resolve.surname-told-apart': rule(
		'resolve.surname-told-apart',
		0.93,
		'a name two people share, told apart by the title or the honorific (Ms/Mr)',
		[
			said(
				'Tom Reyna, the mayor, spoke first. His sister, Lina Reyna, a nurse, spoke after him.\n\n“We need beds,” Ms. Reyna said.',
				'We need beds,',
				'Lina Reyna'
			)
		]
	),
	'resolve.surname-ambiguous': rule(
		'resolve.surname-ambiguous',
		0.45,
		'a name several people share and nothing tells apart',
		[
			said(
				'Kit Abara and Lee Abara run the shop.\n\n“Sales fell,” Abara said.',
				'Sales fell,',
				null
			)
		]
	),
	'resolve.new-single-name': rule(
		'resolve.new-single-name',
		0.9,
		'one capitalised word seen for the first time, with an appositive that says what it is',
		[said('Marsk, a boat builder, said: “The hulls are sound.”', 'The hulls are sound.', 'Marsk')]
	),
	'resolve.unknown-single-name': rule(
		'resolve.unknown-single-name',
		0.7,
		'one capitalised word seen for the first time, with nothing to say what it is',
		[said('“We will appeal,” Marsk said.', 'We will appeal,', null)]
	),
	'resolve.definite-body': rule(
		'resolve.definite-body',
		0.93,
		'“the trust”, “the department”: the one known body it names or was described as',
		[
			said(
				'The Orla Housing Trust runs two shelters.\n\n“Both are full,” the trust said.',
				'Both are full,',
				'Orla Housing Trust'
			)
		]
	),
	'resolve.unnamed-body': rule(
		'resolve.unnamed-body',
		0.88,
		'“a local charity”, “an aid group”: a body the article does not name',
		[
			said(
				'“The shelters are full,” said a local charity.',
				'The shelters are full,',
				'a local charity'
			)
		]
	),
	'resolve.body-ambiguous': rule(
		'resolve.body-ambiguous',
		0.5,
		'a body noun that fits several known bodies',
		[
			said(
				'The Orla Housing Trust and the Fenn Land Trust both objected.\n\n“We were not asked,” the trust said.',
				'We were not asked,',
				null
			)
		]
	),
	'resolve.new-described-body': rule(
		'resolve.new-described-body',
		0.8,
		'“the finance ministry” with no body to point back to: a body of its own, but only described',
		[said('“Taxes will rise,” the finance ministry said.', 'Taxes will rise,', null)]
	),
	'resolve.owned-body': rule(
		'resolve.owned-body',
		0.9,
		'“Gov. Ana Pell’s office”, “the mayor’s office”: a body that belongs to a named or described person',
		[
			said(
				'Gov. Ana Pell’s office said the plan was “under review.”',
				'under review.',
				'Gov. Ana Pell’s office'
			)
		]
	),
	'resolve.only-business': rule(
		'resolve.only-business',
		0.8,
		'“the company”, “the airline” when exactly one body named so far is no public institution',
		[
			said(
				'Velmore, which makes ferries, laid off 40 workers.\n\n“We had no choice,” the company said.',
				'We had no choice,',
				null
			)
		]
	),
	'resolve.spokesperson': rule(
		'resolve.spokesperson',
		0.93,
		'“a department spokeswoman”, “a spokesman for the ministry”: the one body it speaks for',
		[
			said(
				'The Fenn Water Department cut supplies on Monday.\n\n“Supplies will return by Friday,” a department spokeswoman said.',
				'Supplies will return by Friday,',
				'Fenn Water Department'
			)
		]
	),
	'resolve.spokesperson-unknown-body': rule(
		'resolve.spokesperson-unknown-body',
		0,
		'a spokesperson of a person whose body the article does not name: nobody is credited',
		[
			said(
				'Mayor Ana Pell left the meeting early.\n\n“She has no comment,” the mayor’s spokesman said.',
				'She has no comment,',
				null
			)
		]
	),
	'resolve.definite-role': rule(
		'resolve.definite-role',
		0.93,
		'“the councillor”, “the incoming chief executive”: the one known person with that role',
		[
			said(
				'Cllr Rhea Dunn said the budget was tight.\n\n“We cannot fund both,” the councillor said.',
				'We cannot fund both,',
				'Rhea Dunn'
			)
		]
	),
	'resolve.role-ambiguous': rule(
		'resolve.role-ambiguous',
		0.5,
		'a role several known people have',
		[
			said(
				'Inspector Ana Vos and Inspector Ben Ekwe both work at the depot.\n\n“We are tired,” the inspector said.',
				'We are tired,',
				null
			)
		]
	),
	'resolve.named-group': rule(
		'resolve.named-group',
		0.9,
		'a group with a capitalised modifier (“Dorland officials”)',
		[
			said(
				'“The border stays open,” Dorland officials said.',
				'The border stays open,',
				'Dorland officials'
			)
		]
	),
	'resolve.vague-group': rule(
		'resolve.vague-group',
		0.6,
		'a bare group (“officials”, “experts”): nobody in particular',
		[said('“It is too early,” officials said.', 'It is too early,', null)]
	),
	'resolve.definite-body-loose': rule(
		'resolve.definite-body-loose',
		0.8,
		'“the grid operator” when one body’s name ends in “Operator” but has no “grid”: likely it, left for review',
		[
			gave(
				'The Orla Water Authority raised prices. The regional authority said 300 homes were affected.',
				'300',
				null
			)
		]
	),
	'resolve.as-role': rule(
		'resolve.as-role',
		0.9,
		'“Ana Vos worked for years as a pilot”: the role is hers, nobody new',
		// The rule resolves the predicate, not the speaker: its effect shows in the later “the former
		// pilot”, which then finds her (by resolve.definite-role) instead of an unnamed pilot.
		[],
		[
			said(
				'Ana Vos worked for twenty years as a pilot before she retired.\n\n“The strait is dangerous,” the former pilot said.',
				'The strait is dangerous,',
				'Ana Vos'
			)
		]
	),
	'resolve.name-after-its': rule(
		'resolve.name-after-its',
		0.92,
		'“its Ministry of Health”, “their Water Board”: a body named after a possessive',
		[
			said(
				'Dorland denies the claim. “We have nothing to hide,” its Ministry of Health said.',
				'We have nothing to hide,',
				'Ministry of Health'
			)
		]
	),
	'resolve.qualified-group': rule(
		'resolve.qualified-group',
		0.9,
		'a group set apart from the others (“other experts”, “some analysts”, “independent engineers”): that group',
		[
			said(
				'“The repairs can wait,” other engineers said.',
				'The repairs can wait,',
				'other engineers'
			)
		],
		[said('“It is too early,” officials said.', 'It is too early,', null)]
	),
	'resolve.unnamed-person': rule(
		'resolve.unnamed-person',
		0.92,
		'“a senior official”, “one resident”: someone the article does not name',
		[
			said(
				'“The water came at night,” said a resident of the lower town.',
				'The water came at night,',
				'a resident of the lower town'
			)
		]
	),
	'resolve.pronoun-only-candidate': rule(
		'resolve.pronoun-only-candidate',
		0.95,
		'“he”, “she”, “it”: the only compatible person or body in this and the previous sentences',
		[
			said(
				'Mara Lenz, a ferry captain, has sailed the strait for 20 years.\n\n“I have never seen it this rough,” she said.',
				'I have never seen it this rough,',
				'Mara Lenz'
			)
		]
	),
	'resolve.pronoun-same-sentence': rule(
		'resolve.pronoun-same-sentence',
		0.9,
		'“Crane said she had asked …”: the one compatible person named earlier in the same sentence, not after a preposition',
		[
			said(
				'Ana Vos, a nurse, finished her shift.\n\nLina Reyna, a doctor, stayed on, and she said: “We need beds.”',
				'We need beds.',
				'Lina Reyna'
			)
		],
		[
			said(
				'Ivo Brandt runs the ferry.\n\nBefore the vote, calls about Orla Air would “trickle in,” he said.',
				'trickle in,',
				null
			),
			said(
				'The Harbour Office changed its count. In a letter to the city council, it said: “There are at least 400 boats.”',
				'There are at least 400 boats.',
				null
			)
		]
	),
	'resolve.pronoun-nearest-known-gender': rule(
		'resolve.pronoun-nearest-known-gender',
		0.88,
		'the nearest candidate is the only one whose gender is known and fits',
		[
			said(
				'Ruvo Tal, a surgeon, and Ana Vos, a nurse, run the clinic.\n\n“We are full,” she said.',
				'We are full,',
				'Ana Vos'
			)
		]
	),
	'resolve.pronoun-not-owner': rule(
		'resolve.pronoun-not-owner',
		0.88,
		'of two people, one was met only as an owner (“Tal’s plan”): “he” continues the other',
		[
			said(
				'Osku Varn, the harbour chief, said Ruvo Tal’s plan would close the port.\n\n“It is a mistake,” he said.',
				'It is a mistake,',
				'Osku Varn'
			)
		],
		[said('Ruvo Tal met Osku Varn at the port.\n\n“It is over,” he said.', 'It is over,', null)]
	),
	'resolve.pronoun-paragraph-subject': rule(
		'resolve.pronoun-paragraph-subject',
		0.9,
		'of several who fit, the nearest is the only one this paragraph names before the pronoun',
		[
			said(
				'“Roads come first,” said the mayor, Ana Vos.\n\nDr Lina Reyna said she would send her survey to the council. “Anyone can read it,” she said.',
				'Anyone can read it,',
				'Lina Reyna'
			)
		],
		[
			said(
				'Dr Lina Reyna said she would send her survey. The mayor, Ana Vos, said she had not seen it. “Anyone can read it,” she said.',
				'Anyone can read it,',
				null
			)
		]
	),
	'resolve.pronoun-ambiguous': rule(
		'resolve.pronoun-ambiguous',
		0.4,
		'a pronoun with several compatible candidates: the nearest is a guess',
		[said('Ruvo Tal met Osku Varn at the port.\n\n“It is over,” he said.', 'It is over,', null)]
	),
	'resolve.acronym': rule(
		'resolve.acronym',
		0.98,
		'a short name in brackets right after a body’s name: “the Office for Road Safety (ORS)”',
		[
			gave(
				'The Office for Road Safety (ORS) counted 212 crashes last year.\n\nThe ORS said 40 people died.',
				'40',
				'Office for Road Safety'
			),
			gave(
				'The Harbour Pilots Guild (HPG), a Lisbury-based trade body, met on Monday.\n\nAccording to the HPG, 31 pilots had quit.',
				'31',
				'Harbour Pilots Guild'
			)
		]
	),
	'resolve.title-initials': rule(
		'resolve.title-initials',
		0.93,
		'“the DC” after “District Commissioner Ana Vos”: the initials of exactly one person’s title',
		[
			said(
				'District Commissioner Ana Vos toured the camp on Monday.\n\n“Every tent has water,” the DC said.',
				'Every tent has water,',
				'Ana Vos'
			)
		],
		[
			said(
				'District Commissioner Ana Vos met Deputy Commissioner Lina Reyna.\n\n“Every tent has water,” the DC said.',
				'Every tent has water,',
				null
			)
		]
	),
	'resolve.apposition': rule(
		'resolve.apposition',
		0.97,
		'“X, the trust’s head of research,”: the description is X',
		[
			said(
				'“No ship leaves tonight,” said the port director, Ivo Brandt.',
				'No ship leaves tonight,',
				'Ivo Brandt'
			)
		]
	)
} satisfies Record<string, Rule>;

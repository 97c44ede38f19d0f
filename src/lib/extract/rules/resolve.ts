/** Rules of entity resolution (pass 2): which person or body a mention refers to. */
import type { Rule } from './types';

const rule = (id: string, confidence: number, matches: string, r: Partial<Rule> = {}): Rule => ({
	id,
	pass: 'resolve',
	matches,
	confidence,
	examples: [],
	counterexamples: [],
	...r
});

export const RESOLVE = {
	'resolve.known-name': rule('resolve.known-name', 0.99, 'a full name the article has used before'),
	'resolve.new-person': rule(
		'resolve.new-person',
		0.98,
		'a full name (two to four capitalised words, or a title and a name) seen for the first time'
	),
	'resolve.new-org': rule(
		'resolve.new-org',
		0.98,
		'a name with an institution word (Council, Trust, Ministry…) or an acronym, seen for the first time'
	),
	'resolve.named-after-description': rule(
		'resolve.named-after-description',
		0.9,
		'a body named within three sentences of a description that shares a word with its name (“the state’s wildlife agency … the Division of Wildlife”)'
	),
	'resolve.place': rule(
		'resolve.place',
		0.95,
		'a country, region or city (“South Korea”, “North Dakota”): a source when it speaks'
	),
	'resolve.org-form': rule(
		'resolve.org-form',
		0.95,
		'a shorter or fuller form of exactly one known body (“the Trust” for “the Lantern Trust”)'
	),
	'resolve.org-ambiguous': rule(
		'resolve.org-ambiguous',
		0.5,
		'a form that fits more than one known body: the most recent is a guess'
	),
	'resolve.titled-surname': rule(
		'resolve.titled-surname',
		0.9,
		'a title and one name (“Cllr Fenwick”) before any full name'
	),
	'resolve.surname': rule(
		'resolve.surname',
		0.97,
		'one name word that exactly one known person carries'
	),
	'resolve.surname-told-apart': rule(
		'resolve.surname-told-apart',
		0.93,
		'a name two people share, told apart by the title or the honorific (Ms/Mr)'
	),
	'resolve.surname-ambiguous': rule(
		'resolve.surname-ambiguous',
		0.45,
		'a name several people share and nothing tells apart'
	),
	'resolve.new-single-name': rule(
		'resolve.new-single-name',
		0.9,
		'one capitalised word seen for the first time, with an appositive that says what it is'
	),
	'resolve.unknown-single-name': rule(
		'resolve.unknown-single-name',
		0.7,
		'one capitalised word seen for the first time, with nothing to say what it is'
	),
	'resolve.definite-body': rule(
		'resolve.definite-body',
		0.93,
		'“the trust”, “the department”: the one known body it names or was described as'
	),
	'resolve.indefinite-body': rule(
		'resolve.indefinite-body',
		0.85,
		'a body noun without “the” that fits one known body'
	),
	'resolve.body-ambiguous': rule(
		'resolve.body-ambiguous',
		0.5,
		'a body noun that fits several known bodies'
	),
	'resolve.new-described-body': rule(
		'resolve.new-described-body',
		0.88,
		'“the finance ministry” with no body to point back to: a body of its own'
	),
	'resolve.owned-body': rule(
		'resolve.owned-body',
		0.9,
		'“Gov. Ray Lindell’s office”, “the mayor’s team”: a body that belongs to a named person'
	),
	'resolve.only-business': rule(
		'resolve.only-business',
		0.8,
		'“the company”, “the airline” when exactly one body named so far is no public institution'
	),
	'resolve.spokesperson': rule(
		'resolve.spokesperson',
		0.93,
		'“a department spokeswoman”, “a spokesman for the ministry”: the one body it speaks for'
	),
	'resolve.definite-role': rule(
		'resolve.definite-role',
		0.93,
		'“the councillor”, “the incoming chief executive”: the one known person with that role'
	),
	'resolve.role-ambiguous': rule('resolve.role-ambiguous', 0.5, 'a role several known people have'),
	'resolve.named-group': rule(
		'resolve.named-group',
		0.9,
		'a group with a capitalised modifier (“U.S. officials”)'
	),
	'resolve.vague-group': rule(
		'resolve.vague-group',
		0.6,
		'a bare group (“officials”, “experts”): nobody in particular'
	),
	'resolve.unnamed-person': rule(
		'resolve.unnamed-person',
		0.92,
		'“a senior official”, “one resident”: someone the article does not name'
	),
	'resolve.pronoun-only-candidate': rule(
		'resolve.pronoun-only-candidate',
		0.95,
		'“he”, “she”, “it”: the only compatible person or body in this and the previous sentences'
	),
	'resolve.pronoun-same-sentence': rule(
		'resolve.pronoun-same-sentence',
		0.9,
		'“Crane said she had asked …”: the one compatible person named earlier in the same sentence'
	),
	'resolve.pronoun-nearest-known-gender': rule(
		'resolve.pronoun-nearest-known-gender',
		0.88,
		'the nearest candidate is the only one whose gender is known and fits'
	),
	'resolve.pronoun-ambiguous': rule(
		'resolve.pronoun-ambiguous',
		0.4,
		'a pronoun with several compatible candidates: the nearest is a guess'
	),
	'resolve.apposition': rule(
		'resolve.apposition',
		0.97,
		'“X, the trust’s head of research,”: the description is X'
	)
} satisfies Record<string, Rule>;

import type { QuestionKind } from './types';

/** Names of the kinds for people (bank.md, class reports). */
export const KIND_LABELS: Record<QuestionKind, string> = {
	'who-said': 'who said it',
	'what-said': 'what did they say',
	'whose-estimate': 'whose estimate',
	'match-estimates': 'match the estimates',
	compare: 'compare the figures',
	'how-sure': 'how sure',
	'who-is': 'who is who',
	when: 'when',
	'quote-or-paraphrase': 'quote or paraphrase',
	'source-or-author': 'source or author',
	'true-false': 'true or false',
	'where-from': 'who repeats whom',
	'no-source': 'which claim has no source',
	headline: 'headline and body',
	'why-differ': 'why the figures differ'
};

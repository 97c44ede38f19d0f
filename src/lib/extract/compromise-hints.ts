/**
 * Hints from compromise (a rule-based English tagger with its lexicon inside the package: nothing is
 * fetched). Answers are cached per word, so an article costs one tagging per distinct word.
 */
import nlp from 'compromise/two';
import type { Hints } from './hints';

const ORDINARY = [
	'#Adverb',
	'#Verb',
	'#Adjective',
	'#Plural',
	'#Date',
	'#Pronoun',
	'#Determiner',
	'#Conjunction',
	'#Preposition',
	'#Value'
];

function cached<T>(compute: (word: string) => T): (word: string) => T {
	const memo = new Map<string, T>();
	return (word) => {
		let v = memo.get(word);
		if (v === undefined) {
			v = compute(word);
			memo.set(word, v);
		}
		return v;
	};
}

export const compromiseHints: Hints = {
	firstNameGender: cached((word) => {
		const doc = nlp(word);
		if (doc.has('#FemaleName')) return 'f';
		if (doc.has('#MaleName')) return 'm';
		return null;
	}),
	ordinaryWord: cached((word) => {
		const doc = nlp(word.toLowerCase());
		if (doc.has('#ProperNoun') || doc.has('#Person') || doc.has('#Place')) return false;
		return ORDINARY.some((tag) => doc.has(tag));
	}),
	placeName: cached((word) => {
		const doc = nlp(word);
		return doc.has('#Place') && !doc.has('#Person');
	})
};

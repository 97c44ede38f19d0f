/**
 * What a word-level language model can tell the rules that word lists cannot: whether a first name is
 * usually a woman's or a man's, and whether a capitalised word at the start of a sentence is an ordinary
 * word (“Sometimes”, “Relatives”) rather than a name. Extraction works without hints; with them it is
 * surer about who “she” is and takes fewer ordinary words for names. compromise-hints.ts supplies them.
 */
export interface Hints {
	firstNameGender(word: string): 'f' | 'm' | null;
	/** True for a word that is not a name when written alone: an adverb, a verb, a plural noun, a month. */
	ordinaryWord(word: string): boolean;
	/** True for a country, region or city (“Ukraine”, “Kursk”). */
	placeName(word: string): boolean;
}

export const NO_HINTS: Hints = {
	firstNameGender: () => null,
	ordinaryWord: () => false,
	placeName: () => false
};

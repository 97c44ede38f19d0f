import { CLAUSE_WORDS } from './lexicon';
import { WORD_NUMBERS } from './numbers';
import { words } from './text';

/** Words that end a counted noun phrase: prepositions and determiners open the next phrase. */
const PHRASE_ENDS = new Set([
	...CLAUSE_WORDS,
	// “46,797 he saw”: a pronoun starts a clause.
	...'he she it they we i you him them us'.split(' '),
	...'the a an per of across among amid near around along within beyond toward towards via inside outside off upon onto'.split(
		' '
	)
]);

/** Words that say something of the counted things rather than name them: “300 nurses missing”. */
const PREDICATE_WORDS = new Set(
	'missing dead injured wounded unfilled vacant empty left short more fewer less ago earlier later long wide tall high deep old strong'.split(
		' '
	)
);

/** Numbers and quantities in words: “500 officers and three generals” are two counts. */
const NUMBER_WORDS = new Set([
	...Object.keys(WORD_NUMBERS),
	...'one thousand hundreds thousands dozens several many some few'.split(' ')
]);

/** Nouns that stand for a figure (`its count of 41`); the noun after “of” is what is counted. */
const FIGURE_HEADS =
	/\b(?:number|count|total|tally|estimate|figure)\s+of\s+([\p{L}-]+)\s+(?:at|is|was|as|to|:)\s*(?:\p{L}+\s+){0,2}$/iu;

/** Words that name a figure rather than what it counts (“put the true figure at …”). */
const FIGURE_WORD = /^(?:figure|number|estimate|count|total|tally|mark)s?$/i;

/** A plural noun by its ending (“homes”, “people”), not “bus”, “crisis” or “census”. */
const isPlural = (word: string) =>
	/^(?:people|children|men|women|personnel|cattle)$/i.test(word) ||
	(/[^s]s$/i.test(word) && !/(?:us|is|ss|os|[’'])$/i.test(word) && word.length > 3);

/**
 * What a figure counts: the noun phrase after it (`North Korean soldiers`), a partitive (`of the
 * city’s schools`), or the noun it measures (`put the toll at roughly 260`). Empty when nothing near
 * names it.
 */
export function countedNoun(text: string, after: number, figureStart: number): string {
	// A window after the figure and before it: the counted noun is near, and long paragraphs stay linear.
	const window = text.slice(after, after + 200);
	// “1,100 of the city’s schools” keeps its “of the”: the figure is a part of something named.
	const partitive = /^\s+(of\s+(?:the|its|their|his|her|our)\s+)/iu.exec(window);
	const rest = partitive ? window.slice(partitive[0].length - 1) : window;
	const taken: string[] = [];
	let end = 0;
	const ws = words(rest);
	// A word that may go on a noun phrase: not a clause word, a predicate, a figure or an adverb.
	const nounish = (k: number) => {
		const x = ws[k]?.word.toLowerCase();
		return (
			!!x &&
			!/[,;:.—()«»“”"‘’]/.test(rest.slice(ws[k - 1]!.end, ws[k]!.start)) &&
			!PHRASE_ENDS.has(x) &&
			!PREDICATE_WORDS.has(x) &&
			!/^\d/.test(x) &&
			!NUMBER_WORDS.has(x) &&
			!/(?:ly|ed)$/.test(x)
		);
	};
	for (let k = 0; k < ws.length; k++) {
		const w = ws[k]!;
		// Punctuation between words closes the phrase: “3,000 soldiers, officials said”.
		if (/[,;:.—()«»“”"‘’]/.test(rest.slice(end, w.start))) break;
		end = w.end;
		const lower = w.word.toLowerCase();
		if (taken.length >= 4 || /^\d/.test(lower)) break;
		// “140 armored vehicles”: a participle before a noun describes it; “12 killed in” ends the phrase.
		const opens = taken.length === 0 || /^(?:and|or)$/i.test(taken.at(-1)!);
		if (/ed$/.test(lower) && !(opens && nounish(k + 1))) break;
		// “350 tanks and armored vehicles”: one count of two kinds of thing.
		if (
			(lower === 'and' || lower === 'or') &&
			taken.length > 0 &&
			(nounish(k + 1) || (/ed$/.test(ws[k + 1]?.word ?? '') && nounish(k + 2)))
		) {
			taken.push(w.word);
			continue;
		}
		if (PHRASE_ENDS.has(lower) || PREDICATE_WORDS.has(lower)) break;
		// “nursing posts” opens with a gerund; “nurses working nights” has one after its noun.
		if (taken.length > 0 && /ing$/.test(lower)) break;
		// “6 lakh people depend on …”, “300 homes lost power”: after a plural noun comes its verb.
		if (taken.length > 0 && isPlural(taken.at(-1)!)) break;
		taken.push(w.word);
	}
	// “the 40,000 figure”: the word names the figure, not what it counts.
	if (taken.length === 1 && FIGURE_WORD.test(taken[0]!)) taken.length = 0;
	// “spent $9,000 replacing the boiler”: a verb with its object, not a counted noun.
	if (
		taken.length === 1 &&
		/ing$/i.test(taken[0]!) &&
		/^(?:the|a|an|their|his|her|its|our|my|your|them|it|this|that|these|those)$/i.test(
			ws[1]?.word ?? ''
		)
	)
		taken.length = 0;
	if (taken.length)
		return partitive ? `${partitive[1]!.trim()} ${taken.join(' ')}` : taken.join(' ');
	const before = text.slice(Math.max(0, figureStart - 120), figureStart);
	const figureOf = FIGURE_HEADS.exec(before);
	if (figureOf) return figureOf[1]!;
	// “put the toll at roughly 260”, “a vacancy rate of 9 per cent”, “Its count: …”
	const measured =
		/\b(?:the|its|their|a|an)\s+(?:true\s+|real\s+|official\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:at|is|was|of|to|:)\s*(?:\p{L}+\s+){0,2}$/iu.exec(
			before
		) ?? /\b([\p{L}-]+)\s*:\s*$/u.exec(before);
	// “the overcharges came to …”: a plural noun, then its verb; “its own count at …”: the figure word.
	const pair = (measured?.[1] ?? '').replace(/^own\s+/i, '').split(/\s+/);
	const noun = pair.length === 2 && isPlural(pair[0]!) ? pair[0]! : pair.join(' ');
	return FIGURE_WORD.test(noun) ? '' : noun;
}

const SYNONYMS: Record<string, string> = {
	soldier: 'troops',
	troop: 'troops',
	force: 'troops',
	fighter: 'troops',
	personnel: 'troops',
	serviceman: 'troops',
	vessel: 'ships',
	ship: 'ships',
	boat: 'ships',
	home: 'homes',
	house: 'homes',
	building: 'homes',
	toll: 'deaths',
	death: 'deaths',
	fatality: 'deaths',
	person: 'people',
	people: 'people',
	resident: 'people'
};

/** Nouns that stand for “the figure” and say nothing of what it counts. */
const GENERIC = new Set(['number', 'figure', 'count', 'total', 'tally', 'estimate', 'one', '']);

const PREDICATES: Array<[RegExp, string]> = [
	[/\b(died|dead|killed|deaths?|toll|perished)\b/, 'deaths'],
	[/\bmissing\b/, 'missing'],
	[/\b(injured|wounded|hurt)\b/, 'injured'],
	[/\b(displaced|homeless|forced from|sheltering|evacuated)\b/, 'displaced'],
	[/\b(detained|arrested|held|jailed)\b/, 'detained'],
	[/\b(joined|marched|took part|attended|protested|turned out|rallied)\b/, 'participants'],
	[/\b(stranded|stuck|waiting|idle)\b/, 'stranded']
];

function singular(word: string): string {
	const w = word.toLowerCase();
	if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
	if (w.endsWith('ss')) return w;
	if (w.endsWith('s')) return w.slice(0, -1);
	return w;
}

/** A sentence that counts the whole world (“Worldwide, the group counted 361 …”), not one country. */
const WORLDWIDE =
	/\b(?:worldwide|globally|global|around the world|across the world|in the world|world’s|world's|internationally)\b/i;

/**
 * A key for “the same quantity”: the counted noun's head (soldiers and troops are both troops), sharpened
 * by what the sentence says happened to them (people who died vs. people missing) and by a world-wide
 * scope (a world total is no rival to one country's count).
 */
export function quantityKey(
	counts: string,
	sentence: string,
	fallback: string,
	/** The figure's own clause and the words right after it, where a scope applies to it. */
	near = ''
): string {
	const scope = WORLDWIDE.test(near) ? '@world' : '';
	return quantityHead(counts, sentence, fallback) + scope;
}

function quantityHead(counts: string, sentence: string, fallback: string): string {
	const headWord = counts.split(/\s+/).at(-1) ?? '';
	const head =
		SYNONYMS[singular(headWord)] ?? SYNONYMS[headWord.toLowerCase()] ?? singular(headWord);
	const predicate = PREDICATES.find(([re]) => re.test(sentence.toLowerCase()))?.[1];
	if (GENERIC.has(head)) return fallback || predicate || head;
	if (head === 'people' && predicate) return predicate;
	if (head === 'deaths') return 'deaths';
	return head;
}

import { CLAUSE_WORDS } from './lexicon';
import { words } from './text';

/** What a figure counts: the words after it (`North Korean soldiers`), or the noun it measures. */
export function countedNoun(text: string, after: number, figureStart: number): string {
	// A window after the figure and before it: the counted noun is near, and long paragraphs stay linear.
	const rest = text.slice(after, after + 200).replace(/^\s*(?:of\s+)?/, ' ');
	const taken: string[] = [];
	for (const w of words(rest)) {
		if (
			w.start > 0 &&
			/[,;:.—()«»“”"]/.test(rest.slice(0, w.start).slice(-2).trim().slice(-1) || '')
		)
			break;
		const lower = w.word.toLowerCase();
		if (CLAUSE_WORDS.has(lower) || /ed$/.test(lower) || /^\d/.test(lower) || taken.length >= 4)
			break;
		if (lower === 'a' || lower === 'an' || lower === 'per') break;
		taken.push(w.word);
		if (/[,;:.]/.test(rest[w.end] ?? '')) break;
	}
	if (taken.length) return taken.join(' ');
	// “put the toll at roughly 260”, “the true number is closer to 90,000”, “Its count: …”
	const before = text.slice(Math.max(0, figureStart - 120), figureStart);
	const measured =
		/\b(?:the|its|their)\s+(?:true\s+|real\s+|official\s+)?([\p{L}-]+)\s+(?:at|is|was|of|to|:)\s*(?:\p{L}+\s+){0,2}$/iu.exec(
			before
		) ?? /\b([\p{L}-]+)\s*:\s*$/u.exec(before);
	return measured?.[1] ?? '';
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

/**
 * A key for “the same quantity”: the counted noun's head (soldiers and troops are both troops), sharpened
 * by what the sentence says happened to them (people who died vs. people missing).
 */
export function quantityKey(counts: string, sentence: string, fallback: string): string {
	const headWord = counts.split(/\s+/).at(-1) ?? '';
	const head =
		SYNONYMS[singular(headWord)] ?? SYNONYMS[headWord.toLowerCase()] ?? singular(headWord);
	const predicate = PREDICATES.find(([re]) => re.test(sentence.toLowerCase()))?.[1];
	if (GENERIC.has(head)) return fallback || predicate || head;
	if (head === 'people' && predicate) return predicate;
	if (head === 'deaths') return 'deaths';
	return head;
}

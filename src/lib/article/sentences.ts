/**
 * Splits a paragraph into sentences. Rules, in order:
 * - a sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes or brackets) followed by white space
 *   and a capital letter or digit, possibly behind opening quotes or brackets;
 * - so an ellipsis inside a quotation (“briefing … concerning”) or a quote ending in a comma (“…orders,”
 *   he said) does not end a sentence;
 * - a period after an initialism (U.S., a.m.), a single initial (John F. Kennedy) or a common title or
 *   month abbreviation (Mr., Gen., Oct.) does not end one either. An initialism that really does close a
 *   sentence is therefore merged with the next one: a longer evidence span, never a broken one.
 */

const TERMINATORS = '.!?…';
const CLOSERS = '”’"\')]»';
const OPENERS = '“‘"\'([«';

const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'sr',
	'jr',
	'st',
	'mt',
	'ft',
	'gen',
	'lt',
	'col',
	'maj',
	'capt',
	'sgt',
	'cmdr',
	'adm',
	'gov',
	'sen',
	'rep',
	'rev',
	'pres',
	'amb',
	'no',
	'nos',
	'vs',
	'approx',
	'est',
	'dept',
	'univ',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec'
]);

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The word that ends just before `dot`, without leading quotes or brackets. */
function wordBefore(text: string, dot: number): string {
	let start = dot;
	while (start > 0 && !isSpace(text[start - 1])) start--;
	let word = text.slice(start, dot);
	while (word.length > 0 && OPENERS.includes(word[0]!)) word = word.slice(1);
	return word;
}

function isAbbreviation(word: string): boolean {
	if (/^\p{L}$/u.test(word)) return /^\p{Lu}$/u.test(word); // an initial: “F.”
	if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // an initialism: “U.S.”, “a.m.”
	return ABBREVIATIONS.has(word.toLowerCase());
}

function startsSentence(text: string, at: number): boolean {
	let i = at;
	while (i < text.length && OPENERS.includes(text[i]!)) i++;
	return /^[\p{Lu}\p{N}]/u.test(text.slice(i, i + 1));
}

export function splitSentences(paragraph: string): string[] {
	const text = paragraph.trim();
	const sentences: string[] = [];
	let start = 0;
	let i = 0;
	while (i < text.length) {
		if (!TERMINATORS.includes(text[i]!)) {
			i++;
			continue;
		}
		const mark = i;
		let end = i + 1;
		while (end < text.length && TERMINATORS.includes(text[end]!)) end++;
		while (end < text.length && CLOSERS.includes(text[end]!)) end++;
		let next = end;
		while (isSpace(text[next])) next++;
		const boundary =
			next > end &&
			next < text.length &&
			startsSentence(text, next) &&
			!(text[mark] === '.' && end === mark + 1 && isAbbreviation(wordBefore(text, mark)));
		if (boundary) {
			sentences.push(text.slice(start, end));
			start = next;
		}
		i = end;
	}
	if (start < text.length) sentences.push(text.slice(start));
	return sentences;
}

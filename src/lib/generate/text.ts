import { memo } from '../memo';
/** Small text helpers for prompts, choices and explanations: quoting, shortening, excerpts. */

const ELLIPSIS = '…';

/** Lower case, straight quotes, single spaces, no edge punctuation: for comparing and hashing texts. */
export const normalize = memo(normalizeText);

function normalizeText(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.replace(/^[\s"'.,;:!?…—–-]+|[\s"'.,;:!?…—–-]+$/g, '');
}

/** Capitalises the first letter (not the first character: a text may open with a quote mark). */
export function capitalize(text: string): string {
	return text.replace(/\p{L}/u, (c) => c.toUpperCase());
}

/**
 * Drops the punctuation a quote carries only because of the sentence around it (`…orders,” he said`), and
 * a final full stop, which would clash with the prompt's own question mark. `?` and `!` stay.
 */
export function trimQuote(text: string): string {
	return text
		.trim()
		.replace(/[\s,;:—–-]+$/, '')
		.replace(/([^.])\.$/, '$1');
}

/** Wraps text in curly double quotes; double quotes inside become single ones, as in print. */
export function curly(text: string): string {
	return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** Keeps at most `maxWords` words, ending with “…” when something was cut. Short overflows stay whole. */
export function shorten(text: string, maxWords: number): string {
	const words = text.trim().split(/\s+/);
	// Cutting two or three words saves little and loses the end of the thought.
	if (words.length <= maxWords + 3) return text.trim();
	const kept = words
		.slice(0, maxWords)
		.join(' ')
		.replace(/[\s,;:—–-]+$/, '');
	return `${kept} ${ELLIPSIS}`;
}

/**
 * A verbatim piece of `sentence` around `phrase`, at most about `maxWords` words, with “…” where it was cut.
 * The whole sentence when it is short enough or the phrase is not in it.
 */
export function excerpt(sentence: string, phrase: string, maxWords = 30): string {
	// A very long sentence is first cut to a window around the phrase that still holds far more than
	// maxWords words on each side, so the cost does not grow with the sentence.
	const reach = maxWords * 40;
	if (sentence.length > 3 * reach) {
		const at = phrase ? sentence.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
		const from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, at - reach)));
		const to = sentence.indexOf(' ', Math.max(at, 0) + phrase.length + reach);
		const window = sentence.slice(from, to < 0 ? sentence.length : to).trim();
		const inner = excerptOf(window, phrase, maxWords);
		const lead = from > 0 && !inner.startsWith(ELLIPSIS) ? `${ELLIPSIS} ` : '';
		const tail = to >= 0 && !inner.endsWith(ELLIPSIS) ? ` ${ELLIPSIS}` : '';
		return `${lead}${inner}${tail}`;
	}
	return excerptOf(sentence, phrase, maxWords);
}

function excerptOf(sentence: string, phrase: string, maxWords: number): string {
	const words = sentence.split(' ');
	if (words.length <= maxWords) return sentence;
	const at = phrase ? sentence.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
	let first = 0;
	let last = maxWords - 1;
	if (at >= 0) {
		const startWord = sentence.slice(0, at).split(' ').length - 1;
		const endWord = sentence.slice(0, at + phrase.length).split(' ').length - 1;
		const spare = Math.max(0, maxWords - (endWord - startWord + 1));
		first = Math.max(0, startWord - Math.floor(spare / 2));
		last = Math.min(words.length - 1, first + Math.max(maxWords, endWord - startWord + 1) - 1);
		first = Math.max(0, Math.min(first, last - maxWords + 1));
	}
	const piece = words.slice(first, last + 1).join(' ');
	return `${first > 0 ? `${ELLIPSIS} ` : ''}${piece}${last < words.length - 1 ? ` ${ELLIPSIS}` : ''}`;
}

/** `Ukraine’s`, `U.S. officials’`. */
export function possessive(name: string): string {
	return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listJoin(parts: readonly string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** 12000 → `12,000`, without Intl, so output does not depend on the runtime's locale data. */
export function formatNumber(value: number): string {
	const [whole = '', fraction] = String(value).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Ends a prompt with `?` unless the text already ends a sentence (a quote that is itself a question). */
export function endQuestion(text: string): string {
	return /[?!]["”’]?$/.test(text) ? text : `${text}?`;
}

/** Ends a sentence with a full stop unless it already has final punctuation. */
export function endSentence(text: string): string {
	return /([.?!…]["”’)]?|[”"])$/.test(text) ? text : `${text}.`;
}

/** Longest piece of a quote shown as a phrase (a complete sentence may run a little longer). */
export const PHRASE_WORDS = 14;
const SENTENCE_WORDS = 20;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * What of a quote to show: the whole quote when it is short; else its first sentence, or another of its
 * sentences, that is short; else the longest opening of the first sentence that ends at a natural break
 * (a comma, a dash, a semicolon, an ellipsis) within PHRASE_WORDS words, marked with “…”. Never cut
 * mid-phrase: with no such break the first sentence is shown whole.
 */
/** quotePiece per length, remembered: it is asked of every quote by every question. */
const pieces = new Map<number, (quote: string) => string>();

export function quotePiece(quote: string, maxWords = SENTENCE_WORDS): string {
	let piece = pieces.get(maxWords);
	if (!piece) {
		piece = memo((q: string) => cutQuote(q, maxWords));
		pieces.set(maxWords, piece);
	}
	return piece(quote);
}

function cutQuote(quote: string, maxWords: number): string {
	const text = trimQuote(quote);
	if (wordCount(text) <= maxWords) return text;
	const sentences = text.split(/(?<=[.?!])\s+(?=[“"‘[\p{Lu}])/u).map(trimQuote);
	const short = sentences.find((s) => wordCount(s) >= 4 && wordCount(s) <= maxWords);
	if (short) return short;
	const first = sentences[0] ?? text;
	const breaks = [...first.matchAll(/\s*(?:[,;:]|\s[—–]|\s…)(?=\s)/g)];
	let best = '';
	for (const m of breaks) {
		const head = first.slice(0, m.index).trim();
		const n = wordCount(head);
		if (n >= 4 && n <= PHRASE_WORDS) best = head;
	}
	// A condition (“If the dam holds, …”) is part of the claim: cut it and the claim changes. Show it whole.
	if (CONDITION.test(first)) return first;
	// An opening subordinate clause (“After burning through …,”) is not the point: show the main clause.
	if (SUBORDINATE.test(first) && breaks[0]) {
		const tail = first.slice(breaks[0].index + breaks[0][0].length).trim();
		if (wordCount(tail) >= 4 && wordCount(tail) <= maxWords) return `${ELLIPSIS} ${tail}`;
	}
	return best ? `${best} ${ELLIPSIS}` : first;
}

const SUBORDINATE = /^(after|before|when|while|although|though|because|as|since|once|despite)\b/i;
const CONDITION = /^(?:if|unless|only if|even if|provided)\b/i;

const FUNCTION_STEMS = new Set(
	'their there these those which where while about would could should other after being whose since'.split(
		' '
	)
);

/** Content words (five letters or more, cut to five) for telling whether two texts say the same thing. */
export function stems(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length >= 5)
			.map((w) => w.slice(0, 5))
			.filter((w) => !FUNCTION_STEMS.has(w))
	);
}

/** `U.S. officials`, `other experts`: a name that takes a plural verb (a lower-case last word in -s). */
export function isPlural(name: string): boolean {
	const last = name.trim().split(/\s+/).at(-1) ?? '';
	return /^\p{Ll}.*[^su]s$/u.test(last);
}

/** `text` as a literal inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

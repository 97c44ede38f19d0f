/** Small text helpers for prompts, choices and explanations: quoting, shortening, excerpts. */

const ELLIPSIS = '…';

/** Lower case, straight quotes, single spaces, no edge punctuation: for comparing and hashing texts. */
export function normalize(text: string): string {
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

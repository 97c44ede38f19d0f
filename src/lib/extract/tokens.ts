/**
 * Words, numbers and punctuation of a (masked) text with their offsets. Initialisms (U.S.), titles with a
 * period (Dr., Sen.) and hyphenated or apostrophised words (Yong-hyun, don’t) stay whole; a possessive
 * ending (’s, s’) is marked on the word rather than kept in it.
 */

export interface Token {
	/** The word without a possessive ending (`council` for `council’s`). */
	text: string;
	lower: string;
	start: number;
	/** End of the word including any possessive ending. */
	end: number;
	type: 'word' | 'number' | 'punct' | 'quote';
	possessive: boolean;
	/** First letter is upper case. */
	cap: boolean;
}

const TITLE_DOT =
	/^(?:Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Capt|Cmdr|Sgt|Adm|Rev|Sen|Rep|Gov|Prof|Jr|Sr|Insp|Det|Supt|Maj|Mt|No)$/;

// A middle initial (“William G. Harlow”) or leading initials (“K. P. Rao”) are one token each with
// their point, so the name runs on through them.
const TOKEN =
	/«?·+»?|«»|»|«|(?:\p{L}\.){2,}|(?<=\p{Lu}\p{Ll}+\s)\p{Lu}\.(?=\s\p{Lu}\p{Ll})|(?<![\p{L}\p{N}.’'-])\p{Lu}\.(?=\s(?:\p{Lu}\.\s)*\p{Lu}\p{Ll})|[$€£¥]?\d+(?:[.,]\d+)*(?:\s?(?:%|per\s?cent|percent))?|\p{L}[\p{L}\p{M}\p{N}]*(?:[’'-]\p{L}[\p{L}\p{M}\p{N}]*)*(?:[’']s?)?|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text`, offsets relative to `base` (a sentence's start in its paragraph). */
export function tokenize(text: string, base = 0): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		let word = m[0];
		const start = base + m.index;
		const end = start + word.length;
		if (/^[«»·]/.test(word)) {
			out.push({
				text: word,
				lower: word,
				start,
				end,
				type: 'quote',
				possessive: false,
				cap: false
			});
			continue;
		}
		if (/^[$€£¥]?\d/.test(word)) {
			out.push({
				text: word,
				lower: word,
				start,
				end,
				type: 'number',
				possessive: false,
				cap: false
			});
			continue;
		}
		if (!/\p{L}/u.test(word)) {
			out.push({
				text: word,
				lower: word,
				start,
				end,
				type: 'punct',
				possessive: false,
				cap: false
			});
			continue;
		}
		// A title written with its period: “Dr.”, “Sen.”.
		if (TITLE_DOT.test(word) && text[m.index + word.length] === '.') {
			word += '.';
			out.push(wordToken(word, start, start + word.length, false));
			continue;
		}
		let possessive = false;
		const poss = /^(.*?\p{L})(?:[’']s|(?<=s)[’'])$/u.exec(word);
		if (poss && !/^(?:it|let|that|what|who|there|here|he|she)[’']s$/i.test(word)) {
			word = poss[1]!;
			possessive = true;
		}
		out.push(wordToken(word, start, end, possessive));
	}
	// Titles written with a period keep it: the TOKEN pass saw “Dr” then “.”; drop the stray period.
	return out.filter(
		(t, i) =>
			!(t.text === '.' && i > 0 && out[i - 1]!.text.endsWith('.') && out[i - 1]!.end === t.end)
	);
}

function wordToken(word: string, start: number, end: number, possessive: boolean): Token {
	return {
		text: word,
		lower: word.toLowerCase(),
		start,
		end,
		type: 'word',
		possessive,
		cap: /^\p{Lu}/u.test(word)
	};
}

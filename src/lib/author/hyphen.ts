/**
 * A hyphen at the end of a line: a word broken by the line (“gov-” + “ernment”) or a compound that
 * happens to break at its hyphen (“well-” + “known”). The rule, in order:
 * 1. keep the hyphen when the second part starts with a capital or a digit, or the first ends in a
 *    digit (“anti-” + “American”, “30-” + “year-old”): such parts are words of their own;
 * 2. keep it after “self” and “ex” (“self-” + “government”, “ex-” + “minister”), always hyphenated;
 * 3. keep it when the first part is a word that often opens a hyphenated compound and the second a
 *    common standalone word (“long-” + “term”, “so-” + “called”, “four-” + “year-old”);
 * 4. otherwise the word was broken by the line: join it without the hyphen.
 * Closed compounds (“out-” + “side”) fall to rule 4 because “out” is not in the first list.
 */

const ALWAYS_HYPHENATED: ReadonlySet<string> = new Set(['self', 'ex']);

// Words that often open an open, hyphenated compound in news prose.
const COMPOUND_FIRST: ReadonlySet<string> = new Set(
	(
		'well long short high low full part half cross so all far near ill best worst better big small ' +
		'large top hard first second third last old one two three four five six seven eight nine ten ' +
		'eleven twelve fifteen twenty thirty forty fifty hundred thousand million multi state world ' +
		'year day week month hour time front left right middle mid record long-term fast slow hand ' +
		'home city town country family government court police army open free low-income much'
	).split(' ')
);

// Common standalone words that close such compounds.
const COMPOUND_SECOND: ReadonlySet<string> = new Set(
	(
		'known term called year years old time based led run owned backed made born like free wide ' +
		'scale level class hand up out off down in on over long day days week weeks month months hour ' +
		'hours minute minutes party range quality income profile speed price risk sized size minded ' +
		'standing lasting looking making trained paid ever way state person world time member page ' +
		'point line round fire water term sector court city town year-old old-fashioned'
	).split(' ')
);

/** Whether a line ends with a word broken at a hyphen (a letter or digit then `-`, not “ -” as a dash). */
export function endsWithHyphen(line: string): boolean {
	return /[\p{L}\p{N}]-$/u.test(line.slice(-2));
}

export interface Dehyphenated {
	/** The two lines as one. */
	text: string;
	/** True when the hyphen was dropped (a broken word), false when it was kept (a compound). */
	dropped: boolean;
	/** The word as it now reads, for the description. */
	word: string;
	/** The word as the two lines had it, with the hyphen. */
	broken: string;
}

/** Joins `a` (ending in a hyphen) with `b`, deciding whether the hyphen stays. */
export function joinHyphenated(a: string, b: string, keepHyphen = false): Dehyphenated {
	// Only the ends matter; slicing keeps the end-anchored pattern from rescanning a huge paragraph.
	const head = /([\p{L}\p{N}'’]+)-$/u.exec(a.slice(-80))?.[1] ?? '';
	const tailWord = /^[\p{L}\p{N}'’-]*/u.exec(b.slice(0, 80))?.[0] ?? '';
	const tailPart = /^[\p{L}\p{N}'’]*/u.exec(b.slice(0, 80))?.[0] ?? '';
	const keep =
		keepHyphen ||
		/^[\p{Lu}\p{N}]/u.test(b) ||
		/\p{N}$/u.test(head) ||
		ALWAYS_HYPHENATED.has(head.toLowerCase()) ||
		(COMPOUND_FIRST.has(head.toLowerCase()) && COMPOUND_SECOND.has(tailPart.toLowerCase())) ||
		tailPart === '';
	const text = keep ? `${a}${b}` : `${a.slice(0, -1)}${b}`;
	return {
		text,
		dropped: !keep,
		word: keep ? `${head}-${tailWord}` : `${head}${tailWord}`,
		broken: `${head}-${tailWord}`
	};
}

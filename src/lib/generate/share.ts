/**
 * Shares and multiples an article may state in words (“only a quarter of”, “twice as many”), so a
 * comparison question is asked only when the computed ratio and the article's wording agree.
 */
export interface ShareWord {
	/** small ÷ large for fractions; large ÷ small for multiples. */
	ratio: number;
	/** How a choice shows it. */
	label: string;
	/** Ways the article may write it (lower case, whole words). */
	spellings: string[];
	type: 'fraction' | 'multiple';
}

export const SHARE_WORDS: readonly ShareWord[] = [
	{ ratio: 1 / 2, label: 'half', spellings: ['half', 'one half'], type: 'fraction' },
	{
		ratio: 1 / 3,
		label: 'a third',
		spellings: ['a third', 'one third', 'one-third'],
		type: 'fraction'
	},
	{
		ratio: 1 / 4,
		label: 'a quarter',
		spellings: ['a quarter', 'one quarter', 'one-quarter', 'a fourth', 'one fourth', 'one-fourth'],
		type: 'fraction'
	},
	{
		ratio: 1 / 5,
		label: 'a fifth',
		spellings: ['a fifth', 'one fifth', 'one-fifth'],
		type: 'fraction'
	},
	{
		ratio: 1 / 10,
		label: 'a tenth',
		spellings: ['a tenth', 'one tenth', 'one-tenth'],
		type: 'fraction'
	},
	{ ratio: 2 / 3, label: 'two thirds', spellings: ['two thirds', 'two-thirds'], type: 'fraction' },
	{
		ratio: 3 / 4,
		label: 'three quarters',
		spellings: ['three quarters', 'three-quarters'],
		type: 'fraction'
	},
	{ ratio: 2, label: 'twice', spellings: ['twice', 'double', 'two times'], type: 'multiple' },
	{ ratio: 3, label: 'three times', spellings: ['three times', 'triple'], type: 'multiple' },
	{ ratio: 4, label: 'four times', spellings: ['four times', 'quadruple'], type: 'multiple' },
	{ ratio: 5, label: 'five times', spellings: ['five times'], type: 'multiple' },
	{ ratio: 10, label: 'ten times', spellings: ['ten times'], type: 'multiple' }
];

/** Two ratios this close are the same share (figures are rounded: 2,900 of 12,000 is still a quarter). */
const SAME = 0.04;
/** A wrong choice must be at least this far off (as a factor), so rounding never makes it right too. */
const FAR = 1.3;

/** The share word matching `ratio` that the text uses, with the spelling found, or null. */
export function statedShare(
	ratio: number,
	type: ShareWord['type'],
	text: string
): { word: ShareWord; spelling: string } | null {
	const lower = text.toLowerCase();
	for (const word of SHARE_WORDS) {
		if (word.type !== type || Math.abs(ratio / word.ratio - 1) > SAME) continue;
		const spelling = word.spellings.find((s) =>
			new RegExp(`(^|[^\\p{L}-])${s}([^\\p{L}-]|$)`, 'u').test(lower)
		);
		if (spelling) return { word, spelling };
	}
	return null;
}

/** Labels of other shares of the same type, each clearly wrong for `ratio`. */
export function wrongShares(ratio: number, type: ShareWord['type']): string[] {
	return SHARE_WORDS.filter(
		(w) => w.type === type && Math.max(w.ratio / ratio, ratio / w.ratio) >= FAR
	).map((w) => w.label);
}

/**
 * Lines a web page or a PDF adds around an article: page numbers, advertisement labels, sharing buttons.
 * Only lines that can be nothing else are removed, and each removal is recorded so it can be undone.
 * Lines that are only suspicious (a photo credit, a line in capitals) are pointed out by notes.ts.
 */

export type JunkKind = 'page-number' | 'advertisement' | 'share' | 'hashtags' | 'divider' | 'image';

// “3”, “- 3 -”, “Page 3”, “Page 3 of 7”, “3 / 7”: a line that is a page number and nothing else.
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

// Labels that news sites put between paragraphs where an advertisement sits.
const ADVERTISEMENT =
	/^(?:advertisement|advertising|ad|sponsored(?: content)?|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad|video|image))?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?)[.:]?$/i;

// Words of sharing and social buttons. A line made only of these (at most eight) is a button row.
const SHARE_WORDS: ReadonlySet<string> = new Set(
	(
		'share shares sharing this article story page on via facebook twitter x linkedin whatsapp ' +
		'email e-mail mail print copy link url tweet pinterest reddit telegram messenger save gift ' +
		'comment comments bookmark follow us more options'
	).split(' ')
);
const SHARE_ANCHORS: ReadonlySet<string> = new Set(
	'share facebook twitter linkedin whatsapp email e-mail tweet pinterest reddit telegram print'.split(
		' '
	)
);

function isShareLine(line: string): boolean {
	const words = line
		.toLowerCase()
		.split(/[\s|,·•/]+/)
		.filter((w) => w !== '');
	if (words.length === 0 || words.length > 8) return false;
	return words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_ANCHORS.has(w));
}

/** Whether a line is only a page number. */
export function isPageNumber(line: string): boolean {
	return PAGE_NUMBER.test(line);
}

/** What kind of non-article line this is, or null for a line of text. Expects a cleaned line. */
export function junkKind(line: string): Exclude<JunkKind, 'hashtags' | 'divider' | 'image'> | null {
	if (PAGE_NUMBER.test(line)) return 'page-number';
	if (ADVERTISEMENT.test(line)) return 'advertisement';
	if (isShareLine(line)) return 'share';
	return null;
}

/** Why a removed line was removed, for the teacher. */
export const JUNK_REASON: Record<JunkKind, string> = {
	'page-number': 'it looks like a page number',
	advertisement: 'it looks like an advertisement label',
	share: 'it looks like a row of sharing buttons',
	hashtags: 'it is only hashtags',
	divider: 'it is a divider line',
	image: 'it is an image, which an article here cannot show'
};

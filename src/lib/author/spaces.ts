/**
 * Odd characters in pasted text. Web pages and PDFs bring non-breaking and other wide spaces, invisible
 * marks (zero-width spaces, soft hyphens, direction marks) and control characters; a reader sees none of
 * them, and the article format shows every space as an ordinary one.
 */

// Every white-space character JavaScript's \s knows, except the plain space and line breaks.
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;
// Characters that take no room on screen: zero-width spaces and joiners, soft hyphen, direction marks.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]/g;
// C0 and C1 control characters (tab is handled as a space above).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export interface SpacedLine {
	text: string;
	/** Non-breaking or other unusual spaces became ordinary ones (tabs alone are not worth a mention). */
	oddSpaces: boolean;
	/** Invisible or control characters were removed. */
	invisible: boolean;
}

/** Makes every space an ordinary one, drops invisible characters, collapses runs and trims. */
export function normalizeSpaces(line: string): SpacedLine {
	const oddSpaces = /[\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/.test(line);
	// search() ignores the global flag's lastIndex, so the shared patterns stay safe to reuse.
	const invisible = line.search(INVISIBLE) >= 0 || line.search(CONTROL) >= 0;
	const text = line
		.replace(INVISIBLE, '')
		.replace(CONTROL, '')
		.replace(ODD_SPACE, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return { text, oddSpaces, invisible };
}

/** Collapses white space the way the article parser does, for text that did not come through cleaning. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

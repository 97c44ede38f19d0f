/**
 * HTML in a paste is text to clean, never markup to render: tags are dropped (block tags mark where a
 * paragraph or line ended), a few common entities are decoded, and nothing here builds HTML.
 */

// A tag: `<p>`, `</b>`, `<a href="…">`, `<br/>`. A name must follow `<` at once, so “a < b” is not a tag;
// attributes cannot contain `<` or `>`, which keeps the match linear on long lines.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>|<!--[^<>]*-->/g;
const PARAGRAPH_TAGS =
	/^(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|section|article|header|footer|aside|main|nav|figure|figcaption|table|tr|pre|hr)$/i;

/** Whether a line holds anything that looks like a tag. */
export function hasTags(line: string): boolean {
	return line.search(TAG) >= 0;
}

/**
 * Splits one pasted line at its block tags and drops every tag. Returns the pieces in order: an empty
 * piece stands for a paragraph break, `<br>` for a line break, and `<h1>` / `<h2>`… start a piece with
 * `# ` / `## ` so the Markdown rules read it as the title or a heading.
 */
export function stripTags(line: string): string[] {
	const out = line.replace(TAG, (tag, name: string | undefined) => {
		if (!name) return ''; // a comment
		const closing = tag.startsWith('</');
		if (/^br$/i.test(name)) return '\n';
		const heading = /^h([1-6])$/i.exec(name);
		if (heading && !closing) return `\n\n${heading[1] === '1' ? '#' : '##'} `;
		if (PARAGRAPH_TAGS.test(name)) return '\n\n';
		return ''; // inline tags (b, i, a, span, …) simply go
	});
	return out.split('\n');
}

// A Map, not an object literal: a name such as “constructor” must not reach Object.prototype.
const NAMED: ReadonlyMap<string, string> = new Map(
	Object.entries({
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: '\u00a0',
		ndash: '–',
		mdash: '—',
		hellip: '…',
		lsquo: '‘',
		rsquo: '’',
		ldquo: '“',
		rdquo: '”',
		laquo: '«',
		raquo: '»',
		shy: '\u00ad',
		copy: '©',
		reg: '®',
		trade: '™',
		deg: '°',
		euro: '€',
		pound: '£',
		cent: '¢',
		middot: '·',
		bull: '•',
		times: '×',
		frac12: '½',
		eacute: 'é',
		egrave: 'è',
		aacute: 'á',
		oacute: 'ó',
		uuml: 'ü',
		ouml: 'ö',
		auml: 'ä',
		ntilde: 'ñ',
		ccedil: 'ç'
	})
);

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;

function fromCodePoint(code: number): string | null {
	// NUL, surrogate halves and values past Unicode are not characters; leave the entity as written.
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
	return String.fromCodePoint(code);
}

/** Decodes `&amp;`, `&#8217;`, `&#x2019;` and the common named entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
		if (dec) return fromCodePoint(Number(dec)) ?? whole;
		if (hex) return fromCodePoint(parseInt(hex, 16)) ?? whole;
		return NAMED.get(name!) ?? whole;
	});
}

/** Whether decodeEntities would change the text. */
export function hasEntities(text: string): boolean {
	return decodeEntities(text) !== text;
}

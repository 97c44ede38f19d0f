/**
 * The Markdown a paste may carry: `#` headings, a front matter block, emphasis, links, images,
 * block quotes and divider lines. Marks are reduced to their text; the caller records each change.
 */
import type { ArticleMeta } from '../article/types';

export interface HeadingLine {
	/** 1 for `#` (the title), 2 for `##` and deeper (a section heading). */
	level: 1 | 2;
	text: string;
}

/**
 * Any line that starts with `#` is a heading, as the article format reads it: `#`, `##`, `###`… with or
 * without a space (`#Title` too). Deeper levels become section headings, since the format has only two.
 * A line of hashtags only (`#flood #rescue`) is not a heading; see isHashtagLine.
 */
export function headingOf(line: string): HeadingLine | null {
	const match = /^(#+)\s*(.*?)(?:\s+#+)?$/.exec(line);
	if (!match) return null;
	return { level: match[1] === '#' ? 1 : 2, text: match[2]!.trim() };
}

/** A line of hashtags and nothing else, as social widgets leave behind. */
export function isHashtagLine(line: string): boolean {
	return /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*$/u.test(line) && /\p{L}/u.test(line);
}

/** `---`, `***`, `___` (three or more, spaces allowed): a divider line, not text. */
export function isDivider(line: string): boolean {
	return /^([-*_])(?:\s*\1){2,}$/.test(line);
}

/** A line that is only a Markdown image. */
export function isImageLine(line: string): boolean {
	return /^!\[[^\]]*\]\([^()]*\)$/.test(line);
}

const META_KEYS: ReadonlySet<string> = new Set(['author', 'publisher', 'date', 'url']);

/**
 * A front matter block at the very start (`---`, `key: value` lines, `---`), as the repository's
 * article.md files begin. Returns the facts and how many lines the block takes, or null.
 */
export function frontMatterOf(lines: string[]): { meta: ArticleMeta; length: number } | null {
	if (lines[0]?.trim() !== '---') return null;
	const meta: ArticleMeta = {};
	for (let i = 1; i < lines.length && i < 20; i++) {
		const line = lines[i]!.trim();
		if (line === '---') return i > 1 ? { meta, length: i + 1 } : null;
		if (line === '') continue;
		const match = /^([a-z]+):\s*(.+)$/.exec(line);
		if (!match || !META_KEYS.has(match[1]!)) return null;
		meta[match[1] as keyof ArticleMeta] = match[2]!.trim();
	}
	return null;
}

// `*x*` and `_x_` only where the marks sit against the text they wrap and at word edges, so a
// multiplication, a file_name or a lone asterisk stays; `[^*]` keeps each match linear.
const BOLD = /(\*\*|__)(?=\S)([^*_]*?\S)\1/g;
const STAR = /(^|[^\p{L}\p{N}*\\])\*(?=\S)([^*]*?[^\s*])\*(?![\p{L}\p{N}*])/gu;
const UNDERSCORE = /(^|[^\p{L}\p{N}_\\])_(?=\S)([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu;
const IMAGE = /!\[([^[\]]*)\]\([^()\s]*(?:\s+"[^"]*")?\)/g;
const LINK = /\[([^[\]]+)\]\([^()\s]*(?:\s+"[^"]*")?\)/g;
const QUOTE_MARK = /^(?:>\s?)+/;

/** The line with block quote marks, images, links and emphasis reduced to their text. */
export function stripInline(line: string): string {
	return line
		.replace(QUOTE_MARK, '')
		.replace(IMAGE, '')
		.replace(LINK, '$1')
		.replace(BOLD, '$2')
		.replace(STAR, '$1$2')
		.replace(UNDERSCORE, '$1$2')
		.replace(/\s+/g, ' ')
		.trim();
}

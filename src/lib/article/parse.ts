import { splitSentences } from './sentences';
import { slugify, uniqueSlug } from './slug';
import type { Article, ArticleMeta, Paragraph, Section } from './types';

/** A problem in an article file, with the 1-based line it was found on. */
export class ArticleParseError extends Error {
	constructor(
		readonly line: number,
		readonly reason: string
	) {
		super(`line ${line}: ${reason}`);
		this.name = 'ArticleParseError';
	}
}

const META_KEYS: ReadonlySet<string> = new Set(['author', 'publisher', 'date', 'url']);

interface Block {
	line: number;
	text: string;
}

interface RawSection {
	line: number;
	heading: string;
	paragraphs: Block[];
}

/** Reads an optional `---` front matter block of `key: value` lines; returns the first line after it. */
function readFrontMatter(lines: string[], meta: ArticleMeta): number {
	if (lines[0]?.trim() !== '---') return 0;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]!.trim();
		if (line === '---') return i + 1;
		if (line === '') continue;
		if (line.startsWith('#')) break; // the article began: the block was never closed
		const match = /^([a-z]+):\s*(.+)$/.exec(line);
		if (!match || !META_KEYS.has(match[1]!)) {
			throw new ArticleParseError(
				i + 1,
				`front matter lines must be “key: value” with key one of ${[...META_KEYS].join(', ')}`
			);
		}
		meta[match[1] as keyof ArticleMeta] = match[2]!.trim();
	}
	throw new ArticleParseError(1, 'the front matter block opened with “---” is never closed');
}

/** A byline is the last paragraph when it is set in emphasis (`*…*`) or starts with “By ”. */
function asByline(text: string): string | null {
	const emphasised = /^([*_])(.+)\1$/.exec(text);
	if (emphasised) return emphasised[2]!.trim();
	if (/^By\s/.test(text) && text.split(/\s+/).length <= 30) return text;
	return null;
}

function toParagraph(text: string, index: number): Paragraph {
	const id = `p${index}`;
	return {
		id,
		text,
		sentences: splitSentences(text).map((s, i) => ({ id: `${id}s${i + 1}`, text: s }))
	};
}

/**
 * Parses the article format: optional front matter, one `# Title` line, then `## ` section headings, each
 * followed by paragraphs separated by blank lines. Lines inside a paragraph are joined with a space and runs
 * of white space become one space, as a browser would show them. Throws ArticleParseError naming the line.
 */
export function parseArticle(source: string): Article {
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const meta: ArticleMeta = {};
	let title: string | null = null;
	const sections: RawSection[] = [];
	let current: Block | null = null;

	const closeParagraph = () => {
		if (current) sections.at(-1)!.paragraphs.push(current);
		current = null;
	};

	for (let i = readFrontMatter(lines, meta); i < lines.length; i++) {
		const line = lines[i]!.trim();
		const lineNo = i + 1;
		if (line === '') {
			closeParagraph();
			continue;
		}
		const heading = /^(#+)\s*(.*)$/.exec(line);
		if (heading) {
			closeParagraph();
			const [, hashes, text] = heading;
			if (hashes === '#') {
				if (title !== null) {
					throw new ArticleParseError(lineNo, 'a second “# ” title; sections start with “## ”');
				}
				if (!text) throw new ArticleParseError(lineNo, 'the “# ” title line has no text');
				title = text;
			} else if (hashes === '##') {
				if (title === null) {
					throw new ArticleParseError(lineNo, 'a section heading before the “# Title” line');
				}
				if (!text) throw new ArticleParseError(lineNo, 'a “## ” section heading with no text');
				sections.push({ line: lineNo, heading: text, paragraphs: [] });
			} else {
				throw new ArticleParseError(
					lineNo,
					`only “# ” (title) and “## ” (section) headings are allowed, not “${hashes} ”`
				);
			}
			continue;
		}
		if (title === null) {
			throw new ArticleParseError(lineNo, 'expected the title first, written as “# Title”');
		}
		if (sections.length === 0) {
			throw new ArticleParseError(lineNo, 'text before the first “## ” section heading');
		}
		const text = line.replace(/\s+/g, ' ');
		if (current) (current as Block).text += ` ${text}`;
		else current = { line: lineNo, text };
	}
	closeParagraph();

	if (title === null) throw new ArticleParseError(1, 'no title: the file needs a “# Title” line');
	if (sections.length === 0) {
		throw new ArticleParseError(lines.length, 'no sections: add at least one “## ” heading');
	}

	let byline: string | null = null;
	const last = sections.at(-1)!;
	const lastParagraph = last.paragraphs.at(-1);
	if (lastParagraph && (byline = asByline(lastParagraph.text)) !== null) last.paragraphs.pop();

	const taken = new Set<string>();
	let paragraphIndex = 0;
	const parsed: Section[] = sections.map((raw, i) => {
		if (raw.paragraphs.length === 0) {
			throw new ArticleParseError(
				raw.line,
				`section “${raw.heading}” has no paragraphs${byline && raw === last ? ' besides the byline' : ''}`
			);
		}
		return {
			id: uniqueSlug(slugify(raw.heading), taken),
			number: i + 1,
			heading: raw.heading,
			paragraphs: raw.paragraphs.map((p) => toParagraph(p.text, ++paragraphIndex))
		};
	});

	return { title, byline, meta, sections: parsed };
}

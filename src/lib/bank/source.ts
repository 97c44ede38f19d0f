import { parseArticle } from '../article/parse';
import type { Article } from '../article/types';

/** Plain-text articles are cut into sections of this many paragraphs (see plainTextToMarkdown). */
export const PARAGRAPHS_PER_SECTION = 3;

/** The article format starts with front matter or a `# Title` line; anything else is plain text. */
export function isArticleMarkdown(source: string): boolean {
	const first = source.replace(/^\uFEFF/, '').trimStart();
	return first.startsWith('---') || /^#{1,6}\s/m.test(first);
}

/** A closing line about the writer: `By …`, or `Jane Writer is a reporter at …`. */
function isByline(line: string): boolean {
	if (/^([*_]).+\1$/.test(line)) return true;
	if (line.split(/\s+/).length > 30) return false;
	return (
		/^By\s/.test(line) ||
		/\b(is|was)\s+(a|an|the)\b.*\b(writer|reporter|correspondent|editor|journalist|contributor|columnist)\b/i.test(
			line
		)
	);
}

/**
 * Turns a plain-text article — the title on the first line, then one paragraph per line (or paragraphs
 * separated by blank lines) — into the article format. Plain text has no headings, so it is cut into
 * sections of PARAGRAPHS_PER_SECTION paragraphs headed “Paragraphs 1–3” and so on (a lone paragraph at
 * the end joins the section before it); a closing line about the writer becomes the byline.
 * Returns the problem instead when there is no title or no paragraph.
 */
export function plainTextToMarkdown(source: string): { markdown: string } | { problem: string } {
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const titleAt = lines.findIndex((l) => l.trim() !== '');
	if (titleAt < 0) return { problem: 'the file is empty: the first line must be the title' };
	const title = lines[titleAt]!.trim();
	const body = lines.slice(titleAt + 1);
	const blocks = body.some((l, i) => l.trim() === '' && body.slice(i).some((x) => x.trim() !== ''))
		? body.join('\n').split(/\n\s*\n/)
		: body;
	const paragraphs = blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
	let byline: string | null = null;
	if (paragraphs.length > 1 && isByline(paragraphs.at(-1)!)) byline = paragraphs.pop()!;
	if (paragraphs.length === 0) return { problem: 'no paragraphs after the title line' };

	const sections: string[][] = [];
	for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_SECTION) {
		sections.push(paragraphs.slice(i, i + PARAGRAPHS_PER_SECTION));
	}
	if (sections.length > 1 && sections.at(-1)!.length === 1)
		sections.at(-2)!.push(...sections.pop()!);

	let n = 0;
	const parts = [`# ${title}`];
	for (const section of sections) {
		const from = n + 1;
		n += section.length;
		parts.push(`## ${from === n ? `Paragraph ${n}` : `Paragraphs ${from}–${n}`}`, ...section);
	}
	if (byline) parts.push(/^([*_]).+\1$/.test(byline) ? byline : `*${byline}*`);
	return { markdown: `${parts.join('\n\n')}\n` };
}

/** Parses either format. Throws ArticleParseError (markdown) or Error (plain text) with one line. */
export function readArticle(source: string): Article {
	if (isArticleMarkdown(source)) return parseArticle(source);
	const converted = plainTextToMarkdown(source);
	if ('problem' in converted) throw new Error(converted.problem);
	return parseArticle(converted.markdown);
}

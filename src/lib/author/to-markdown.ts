/**
 * proposalToArticleMd: a proposal as the repository's article.md, exactly as parseArticle reads it —
 * front matter for the facts known, `# Title`, `## Heading` per section, one paragraph per line with
 * blank lines between, and the byline last, set in emphasis. Throws AuthorInputError, with one
 * sentence, for a proposal the format cannot hold as it is; everything else round-trips.
 */
import type { ArticleMeta } from '../article/types';
import { AuthorInputError } from './errors';
import { oneLine } from './spaces';
import type { Proposal } from './types';

const META_ORDER = ['author', 'publisher', 'date', 'url'] as const;

/** parseArticle takes a last paragraph set in emphasis, or starting “By ” (30 words at most), as the byline. */
function readAsByline(text: string): boolean {
	return /^([*_]).+\1$/.test(text) || (/^By\s/.test(text) && text.split(/\s+/).length <= 30);
}

/**
 * Why the article format would read the proposal differently, or null: with no byline, a last
 * paragraph that starts with “By ” or is set in emphasis would be read as the byline.
 */
export function bylineHazard(proposal: Proposal): string | null {
	if (proposal.byline !== null) return null;
	const lastParagraph = proposal.sections.at(-1)?.paragraphs.at(-1);
	if (lastParagraph === undefined || !readAsByline(oneLine(lastParagraph))) return null;
	return 'The last paragraph starts with “By” or is set in emphasis, so the article format would read it as the byline; make it the byline or end with another paragraph.';
}

function fail(message: string): never {
	throw new AuthorInputError('not-writable', message);
}

export function proposalToArticleMd(proposal: Proposal, meta: ArticleMeta = {}): string {
	const title = oneLine(proposal.title ?? '');
	if (title === '') fail('The article needs a title.');
	if (!Array.isArray(proposal.sections) || proposal.sections.length === 0) {
		fail('The article needs at least one section with a paragraph.');
	}
	const hazard = bylineHazard(proposal);
	if (hazard) fail(hazard);

	const facts: ArticleMeta = { ...proposal.meta, ...meta };
	const front = META_ORDER.flatMap((key) => {
		const value = oneLine(facts[key] ?? '');
		return value === '' ? [] : [`${key}: ${value}`];
	});
	const parts: string[] = [];
	if (front.length > 0) parts.push(['---', ...front, '---'].join('\n'));
	parts.push(`# ${title}`);

	proposal.sections.forEach((section, i) => {
		const heading = oneLine(section.heading ?? '');
		if (heading === '') fail(`Section ${i + 1} needs a heading.`);
		if (section.paragraphs.length === 0) fail(`Section ${i + 1}, “${heading}”, has no paragraphs.`);
		parts.push(`## ${heading}`);
		for (const paragraph of section.paragraphs) {
			const text = oneLine(paragraph ?? '');
			if (text === '') fail(`Section ${i + 1}, “${heading}”, has an empty paragraph.`);
			// Every line starting with “#” is a heading in the format, and the format has no escape.
			if (text.startsWith('#')) {
				fail(
					`A paragraph in section ${i + 1} starts with “#”, which the article format reads as a heading.`
				);
			}
			parts.push(text);
		}
	});

	const byline = oneLine(proposal.byline ?? '');
	if (byline !== '') parts.push(`*${byline}*`);
	return `${parts.join('\n\n')}\n`;
}

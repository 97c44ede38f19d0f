/**
 * proposeArticle: a cleaned paste to a proposed article — title, byline and sections — which the
 * teacher checks and edits (sections.ts) before it becomes an article.md (to-markdown.ts).
 * - Title: the `#` line; else the first line when it is short and has no final full stop.
 * - Byline: a closing “By X”, “X is a writer at Y” or “— X, Y” line, or a “By X” line under the title.
 * - Sections: the article's own headings (Markdown or HTML headings, or, in plain text, two or more
 *   short lines without a full stop standing alone before a paragraph); else groups of three
 *   paragraphs as the repository's plain-text rule makes them (sections.ts).
 */
import type { ArticleMeta } from '../article/types';
import { isByLine, isClosingByline, metaFromByline } from './byline';
import { AuthorInputError, MESSAGES } from './errors';
import { endsSentence, isHeadingLike } from './lines';
import { paragraphNotes } from './notes';
import { groupParagraphs, renumber } from './sections';
import type { Cleaned, Proposal, ProposedSection } from './types';
import { bylineHazard } from './to-markdown';

/** The title given when the paste has none, for the teacher to replace. */
export const UNTITLED = 'Untitled article';

type Item = { heading: string; level: 1 | 2 } | { paragraph: string };

const isHeading = (item: Item | undefined): item is { heading: string; level: 1 | 2 } =>
	item !== undefined && 'heading' in item;

function wordCount(text: string): number {
	return text.split(' ').filter((w) => w !== '').length;
}

/** A first line that can be a title: at most 25 words, no final full stop, not a byline. */
function isTitleLine(text: string): boolean {
	return wordCount(text) <= 25 && text.length <= 250 && !/[.,;:]$/.test(text) && !isByLine(text);
}

/** A plain-text line that reads as a section heading: short, no final stop, not a caption. */
function isSubheading(text: string): boolean {
	return (
		isHeadingLike(text) &&
		wordCount(text) <= 10 &&
		text.length <= 80 &&
		!endsSentence(text) &&
		!/[,;:—–-]$/.test(text) &&
		/^[\p{Lu}\p{N}]/u.test(text) &&
		!isClosingByline(text) &&
		paragraphNotes(text, 0).every((n) => n.kind === 'capitals')
	);
}

/** `text` in quotation marks, shortened; a final full stop moves outside, so no sentence ends twice. */
function quoted(text: string): string {
	const bare = text.replace(/[.]$/, '');
	return `“${bare.length > 60 ? `${bare.slice(0, 59)}…` : bare}”`;
}

export function proposeArticle(cleaned: Cleaned): Proposal {
	const explanations: string[] = [];
	const items: Item[] = [];
	let h = 0;
	cleaned.paragraphs.forEach((paragraph, i) => {
		for (; h < cleaned.headings.length && cleaned.headings[h]!.before <= i; h++) {
			items.push({ heading: cleaned.headings[h]!.text, level: cleaned.headings[h]!.level });
		}
		items.push({ paragraph });
	});
	for (; h < cleaned.headings.length; h++) {
		items.push({ heading: cleaned.headings[h]!.text, level: cleaned.headings[h]!.level });
	}

	// The title: a `#` heading above every paragraph (a kicker heading may stand before it), else a
	// first heading of any level, else a short first line.
	let title = UNTITLED;
	const firstParagraph = items.findIndex((it) => !isHeading(it));
	const titleAt = items.findIndex(
		(it, i) => isHeading(it) && it.level === 1 && (firstParagraph < 0 || i < firstParagraph)
	);
	const first = items[0];
	if (titleAt >= 0 || isHeading(first)) {
		const at = Math.max(titleAt, 0);
		title = (items[at] as { heading: string }).heading;
		// Headings above the title (a kicker such as a topic label) are not sections of the article.
		const above = items.splice(0, at + 1).slice(0, -1) as { heading: string }[];
		explanations.push(`The title is the heading line ${quoted(title)}.`);
		if (above.length > 0) {
			explanations.push(
				`Left out the heading line ${above.map((a) => quoted(a.heading)).join(', ')} above the title.`
			);
		}
	} else if (first && isTitleLine(first.paragraph)) {
		title = first.paragraph;
		items.shift();
		explanations.push(
			`The title is the first line, ${quoted(title)}: it is short and has no full stop.`
		);
	} else {
		explanations.push('No title was found (a short first line without a full stop); type one.');
	}

	// The byline: a closing one first, else a “By X” line under the title.
	let byline: string | null = null;
	const last = items.at(-1);
	const lead = items[0];
	if (last && !isHeading(last) && isClosingByline(last.paragraph)) {
		byline = last.paragraph;
		items.pop();
		explanations.push(`The byline is the last line, ${quoted(byline)}.`);
		if (lead && lead !== last && !isHeading(lead) && isByLine(lead.paragraph)) {
			explanations.push(
				`The line under the title, ${quoted(lead.paragraph)}, looks like a byline too; it is kept as a paragraph.`
			);
		}
	} else if (lead && !isHeading(lead) && isByLine(lead.paragraph)) {
		byline = lead.paragraph;
		items.shift();
		explanations.push(`The byline is the line under the title, ${quoted(byline)}.`);
	}

	// Plain text has no heading marks; short stand-alone lines before a paragraph may be its headings.
	if (!items.some(isHeading)) {
		const candidates = items.flatMap((it, i) => {
			const next = items[i + 1];
			return !isHeading(it) &&
				next &&
				!isHeading(next) &&
				isSubheading(it.paragraph) &&
				!isSubheading(next.paragraph)
				? [i]
				: [];
		});
		if (candidates.length >= 2) {
			for (const i of candidates) {
				const it = items[i] as { paragraph: string };
				items[i] = { heading: it.paragraph, level: 2 };
			}
			explanations.push(
				`${candidates.length} short lines without a full stop, such as ${quoted((items[candidates[0]!] as { heading: string }).heading)}, are taken as the article’s section headings.`
			);
		}
	}

	const sections = sectionsOf(items, explanations);
	if (sections.length === 0)
		throw new AuthorInputError('no-paragraphs', MESSAGES.nothingAfterTitle);

	const meta: ArticleMeta = { ...(byline ? metaFromByline(byline) : {}), ...cleaned.meta };
	const proposal: Proposal = { title, byline, meta, sections, explanations };
	const hazard = bylineHazard(proposal);
	if (hazard) explanations.push(hazard);
	return proposal;
}

/** The article's own headings when it has them (paragraphs before the first are grouped); else groups. */
function sectionsOf(items: Item[], explanations: string[]): ProposedSection[] {
	const sections: ProposedSection[] = [];
	let lead: string[] = [];
	let current: ProposedSection | null = null;
	const dropped: string[] = [];
	const close = () => {
		if (current && current.paragraphs.length === 0) dropped.push(current.heading);
		else if (current) sections.push(current);
		current = null;
	};
	for (const item of items) {
		if (isHeading(item)) {
			close();
			current = { heading: item.heading, origin: 'article', paragraphs: [] };
		} else if (current) {
			(current as ProposedSection).paragraphs.push(item.paragraph);
		} else {
			lead.push(item.paragraph);
		}
	}
	close();
	if (dropped.length > 0) {
		explanations.push(
			`Left out ${dropped.length === 1 ? 'the heading' : 'the headings'} ${dropped.map(quoted).join(', ')}, with no paragraph under ${dropped.length === 1 ? 'it' : 'them'}.`
		);
	}
	if (sections.length === 0) {
		if (lead.length > 0) {
			explanations.push(
				'The article has no headings, so its paragraphs are grouped three at a time; rename, split or merge the sections as you like.'
			);
		}
		return groupParagraphs(lead);
	}
	const grouped = lead.length > 0 ? groupParagraphs(lead) : [];
	if (lead.length > 0) {
		explanations.push(
			'The paragraphs before the first heading make their own section; rename or merge it as you like.'
		);
	}
	lead = [];
	return renumber([...grouped, ...sections]);
}

/**
 * Sections of a proposal and the edits the page offers: rename, split, merge, remove a paragraph that
 * is not article text, set the title or byline. Every edit returns a new
 * proposal and never throws; an edit that cannot be made returns the same proposal and the reason.
 * Headings made by grouping (“Paragraphs 4–6”) are renumbered after each edit, so they stay true;
 * the article's own headings and those a teacher typed are kept as they are.
 */
import { PARAGRAPHS_PER_SECTION } from '../bank/source';
import { oneLine } from './spaces';
import type { EditResult, Proposal, ProposedSection } from './types';

/** The longest heading accepted: a heading is a line, not a paragraph. */
export const MAX_HEADING_LENGTH = 200;

/** “Paragraph 4” or “Paragraphs 4–6”, as the repository's plain-text rule names them. */
export function groupHeading(from: number, to: number): string {
	return from === to ? `Paragraph ${from}` : `Paragraphs ${from}–${to}`;
}

/**
 * Groups paragraphs as the repository's plain-text rule does (bank/source.ts): PARAGRAPHS_PER_SECTION
 * at a time, and a lone last paragraph joins the section before it (so 4 give one section of 4, 7
 * give 3 + 4). `firstNumber` is the 1-based number of the first paragraph in the whole article.
 */
export function groupParagraphs(paragraphs: string[], firstNumber = 1): ProposedSection[] {
	const groups: string[][] = [];
	for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_SECTION) {
		groups.push(paragraphs.slice(i, i + PARAGRAPHS_PER_SECTION));
	}
	if (groups.length > 1 && groups.at(-1)!.length === 1) groups.at(-2)!.push(...groups.pop()!);
	return renumber(
		groups.map((g) => ({ heading: '', origin: 'grouped' as const, paragraphs: g })),
		firstNumber
	);
}

/** Gives every grouped section the heading its paragraph numbers call for. */
export function renumber(sections: ProposedSection[], firstNumber = 1): ProposedSection[] {
	let n = firstNumber - 1;
	return sections.map((s) => {
		const from = n + 1;
		n += s.paragraphs.length;
		return s.origin === 'grouped' ? { ...s, heading: groupHeading(from, n) } : s;
	});
}

function withSections(proposal: Proposal, sections: ProposedSection[]): EditResult {
	return { proposal: { ...proposal, sections: renumber(sections) }, problem: null };
}

function refuse(proposal: Proposal, problem: string): EditResult {
	return { proposal, problem };
}

function validIndex(proposal: Proposal, index: number): boolean {
	return Number.isInteger(index) && index >= 0 && index < proposal.sections.length;
}

/** Gives section `index` (0-based) the heading `heading`, as the teacher typed it. */
export function renameSection(proposal: Proposal, index: number, heading: string): EditResult {
	if (!validIndex(proposal, index)) return refuse(proposal, 'There is no such section.');
	const text = oneLine(typeof heading === 'string' ? heading : '');
	if (text === '') return refuse(proposal, 'A section heading cannot be empty.');
	if (text.length > MAX_HEADING_LENGTH) {
		return refuse(
			proposal,
			`A section heading can be at most ${MAX_HEADING_LENGTH} characters long.`
		);
	}
	const sections = proposal.sections.map((s, i) =>
		i === index ? { ...s, heading: text, origin: 'edited' as const } : s
	);
	return withSections(proposal, sections);
}

/**
 * Splits section `index` so that a new section starts at its paragraph `beforeParagraph` (0-based
 * within the section). The first part keeps the heading; the new part gets a grouped heading.
 */
export function splitSection(
	proposal: Proposal,
	index: number,
	beforeParagraph: number
): EditResult {
	if (!validIndex(proposal, index)) return refuse(proposal, 'There is no such section.');
	const section = proposal.sections[index]!;
	if (
		!Number.isInteger(beforeParagraph) ||
		beforeParagraph < 1 ||
		beforeParagraph >= section.paragraphs.length
	) {
		return refuse(
			proposal,
			'A section can only be split between two of its paragraphs, so each part keeps at least one.'
		);
	}
	const first = { ...section, paragraphs: section.paragraphs.slice(0, beforeParagraph) };
	const second: ProposedSection = {
		heading: '',
		origin: 'grouped',
		paragraphs: section.paragraphs.slice(beforeParagraph)
	};
	const sections = [...proposal.sections];
	sections.splice(index, 1, first, second);
	return withSections(proposal, sections);
}

/**
 * Merges section `index` with the one after it. The merged section keeps the first heading, unless that
 * one was only a grouped heading and the second is the article's or the teacher's.
 */
export function mergeWithNext(proposal: Proposal, index: number): EditResult {
	if (!validIndex(proposal, index)) return refuse(proposal, 'There is no such section.');
	if (index === proposal.sections.length - 1) {
		return refuse(proposal, 'The last section has no section after it to merge with.');
	}
	const a = proposal.sections[index]!;
	const b = proposal.sections[index + 1]!;
	const keep = a.origin === 'grouped' && b.origin !== 'grouped' ? b : a;
	const merged: ProposedSection = {
		heading: keep.heading,
		origin: keep.origin,
		paragraphs: [...a.paragraphs, ...b.paragraphs]
	};
	const sections = [...proposal.sections];
	sections.splice(index, 2, merged);
	return withSections(proposal, sections);
}

/**
 * Removes paragraph `paragraph` (0-based) of section `index`: for a line that is not article text,
 * such as a photo credit a note pointed out. A section left empty goes; the last paragraph stays.
 */
export function removeParagraph(proposal: Proposal, index: number, paragraph: number): EditResult {
	if (!validIndex(proposal, index)) return refuse(proposal, 'There is no such section.');
	const section = proposal.sections[index]!;
	if (!Number.isInteger(paragraph) || paragraph < 0 || paragraph >= section.paragraphs.length) {
		return refuse(proposal, 'There is no such paragraph in that section.');
	}
	if (proposal.sections.length === 1 && section.paragraphs.length === 1) {
		return refuse(proposal, 'The article’s only paragraph cannot be removed.');
	}
	const rest = section.paragraphs.filter((_, i) => i !== paragraph);
	const sections = proposal.sections.flatMap((s, i) =>
		i !== index ? [s] : rest.length > 0 ? [{ ...s, paragraphs: rest }] : []
	);
	return withSections(proposal, sections);
}

/** Sets the title, as the teacher typed it. */
export function setTitle(proposal: Proposal, title: string): EditResult {
	const text = oneLine(typeof title === 'string' ? title : '');
	if (text === '') return refuse(proposal, 'The title cannot be empty.');
	return { proposal: { ...proposal, title: text }, problem: null };
}

/** Sets the byline, or removes it with an empty text. */
export function setByline(proposal: Proposal, byline: string): EditResult {
	const text = oneLine(typeof byline === 'string' ? byline : '');
	return { proposal: { ...proposal, byline: text === '' ? null : text }, problem: null };
}

import { describe, expect, it } from 'vitest';
import { cleanPaste } from '$lib/author/clean';
import { AuthorInputError, MESSAGES } from '$lib/author/errors';
import { proposeArticle, UNTITLED } from '$lib/author/propose';
import {
	groupParagraphs,
	mergeWithNext,
	removeParagraph,
	renameSection,
	setByline,
	setTitle,
	splitSection
} from '$lib/author/sections';
import type { Proposal } from '$lib/author/types';

// Invented text only: the mayor of Eastfield, the river Wend, the Eastfield Star.

const propose = (raw: string) => proposeArticle(cleanPaste(raw));
const para = (n: number) => `The mayor of Eastfield spoke for the ${n}th time.`;
const body = (count: number) => Array.from({ length: count }, (_, i) => para(i + 1));
const sizes = (p: Proposal) => p.sections.map((s) => s.paragraphs.length);
const headings = (p: Proposal) => p.sections.map((s) => s.heading);

describe('the title', () => {
	it('is the “#” line of Markdown', () => {
		const p = propose(`# Eastfield counts the cost\n\n${body(2).join('\n\n')}`);
		expect(p.title).toBe('Eastfield counts the cost');
		expect(p.sections.flatMap((s) => s.paragraphs)).toEqual(body(2));
	});

	it('is the “#” line even under a kicker heading, which is left out', () => {
		const p = propose(`## Weather\n\n# Eastfield counts the cost\n\n${body(2).join('\n\n')}`);
		expect(p.title).toBe('Eastfield counts the cost');
		expect(sizes(p)).toEqual([2]);
		expect(p.explanations.join(' ')).toMatch(/Left out the heading line “Weather” above the title/);
	});

	it('is the first line when it is short and has no full stop; a question mark is fine', () => {
		expect(propose(`Is the river Wend safe?\n${body(2).join('\n')}`).title).toBe(
			'Is the river Wend safe?'
		);
	});

	it('is left for the teacher when the first line is a sentence', () => {
		const p = propose(body(3).join('\n'));
		expect(p.title).toBe(UNTITLED);
		expect(p.explanations[0]).toMatch(/No title was found/);
		expect(sizes(p)).toEqual([3]);
	});
});

describe('the byline', () => {
	const closing = (line: string) =>
		propose(`Eastfield counts the cost\n${body(3).join('\n')}\n${line}`);

	it('is a closing “By X”, “Reporting by X”, “X is a writer at Y” or “— X, Y” line', () => {
		for (const line of [
			'By Jane Doe in Eastfield',
			'By JANE DOE and JOHN ROE, Staff Writers',
			'Reporting by Jane Doe; Editing by John Roe',
			'Jane Doe is a senior reporter at the Eastfield Star.',
			'— Jane Doe, Eastfield Star'
		]) {
			const p = closing(line);
			expect(p.byline, line).toBe(line);
			expect(sizes(p), line).toEqual([3]);
		}
	});

	it('is not a closing sentence that starts with “By”', () => {
		const p = closing('By Friday, the river had fallen below its banks.');
		expect(p.byline).toBeNull();
		expect(sizes(p)).toEqual([4]);
	});

	it('may stand under the title', () => {
		const p = propose(`Eastfield counts the cost\nBy Jane Doe\n${body(3).join('\n')}`);
		expect(p.byline).toBe('By Jane Doe');
		expect(p.meta).toEqual({ author: 'Jane Doe' });
	});

	it('gives the author and publisher when it names them', () => {
		const p = closing('Jane Doe is a reporter at The Eastfield Star.');
		expect(p.meta).toEqual({ author: 'Jane Doe', publisher: 'The Eastfield Star' });
	});

	it('lets front matter facts win over what the byline suggests', () => {
		const p = propose(
			`---\nauthor: J. Doe\n---\n# Eastfield\n\n${body(2).join('\n\n')}\n\nBy Jane Doe`
		);
		expect(p.meta).toEqual({ author: 'J. Doe' });
		expect(p.byline).toBe('By Jane Doe');
	});
});

describe('sections', () => {
	it('follow the article’s own headings; paragraphs before the first make their own section', () => {
		const p = propose(
			`# Eastfield\n\n${para(1)}\n\n## The night\n\n${para(2)}\n\n${para(3)}\n\n## Empty\n\n## The day after\n\n${para(4)}`
		);
		expect(headings(p)).toEqual(['Paragraph 1', 'The night', 'The day after']);
		expect(p.sections.map((s) => s.origin)).toEqual(['grouped', 'article', 'article']);
		expect(sizes(p)).toEqual([1, 2, 1]);
		expect(p.explanations.join(' ')).toMatch(/Left out the heading “Empty”/);
	});

	it('are found in plain text from two or more short lines without a full stop', () => {
		const p = propose(
			[
				'Eastfield counts the cost',
				para(1),
				'The night the river rose',
				para(2),
				para(3),
				'What comes next',
				para(4)
			].join('\n\n')
		);
		expect(headings(p)).toEqual(['Paragraph 1', 'The night the river rose', 'What comes next']);
	});

	it('are otherwise groups of three, and a lone last paragraph joins the one before', () => {
		const grouped = (n: number) => sizes(propose(`Eastfield\n${body(n).join('\n')}`));
		expect(grouped(1)).toEqual([1]);
		expect(grouped(2)).toEqual([2]);
		expect(grouped(4)).toEqual([4]);
		expect(grouped(6)).toEqual([3, 3]);
		expect(grouped(7)).toEqual([3, 4]);
		expect(grouped(8)).toEqual([3, 3, 2]);
		expect(headings(propose(`Eastfield\n${body(7).join('\n')}`))).toEqual([
			'Paragraphs 1–3',
			'Paragraphs 4–7'
		]);
	});

	it('refuses a paste with nothing after the title and byline', () => {
		expect(() => propose('Eastfield counts the cost\nBy Jane Doe')).toThrow(
			new AuthorInputError('no-paragraphs', MESSAGES.nothingAfterTitle)
		);
	});
});

describe('editing a proposal', () => {
	const base = (): Proposal => ({
		title: 'Eastfield',
		byline: null,
		meta: {},
		sections: groupParagraphs(body(7)),
		explanations: []
	});

	it('renames a section, and refuses an empty heading or a missing section', () => {
		const p = base();
		const renamed = renameSection(p, 1, '  The day   after ');
		expect(renamed.problem).toBeNull();
		expect(headings(renamed.proposal)).toEqual(['Paragraphs 1–3', 'The day after']);
		expect(renamed.proposal.sections[1]!.origin).toBe('edited');
		expect(headings(p)).toEqual(['Paragraphs 1–3', 'Paragraphs 4–7']); // the original is untouched
		expect(renameSection(p, 1, ' ')).toEqual({
			proposal: p,
			problem: 'A section heading cannot be empty.'
		});
		expect(renameSection(p, 5, 'X')).toEqual({ proposal: p, problem: 'There is no such section.' });
		expect(renameSection(p, 0.5, 'X').problem).toBe('There is no such section.');
		expect(renameSection(p, 0, 'x'.repeat(201)).problem).toMatch(/at most 200/);
	});

	it('splits a section between two paragraphs and renumbers grouped headings', () => {
		const p = base();
		const split = splitSection(p, 1, 2);
		expect(split.problem).toBeNull();
		expect(sizes(split.proposal)).toEqual([3, 2, 2]);
		expect(headings(split.proposal)).toEqual([
			'Paragraphs 1–3',
			'Paragraphs 4–5',
			'Paragraphs 6–7'
		]);
		for (const at of [0, 4, -1, Number.NaN]) {
			expect(splitSection(p, 1, at)).toEqual({
				proposal: p,
				problem:
					'A section can only be split between two of its paragraphs, so each part keeps at least one.'
			});
		}
		expect(splitSection(p, 9, 1).problem).toBe('There is no such section.');
	});

	it('merges a section with the next, keeping a real heading over a grouped one', () => {
		const p = renameSection(base(), 1, 'The day after').proposal;
		const merged = mergeWithNext(p, 0);
		expect(merged.problem).toBeNull();
		expect(headings(merged.proposal)).toEqual(['The day after']);
		expect(sizes(merged.proposal)).toEqual([7]);
		expect(mergeWithNext(p, 1)).toEqual({
			proposal: p,
			problem: 'The last section has no section after it to merge with.'
		});
		expect(mergeWithNext(p, -1).problem).toBe('There is no such section.');
	});

	it('keeps every paragraph, in order, through any edits', () => {
		let p = base();
		p = splitSection(p, 0, 1).proposal;
		p = mergeWithNext(p, 1).proposal;
		p = splitSection(p, 2, 3).proposal;
		expect(p.sections.flatMap((s) => s.paragraphs)).toEqual(body(7));
	});

	it('removes a paragraph that is not article text, and a section it leaves empty', () => {
		const p = splitSection(base(), 0, 1).proposal; // sections of 1, 2 and 4 paragraphs
		const removed = removeParagraph(p, 0, 0);
		expect(removed.problem).toBeNull();
		expect(headings(removed.proposal)).toEqual(['Paragraphs 1–2', 'Paragraphs 3–6']);
		expect(removed.proposal.sections.flatMap((s) => s.paragraphs)).toEqual(body(7).slice(1));
		expect(removeParagraph(p, 1, 2).problem).toBe('There is no such paragraph in that section.');
		expect(removeParagraph(p, 3, 0).problem).toBe('There is no such section.');
		const single: Proposal = { ...base(), sections: groupParagraphs(body(1)) };
		expect(removeParagraph(single, 0, 0)).toEqual({
			proposal: single,
			problem: 'The article’s only paragraph cannot be removed.'
		});
	});

	it('sets the title and the byline', () => {
		expect(setTitle(base(), ' The Wend ').proposal.title).toBe('The Wend');
		expect(setTitle(base(), '').problem).toBe('The title cannot be empty.');
		expect(setByline(base(), 'By Jane Doe').proposal.byline).toBe('By Jane Doe');
		expect(setByline({ ...base(), byline: 'By Jane Doe' }, ' ').proposal.byline).toBeNull();
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import { cleanPaste } from '$lib/author/clean';
import { AuthorInputError } from '$lib/author/errors';
import { proposeArticle } from '$lib/author/propose';
import {
	mergeWithNext,
	removeParagraph,
	renameSection,
	setByline,
	setTitle,
	splitSection
} from '$lib/author/sections';
import { proposalToArticleMd } from '$lib/author/to-markdown';
import type { Proposal } from '$lib/author/types';

// Property: whatever is pasted — HTML, Markdown, control characters, odd Unicode, huge lines — the
// author modules give a result or an AuthorInputError with one plain sentence, never another error;
// and an article.md they write always parses, with the title, headings, paragraphs and byline proposed.

const FRAGMENTS = [
	'<p>',
	'</p>',
	'<b>',
	'</b>',
	'<h1>',
	'<h2>',
	'<br>',
	'<a href="x">',
	'<!-- c -->',
	'<script>',
	'&amp;',
	'&nbsp;',
	'&#0;',
	'&#x110000;',
	'&#8217;',
	'&constructor;',
	'#',
	'##',
	'###',
	'# Title',
	'## Heading',
	'#tag',
	'---',
	'***',
	'author: Jane Doe',
	'*',
	'_',
	'**',
	'__',
	'[a](b)',
	'![i](u)',
	'>',
	'By Jane Doe',
	'By Friday',
	'Jane Doe is a writer at the Eastfield Star.',
	'— Jane Doe, Star',
	'Page 3 of 7',
	'12',
	'Advertisement',
	'Share this article',
	'Photo: Jane Doe',
	'THE MAYOR SPOKE',
	'\u0000',
	'\u0007',
	'\u00a0',
	'\u200b',
	'\u00ad',
	'\u2028',
	'\u2029',
	'\ufeff',
	'\u202e',
	'\ud800',
	'gov-',
	'ernment',
	'well-',
	'known',
	'The mayor of Eastfield said the river had risen.',
	'and then',
	'“',
	'”',
	'"',
	'é',
	'😀',
	' ',
	'\t',
	'1.5',
	'-'
];

const SEPARATORS = ['\n', '\r\n', '\r', '\n\n', ' ', ''];

const piece = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.constantFrom('x'.repeat(20_000), 'The river rose. '.repeat(2_000)) }
);

const paste = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 400 }),
	fc
		.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
		.map((parts) => parts.map(([p, s]) => p + s).join(''))
);

const index = fc.integer({ min: -2, max: 8 });
const edit = fc.oneof(
	fc.tuple(fc.constant('rename'), index, index, fc.string({ maxLength: 30 })),
	fc.tuple(fc.constant('split'), index, index, fc.constant('')),
	fc.tuple(fc.constant('merge'), index, index, fc.constant('')),
	fc.tuple(fc.constant('remove'), index, index, fc.constant('')),
	fc.tuple(fc.constant('title'), index, index, fc.string({ maxLength: 30 })),
	fc.tuple(fc.constant('byline'), index, index, fc.string({ maxLength: 30 }))
);

function applyEdit(p: Proposal, [kind, i, j, text]: [string, number, number, string]): Proposal {
	const result =
		kind === 'rename'
			? renameSection(p, i, text)
			: kind === 'split'
				? splitSection(p, i, j)
				: kind === 'merge'
					? mergeWithNext(p, i)
					: kind === 'remove'
						? removeParagraph(p, i, j)
						: kind === 'title'
							? setTitle(p, text)
							: setByline(p, text);
	expect(result.problem === null || result.proposal === p).toBe(true);
	return result.proposal;
}

/** The proposal's article.md parses back to the proposal, or the writer refuses it in its own words. */
function expectRoundTrip(proposal: Proposal): void {
	let markdown: string;
	try {
		markdown = proposalToArticleMd(proposal);
	} catch (err) {
		expectOwnError(err);
		return;
	}
	const article = parseArticle(markdown);
	expect(article.title).toBe(proposal.title);
	expect(article.byline).toBe(proposal.byline);
	expect(article.sections.map((s) => s.heading)).toEqual(proposal.sections.map((s) => s.heading));
	expect(article.sections.map((s) => s.paragraphs.map((p) => p.text))).toEqual(
		proposal.sections.map((s) => s.paragraphs)
	);
}

function expectOwnError(err: unknown): void {
	expect(err, String(err)).toBeInstanceOf(AuthorInputError);
	expect((err as Error).message).toMatch(/^[A-Z“].*[.]$/);
	expect((err as Error).message).not.toMatch(/\n|undefined|Cannot read|is not a function/);
}

describe('the author modules on arbitrary pastes', () => {
	it('give a result or an AuthorInputError, and what they write parses as proposed', () => {
		fc.assert(
			fc.property(paste, (text) => {
				let proposal: Proposal;
				try {
					proposal = proposeArticle(cleanPaste(text));
				} catch (err) {
					expectOwnError(err);
					return;
				}
				expectRoundTrip(proposal);
			}),
			{ numRuns: 400, seed: 20261203 }
		);
	}, 60_000);

	it('keep every edited proposal writable as an article that parses back to it', () => {
		const base = proposeArticle(
			cleanPaste(
				[
					'Eastfield counts the cost',
					...Array.from({ length: 8 }, (_, i) => `Paragraph ${i}.`)
				].join('\n')
			)
		);
		fc.assert(
			fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
				expectRoundTrip(edits.reduce(applyEdit, base));
			}),
			{ numRuns: 300, seed: 20261203 }
		);
	});

	it('handles pastes near the 1 MB limit quickly enough for a browser', () => {
		// Each shape once defeated a pattern that rescanned a long line: marks with no partner, a hyphen
		// after a long run of letters, a run of line breaks inside one sentence.
		const shapes = [
			`Eastfield\n${'The mayor * spoke < to [the] _river_ &amp; '.repeat(20_000)}`,
			`Eastfield\n${'x'.repeat(300_000)} yy-\nzz went on.`,
			`Eastfield\n${'*a _b <c [d]( '.repeat(50_000)}`,
			`Eastfield\n${'the river rose and\n'.repeat(40_000)}`
		];
		for (const text of shapes) {
			const started = Date.now();
			const proposal = proposeArticle(cleanPaste(text));
			expect(proposalToArticleMd(proposal).length).toBeGreaterThan(text.length / 2);
			// A generous ceiling: this guards against quadratic patterns, not against a slow machine.
			expect(Date.now() - started).toBeLessThan(5_000);
		}
	});
});

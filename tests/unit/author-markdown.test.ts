import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import type { Article } from '$lib/article/types';
import { cleanPaste } from '$lib/author/clean';
import { AuthorInputError } from '$lib/author/errors';
import { proposeArticle } from '$lib/author/propose';
import { proposalToArticleMd } from '$lib/author/to-markdown';
import type { Proposal } from '$lib/author/types';
import { readArticle } from '$lib/bank/source';

const PRACTICE = ['01-flood', '02-wildfire', '03-protest', '04-blockade'].map((name) => ({
	name,
	article: parseArticle(readFileSync(`tests/fixtures/practice/${name}.md`, 'utf8')),
	markdown: readFileSync(`tests/fixtures/practice/${name}.md`, 'utf8')
}));

const paragraphsOf = (a: Article) => a.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const shape = (a: Article) => ({
	title: a.title,
	byline: a.byline,
	sections: a.sections.map((s) => ({
		heading: s.heading,
		paragraphs: s.paragraphs.map((p) => p.text)
	}))
});
const proposalShape = (p: Proposal) => ({
	title: p.title,
	byline: p.byline,
	sections: p.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs }))
});

/** Paste → proposal → article.md → parsed article. */
function throughAuthor(raw: string): { proposal: Proposal; article: Article } {
	const proposal = proposeArticle(cleanPaste(raw));
	return { proposal, article: parseArticle(proposalToArticleMd(proposal)) };
}

/** The article as plain text: title, then headings and paragraphs as lines, blank lines between. */
function plainText(a: Article, withHeadings: boolean): string {
	const blocks = [a.title];
	for (const s of a.sections) {
		if (withHeadings) blocks.push(s.heading);
		blocks.push(...s.paragraphs.map((p) => p.text));
	}
	if (a.byline) blocks.push(a.byline);
	return blocks.join('\n\n');
}

/** Wraps a paragraph at `width` characters, as a PDF's text does. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	lines.push(line);
	return lines;
}

/**
 * A PDF-style copy: paragraphs hard-wrapped at 70 characters, one long lower-case word broken with a
 * hyphen at a line end, and a page-number line inside a paragraph. Returns the text, the broken word
 * and the 1-based lines where paragraphs start.
 */
function pdfCopy(
	a: Article,
	blankBetween: boolean
): { text: string; broken: string; starts: number[] } {
	const paragraphs = paragraphsOf(a).map((p) => wrap(p, 70));
	let broken = '';
	// Break the first long plain word that ends a line (not the paragraph's last line).
	search: for (const lines of paragraphs) {
		for (let i = 0; i < lines.length - 1; i++) {
			const last = lines[i]!.split(' ').at(-1)!;
			if (/^[a-z]{9,}$/.test(last)) {
				broken = last;
				lines[i] = `${lines[i]!.slice(0, -last.length)}${last.slice(0, 4)}-`;
				lines[i + 1] = `${last.slice(4)} ${lines[i + 1]}`;
				break search;
			}
		}
	}
	const long = paragraphs.findIndex((lines) => lines.length >= 3);
	paragraphs[long]!.splice(1, 0, 'Page 2 of 5');
	const out = [a.title, ''];
	const starts: number[] = [];
	for (const lines of paragraphs) {
		starts.push(out.length + 1);
		out.push(...lines);
		if (blankBetween) out.push('');
	}
	out.push('', a.byline!);
	return { text: out.join('\n'), broken, starts };
}

describe('paste → proposal → article.md → parseArticle', () => {
	for (const { name, article, markdown } of PRACTICE) {
		it(`${name}: the Markdown itself comes back with the same title, sections and byline`, () => {
			const result = throughAuthor(markdown);
			expect(shape(result.article)).toEqual(shape(article));
			expect(proposalShape(result.proposal)).toEqual(shape(article));
		});

		it(`${name}: as plain text with its headings as lines, the headings are found again`, () => {
			expect(shape(throughAuthor(plainText(article, true)).article)).toEqual(shape(article));
		});

		it(`${name}: as plain text without headings, it is grouped as the plain-text rule groups it`, () => {
			// One paragraph per line, as the generate CLI reads plain text: the same sections as its rule.
			// (That rule does not know “Reporting by …” bylines, so it is given the text without the byline.)
			const text = plainText(article, false).replace(/\n\n/g, '\n');
			const { article: back } = throughAuthor(text);
			const withoutByline = readArticle(text.slice(0, text.lastIndexOf('\n')));
			expect(back.sections.map((s) => s.heading)).toEqual(
				withoutByline.sections.map((s) => s.heading)
			);
			expect(paragraphsOf(back)).toEqual(paragraphsOf(withoutByline));
			expect(paragraphsOf(back)).toEqual(paragraphsOf(article));
			expect(back.byline).toBe(article.byline);
		});

		it(`${name}: a PDF-style copy (wrapped at 70, a broken word, a page number) gives the same paragraphs`, () => {
			const { text, broken } = pdfCopy(article, true);
			expect(broken).not.toBe('');
			const cleaned = cleanPaste(text);
			const { article: back } = throughAuthor(text);
			expect(back.title).toBe(article.title);
			expect(back.byline).toBe(article.byline);
			expect(paragraphsOf(back)).toEqual(paragraphsOf(article));
			expect(cleaned.changes.filter((c) => c.kind === 'dehyphenated')).toMatchObject([
				{ description: expect.stringContaining(`into “${broken}”`) }
			]);
			expect(cleaned.changes.filter((c) => c.kind === 'removed-line')).toMatchObject([
				{ original: 'Page 2 of 5' }
			]);
		});

		it(`${name}: with no blank lines either, each lost paragraph break is a join the teacher can undo`, () => {
			// Without blank lines, a paragraph whose last line is full looks like a wrapped line, so it
			// may be joined to the next; that join is recorded, and undoing it restores the paragraph.
			const { text, starts } = pdfCopy(article, false);
			const cleaned = cleanPaste(text);
			const wrongJoins = cleaned.changes.filter(
				(c) => c.kind === 'joined-lines' && starts.includes(c.line)
			);
			expect(wrongJoins.length).toBeLessThanOrEqual(3);
			expect(wrongJoins.every((c) => c.undoable)).toBe(true);
			const undone = cleanPaste(text, { undo: wrongJoins.map((c) => c.id) });
			const expected = [article.title, ...paragraphsOf(article), article.byline];
			expect(undone.paragraphs).toEqual(expected);
		});
	}

	it('the shipped article’s supplied text gives its paragraphs, byline, author and publisher', () => {
		const source = readFileSync('questions/north-korean-troops/source.txt', 'utf8');
		const shipped = parseArticle(readFileSync('questions/north-korean-troops/article.md', 'utf8'));
		const { proposal, article } = throughAuthor(source);
		expect(article.title).toBe(shipped.title);
		expect(article.byline).toBe(shipped.byline);
		expect(paragraphsOf(article)).toEqual(paragraphsOf(shipped));
		expect(article.meta).toEqual(shipped.meta);
		expect(
			proposal.sections.every((s) => s.paragraphs.length >= 2 && s.paragraphs.length <= 4)
		).toBe(true);
	});
});

describe('proposalToArticleMd', () => {
	const proposal: Proposal = {
		title: 'Eastfield counts the cost',
		byline: 'Jane Doe is a reporter at the Eastfield Star.',
		meta: { author: 'Jane Doe' },
		sections: [
			{
				heading: 'The night',
				origin: 'article',
				paragraphs: ['The mayor spoke.', 'The river rose.']
			},
			{ heading: 'Paragraph 3', origin: 'grouped', paragraphs: ['The river fell.'] }
		],
		explanations: []
	};

	it('writes front matter, the title, headings, one paragraph per line and the byline last', () => {
		expect(proposalToArticleMd(proposal, { publisher: 'The Eastfield Star' })).toBe(
			[
				'---',
				'author: Jane Doe',
				'publisher: The Eastfield Star',
				'---',
				'',
				'# Eastfield counts the cost',
				'',
				'## The night',
				'',
				'The mayor spoke.',
				'',
				'The river rose.',
				'',
				'## Paragraph 3',
				'',
				'The river fell.',
				'',
				'*Jane Doe is a reporter at the Eastfield Star.*',
				''
			].join('\n')
		);
	});

	it('writes no front matter when nothing is known, and parses back to the same article', () => {
		const bare = { ...proposal, meta: {}, byline: null };
		const md = proposalToArticleMd(bare);
		expect(md.startsWith('# Eastfield counts the cost\n')).toBe(true);
		const back = parseArticle(md);
		expect(proposalShape(bare)).toEqual(shape(back));
		expect(back.meta).toEqual({});
	});

	function refusal(p: Proposal): AuthorInputError {
		try {
			proposalToArticleMd(p);
		} catch (err) {
			if (err instanceof AuthorInputError) return err;
			throw err;
		}
		throw new Error('expected a refusal');
	}

	it('refuses what the format cannot hold, in one sentence', () => {
		const last = (text: string): Proposal => ({
			...proposal,
			byline: null,
			sections: [
				{ heading: 'The night', origin: 'article', paragraphs: ['The mayor spoke.', text] }
			]
		});
		expect(refusal(last('By Friday the river had fallen.')).message).toMatch(
			/read it as the byline/
		);
		expect(refusal(last('#1 on the list.')).message).toMatch(/starts with “#”/);
		expect(refusal({ ...proposal, title: '  ' }).message).toBe('The article needs a title.');
		expect(refusal({ ...proposal, sections: [] }).code).toBe('not-writable');
		expect(
			refusal({ ...proposal, sections: [{ heading: 'X', origin: 'edited', paragraphs: [] }] })
				.message
		).toBe('Section 1, “X”, has no paragraphs.');
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseArticle } from '$lib/article/parse';

const articleMd = readFileSync('questions/north-korean-troops/article.md', 'utf8');
const sourceTxt = readFileSync('questions/north-korean-troops/source.txt', 'utf8');

/** The error a malformed file produces, so a test can check both the line and the reason. */
function parseError(source: string): ArticleParseError {
	try {
		parseArticle(source);
	} catch (err) {
		if (err instanceof ArticleParseError) return err;
		throw err;
	}
	throw new Error('expected the parser to reject the file');
}

describe('the shipped article', () => {
	const article = parseArticle(articleMd);
	const [title, ...paragraphs] = sourceTxt.split('\n');

	it('reproduces the supplied article character for character: title, paragraphs, byline', () => {
		expect(article.title).toBe(title);
		const parsed = article.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
		expect([...parsed, article.byline]).toEqual(paragraphs);
	});

	it('rebuilds every paragraph from its sentences', () => {
		for (const p of article.sections.flatMap((s) => s.paragraphs)) {
			expect(p.sentences.map((s) => s.text).join(' ')).toBe(p.text);
		}
	});

	it('has six sections with the paragraphs the design assigns them', () => {
		expect(article.sections.map((s) => s.paragraphs.length)).toEqual([1, 3, 1, 5, 4, 3]);
		expect(article.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(new Set(article.sections.map((s) => s.id)).size).toBe(6);
	});

	it('reads the front matter', () => {
		expect(article.meta).toEqual({ author: 'Joshua Arnold', publisher: 'The Washington Stand' });
	});

	it('gives every sentence a unique id of the form p<paragraph>s<sentence>', () => {
		const ids = article.sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.map((x) => x.id))
		);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids[0]).toBe('p1s1');
		expect(ids.every((id) => /^p\d+s\d+$/.test(id))).toBe(true);
	});

	it('splits the hard sentences of this article where a reader would', () => {
		const sentences = article.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
		const find = (start: string) => sentences.find((s) => s.text.startsWith(start))?.text;
		// The ellipsis inside Turner's quoted letter does not end the sentence.
		expect(find('Last Friday')).toMatch(/… concerning the possible engagement .*conflict\.”$/);
		// “U.S.” does not end a sentence.
		expect(find('U.S. intelligence has also')).toMatch(
			/only a quarter of the number estimated by Ukraine\.$/
		);
		// A bracketed insertion and em dashes stay inside one sentence.
		expect(find('If they’re co-belligerents')).toBe(
			'If they’re co-belligerents — [if] their intention is to participate in this war on Russia’s behalf — that is a very, very serious issue.”'
		);
		// A quote ending in a comma stays with its attribution.
		expect(find('“They are not wearing')).toMatch(/said Thursday\.$/);
		expect(sentences).toHaveLength(40);
	});
});

describe('parseArticle on small inputs', () => {
	it('joins wrapped lines, collapses runs of spaces and accepts Windows line endings', () => {
		const article = parseArticle('# T\r\n\r\n## One\r\n\r\nFirst  line\r\ncontinues here.\r\n');
		expect(article.sections[0]!.paragraphs[0]!.text).toBe('First line continues here.');
	});

	it('treats a closing paragraph in emphasis or starting with “By” as the byline', () => {
		expect(parseArticle('# T\n\n## A\n\nText.\n\n*By A. Writer in Town*').byline).toBe(
			'By A. Writer in Town'
		);
		expect(parseArticle('# T\n\n## A\n\nText.\n\nBy A. Writer').byline).toBe('By A. Writer');
		const none = parseArticle('# T\n\n## A\n\nText.\n\nMore text.');
		expect(none.byline).toBeNull();
		expect(none.sections[0]!.paragraphs).toHaveLength(2);
	});

	it('makes section ids unique when headings repeat', () => {
		const article = parseArticle('# T\n\n## Same\n\nA.\n\n## Same\n\nB.');
		expect(article.sections.map((s) => s.id)).toEqual(['same', 'same-2']);
	});

	it('numbers paragraphs across the whole article', () => {
		const article = parseArticle('# T\n\n## A\n\nOne.\n\nTwo.\n\n## B\n\nThree.');
		expect(article.sections[1]!.paragraphs[0]!.id).toBe('p3');
	});
});

describe('parseArticle rejects malformed files, naming the line', () => {
	it.each([
		['an empty file', '', 1, /no title/],
		['no title', '## Section\n\nText.', 1, /section heading before the “# Title”/],
		['text before the title', 'Hello\n# T\n## A\n\nx', 1, /expected the title first/],
		['no sections', '# Title\n', 2, /no sections/],
		[
			'text before the first heading',
			'# Title\n\nStray text.\n\n## A\n\nx',
			3,
			/text before the first “## ”/
		],
		[
			'an empty section',
			'# Title\n\n## Empty\n\n## Full\n\nText.',
			3,
			/section “Empty” has no paragraphs/
		],
		['a last section with only a byline', '# T\n\n## A\n\n*By Someone*', 3, /besides the byline/],
		['a second title', '# One\n\n## A\n\nx\n\n# Two', 7, /a second “# ” title/],
		['a third-level heading', '# T\n\n## A\n\n### Deeper\n\nx', 5, /only “# ” \(title\) and “## ”/],
		['an empty heading', '# T\n\n##\n\nx', 3, /heading with no text/],
		['an unknown front matter key', '---\nauthr: X\n---\n# T\n\n## A\n\nx', 2, /front matter/],
		['an unclosed front matter block', '---\nauthor: X\n# T', 1, /never closed/]
	])('%s', (_name, source, line, reason) => {
		const err = parseError(source);
		expect(err.line).toBe(line);
		expect(err.message).toMatch(reason);
		expect(err.message).toMatch(new RegExp(`^line ${line}: `));
	});
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import { firstWords, readingMinutes, wordCount } from '$lib/article/reading';

const section = (text: string) => parseArticle(`# T\n\n## A\n\n${text}`).sections[0]!;

describe('reading helpers', () => {
	it('counts words, not punctuation such as em dashes', () => {
		expect(wordCount('Russia has suffered 300,000 casualties — largely a consequence')).toBe(8);
	});

	it('gives at least one minute and rounds to whole minutes at 200 words a minute', () => {
		expect(readingMinutes(section('Short.'))).toBe(1);
		expect(readingMinutes(section(Array(500).fill('word').join(' ') + '.'))).toBe(3);
	});

	it('previews a section by its first sentence when short, else by its first words', () => {
		const s = section('One two three, four five six seven. Eight nine.');
		expect(firstWords(s, 10)).toBe('One two three, four five six seven.');
		expect(firstWords(s, 1)).toBe('One two three, four five six seven.');
		const long = section(`${Array(40).fill('word').join(' ')}, end.`);
		expect(firstWords(long, 3)).toBe('word word word …');
	});
});

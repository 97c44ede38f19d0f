import type { ArticleMeta, Section } from './types';

/** Words a student reads per minute: a conservative figure for careful reading of news. */
const WORDS_PER_MINUTE = 200;

export function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read a section, never less than one. */
export function readingMinutes(section: Section): number {
	const words = section.paragraphs.reduce((n, p) => n + wordCount(p.text), 0);
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * A one-line preview of the section: its first sentence when that is short, otherwise its first `max`
 * words with an ellipsis.
 */
export function firstWords(section: Section, max = 18): string {
	const first = section.paragraphs[0];
	if (!first) return '';
	const sentence = first.sentences[0]?.text ?? first.text;
	if (wordCount(sentence) <= max + 6) return sentence;
	const words = first.text.split(' ');
	return `${words
		.slice(0, max)
		.join(' ')
		.replace(/[,;:—–-]+$/, '')} …`;
}

/** “By author · publisher”, with whichever of the two the article names, or ''. */
export const creditOf = (meta: Pick<ArticleMeta, 'author' | 'publisher'>): string =>
	[meta.author && `By ${meta.author}`, meta.publisher].filter(Boolean).join(' · ');

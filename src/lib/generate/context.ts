import type { Article } from '../article/types';
import {
	ARTICLE_SOURCE,
	settledClaims,
	type Claims,
	type SettledClaims,
	type Speaker
} from '../extract/types';
import { capitalize } from './text';

/** Look-ups every generator needs: sentence text, sections, speakers. Built once per article. */
export interface Context {
	article: Article;
	/** Only what is settled: a quote whose speaker, or a figure whose source, is open gets no question. */
	claims: SettledClaims;
	/** Section ids in article order. */
	sectionIds: string[];
	sentenceText(id: string): string;
	/** The section a sentence is in, or undefined for an unknown id. */
	sectionOf(sentenceId: string): string | undefined;
	/** Position of a sentence in the article, for sorting evidence. */
	sentenceOrder(id: string): number;
	/** The ids of the sentences in the same paragraph as `id`, in order. */
	paragraphSentences(id: string): string[];
	speaker(id: string): Speaker | undefined;
	/** The name to show for a speaker id (capitalised, as a choice or a sentence start). */
	name(id: string): string;
	/** Indices of the sections a speaker appears in, for choosing nearby distractors. */
	speakerSections(id: string): number[];
	/** How the article's writer is shown as a choice. */
	writer: string;
}

/**
 * The longest sentence a question may rest on. Evidence is shown to the student whole; a “sentence” longer
 * than this is a text the sentence splitter could not cut (a list, a table pasted as text), not reading.
 */
export const MAX_EVIDENCE_CHARS = 1500;

export function buildContext(all: Claims, article: Article): Context {
	const long = new Set(
		article.sections.flatMap((s) =>
			s.paragraphs.flatMap((p) =>
				p.sentences.filter((x) => x.text.length > MAX_EVIDENCE_CHARS).map((x) => x.id)
			)
		)
	);
	const settled = settledClaims(all);
	const readable = <T extends { sentence: string }>(list: T[]) =>
		list.filter((c) => !long.has(c.sentence));
	const claims: SettledClaims = {
		...settled,
		quotes: readable(settled.quotes),
		paraphrases: readable(settled.paraphrases),
		estimates: readable(settled.estimates),
		events: readable(settled.events),
		authorVoice: readable(settled.authorVoice)
	};
	const sentences = new Map<
		string,
		{ text: string; section: string; order: number; paragraph: string[] }
	>();
	let order = 0;
	for (const section of article.sections) {
		for (const paragraph of section.paragraphs) {
			const ids = paragraph.sentences.map((s) => s.id);
			for (const sentence of paragraph.sentences) {
				sentences.set(sentence.id, {
					text: sentence.text,
					section: section.id,
					order: order++,
					paragraph: ids
				});
			}
		}
	}
	const sectionIds = article.sections.map((s) => s.id);
	const speakers = new Map(claims.speakers.map((s) => [s.id, s]));

	const appearances = new Map<string, Set<number>>();
	const note = (speakerId: string | null, sentenceId: string) => {
		const section = sentences.get(sentenceId)?.section;
		if (speakerId === null || section === undefined) return;
		const set = appearances.get(speakerId) ?? new Set<number>();
		set.add(sectionIds.indexOf(section));
		appearances.set(speakerId, set);
	};
	for (const s of claims.speakers) s.evidence.forEach((id) => note(s.id, id));
	for (const q of claims.quotes) note(q.speaker, q.sentence);
	for (const p of claims.paraphrases) note(p.speaker, p.sentence);
	for (const e of claims.estimates) note(e.source, e.sentence);
	for (const e of claims.events) note(e.source, e.sentence);

	const author = article.meta.author;
	return {
		article,
		claims,
		sectionIds,
		sentenceText: (id) => sentences.get(id)?.text ?? '',
		sectionOf: (id) => sentences.get(id)?.section,
		sentenceOrder: (id) => sentences.get(id)?.order ?? Number.MAX_SAFE_INTEGER,
		paragraphSentences: (id) => sentences.get(id)?.paragraph ?? [],
		speaker: (id) => speakers.get(id),
		name: (id) =>
			id === ARTICLE_SOURCE ? 'The article' : capitalize(speakers.get(id)?.name ?? id),
		speakerSections: (id) => [...(appearances.get(id) ?? [])].sort((a, b) => a - b),
		writer: author ? `The article’s writer, ${author}` : 'The article’s writer'
	};
}

/** Sentence ids without repeats, in article order. */
export function inArticleOrder(ctx: Context, ids: Iterable<string>): string[] {
	return [...new Set(ids)].sort((a, b) => ctx.sentenceOrder(a) - ctx.sentenceOrder(b));
}

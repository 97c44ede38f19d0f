/**
 * Extraction: the article's claims, by explicit passes over immutable data. This module only runs them.
 *
 *   document (paragraphs, sentences, quote spans)   → document.ts
 *   mentions (names, descriptions, pronouns)        → mentions.ts
 *   entities (who each mention refers to)           → entities.ts
 *   frames   (verbs of saying and their speakers)   → frames.ts
 *   claims   (quotes, estimates, paraphrases, events, the writer's voice)
 *   conflicts                                        → conflicts.ts
 *
 * Every attribution carries the rules that made it and a confidence; below THRESHOLD the speaker or source
 * is null and a person decides (claims.ts).
 */
import type { Article } from '../article/types';
import { assembleClaims } from './claims';
import { THRESHOLD } from './confidence';
import { buildDoc } from './document';
import { resolveEntities } from './entities';
import { findEstimates } from './estimates';
import { findEvents } from './events';
import { findFrames } from './frames';
import { compromiseHints } from './compromise-hints';
import type { Hints } from './hints';
import { findMentions } from './mentions';
import { sentenceParaphrases } from './paraphrases';
import { findQuotes } from './quotes';
import type { Claims } from './types';

export { findConflicts } from './conflicts';
export { THRESHOLD } from './confidence';

export interface ExtractOptions {
	/** Attributions less sure than this are left for review (default THRESHOLD). */
	threshold?: number;
	/** Word-level hints (first-name genders, ordinary words); compromise's by default, NO_HINTS for none. */
	hints?: Hints;
}

export function extractClaims(article: Article, options: ExtractOptions = {}): Claims {
	const doc = buildDoc(article);
	const hints = options.hints ?? compromiseHints;
	const mentions = findMentions(doc, hints);
	const entities = resolveEntities(doc, mentions, hints);
	const frames = findFrames(doc, mentions, entities);
	const quotes = findQuotes(doc, entities, frames);
	const estimates = findEstimates(doc, mentions, entities, frames, quotes);
	const quotesByParagraph = new Map<number, typeof quotes>();
	for (const q of quotes)
		quotesByParagraph.set(q.span.paragraph, [
			...(quotesByParagraph.get(q.span.paragraph) ?? []),
			q
		]);
	const paraphrases = doc.sentences.flatMap((s) =>
		sentenceParaphrases(doc.paragraphs[s.paragraph]!, s, frames.bySentence.get(s.id) ?? [])
	);
	const events = doc.sentences.flatMap((s) =>
		findEvents(
			doc.paragraphs[s.paragraph]!,
			s,
			frames.bySentence.get(s.id) ?? [],
			quotesByParagraph.get(s.paragraph) ?? []
		)
	);
	return assembleClaims(
		article,
		doc,
		entities,
		{ quotes, estimates, paraphrases, events },
		options.threshold ?? THRESHOLD
	);
}

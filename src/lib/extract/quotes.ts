import type { Attribution } from './attribution';
import type { Entity } from './registry';
import { sentenceAt, words, type ParagraphRef, type SentenceRef } from './text';
import type { QuoteSpan } from './spans';

export interface AttributedQuote {
	span: QuoteSpan;
	speaker: Entity | null;
	sentence: SentenceRef;
	evidence: string[];
	kind: 'full' | 'partial';
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any)$/i;

/** Words of a quote, and whether it reads as a sentence or clause rather than a label. */
function wordCount(text: string): number {
	return words(text).length;
}

/**
 * Scare quotes mark a word as someone's label without quoting anyone: the “early” warnings, the state’s
 * “official” map. A short quote is one only when it follows a determiner, a possessive or a capitalised
 * adjective, or when nothing in its sentence credits a speaker.
 */
export function isScareQuote(span: QuoteSpan, hasAttribution: boolean): boolean {
	if (wordCount(span.text) > 3 || /[.!?]\s*$/.test(span.text)) return false;
	if (!hasAttribution) return true;
	const before = span.paragraph.text.slice(0, span.open).trimEnd();
	const prev = /(\S+)$/.exec(before)?.[1] ?? '';
	if (DETERMINER.test(prev) || /[’']s$/.test(prev)) return true;
	const following = span.paragraph.text.slice(span.close + 1, span.close + 3);
	const capitalisedAdjective = /^\p{Lu}\p{Ll}+$/u.test(prev) && /^\s\p{Ll}/u.test(following);
	return capitalisedAdjective;
}

/** Sentences a span touches, from the one it opens in to the one it closes in. */
export function spanSentences(span: QuoteSpan): SentenceRef[] {
	const first = sentenceAt(span.paragraph, span.open);
	const last = sentenceAt(span.paragraph, Math.max(span.open, span.close - 1));
	return span.paragraph.sentences.filter((s) => s.order >= first.order && s.order <= last.order);
}

/**
 * Picks the attribution for a quote among those of the sentences it touches: a verb right after the
 * closing mark (“…,” Ameyaw said) or before the opening one (Kim told lawmakers, “…”), the nearest
 * first; “according to” only when no verb credits anyone.
 */
export function pickAttribution(span: QuoteSpan, candidates: Attribution[]): Attribution | null {
	if (candidates.length === 0) return null;
	const distance = (a: Attribution) =>
		a.start >= span.close ? a.start - span.close : a.end <= span.open ? span.open - a.end : 0;
	const verbs = candidates.filter((a) => a.kind !== 'according');
	const pool = verbs.length ? verbs : candidates;
	return pool.reduce((best, a) => (distance(a) < distance(best) ? a : best));
}

/** A quote is partial when it sits inside the writer's own sentence (“was “in contact” with”). */
export function quoteKind(span: QuoteSpan): 'full' | 'partial' {
	const before = span.paragraph.text.slice(0, span.open).trimEnd();
	if (before === '' || /[.!?:,»”"]$/.test(before)) return 'full';
	return 'partial';
}

export type { ParagraphRef };

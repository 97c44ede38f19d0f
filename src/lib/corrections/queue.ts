import type { Article } from '../article/types';
import type { Claims } from '../extract/types';
import type { Attributable } from './record';

/** One claim beside its sentence, as the teacher reviews it. */
export interface ReviewItem {
	target: Attributable;
	id: string;
	/** The quoted words, the reported clause, or the figure as written. */
	text: string;
	sentence: { id: string; text: string; section: number };
	/** The speaker or source id, null where the extractor abstained. */
	speaker: string | null;
	/** How the extractor decided, in its own terms, and how sure it was (0–1); null for a paraphrase. */
	rule: string | null;
	confidence: number | null;
	/** Settled by a person (review.json), not by the rules. */
	reviewed: boolean;
}

/**
 * Every quote, paraphrase and figure of the claims (after the review so far), those the extractor
 * abstained on first (they give no question until the teacher settles them), then the rest in the
 * article's order.
 */
export function reviewQueue(claims: Claims, article: Article): ReviewItem[] {
	const sentences = new Map<string, { id: string; text: string; section: number }>();
	for (const s of article.sections)
		for (const p of s.paragraphs)
			for (const x of p.sentences)
				sentences.set(x.id, { id: x.id, text: x.text, section: s.number });
	const order = [...sentences.keys()];
	const at = (id: string) => sentences.get(id) ?? { id, text: '', section: 0 };
	const items: ReviewItem[] = [
		...claims.quotes.map((q) => ({
			target: 'quotes' as const,
			id: q.id,
			text: q.text,
			sentence: at(q.sentence),
			speaker: q.speaker,
			rule: q.rule,
			confidence: q.confidence,
			reviewed: q.origin === 'reviewed'
		})),
		...claims.paraphrases.map((p) => ({
			target: 'paraphrases' as const,
			id: p.id,
			text: p.text,
			sentence: at(p.sentence),
			speaker: p.speaker,
			rule: null,
			confidence: null,
			reviewed: p.origin === 'reviewed'
		})),
		...claims.estimates.map((e) => ({
			target: 'estimates' as const,
			id: e.id,
			text: e.text,
			sentence: at(e.sentence),
			speaker: e.source,
			rule: e.rule,
			confidence: e.confidence,
			reviewed: e.origin === 'reviewed'
		}))
	];
	const place = (i: ReviewItem) => order.indexOf(i.sentence.id);
	return items.sort(
		(a, b) =>
			Number(b.speaker === null) - Number(a.speaker === null) ||
			place(a) - place(b) ||
			a.id.localeCompare(b.id)
	);
}

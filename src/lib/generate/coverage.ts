import type { Context } from './context';
import { MAX_PER_SECTION, MAX_QUOTE_OR_PARAPHRASE } from './plan';
import { clash, type RevealContext } from './reveal';
import { figureGroups } from './whose-estimate';
import { quoteOrParaphraseQuote } from './quote-or-paraphrase';
import { statement } from './true-false';
import type { Question } from './types';

export { MIN_PER_SECTION } from './plan';

/**
 * A safety net after selection: any quote or credited figure no question asks about (every candidate of
 * its slot came out null) gets the simplest honest question — exact words, or true/false about its source
 * — when its section has room (and fewer than MAX_QUOTE_OR_PARAPHRASE questions of that kind) and the
 * question gives nothing away there.
 */
export function fillGaps(ctx: Context, questions: Question[], rc: RevealContext): Question[] {
	const out = [...questions];
	const covered = new Set(out.flatMap((q) => q.claimIds));
	const add = (q: Question | null) => {
		if (!q || out.some((x) => x.id === q.id)) return;
		const section = out.filter((x) => x.section === q.section);
		if (section.length >= MAX_PER_SECTION || section.some((x) => clash(x, q, rc))) return;
		const sameKind = section.filter((x) => x.kind === q.kind).length;
		if (q.kind === 'quote-or-paraphrase' && sameKind >= MAX_QUOTE_OR_PARAPHRASE) return;
		out.push(q);
	};
	for (const quote of ctx.claims.quotes) {
		if (!covered.has(quote.id)) add(quoteOrParaphraseQuote(ctx, quote, true));
	}
	for (const group of figureGroups(ctx)) {
		if (group.some((e) => !covered.has(e.id))) {
			add(statement(ctx, group, group[0]!.source, group[0]!.section));
		}
	}
	return out;
}

import type { Conflict, SettledEstimate as Estimate } from '../extract/types';
import { matching } from './build-question';
import type { Context } from './context';
import { cite } from './evidence';
import { listJoin } from './text';
import type { MatchingQuestion } from './types';

/** ` for the number of North Korean soldiers`, or nothing when the extractor found no counted noun. */
export function countsPhrase(counts: string): string {
	return counts ? ` for the number of ${counts.replace(/^of\s+/, '')}` : '';
}

/** The matching question for a conflict: each source beside the figure it gave. */
export function matchEstimates(
	ctx: Context,
	conflict: Conflict,
	estimates: readonly Estimate[]
): MatchingQuestion | null {
	const first = estimates[0];
	const last = estimates.at(-1);
	if (!first || !last || estimates.length < 2) return null;
	const pairs = estimates.map((e) => ({
		item: { text: ctx.name(e.source), ref: e.source },
		choice: { text: e.text, ref: e.id }
	}));
	const parts = estimates.map(
		(e) => `${ctx.name(e.source)} ${e.text} (${cite(ctx, e.sentence, e.text, 10)})`
	);
	return matching(ctx, {
		// Asked where the last of the figures has been read.
		section: last.section,
		subject: conflict.quantity,
		prompt: `Match each source to the figure it gave${countsPhrase(first.counts)}.`,
		pairs,
		evidence: estimates.map((e) => e.sentence),
		explanation: `The article gives ${listJoin(parts)}.`,
		claimIds: [conflict.id, ...estimates.map((e) => e.id)]
	});
}

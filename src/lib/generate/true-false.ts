import { tooClose } from './affiliation';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { conflictEstimates, figure, sourcesOfFigure } from './estimates';
import { cite } from './evidence';
import type { Estimate } from '../extract/types';
import type { Question, SingleChoiceQuestion } from './types';

export const TRUE = 'True';
export const FALSE = 'False';

/**
 * A statement crediting `estimate` to `claimed`: true when `claimed` is its source, false otherwise.
 * Null when a false statement could be defended (the claimed source gave, repeated or was cited for the
 * same figure, or speaks for the same body as the real source).
 */
export function statement(
	ctx: Context,
	estimate: Estimate,
	claimed: string,
	section: string,
	extraClaims: string[] = []
): SingleChoiceQuestion | null {
	const truth = claimed === estimate.source;
	if (!truth) {
		const real = ctx.speaker(estimate.source);
		const other = ctx.speaker(claimed);
		if (!real || !other || tooClose(real, other)) return null;
		if (sourcesOfFigure(ctx, estimate).includes(claimed)) return null;
	}
	const said = `${ctx.name(claimed)} estimated ${figure(estimate)}.`;
	const why = truth
		? `True: ${cite(ctx, estimate.sentence, estimate.text)}`
		: `False: ${estimate.text} was the estimate of ${ctx.name(estimate.source)}, not ${ctx.name(claimed)}: ${cite(ctx, estimate.sentence, estimate.text)}`;
	return singleChoice(ctx, {
		kind: 'true-false',
		section,
		subject: said,
		prompt: `True or false? According to the article, ${said}`,
		answer: { text: truth ? TRUE : FALSE },
		distractors: [{ text: truth ? FALSE : TRUE }],
		fixedOrder: [TRUE, FALSE],
		evidence: [estimate.sentence],
		explanation: why,
		claimIds: [estimate.id, ...extraClaims]
	});
}

/**
 * Per conflict: each figure credited to the next source in the list (false), and the first figure to its
 * own source (true), so “true” is not a safe guess. Asked where the later of the two sources is read.
 */
export function trueFalse(ctx: Context): Question[] {
	return ctx.claims.conflicts.flatMap((conflict) => {
		const estimates = conflictEstimates(ctx, conflict.estimates);
		if (estimates.length < 2) return [];
		const later = (a: Estimate, b: Estimate) =>
			ctx.sentenceOrder(a.sentence) > ctx.sentenceOrder(b.sentence) ? a : b;
		const falses = estimates.map((e, i) => {
			const next = estimates[(i + 1) % estimates.length]!;
			return statement(ctx, e, next.source, later(e, next).section, [conflict.id]);
		});
		const first = estimates[0]!;
		const truth = statement(ctx, first, first.source, estimates.at(-1)!.section, [conflict.id]);
		return [...falses, truth].filter((q) => q !== null);
	});
}

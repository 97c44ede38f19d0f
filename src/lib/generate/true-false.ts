import type { SettledEstimate as Estimate } from '../extract/types';
import { tooClose } from './affiliation';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { sourcesOfFigure } from './estimates';
import { cite } from './evidence';
import { possessive } from './text';
import type { SingleChoiceQuestion } from './types';
import { figures } from './whose-estimate';

export const TRUE = 'True';
export const FALSE = 'False';

/**
 * A statement crediting a group of figures (one sentence, one source) to `claimed`: true when `claimed`
 * is their source, false otherwise. Null when a false statement could be defended (the claimed source
 * gave, repeated or was cited for the same figure, speaks for the same body as the real source, or the
 * figure is passed on from someone else).
 */
export function statement(
	ctx: Context,
	group: readonly Estimate[],
	claimed: string,
	section: string,
	extraClaims: string[] = []
): SingleChoiceQuestion | null {
	const first = group[0];
	if (!first) return null;
	const truth = claimed === first.source;
	if (!truth) {
		const real = ctx.speaker(first.source);
		const other = ctx.speaker(claimed);
		if (!real || !other || tooClose(real, other)) return null;
		if (group.some((e) => sourcesOfFigure(ctx, e).includes(claimed))) return null;
		// A figure passed on (“citing the coroner's figures”) has two sources, and the article may name
		// the first by another name (“the coroner”, then “Dr. Vale”): “not X's” could be wrong.
		if (group.some((e) => e.citedFrom !== null)) return null;
	}
	// “gave the figure”, not “estimated”: a reading or a limit is a figure too, and no estimate.
	const said = `${ctx.name(claimed)} gave the ${group.length > 1 ? 'figures' : 'figure'} of ${figures(group, ctx)}.`;
	const what = group.length > 1 ? 'These were' : `${first.text} was`;
	const why = truth
		? `True: the article credits ${ctx.name(claimed)} with ${group.length > 1 ? 'these figures' : 'this figure'}: ${cite(ctx, first.sentence, first.text)}`
		: `False: ${what} ${possessive(ctx.name(first.source))} ${group.length > 1 ? 'figures' : 'figure'}, not ${possessive(ctx.name(claimed))}: ${cite(ctx, first.sentence, first.text)}`;
	return singleChoice(ctx, {
		kind: 'true-false',
		section,
		subject: said,
		prompt: `True or false? According to the article, ${said}`,
		answer: { text: truth ? TRUE : FALSE },
		distractors: [{ text: truth ? FALSE : TRUE }],
		fixedOrder: [TRUE, FALSE],
		evidence: [first.sentence],
		explanation: why,
		claimIds: [...group.map((e) => e.id), ...extraClaims]
	});
}

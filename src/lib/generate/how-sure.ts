import { ARTICLE_SOURCE, type Estimate } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { figure } from './estimates';
import { cite } from './evidence';
import { curly } from './text';
import type { Question } from './types';

/** What a figure claims, from its bounds and hedge. Always offered in this order: a scale reads best. */
export const CERTAINTY = {
	exact: 'An exact count: precisely that many',
	lower: 'A lower bound: that many or more',
	upper: 'An upper bound: that many or fewer',
	approximate: 'An approximate number: about that many, maybe more, maybe fewer',
	range: 'A range: somewhere between two numbers'
} as const;

export type Certainty = keyof typeof CERTAINTY;

export function certaintyOf(e: Estimate): Certainty {
	if (e.low !== null && e.high !== null && e.low !== e.high) return 'range';
	if (e.low !== null) return 'lower';
	if (e.high !== null) return 'upper';
	return e.hedge ? 'approximate' : 'exact';
}

const WHY: Record<Certainty, string> = {
	exact: 'gives no qualifier',
	lower: 'sets a floor: the real number may be higher',
	upper: 'sets a ceiling: the real number is not higher',
	approximate: 'makes it an approximation',
	range: 'gives two ends, not one number'
};

/**
 * “What does ‘at least 1,500’ claim?” for every hedged figure (a bare number is an estimate too, so
 * calling it an exact count would teach the wrong thing: those are not asked).
 */
export function howSure(ctx: Context): Question[] {
	return ctx.claims.estimates
		.filter((e) => e.hedge !== null || e.low !== null || e.high !== null)
		.map((estimate) => {
			const kind = certaintyOf(estimate);
			const order: Certainty[] = ['exact', 'lower', 'upper', 'approximate'];
			if (kind === 'range') order.push('range');
			const who =
				estimate.source === ARTICLE_SOURCE
					? `The article gives ${figure(estimate)}.`
					: `${ctx.name(estimate.source)} estimated ${figure(estimate)}.`;
			const marker = estimate.hedge ? curly(estimate.hedge) : 'The range';
			return singleChoice(ctx, {
				kind: 'how-sure',
				section: estimate.section,
				subject: `${figure(estimate)}|${estimate.source}`,
				prompt: `${who} What does ${curly(estimate.text)} claim?`,
				answer: { text: CERTAINTY[kind] },
				distractors: order.filter((k) => k !== kind).map((k) => ({ text: CERTAINTY[k] })),
				fixedOrder: order.map((k) => CERTAINTY[k]),
				evidence: [estimate.sentence],
				explanation: `${marker} ${WHY[kind]}: ${cite(ctx, estimate.sentence, estimate.text)}`,
				claimIds: [estimate.id]
			});
		})
		.filter((q) => q !== null);
}

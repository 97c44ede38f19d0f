import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { conflictEstimates, credited, figure, sourcesOfFigure } from './estimates';
import { cite } from './evidence';
import type { Question } from './types';

/**
 * “Which source estimated …?” for every credited figure. Wrong choices are the other sources of the same
 * quantity first (the confusion worth testing), then the article's other sources and speakers — never one
 * that gave, repeated or was cited for the same figure. A repeated figure (`citedFrom`) asks whose it was.
 */
export function whoseEstimate(ctx: Context): Question[] {
	const all = credited(ctx);
	return all
		.map((estimate) => {
			const owner = estimate.citedFrom ?? estimate.source;
			const sameQuantity = ctx.claims.conflicts
				.filter((c) => c.estimates.includes(estimate.id))
				.flatMap((c) => conflictEstimates(ctx, c.estimates).map((e) => e.source));
			const wrong = pickSpeakers(ctx, {
				rightIds: [owner, estimate.source],
				exclude: sourcesOfFigure(ctx, estimate),
				tiers: [sameQuantity, all.map((e) => e.source), ctx.claims.speakers.map((s) => s.id)],
				section: estimate.section,
				seed: figure(estimate),
				evidence: [estimate.sentence]
			});
			const repeated = estimate.citedFrom !== null;
			const prompt = repeated
				? `${ctx.name(estimate.source)} used a figure of ${figure(estimate)}. Whose figure was it?`
				: `Which source estimated ${figure(estimate)}?`;
			const credit = repeated
				? `The figure comes from ${ctx.name(owner)}`
				: `The article credits ${ctx.name(owner)} with this figure`;
			return singleChoice(ctx, {
				kind: 'whose-estimate',
				section: estimate.section,
				subject: `${figure(estimate)}|${estimate.source}`,
				prompt,
				answer: { text: ctx.name(owner), ref: owner },
				distractors: wrong.map((id) => ({ text: ctx.name(id), ref: id })),
				evidence: [estimate.sentence],
				explanation: `${credit}: ${cite(ctx, estimate.sentence, estimate.text)}`,
				claimIds: [estimate.id]
			});
		})
		.filter((q) => q !== null);
}

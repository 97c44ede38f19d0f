import type { SettledEstimate as Estimate } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { conflictEstimates, credited, figure, sourcesOfFigure } from './estimates';
import { cite } from './evidence';
import { listJoin } from './text';
import type { SingleChoiceQuestion } from './types';

/**
 * Credited figures grouped by sentence and source, in article order: several figures one source gives in
 * one sentence (“4,300 tanks, 8,800 artillery pieces …”) are asked about once, together.
 */
export function figureGroups(ctx: Context): Estimate[][] {
	const groups = new Map<string, Estimate[]>();
	for (const e of credited(ctx)) {
		const key = `${e.sentence}|${e.source}|${e.citedFrom ?? ''}`;
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	return [...groups.values()]
		.map((g) => [...g].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id)))
		.map((g) => ctx.claims.estimates.filter((e) => g.includes(e)))
		.sort((a, b) => ctx.sentenceOrder(a[0]!.sentence) - ctx.sentenceOrder(b[0]!.sentence));
}

/** `4,300 tanks, 8,800 artillery pieces and 70 submarines`. */
export function figures(group: readonly Estimate[]): string {
	return listJoin(group.map(figure));
}

/**
 * “Whose figure is this: …?” (or “Whose figures are these: …?”). Wrong choices are the other sources of
 * the same quantity first (the confusion worth testing), then the article's other sources and speakers —
 * never one that gave, repeated or was cited for the same figure. A repeated figure asks whose it was.
 */
export function whoseEstimate(
	ctx: Context,
	group: readonly Estimate[]
): SingleChoiceQuestion | null {
	const first = group[0];
	if (!first) return null;
	const owner = first.citedFrom ?? first.source;
	const ids = group.map((e) => e.id);
	const sameQuantity = ctx.claims.conflicts
		.filter((c) => c.estimates.some((id) => ids.includes(id)))
		.flatMap((c) => conflictEstimates(ctx, c.estimates).map((e) => e.source));
	const all = credited(ctx);
	const wrong = pickSpeakers(ctx, {
		rightIds: [owner, first.source],
		exclude: group.flatMap((e) => sourcesOfFigure(ctx, e)),
		tiers: [sameQuantity, all.map((e) => e.source), ctx.claims.speakers.map((s) => s.id)],
		section: first.section,
		seed: figures(group),
		evidence: [first.sentence]
	});
	const several = group.length > 1;
	const shown = figures(group);
	const prompt =
		first.citedFrom !== null
			? `${ctx.name(first.source)} used ${several ? 'these figures' : 'a figure'}: ${shown}. Whose ${several ? 'figures were they' : 'figure was it'}?`
			: several
				? `Whose figures are these: ${shown}?`
				: `Whose figure is this: ${shown}?`;
	const credit =
		first.citedFrom !== null
			? `The article says ${several ? 'these figures come' : 'the figure comes'} from ${ctx.name(owner)}`
			: `The article credits ${ctx.name(owner)} with ${several ? 'these figures' : 'this figure'}`;
	return singleChoice(ctx, {
		kind: 'whose-estimate',
		section: first.section,
		subject: `${shown}|${first.source}`,
		prompt,
		answer: { text: ctx.name(owner), ref: owner },
		distractors: wrong.map((id) => ({ text: ctx.name(id), ref: id })),
		evidence: [first.sentence],
		explanation: `${credit}: ${cite(ctx, first.sentence, first.text)}`,
		claimIds: ids
	});
}

import type { SettledEstimate as Estimate } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { conflictEstimates, credited, figure, sourcesOfFigure } from './estimates';
import { cite } from './evidence';
import { isPlural, listJoin, possessive } from './text';
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
export function figures(group: readonly Estimate[], ctx: Context): string {
	return listJoin(group.map((e) => figure(e, ctx)));
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
		seed: figures(group, ctx),
		evidence: [first.sentence]
	});
	const several = group.length > 1;
	const shown = figures(group, ctx);
	if (first.citedFrom !== null) return whereFrom(ctx, group, wrong, shown);
	const prompt = several ? `Whose figures are these: ${shown}?` : `Whose figure is this: ${shown}?`;
	const credit = `The article credits ${ctx.name(owner)} with ${several ? 'these figures' : 'this figure'}`;
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

/**
 * Who repeats whom: “The Interior Ministry gave the figure fewer than 20,000 people. Where does it come
 * from?” — the source it repeats, not the one that gave it (“its own count” is offered, and wrong).
 */
function whereFrom(
	ctx: Context,
	group: readonly Estimate[],
	wrong: readonly string[],
	shown: string
): SingleChoiceQuestion | null {
	const first = group[0]!;
	const original = first.citedFrom!;
	const several = group.length > 1;
	const giver = ctx.name(first.source);
	return singleChoice(ctx, {
		kind: 'where-from',
		section: first.section,
		subject: `${shown}|${first.source}|${original}`,
		prompt: `${giver} ${isPlural(giver) ? 'give' : 'gives'} ${several ? 'the figures' : 'the figure'} ${shown}. According to the article, where ${several ? 'do they' : 'does it'} come from?`,
		answer: { text: ctx.name(original), ref: original },
		distractors: [
			{ text: `${possessive(giver)} own count`, ref: first.source },
			...wrong.slice(0, 2).map((id) => ({ text: ctx.name(id), ref: id }))
		],
		evidence: [first.sentence],
		explanation: `${giver} only repeats ${possessive(ctx.name(original))} ${several ? 'figures' : 'figure'}: ${cite(ctx, first.sentence, first.text)}`,
		claimIds: group.map((e) => e.id)
	});
}

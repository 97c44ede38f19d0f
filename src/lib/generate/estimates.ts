import { ARTICLE_SOURCE, type SettledEstimate as Estimate } from '../extract/types';
import type { Context } from './context';
import { normalize } from './text';

/**
 * `at least 1,500 North Korean soldiers`: the figure with what it counts, when the article writes them so;
 * `fewer than 5,000` alone when the counted word stands elsewhere (“the backlog was fewer than 5,000”),
 * since prompts quote this text as the article's.
 */
export function figure(estimate: Estimate, ctx: Context): string {
	const joined = `${estimate.text} ${estimate.counts}`.trim();
	const sentence = ctx.sentenceText(estimate.sentence);
	return !sentence || sentence.includes(joined) ? joined : estimate.text;
}

/** Estimates a source is credited with (not the article's own figures). */
export function credited(ctx: Context): Estimate[] {
	return ctx.claims.estimates.filter((e) => e.source !== ARTICLE_SOURCE);
}

/** Everyone the article connects with the same figure: whoever gave it, repeated it or was cited. */
export function sourcesOfFigure(ctx: Context, estimate: Estimate): string[] {
	const same = ctx.claims.estimates.filter(
		(e) =>
			normalize(e.text) === normalize(estimate.text) &&
			(e.quantity === estimate.quantity || e.value === estimate.value)
	);
	return [...new Set(same.flatMap((e) => [e.source, e.citedFrom ?? e.source]))].filter(
		(id) => id !== ARTICLE_SOURCE
	);
}

/** The estimates of a conflict, in article order, that exist and come from different sources. */
export function conflictEstimates(ctx: Context, ids: readonly string[]): Estimate[] {
	const bySource = new Map<string, Estimate>();
	for (const id of ids) {
		const e = ctx.claims.estimates.find((x) => x.id === id);
		if (e && !bySource.has(e.source)) bySource.set(e.source, e);
	}
	return [...bySource.values()].sort(
		(a, b) => ctx.sentenceOrder(a.sentence) - ctx.sentenceOrder(b.sentence)
	);
}

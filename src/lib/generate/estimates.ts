import { ARTICLE_SOURCE, type SettledEstimate as Estimate } from '../extract/types';
import type { Context } from './context';
import { normalize } from './text';

/** `at least 1,500 North Korean soldiers`: the figure with what it counts. */
export function figure(estimate: Estimate): string {
	return `${estimate.text} ${estimate.counts}`.trim();
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

import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { credited, sourcesOfFigure } from './estimates';
import { quoteQuestion } from './quote-or-paraphrase';
import { statement } from './true-false';
import type { Question } from './types';

/** Every section with claims in it gets at least this many questions. */
export const MIN_PER_SECTION = 4;

/**
 * Tops up what the kind generators produced so the coverage rules hold: every quote and every credited
 * figure is asked about, and every section with claims has MIN_PER_SECTION questions. The extra questions
 * are the simplest honest ones — exact words or paraphrase, and true/false about who gave a figure.
 */
export function fillGaps(ctx: Context, questions: Question[]): Question[] {
	const out = [...questions];
	const ids = new Set(out.map((q) => q.id));
	const add = (q: Question | null) => {
		if (!q || ids.has(q.id)) return false;
		ids.add(q.id);
		out.push(q);
		return true;
	};
	const covered = () => new Set(out.flatMap((q) => q.claimIds));

	const asked = covered();
	for (const quote of ctx.claims.quotes) {
		if (!asked.has(quote.id)) add(quoteQuestion(ctx, quote));
	}
	for (const e of credited(ctx)) {
		if (!asked.has(e.id)) add(statement(ctx, e, e.source, e.section));
	}

	for (const section of ctx.sectionIds) {
		const count = () => out.filter((q) => q.section === section).length;
		if (count() >= MIN_PER_SECTION) continue;
		for (const q of reserve(ctx, section)) {
			if (count() >= MIN_PER_SECTION) break;
			add(q);
		}
	}
	return out;
}

/** Extra questions about one section's claims, best first. */
function reserve(ctx: Context, section: string): (Question | null)[] {
	const quotes = ctx.claims.quotes.filter((q) => q.section === section);
	const figures = credited(ctx).filter((e) => e.section === section);
	const sources = credited(ctx).map((e) => e.source);
	return [
		...quotes.map((q) => quoteQuestion(ctx, q)),
		...figures.flatMap((e) => {
			const [wrong] = pickSpeakers(ctx, {
				rightIds: [e.source, ...sourcesOfFigure(ctx, e)],
				tiers: [sources, ctx.claims.speakers.map((s) => s.id)],
				section,
				seed: e.id,
				max: 1
			});
			return [
				statement(ctx, e, e.source, section),
				wrong ? statement(ctx, e, wrong, section) : null
			];
		})
	];
}

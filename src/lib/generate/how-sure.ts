import type { SettledEstimate as Estimate } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { figure } from './estimates';
import { cite } from './evidence';
import { formatNumber } from './text';
import type { SingleChoiceQuestion } from './types';

/**
 * What a figure claims, from its bounds and hedge, worded so each hedge has exactly one defensible
 * reading — and in words no hedge uses (“at least”, “about”, “between”), so the choice cannot be found by
 * matching the figure's own words. `near` (“nearly”, “almost”, “just under”: close to the number but not above it) and `upper`
 * (“up to”, “fewer than”: a ceiling, possibly far below) are never offered together, since a figure that
 * is nearly N is also at most N.
 */
export const CERTAINTY = {
	exact: 'Exactly that number, neither more nor less',
	lower: 'That number is a floor: there may be more',
	near: 'Just below that number, not above it',
	upper: 'That number is a ceiling: there may be far fewer',
	approximate: 'A little above or below that number',
	range: 'Anywhere from the lower number to the higher one'
} as const;

export type Certainty = keyof typeof CERTAINTY;

/** Hedges meaning “just below the number”. */
const NEAR_HEDGES = new Set(['nearly', 'almost', 'just under', 'not quite', 'just shy of']);
/** Hedges that are not a degree of certainty at all (an average is a computed number). */
const NOT_CERTAINTY = new Set(['an average of', 'a total of', 'an estimated', 'estimated']);

/** The reading of a figure, or null when its hedge says nothing about how sure it is. */
export function certaintyOf(e: Estimate): Certainty | null {
	const hedge = e.hedge?.toLowerCase() ?? null;
	if (e.low !== null && e.high !== null && e.low !== e.high) return 'range';
	if (hedge && NEAR_HEDGES.has(hedge)) return 'near';
	if (e.low !== null) return 'lower';
	if (e.high !== null) return 'upper';
	if (hedge && NOT_CERTAINTY.has(hedge)) return null;
	return hedge ? 'approximate' : 'exact';
}

/** The number as written, without its hedge: `1,500` of `at least 1,500`. */
function numberText(e: Estimate): string {
	const hedge = e.hedge ?? '';
	const at = hedge ? e.text.toLowerCase().indexOf(hedge.toLowerCase()) : -1;
	return at >= 0 ? e.text.slice(at + hedge.length).trim() : e.text;
}

/** Why, in words computed from the figure: `“at least” sets a floor: 1,500 or more`. */
function why(kind: Certainty, e: Estimate): string {
	const hedge = `Saying “${e.hedge ?? ''}”`;
	const n = formatNumber(e.value);
	switch (kind) {
		case 'lower':
			// “more than 40” is above 40; “at least 40” is 40 or more.
			return /^(?:more than|over|upwards of)$/i.test(e.hedge ?? '')
				? `${hedge} sets a floor: above ${formatNumber(e.low ?? e.value)}`
				: `${hedge} sets a floor: ${formatNumber(e.low ?? e.value)} or more`;
		case 'near':
			return `${hedge} means just under: close to ${n}, but not above it`;
		case 'upper':
			return /^(?:fewer than|less than|under)$/i.test(e.hedge ?? '')
				? `${hedge} sets a ceiling: below ${formatNumber(e.high ?? e.value)}, perhaps far below`
				: `${hedge} sets a ceiling: ${formatNumber(e.high ?? e.value)} or fewer, perhaps far fewer`;
		case 'approximate':
			return `${hedge} means about: a little more or a little less than ${n}`;
		case 'range':
			return `The figure gives two ends, ${formatNumber(e.low ?? 0)} and ${formatNumber(e.high ?? 0)}, not one number`;
		case 'exact':
			return 'The figure has no qualifier';
	}
}

const REREAD =
	/\b(?:floor|undercount(?:ed|s)?|under-count(?:ed|s)?|minimum|conservative|lower bound|tip of the iceberg|overstat(?:es|ed|ing)|exaggerat(?:es|ed|ing|ion))\b/i;

/** A figure named by what it counts (“the diary figure”, “the official count”), not by its number. */
const NAMED_FIGURE = /\b(?:figure|count|number|tally|total|estimate|toll)s?\b/i;

/**
 * Whether a sentence says how to read the figure: one that holds its number, or any
 * sentence that names a figure without a number (“the official count is only the floor”).
 */
function reread(ctx: Context, estimate: Estimate): boolean {
	const number = numberText(estimate);
	return ctx.article.sections.some((section) =>
		section.paragraphs.some((p) =>
			p.sentences.some(
				(x) =>
					REREAD.test(x.text) &&
					(x.text.includes(number) || (!/\d/.test(x.text) && NAMED_FIGURE.test(x.text)))
			)
		)
	);
}

/**
 * “What does the wording of ‘at least 1,500 soldiers’ claim?” for a hedged figure: what its source claims,
 * not what is true, in articles whose sources disagree (a bare number is an estimate too, so calling it an
 * exact count would teach the wrong thing: those are not asked). A figure repeated from another source
 * is not asked: the repeater's wording may differ from the original's. The prompt does not name the
 * source, so it gives away no “whose figure” question.
 */
export function howSureFigure(ctx: Context, estimate: Estimate): SingleChoiceQuestion | null {
	const kind = certaintyOf(estimate);
	// A range shows its own reading (two numbers), so only a hedged single number is asked.
	if (kind === null || kind === 'exact' || kind === 'range' || !estimate.hedge) return null;
	if (estimate.citedFrom !== null) return null;
	// The prompt shows the number without its hedge, so the student must find it in the text; another
	// figure with the same number but other words (“about 300” and “at least 300”) would make that unclear.
	const twin = ctx.claims.estimates.some(
		(e) => e.id !== estimate.id && e.value === estimate.value && certaintyOf(e) !== kind
	);
	if (twin) return null;
	// An article that calls the number a floor or an undercount elsewhere (“the 300 is only the floor”)
	// reads it as more than its own wording says: two answers could be defended.
	if (reread(ctx, estimate)) return null;
	const ceiling: Certainty = kind === 'upper' ? 'upper' : 'near';
	const order: Certainty[] = ['exact', 'lower', ceiling, 'approximate'];
	const reason = why(kind, estimate);
	const bare = figure(estimate, ctx).slice(estimate.text.length - numberText(estimate).length);
	return singleChoice(ctx, {
		kind: 'how-sure',
		section: estimate.section,
		subject: `${figure(estimate, ctx)}|${estimate.source}`,
		prompt: `Find the figure of ${bare} in the article. What do the words around the number claim about it?`,
		answer: { text: CERTAINTY[kind] },
		distractors: order.filter((k) => k !== kind).map((k) => ({ text: CERTAINTY[k] })),
		fixedOrder: order.map((k) => CERTAINTY[k]),
		evidence: [estimate.sentence],
		explanation: `${reason}: ${cite(ctx, estimate.sentence, estimate.text)}`,
		claimIds: [estimate.id]
	});
}

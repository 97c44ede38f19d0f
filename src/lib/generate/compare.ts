import type { SettledEstimate as Estimate } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickTexts } from './distractors';
import { figure } from './estimates';
import { cite } from './evidence';
import { bounds, fitOf } from './fit';
import { countsPhrase } from './match-estimates';
import { explainsDifference } from './why-differ';
import { statedShare, wrongShares } from './share';
import { capitalize, formatNumber, possessive } from './text';
import type { SingleChoiceQuestion } from './types';

type Estimates = Estimate[];

/** Which source gave the highest (of two: the higher) figure for a disputed quantity. */
export function highest(
	ctx: Context,
	conflictId: string,
	estimates: Estimates
): SingleChoiceQuestion | null {
	const top = [...estimates].sort((a, b) => b.value - a.value);
	const [first, second] = top;
	// A tie at the top would make two choices right.
	if (!first || !second || first.value === second.value) return null;
	const last = estimates.at(-1)!;
	const word = estimates.length === 2 ? 'higher' : 'highest';
	return singleChoice(ctx, {
		kind: 'compare',
		section: last.section,
		subject: `${word}|${first.quantity}`,
		prompt: `Which source gave the ${word} estimate${countsPhrase(first.counts)}?`,
		answer: { text: ctx.name(first.source), ref: first.source },
		distractors: top.slice(1).map((e) => ({ text: ctx.name(e.source), ref: e.source })),
		evidence: estimates.map((e) => e.sentence),
		explanation: `${ctx.name(first.source)} gave the ${word} figure, ${first.text}, against ${top
			.slice(1)
			.map((e) => e.text)
			.join(' and ')}: ${cite(ctx, first.sentence, first.text)}`,
		claimIds: [conflictId, ...estimates.map((e) => e.id)]
	});
}

/**
 * For a pair of figures whose ratio the article puts into words (“only a quarter of the number”), the
 * question “X's figure is what share of Y's?”. The ratio is computed from the values; the question is
 * asked only when one of the two evidence sentences states that same share. The prompt names the sources,
 * not the figures, so the student has to find both.
 */
export function shares(ctx: Context, conflictId: string, estimates: Estimates) {
	const out: (SingleChoiceQuestion | null)[] = [];
	for (const small of estimates) {
		for (const large of estimates) {
			if (small.value >= large.value || small.value <= 0) continue;
			const text = `${ctx.sentenceText(small.sentence)} ${ctx.sentenceText(large.sentence)}`;
			const fraction = statedShare(small.value / large.value, 'fraction', text);
			const multiple = fraction ? null : statedShare(large.value / small.value, 'multiple', text);
			const stated = fraction ?? multiple;
			if (!stated) continue;
			const [a, b] = fraction ? [small, large] : [large, small];
			const ratio = a.value / b.value;
			const where = ctx.sentenceText(small.sentence).toLowerCase().includes(stated.spelling)
				? small.sentence
				: large.sentence;
			const show = (label: string) =>
				capitalize(stated.word.type === 'fraction' ? `${label} of it` : `${label} as high`);
			const answer = show(stated.word.label);
			const wrong = pickTexts(wrongShares(ratio, stated.word.type).map(show), {
				right: [answer],
				seed: `${a.id}|${b.id}`
			});
			const later = ctx.sentenceOrder(a.sentence) > ctx.sentenceOrder(b.sentence) ? a : b;
			out.push(
				singleChoice(ctx, {
					kind: 'compare',
					section: later.section,
					subject: `share|${figure(a, ctx)}|${figure(b, ctx)}`,
					prompt:
						`How does ${possessive(ctx.name(a.source))} estimate${countsPhrase(a.counts)} ` +
						`compare with ${possessive(ctx.name(b.source))}?`,
					answer: { text: answer },
					distractors: wrong.map((text) => ({ text })),
					evidence: [a.sentence, b.sentence],
					explanation:
						`${formatNumber(a.value)} ÷ ${formatNumber(b.value)} = ${round(ratio)}, ` +
						`${stated.word.label}, as the article says: ${cite(ctx, where, stated.spelling)}`,
					claimIds: [conflictId, a.id, b.id]
				})
			);
		}
	}
	return out;
}

function round(value: number): string {
	return String(Math.round(value * 100) / 100);
}

export const BOTH_YES = 'Yes — both can be right at once';
export const BOTH_NO = 'No — at most one of them can be right';

/**
 * “Can both be right?” for two figures of one quantity where one is a bound (“at least 1,500”) and the
 * other a number: yes when every value the number may stand for lies within the bound, no when none
 * does; not asked when it depends on how rough the number is. The answer and the explanation are
 * computed from the bounds. The prompt gives the figures, not the sources.
 */
export function bothRight(
	ctx: Context,
	conflictId: string,
	estimates: Estimates
): SingleChoiceQuestion | null {
	// “The union also counts posts covered by unqualified staff”: the figures may count different things.
	const conflict = ctx.claims.conflicts.find((c) => c.id === conflictId);
	if (conflict && explainsDifference(ctx, conflict)) return null;
	const pairs: { bound: Estimate; other: Estimate; yes: boolean; gap: number }[] = [];
	for (const bound of estimates) {
		if (!bounds(bound)) continue;
		for (const other of estimates) {
			if (other === bound || bounds(other)) continue;
			// Read from fitOf, as the sources map does: a question and the map never disagree.
			const { fit } = fitOf(bound, other);
			if (fit === 'unclear') continue;
			pairs.push({
				bound,
				other,
				yes: fit === 'both',
				gap: Math.abs(Math.log(other.value / bound.value))
			});
		}
	}
	// The closest pair makes the student read the hedge, not just see two far-apart numbers.
	const pick = pairs.sort((x, y) => x.gap - y.gap)[0];
	if (!pick) return null;
	const { bound, other, yes } = pick;
	const [a, b] =
		ctx.sentenceOrder(bound.sentence) <= ctx.sentenceOrder(other.sentence)
			? [bound, other]
			: [other, bound];
	const words = bounds(bound)!.words;
	const relation = other.value > bound.value ? 'more than' : 'fewer than';
	const reason = yes ? 'so both can be right' : 'so they cannot both be right';
	return singleChoice(ctx, {
		kind: 'compare',
		section: ctx.sentenceOrder(a.sentence) > ctx.sentenceOrder(b.sentence) ? a.section : b.section,
		subject: `both|${figure(a, ctx)}|${figure(b, ctx)}`,
		// “If they count the same thing”: whether they do is often the article's own point (“the union also
		// counts contractors”), which the extractor cannot read; the bounds alone settle the conditional.
		prompt: `One source gave “${figure(a, ctx)}”, another “${figure(b, ctx)}”. If they count the same thing, can both figures be right?`,
		answer: { text: yes ? BOTH_YES : BOTH_NO },
		distractors: [{ text: yes ? BOTH_NO : BOTH_YES }],
		fixedOrder: [BOTH_YES, BOTH_NO],
		evidence: [a.sentence, b.sentence],
		explanation:
			`${yes ? 'Yes' : 'No'}: “${bound.text}” means ${words}, and ${formatNumber(other.value)} is ` +
			`${relation} ${formatNumber(bound.value)}, ${reason}: ${cite(ctx, a.sentence, a.text, 16)}; ` +
			cite(ctx, b.sentence, b.text, 16),
		claimIds: [conflictId, a.id, b.id]
	});
}

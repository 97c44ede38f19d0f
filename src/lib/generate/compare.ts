import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickTexts } from './distractors';
import { conflictEstimates, figure } from './estimates';
import { cite } from './evidence';
import { countsPhrase } from './match-estimates';
import { statedShare, wrongShares } from './share';
import { capitalize, formatNumber } from './text';
import type { Question } from './types';

/** Per conflict: which source gave the highest figure, and any share between two figures the text states. */
export function compare(ctx: Context): Question[] {
	return ctx.claims.conflicts.flatMap((conflict) => {
		const estimates = conflictEstimates(ctx, conflict.estimates);
		return [highest(ctx, conflict.id, estimates), ...shares(ctx, conflict.id, estimates)].filter(
			(q) => q !== null
		);
	});
}

type Estimates = ReturnType<typeof conflictEstimates>;

function highest(ctx: Context, conflictId: string, estimates: Estimates) {
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
		explanation: `${ctx.name(first.source)} gave the ${word} figure, ${first.text}: ${cite(ctx, first.sentence, first.text)}`,
		claimIds: [conflictId, ...estimates.map((e) => e.id)]
	});
}

/**
 * For each pair of figures whose ratio the article puts into words (“only a quarter of the number”),
 * the question “X's figure is what share of Y's?”. The ratio is computed from the values; the question is
 * asked only when one of the two evidence sentences states that same share.
 */
function shares(ctx: Context, conflictId: string, estimates: Estimates) {
	const out = [];
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
					subject: `share|${figure(a)}|${figure(b)}`,
					prompt:
						`${ctx.name(a.source)} estimated ${figure(a)}; ${ctx.name(b.source)} estimated ` +
						`${b.text}. How does the first figure compare with the second?`,
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

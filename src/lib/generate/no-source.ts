import { ARTICLE_SOURCE, type SettledEstimate as Estimate } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickTexts } from './distractors';
import { figure } from './estimates';
import { cite } from './evidence';
import type { SingleChoiceQuestion } from './types';

/**
 * Which claim has no source: “Which of these figures does the article give on its own authority?” The
 * answer is a figure of the writer's own (its sentence credits nobody and names no source); the wrong
 * choices are figures the article credits to a source, from the same section first.
 */
export function noSourceQuestion(ctx: Context, own: Estimate): SingleChoiceQuestion | null {
	if (own.source !== ARTICLE_SOURCE) return null;
	const credited = ctx.claims.estimates.filter(
		(e) => e.source !== ARTICLE_SOURCE && e.citedFrom === null
	);
	const near = credited.filter((e) => e.section === own.section);
	const answer = figure(own, ctx);
	const texts = pickTexts(
		credited.map((e) => figure(e, ctx)),
		{
			right: [answer],
			preferred: near.map((e) => figure(e, ctx)),
			seed: own.id
		}
	);
	if (texts.length < 2) return null;
	const chosen = texts.map((t) => credited.find((e) => figure(e, ctx) === t)!);
	return singleChoice(ctx, {
		kind: 'no-source',
		section: own.section,
		subject: `no-source|${answer}`,
		prompt:
			'Which of these figures does the article give on its own authority, without crediting any source?',
		answer: { text: answer, ref: own.id },
		distractors: chosen.map((e) => ({ text: figure(e, ctx), ref: e.id })),
		evidence: [own.sentence, ...chosen.map((e) => e.sentence)],
		explanation: `The sentence gives ${answer} without saying who counted it; the other figures are each credited to a source: ${cite(ctx, own.sentence, own.text)}`,
		claimIds: [own.id]
	});
}

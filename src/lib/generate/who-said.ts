import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { attributionSentence, citeNaming } from './evidence';
import { curly, endQuestion, shorten, trimQuote } from './text';
import type { Question } from './types';

/** Longest quote shown whole in a prompt; longer ones are cut with “…”. */
export const PROMPT_QUOTE_WORDS = 25;

/**
 * “Who said ‘…’?” for every full quote; the choices are the article's other speakers. Partial quotes (a
 * few words inside the writer's sentence) are asked as “source or author” instead.
 */
export function whoSaid(ctx: Context): Question[] {
	const quoting = ctx.claims.quotes.map((q) => q.speaker);
	const everyone = ctx.claims.speakers.map((s) => s.id);
	return ctx.claims.quotes
		.filter((q) => q.kind === 'full')
		.map((quote) => {
			const shown = shorten(trimQuote(quote.text), PROMPT_QUOTE_WORDS);
			const evidence = quote.evidence.length > 0 ? quote.evidence : [quote.sentence];
			const said = attributionSentence(ctx, evidence, quote.speaker);
			const others = pickSpeakers(ctx, {
				rightIds: [quote.speaker],
				tiers: [quoting, everyone],
				section: quote.section,
				seed: quote.text,
				evidence: [...evidence, said]
			});
			const distractors = others.map((id) => ({ text: ctx.name(id), ref: id }));
			// An article with one speaker still asks: was it the speaker or the writer?
			if (distractors.length === 0) distractors.push({ text: ctx.writer, ref: 'article' });
			return singleChoice(ctx, {
				kind: 'who-said',
				section: quote.section,
				subject: quote.text,
				prompt: endQuestion(`Who said ${curly(shown)}`),
				answer: { text: ctx.name(quote.speaker), ref: quote.speaker },
				distractors,
				evidence: [...evidence, said],
				explanation: `${ctx.name(quote.speaker)} said it: ${citeNaming(ctx, said, quote.speaker)}`,
				claimIds: [quote.id]
			});
		})
		.filter((q) => q !== null);
}

import { tooClose } from './affiliation';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickTexts } from './distractors';
import { attributionSentence, citeNaming } from './evidence';
import { curly, shorten, trimQuote } from './text';

/** Quotes as choices are cut shorter than in prompts, so four of them still fit on a phone screen. */
export const CHOICE_QUOTE_WORDS = 14;

/**
 * “Which of these did X say?” once per quoted speaker, about their first full quote; the wrong choices
 * are quotes of speakers who are not X and do not speak for the same body.
 */
export function whatSaid(ctx: Context) {
	const { quotes } = ctx.claims;
	return ctx.claims.speakers
		.map((speaker) => {
			const own = quotes.filter((q) => q.speaker === speaker.id);
			const quote = own.find((q) => q.kind === 'full') ?? own[0];
			if (!quote) return null;
			const shown = (text: string) => shorten(trimQuote(text), CHOICE_QUOTE_WORDS);
			const sectionIndex = ctx.sectionIds.indexOf(quote.section);
			const others = quotes.filter((q) => {
				const by = ctx.speaker(q.speaker);
				return by !== undefined && !tooClose(by, speaker);
			});
			const near = others.filter(
				(q) => Math.abs(ctx.sectionIds.indexOf(q.section) - sectionIndex) <= 1
			);
			const wrong = pickTexts(
				others.map((q) => shown(q.text)),
				{
					right: own.map((q) => shown(q.text)),
					preferred: near.map((q) => shown(q.text)),
					seed: quote.text
				}
			);
			const evidence = quote.evidence.length > 0 ? quote.evidence : [quote.sentence];
			const said = attributionSentence(ctx, evidence, speaker.id);
			const refOf = (text: string) => others.find((q) => shown(q.text) === text)?.id;
			return singleChoice(ctx, {
				kind: 'what-said',
				section: quote.section,
				subject: speaker.id,
				prompt: `Which of these did ${speaker.name} say?`,
				answer: { text: curly(shown(quote.text)), ref: quote.id },
				distractors: wrong.map((text) => ({ text: curly(text), ref: refOf(text) })),
				evidence: [...evidence, said],
				explanation: `The article quotes ${speaker.name}: ${citeNaming(ctx, said, speaker.id)}`,
				claimIds: [quote.id, speaker.id]
			});
		})
		.filter((q) => q !== null);
}

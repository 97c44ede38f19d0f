import type { SettledQuote as Quote } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { attributionSentence, cite, citeNaming, mentions } from './evidence';
import { curly, endQuestion, quotePiece } from './text';
import type { SingleChoiceQuestion } from './types';

/** The sentences that show a quote and the one that names its speaker. */
export function quoteEvidence(ctx: Context, quote: Quote): { evidence: string[]; said: string } {
	const evidence = quote.evidence.length > 0 ? quote.evidence : [quote.sentence];
	return { evidence, said: attributionSentence(ctx, evidence, quote.speaker) };
}

/** “Who said ‘…’?” for one quote; the choices are the article's other speakers. */
export function whoSaid(ctx: Context, quote: Quote): SingleChoiceQuestion | null {
	const quoting = ctx.claims.quotes.map((q) => q.speaker);
	const everyone = ctx.claims.speakers.map((s) => s.id);
	const { evidence, said } = quoteEvidence(ctx, quote);
	const shown = quotePiece(quote.text);
	// A quote that names its own speaker (“I, Ana Ruiz, …”) gives the answer away.
	const speaker = ctx.speaker(quote.speaker);
	if (speaker && mentions(shown, speaker)) return null;
	const others = pickSpeakers(ctx, {
		rightIds: [quote.speaker],
		tiers: [quoting, everyone],
		section: quote.section,
		seed: quote.text,
		evidence: [...evidence, said],
		shown
	});
	const distractors = others.map((id) => ({ text: ctx.name(id), ref: id }));
	// An article with one speaker still asks: was it the speaker or the writer?
	if (distractors.length === 0) distractors.push({ text: ctx.writer, ref: 'article' });
	const name = ctx.name(quote.speaker);
	return singleChoice(ctx, {
		kind: 'who-said',
		section: quote.section,
		subject: quote.text,
		prompt: endQuestion(`Who said ${curly(shown)}`),
		answer: { text: name, ref: quote.speaker },
		distractors,
		evidence: [...evidence, said],
		explanation: quoteExplanation(ctx, quote, said, `${name} said these words`),
		claimIds: [quote.id]
	});
}

/**
 * Why a quote is its speaker's: the sentence with the words asked about, cut around them, and — when that
 * sentence names the speaker only by “he” or “she” — the sentence that names them.
 */
export function quoteExplanation(ctx: Context, quote: Quote, said: string, claim: string): string {
	const words = quotePiece(quote.text).split(' ').slice(0, 6).join(' ');
	const withWords = cite(ctx, quote.sentence, words);
	if (said === quote.sentence) return `${claim}: ${withWords}`;
	return `${claim}: ${withWords}; the speaker is named here: ${citeNaming(ctx, said, quote.speaker)}`;
}

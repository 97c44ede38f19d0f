import type { Quote } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { attributionSentence, cite } from './evidence';
import { possessive, shorten, trimQuote } from './text';
import type { Question, SingleChoiceQuestion } from './types';

export const EXACT = 'Exact words: a direct quote';
export const PARAPHRASE = 'A paraphrase: the article’s own wording';

/** Longest text shown in the prompt (without quote marks: they would give the answer away). */
const SHOWN_WORDS = 20;

function ask(name: string, text: string): string {
	return `Are these ${possessive(name)} exact words, or the article’s paraphrase? — ${shorten(trimQuote(text), SHOWN_WORDS)}`;
}

/** The question for one quote (answer: exact words). */
export function quoteQuestion(ctx: Context, quote: Quote): SingleChoiceQuestion | null {
	const name = ctx.name(quote.speaker);
	const evidence = quote.evidence.length > 0 ? quote.evidence : [quote.sentence];
	const said = attributionSentence(ctx, evidence, quote.speaker);
	return singleChoice(ctx, {
		kind: 'quote-or-paraphrase',
		section: quote.section,
		subject: quote.text,
		prompt: ask(name, quote.text),
		answer: { text: EXACT },
		distractors: [{ text: PARAPHRASE }],
		fixedOrder: [EXACT, PARAPHRASE],
		evidence: [...evidence, said],
		explanation: `The article puts these words in quote marks: ${cite(ctx, quote.sentence, trimQuote(quote.text).slice(0, 30))}`,
		claimIds: [quote.id]
	});
}

/**
 * Every paraphrase (answer: the article's wording), and, so the answer is not always the same, the first
 * full quote of each paraphrased speaker. Other quotes are asked this way only to fill a thin section.
 */
export function quoteOrParaphrase(ctx: Context): Question[] {
	const paraphrased = new Set(ctx.claims.paraphrases.map((p) => p.speaker));
	const paraphrases = ctx.claims.paraphrases.map((p) =>
		singleChoice(ctx, {
			kind: 'quote-or-paraphrase',
			section: p.section,
			subject: p.text,
			prompt: ask(ctx.name(p.speaker), p.text),
			answer: { text: PARAPHRASE },
			distractors: [{ text: EXACT }],
			fixedOrder: [EXACT, PARAPHRASE],
			evidence: [p.sentence],
			explanation: `There are no quote marks: the article reports what ${ctx.name(p.speaker)} said in its own words: ${cite(ctx, p.sentence, p.text.slice(0, 30))}`,
			claimIds: [p.id]
		})
	);
	const quotes = [...paraphrased].map((speaker) => {
		const quote = ctx.claims.quotes.find((q) => q.speaker === speaker && q.kind === 'full');
		return quote ? quoteQuestion(ctx, quote) : null;
	});
	return [...paraphrases, ...quotes].filter((q) => q !== null);
}

import type { AuthorVoice, SettledQuote as Quote } from '../extract/types';
import { ARTICLE_SOURCE } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { cite } from './evidence';
import { endQuestion, normalize, possessive, quotePiece } from './text';
import type { SingleChoiceQuestion } from './types';
import { quoteEvidence, quoteExplanation } from './who-said';

/**
 * The writer's phrases worth asking about: two words or more (a lone “merely” makes a puzzling question),
 * not inside any quote, and one per sentence — the longest, the most loaded (“tiny pariah state” over a
 * second phrase in the same sentence).
 */
export function authorPhrases(ctx: Context): AuthorVoice[] {
	const inQuotes = (text: string) =>
		ctx.claims.quotes.some((q) => normalize(q.text).includes(normalize(text)));
	const bySentence = new Map<string, AuthorVoice>();
	for (const voice of ctx.claims.authorVoice) {
		const words = normalize(voice.text).split(' ').length;
		if (words < 2 || inQuotes(voice.text)) continue;
		const taken = bySentence.get(voice.sentence);
		if (!taken || words > normalize(taken.text).split(' ').length) {
			bySentence.set(voice.sentence, voice);
		}
	}
	return ctx.claims.authorVoice.filter((v) => bySentence.get(v.sentence) === v);
}

/** “Whose words are ‘…’?” about the writer's own evaluative wording (answer: the writer). */
export function authorQuestion(ctx: Context, voice: AuthorVoice): SingleChoiceQuestion | null {
	const speakers = pickSpeakers(ctx, {
		rightIds: [],
		tiers: [ctx.claims.quotes.map((q) => q.speaker)],
		section: voice.section,
		seed: voice.text
	});
	return singleChoice(ctx, {
		kind: 'source-or-author',
		section: voice.section,
		subject: voice.text,
		// No quote marks in the prompt: whether the article puts the words in marks is what is asked.
		prompt: `Whose words are these: ${voice.text}?`,
		answer: { text: ctx.writer, ref: ARTICLE_SOURCE },
		distractors: speakers.map((id) => ({ text: ctx.name(id), ref: id })),
		evidence: [voice.sentence],
		explanation: `No quote marks and no source: the writer chose these words: ${cite(ctx, voice.sentence, voice.text)}`,
		claimIds: [voice.id]
	});
}

/** “Whose words are ‘…’?” about a quote, with the writer among the choices (answer: the speaker). */
export function sourceQuestion(ctx: Context, quote: Quote): SingleChoiceQuestion | null {
	const { evidence, said } = quoteEvidence(ctx, quote);
	const others = pickSpeakers(ctx, {
		rightIds: [quote.speaker],
		tiers: [ctx.claims.quotes.map((q) => q.speaker)],
		section: quote.section,
		seed: quote.text,
		evidence: [...evidence, said],
		shown: quotePiece(quote.text),
		max: 2
	});
	return singleChoice(ctx, {
		kind: 'source-or-author',
		section: quote.section,
		subject: quote.text,
		prompt: endQuestion(`Whose words are these: ${quotePiece(quote.text)}`),
		answer: { text: ctx.name(quote.speaker), ref: quote.speaker },
		distractors: [
			{ text: ctx.writer, ref: ARTICLE_SOURCE },
			...others.map((id) => ({ text: ctx.name(id), ref: id }))
		],
		evidence: [...evidence, said],
		explanation: quoteExplanation(
			ctx,
			quote,
			said,
			`The quote marks show they are ${possessive(ctx.name(quote.speaker))} words`
		),
		claimIds: [quote.id]
	});
}

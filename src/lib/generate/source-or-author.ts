import type { Quote } from '../extract/types';
import { ARTICLE_SOURCE } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { attributionSentence, cite, citeNaming } from './evidence';
import { curly, endQuestion, normalize, possessive, shorten, trimQuote } from './text';
import type { Question } from './types';

/**
 * “Whose words are ‘…’?” with the writer among the choices: the writer's own evaluative wording (answer:
 * the writer) and every partial quote, a few words inside the writer's sentence (answer: the speaker).
 */
export function sourceOrAuthor(ctx: Context): Question[] {
	const quoting = ctx.claims.quotes.map((q) => q.speaker);
	const inQuotes = (text: string) =>
		ctx.claims.quotes.some((q) => normalize(q.text).includes(normalize(text)));

	const authors = authorPhrases(ctx)
		.filter((a) => !inQuotes(a.text))
		.map((voice) => {
			const speakers = pickSpeakers(ctx, {
				rightIds: [],
				tiers: [quoting],
				section: voice.section,
				seed: voice.text
			});
			return singleChoice(ctx, {
				kind: 'source-or-author',
				section: voice.section,
				subject: voice.text,
				prompt: endQuestion(`Whose words are ${curly(voice.text)}`),
				answer: { text: ctx.writer, ref: ARTICLE_SOURCE },
				distractors: speakers.map((id) => ({ text: ctx.name(id), ref: id })),
				evidence: [voice.sentence],
				explanation: `No source is credited with them; they are the writer’s own words: ${cite(ctx, voice.sentence, voice.text)}`,
				claimIds: [voice.id]
			});
		});

	const partials = ctx.claims.quotes
		.filter((q) => q.kind === 'partial')
		.map((q) => partial(ctx, q));
	return [...authors, ...partials].filter((q) => q !== null);
}

/**
 * The writer's phrases worth asking about: two words or more (a lone “merely” makes a puzzling question),
 * and none sharing a word with one already taken from the same sentence (“tiny pariah”, “pariah state”).
 */
function authorPhrases(ctx: Context) {
	const taken: { sentence: string; words: Set<string> }[] = [];
	return ctx.claims.authorVoice.filter((voice) => {
		const words = new Set(normalize(voice.text).split(' '));
		if (words.size < 2) return false;
		const clash = taken.some(
			(t) => t.sentence === voice.sentence && [...words].some((w) => t.words.has(w))
		);
		if (!clash) taken.push({ sentence: voice.sentence, words });
		return !clash;
	});
}

function partial(ctx: Context, quote: Quote) {
	const evidence = quote.evidence.length > 0 ? quote.evidence : [quote.sentence];
	const said = attributionSentence(ctx, evidence, quote.speaker);
	const others = pickSpeakers(ctx, {
		rightIds: [quote.speaker],
		tiers: [ctx.claims.quotes.map((q) => q.speaker)],
		section: quote.section,
		seed: quote.text,
		evidence: [...evidence, said],
		max: 2
	});
	return singleChoice(ctx, {
		kind: 'source-or-author',
		section: quote.section,
		subject: quote.text,
		prompt: endQuestion(`Whose words are ${curly(shorten(trimQuote(quote.text), 25))}`),
		answer: { text: ctx.name(quote.speaker), ref: quote.speaker },
		distractors: [
			{ text: ctx.writer, ref: ARTICLE_SOURCE },
			...others.map((id) => ({ text: ctx.name(id), ref: id }))
		],
		evidence: [...evidence, said],
		explanation: `The quote marks show they are ${possessive(ctx.name(quote.speaker))} words: ${citeNaming(ctx, said, quote.speaker)}`,
		claimIds: [quote.id]
	});
}

import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { cite } from './evidence';
import { curly, normalize } from './text';
import type { SingleChoiceQuestion } from './types';
import { quoteEvidence } from './who-said';

/** Words the headline puts in quote marks (‘Cannon-Fodder Mercenaries’, “A Joke”). */
function headlineQuotes(title: string): string[] {
	return [...title.matchAll(/[“‘"']([^“”‘’"']{3,}?)[”’"'](?!\p{L})/gu)].map((m) => m[1]!.trim());
}

/**
 * Headline and body: “The headline quotes ‘…’. According to the body, who said it?” Asked only when the
 * headline's quoted words stand inside a quote of the body whose speaker is known.
 */
export function headlineQuestion(ctx: Context): SingleChoiceQuestion | null {
	for (const words of headlineQuotes(ctx.article.title)) {
		const key = normalize(words);
		if (key.split(' ').length < 2) continue;
		const quote = ctx.claims.quotes.find((q) => normalize(q.text).includes(key));
		if (!quote) continue;
		const { evidence, said } = quoteEvidence(ctx, quote);
		const others = pickSpeakers(ctx, {
			rightIds: [quote.speaker],
			tiers: [ctx.claims.quotes.map((q) => q.speaker), ctx.claims.speakers.map((s) => s.id)],
			section: quote.section,
			seed: `headline|${words}`,
			evidence: [...evidence, said],
			shown: words
		});
		const name = ctx.name(quote.speaker);
		return singleChoice(ctx, {
			kind: 'headline',
			section: quote.section,
			subject: `headline|${words}`,
			prompt: `The headline quotes ${curly(words)}. According to the body of the article, who said it?`,
			answer: { text: name, ref: quote.speaker },
			distractors: [
				{ text: ctx.writer, ref: 'article' },
				...others.slice(0, 2).map((id) => ({ text: ctx.name(id), ref: id }))
			],
			evidence: [...evidence, said],
			explanation: `The headline’s words come from ${name}, quoted in the body: ${cite(ctx, quote.sentence, words)}`,
			claimIds: [quote.id]
		});
	}
	return null;
}

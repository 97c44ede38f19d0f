import type { SettledQuote as Quote } from '../extract/types';
import { tooClose } from './affiliation';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickTexts } from './distractors';
import { curly, PHRASE_WORDS, quotePiece } from './text';
import type { SingleChoiceQuestion } from './types';
import { quoteEvidence, quoteExplanation } from './who-said';

/**
 * “Which of these did X say?” about one quote; the wrong choices are quotes of speakers who are not X and
 * do not speak for the same body, from nearby sections first.
 */
export function whatSaid(ctx: Context, quote: Quote): SingleChoiceQuestion | null {
	const { quotes } = ctx.claims;
	const speaker = ctx.speaker(quote.speaker);
	if (!speaker) return null;
	const shown = (text: string) => quotePiece(text, PHRASE_WORDS);
	const own = quotes.filter((q) => q.speaker === speaker.id);
	const sectionIndex = ctx.sectionIds.indexOf(quote.section);
	const others = quotes.filter((q) => {
		const by = ctx.speaker(q.speaker);
		// Two words (“in contact”) are too little to recognise as anyone's.
		return by !== undefined && !tooClose(by, speaker) && shown(q.text).split(' ').length >= 4;
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
	const { evidence, said } = quoteEvidence(ctx, quote);
	const refOf = (text: string) => others.find((q) => shown(q.text) === text)?.id;
	return singleChoice(ctx, {
		kind: 'what-said',
		section: quote.section,
		subject: `${speaker.id}|${quote.text}`,
		prompt: `Which of these did ${speaker.name} say?`,
		answer: { text: curly(shown(quote.text)), ref: quote.id },
		distractors: wrong.map((text) => ({ text: curly(text), ref: refOf(text) })),
		evidence: [...evidence, said],
		explanation: quoteExplanation(
			ctx,
			quote,
			said,
			`The article puts these words in quote marks for ${speaker.name}`
		),
		claimIds: [quote.id, speaker.id]
	});
}

import { quoteExplanation } from './who-said';
import type { Paraphrase, SettledQuote as Quote } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { attributionSentence, cite } from './evidence';
import { capitalize, quotePiece } from './text';
import type { SingleChoiceQuestion } from './types';

export const EXACT = 'A source’s exact words, in quote marks';
export const PARAPHRASE = 'The article’s own wording of what a source said';

/**
 * The prompt shows the words without quote marks (they would give the answer away) and without the
 * speaker's name (it would give away a “who said it” question about the same words).
 */
const MIN_WORDS = 4;

function ask(text: string): string {
	const piece = quotePiece(text);
	return `Does the article quote these words, or put them in its own words? — ${piece.startsWith('…') ? piece : capitalize(piece)}`;
}

/** A speaker's first person (“I”, “we’re”, “our”), never the country (“US”). */
const FIRST_PERSON =
	/(?:^|[^\p{L}’'])(?:I|I[’']\p{L}+|[Ww]e|[Ww]e[’']\p{L}+|[Oo]urs?|us|[Mm]y|me|mine)(?=[^\p{L}’']|$)/u;

/**
 * The question for one quote (answer: exact words). Words in the first person are asked only as a last
 * resort (`firstPerson`), when nothing else asks about the quote.
 */
export function quoteOrParaphraseQuote(
	ctx: Context,
	quote: Quote,
	firstPerson = false
): SingleChoiceQuestion | null {
	// Two or three words (“in contact”) are too few to tell quoting from reporting.
	if (quotePiece(quote.text).split(' ').length < MIN_WORDS) return null;
	// “We checked every name”: the speaker's own “I” or “we” gives the answer away, since the article's
	// report of the same words would say “she” or “they”.
	if (!firstPerson && FIRST_PERSON.test(quotePiece(quote.text))) return null;
	const name = ctx.speaker(quote.speaker)?.name ?? quote.speaker;
	const evidence = quote.evidence.length > 0 ? quote.evidence : [quote.sentence];
	const said = attributionSentence(ctx, evidence, quote.speaker);
	return singleChoice(ctx, {
		kind: 'quote-or-paraphrase',
		section: quote.section,
		subject: quote.text,
		prompt: ask(quote.text),
		answer: { text: EXACT },
		distractors: [{ text: PARAPHRASE }],
		fixedOrder: [EXACT, PARAPHRASE],
		evidence: [...evidence, said],
		explanation: quoteExplanation(
			ctx,
			quote,
			said,
			`The article puts these words in quote marks as ${name}’s`
		),
		claimIds: [quote.id]
	});
}

/** The question for one paraphrase (answer: the article's wording). */
export function quoteOrParaphraseReport(ctx: Context, p: Paraphrase): SingleChoiceQuestion | null {
	const name = ctx.speaker(p.speaker)?.name ?? p.speaker;
	return singleChoice(ctx, {
		kind: 'quote-or-paraphrase',
		section: p.section,
		subject: p.text,
		prompt: ask(p.text),
		answer: { text: PARAPHRASE },
		distractors: [{ text: EXACT }],
		fixedOrder: [EXACT, PARAPHRASE],
		evidence: [p.sentence],
		explanation: `There are no quote marks: the article reports in its own words what ${name} said: ${cite(ctx, p.sentence, p.text.slice(0, 30))}`,
		claimIds: [p.id]
	});
}

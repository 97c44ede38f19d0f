import type { Conflict } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { conflictEstimates } from './estimates';
import { cite } from './evidence';
import type { SingleChoiceQuestion } from './types';

/**
 * A sentence that says why rival figures differ: “Much of the gap comes down to what each side counts”,
 * “The difference lies in the method”, “… explained most of the difference”. General English only; it
 * must name the gap (gap, difference, discrepancy) and give it a cause.
 */
const EXPLAINS_GAP =
	/\b(?:gap|difference|discrepancy)\b[^.;]{0,60}?\b(?:comes?\s+(?:down\s+)?to|lies?\s+in|stems?\s+(?:partly\s+|largely\s+|mostly\s+)?from|reflects?|is\s+(?:largely\s+|mostly\s+|partly\s+|more\s+|less\s+)?(?:about|one\s+of|a\s+(?:question|matter)\s+of|down\s+to|due\s+to|explained\s+by|because)|was\s+(?:largely\s+|mostly\s+)?(?:a\s+(?:question|matter)\s+of|down\s+to|due\s+to|because))\b|\bexplain(?:s|ed)?\s+(?:most\s+of\s+|much\s+of\s+|part\s+of\s+)?the\s+(?:gap|difference|discrepancy)\b/i;

/** Words that give a reason too (“counts only …”, “does not include …”): such a sentence is no wrong choice. */
const GIVES_REASON =
	/\b(?:because|counts?\s+only|counted\s+only|only\s+counts?|includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|(?:does|did|do)\s*(?:not|n[’']t)\s+(?:count|include)|method|definition|gap|difference|discrepancy)\b/i;

/** A sentence that says what a figure counts (“counted every post, including …”, “counts only …”). */
const COUNTS_WHAT =
	/\b(?:counts?|counted|counting|tally|tallies)\b[^.;]{0,80}?\b(?:only|also|plus|as well as|includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|twice)\b|\b(?:only|also|too)\s+(?:counts?|counted|includes?|included)\b|\b(?:does|did|do)\s*(?:not|n[’']t)\s+(?:count|include)\b/i;

/**
 * Whether the article says, in the conflict's sections, why its figures differ or what each counts:
 * then the figures may measure different things, and “can both be right?” has no clean answer.
 */
export function explainsDifference(ctx: Context, conflict: Conflict): boolean {
	const sections = new Set(conflictEstimates(ctx, conflict.estimates).map((e) => e.section));
	return ctx.article.sections
		.filter((s) => sections.has(s.id))
		.some((s) =>
			s.paragraphs.some((p) =>
				p.sentences.some((x) => EXPLAINS_GAP.test(x.text) || COUNTS_WHAT.test(x.text))
			)
		);
}

/** Sentences longer than this are not offered as choices: a choice should be read at a glance. */
const MAX_WORDS = 40;

const words = (s: string) => s.split(/\s+/).length;

/**
 * “Which of these sentences explains why the figures differ?” for a conflict whose sections give a
 * reason. The wrong choices are the sentences that state the rival figures: a student tells a reason
 * for a disagreement from the disagreement itself.
 */
export function whyDiffer(ctx: Context, conflict: Conflict): SingleChoiceQuestion | null {
	const estimates = conflictEstimates(ctx, conflict.estimates);
	if (estimates.length < 2) return null;
	const sections = new Set(estimates.map((e) => e.section));
	const figureSentences = [...new Set(estimates.map((e) => e.sentence))];
	const reasons = ctx.article.sections
		.filter((s) => sections.has(s.id))
		.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
		.filter((s) => EXPLAINS_GAP.test(s.text) && words(s.text) <= MAX_WORDS);
	// One reason, or the question has two right answers.
	if (reasons.length !== 1) return null;
	const reason = reasons[0]!;
	const wrong = figureSentences.filter(
		(id) =>
			id !== reason.id &&
			!GIVES_REASON.test(ctx.sentenceText(id)) &&
			words(ctx.sentenceText(id)) <= MAX_WORDS
	);
	if (wrong.length < 2) return null;
	const section = ctx.sectionOf(reason.id) ?? estimates[0]!.section;
	return singleChoice(ctx, {
		kind: 'why-differ',
		section,
		subject: `why-differ|${conflict.id}`,
		prompt:
			'The sources give different figures. Which of these sentences explains why they differ?',
		answer: { text: reason.text },
		distractors: wrong.slice(0, 3).map((id) => ({ text: ctx.sentenceText(id) })),
		evidence: [reason.id, ...wrong.slice(0, 3)],
		explanation: `It gives a reason for the gap; the others only state a figure: ${cite(ctx, reason.id, reason.text.split(/\s+/).slice(0, 6).join(' '))}`,
		claimIds: [conflict.id, ...estimates.map((e) => e.id)]
	});
}

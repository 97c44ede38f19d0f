import type { Article } from '../article/types';
import type { Claims } from '../extract/types';
import { compare } from './compare';
import { buildContext } from './context';
import { fillGaps } from './coverage';
import { howSure } from './how-sure';
import { matchEstimates } from './match-estimates';
import { quoteOrParaphrase } from './quote-or-paraphrase';
import { sourceOrAuthor } from './source-or-author';
import { trueFalse } from './true-false';
import type { Question, QuestionKind } from './types';
import { whatSaid } from './what-said';
import { when } from './when';
import { whoIs } from './who-is';
import { whoSaid } from './who-said';
import { whoseEstimate } from './whose-estimate';

export type * from './types';
export { KIND_LABELS } from './kinds';
export { MATCHING_KINDS, SINGLE_CHOICE_KINDS } from './types';

/** The kinds in the order a section's questions are listed when they rest on the same sentence. */
export const KIND_ORDER: readonly QuestionKind[] = [
	'who-is',
	'who-said',
	'what-said',
	'quote-or-paraphrase',
	'source-or-author',
	'when',
	'whose-estimate',
	'how-sure',
	'true-false',
	'match-estimates',
	'compare'
];

/**
 * Every question the claims support, from the claims alone (plus the article for sentence text). Pure and
 * deterministic: the same claims and article always give the same questions, ids and choice order.
 * Questions are listed by section, then by where in the section their evidence ends.
 */
export function generateQuestions(claims: Claims, article: Article): Question[] {
	const ctx = buildContext(claims, article);
	const generated = [
		whoIs,
		whoSaid,
		whatSaid,
		quoteOrParaphrase,
		sourceOrAuthor,
		when,
		whoseEstimate,
		howSure,
		trueFalse,
		matchEstimates,
		compare
	].flatMap((generate) => generate(ctx));

	const seen = new Set<string>();
	const unique = generated.filter((q) => !seen.has(q.id) && seen.add(q.id));
	const all = fillGaps(ctx, unique);

	const lastEvidence = (q: Question) => Math.max(...q.evidence.map(ctx.sentenceOrder));
	return all.sort(
		(a, b) =>
			ctx.sectionIds.indexOf(a.section) - ctx.sectionIds.indexOf(b.section) ||
			lastEvidence(a) - lastEvidence(b) ||
			KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

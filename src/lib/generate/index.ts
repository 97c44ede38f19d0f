import type { Article } from '../article/types';
import type { Claims } from '../extract/types';
import { buildContext } from './context';
import { fillGaps } from './coverage';
import { order } from './order';
import { select, slots } from './plan';
import { revealContext } from './reveal';
import type { Question } from './types';

export type * from './types';
export { KIND_LABELS } from './kinds';
export { KIND_ORDER } from './order';
export { MATCHING_KINDS, SINGLE_CHOICE_KINDS } from './types';

/**
 * The questions for an article, from its claims alone (plus the article for sentence text). Pure and
 * deterministic: the same claims and article always give the same questions, ids and choice order.
 *
 * Each quote, each group of figures, each event … is one slot that yields one question of a kind chosen
 * so that kinds and two-option answers stay balanced and no question gives another away (plan.ts); then
 * questions are listed by section in reading order, with any pair that still clashes kept apart (order.ts).
 */
export function generateQuestions(claims: Claims, article: Article): Question[] {
	const ctx = buildContext(claims, article);
	const rc = revealContext(claims, article);
	const chosen = select(ctx, slots(ctx), rc);
	const seen = new Set<string>();
	const unique = chosen.filter((q) => !seen.has(q.id) && seen.add(q.id));
	return order(ctx, fillGaps(ctx, unique, rc), rc);
}

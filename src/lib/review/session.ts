/**
 * A review session's rules: which question of the session is settled, and, once every one is, how each
 * went — right at the first check, right after a retry, or wrong (shown or never right) — which is what
 * reschedules it. The session is one self-study quiz of the due questions; its record is a section
 * record like any other.
 */
import type { SectionRecord } from '../quiz/state';
import { dueCards, type ReviewAnswer, type ReviewDeck } from './deck';

/** The section id a session's record is kept under, in the review's own progress scope. */
export const SESSION_SECTION = 'review';

/** Right, or its answer shown: nothing more will change how it went. */
export const isSettled = (record: SectionRecord, id: string) =>
	record.results[id] === true || record.revealed.includes(id);

/** How each question went, once every one is settled; null before. */
export function sessionOutcomes(
	record: SectionRecord | undefined,
	ids: readonly string[]
): Record<string, ReviewAnswer> | null {
	if (!record || ids.length === 0 || !ids.every((id) => isSettled(record, id))) return null;
	return Object.fromEntries(
		ids.map((id): [string, ReviewAnswer] => {
			if (record.revealed.includes(id) && record.results[id] !== true) return [id, 'wrong'];
			return [id, record.first?.[id] === true ? 'right' : 'retry'];
		})
	);
}

/**
 * In how many of the reader's days a review after today falls: 1 for any time tomorrow, 2 the day
 * after. `endOfToday` is dayEnd(now) (the next local midnight).
 */
export const daysAfterToday = (due: number, endOfToday: number) =>
	Math.max(1, Math.ceil((due - endOfToday) / 86_400_000));

/** Whole days from now until `due`, for “comes back in 3 days”. */
export const daysUntil = (due: number, now: number) =>
	Math.max(0, Math.round((due - now) / 86_400_000));

/**
 * The question ids to review now: the cards due today (see dueCards), at most `max`, taken from each
 * section in turn so one session mixes sections (s1's two and s2's one due give s1, s2, s1). Within a
 * section the soonest due go first; sections take turns in the order of their soonest card. Mixing
 * kinds within that is the page's, which knows each question's kind.
 */
export function sessionPlan(deck: ReviewDeck, now: number, max = 20): string[] {
	const bySection = new Map<string, string[]>();
	for (const c of dueCards(deck, now)) {
		const ids = bySection.get(c.section);
		if (ids) ids.push(c.id);
		else bySection.set(c.section, [c.id]);
	}
	const queues = [...bySection.values()];
	const plan: string[] = [];
	for (let round = 0; plan.length < max && queues.some((q) => round < q.length); round++)
		for (const q of queues) if (round < q.length && plan.length < max) plan.push(q[round]!);
	return plan;
}

import type { Context } from './context';
import { clash, reveals, type RevealContext } from './reveal';
import type { Question, QuestionKind } from './types';

/** The kinds in the order a section's questions are listed when they rest on the same sentence. */
export const KIND_ORDER: readonly QuestionKind[] = [
	'headline',
	'who-is',
	'who-said',
	'what-said',
	'quote-or-paraphrase',
	'source-or-author',
	'when',
	'whose-estimate',
	'where-from',
	'no-source',
	'how-sure',
	'true-false',
	'match-estimates',
	'compare',
	'why-differ'
];

/**
 * Questions by section, each section in reading order (where its evidence ends, then kind), repaired so
 * that a question that gives another away comes after it and, where possible, never right next to one it
 * clashes with. Deterministic: ties fall back to the id.
 */
export function order(ctx: Context, questions: readonly Question[], rc: RevealContext): Question[] {
	const lastEvidence = (q: Question) => Math.max(...q.evidence.map(ctx.sentenceOrder));
	const natural = [...questions].sort(
		(a, b) =>
			ctx.sectionIds.indexOf(a.section) - ctx.sectionIds.indexOf(b.section) ||
			lastEvidence(a) - lastEvidence(b) ||
			KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	return ctx.sectionIds.flatMap((section) => {
		const questions = natural.filter((q) => q.section === section);
		// Greedy from each possible first question; the arrangement with the fewest faults wins.
		const tries = questions.map((first) => arrange(questions, first, rc));
		return tries.sort((a, b) => faults(a, rc) - faults(b, rc))[0] ?? [];
	});
}

/** Clashing neighbours weigh most, then a question coming before one it gives away, then repeats of a kind. */
function faults(list: readonly Question[], rc: RevealContext): number {
	let n = 0;
	list.forEach((q, i) => {
		const previous = list[i - 1];
		if (previous && clash(previous, q, rc)) n += 100;
		if (previous && previous.kind === q.kind) n += 1;
		// Two questions in a row about the same claim read as one question asked twice.
		if (previous && previous.claimIds.some((id) => q.claimIds.includes(id))) n += 3;
		n += list.slice(i + 1).filter((later) => reveals(q, later, rc)).length * 10;
	});
	return n;
}

function arrange(questions: readonly Question[], first: Question, rc: RevealContext): Question[] {
	const rest = questions.filter((q) => q !== first);
	const out = [first];
	while (rest.length > 0) {
		const previous = out.at(-1)!;
		const fine = (q: Question) => !clash(previous, q, rc);
		// A question had better wait while one it gives away is still to come.
		const ready = (q: Question) => !rest.some((o) => o !== q && reveals(q, o, rc));
		const next =
			rest.find((q) => fine(q) && ready(q) && q.kind !== previous.kind) ??
			rest.find((q) => fine(q) && ready(q)) ??
			rest.find(fine) ??
			rest.find(ready) ??
			rest[0]!;
		out.push(next);
		rest.splice(rest.indexOf(next), 1);
	}
	return out;
}

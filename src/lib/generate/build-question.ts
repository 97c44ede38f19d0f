import { inArticleOrder, type Context } from './context';
import { choiceId, itemId, questionId } from './ids';
import { seededShuffle } from './shuffle';
import type { Choice, MatchingQuestion, SingleChoiceKind, SingleChoiceQuestion } from './types';

export interface ChoiceSpec {
	text: string;
	ref?: string;
}

export interface SingleChoiceSpec {
	kind: SingleChoiceKind;
	section: string;
	/** What is asked about; part of the id (see ids.ts). */
	subject: string;
	prompt: string;
	answer: ChoiceSpec;
	/** Wrong choices. Callers guarantee none is also right; the builder drops duplicates of the answer. */
	distractors: ChoiceSpec[];
	/**
	 * Scales and pairs (true/false; lower bound … approximate) read best in one fixed order, given here as
	 * choice texts; everything else is shuffled by the question id.
	 */
	fixedOrder?: string[];
	evidence: string[];
	explanation: string;
	claimIds: string[];
}

function toChoice(spec: ChoiceSpec): Choice {
	return spec.ref === undefined
		? { id: choiceId(spec.text), text: spec.text }
		: { id: choiceId(spec.text), text: spec.text, ref: spec.ref };
}

/** Choices without repeated ids: a distractor that normalises to an earlier choice is dropped. */
function distinct(choices: Choice[]): Choice[] {
	const seen = new Set<string>();
	return choices.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/** A single-choice question, or null when it would have no wrong choice or no evidence. */
export function singleChoice(ctx: Context, spec: SingleChoiceSpec): SingleChoiceQuestion | null {
	const evidence = inArticleOrder(ctx, spec.evidence);
	const answer = toChoice(spec.answer);
	const choices = distinct([answer, ...spec.distractors.map(toChoice)]);
	if (choices.length < 2 || evidence.length === 0) return null;
	const id = questionId({ kind: spec.kind, subject: spec.subject, answer: answer.text, evidence });
	const ordered = spec.fixedOrder
		? spec.fixedOrder
				.map((text) => choices.find((c) => c.text === text))
				.filter((c) => c !== undefined)
		: seededShuffle(choices, id);
	if (ordered.length !== choices.length) throw new Error(`fixed order misses a choice in ${id}`);
	return {
		id,
		section: spec.section,
		kind: spec.kind,
		prompt: spec.prompt,
		choices: ordered,
		answer: answer.id,
		evidence,
		explanation: spec.explanation,
		claimIds: spec.claimIds
	};
}

export interface MatchingSpec {
	section: string;
	subject: string;
	prompt: string;
	/** Left-hand item → its right-hand choice. Items keep this order; choices are shuffled. */
	pairs: { item: ChoiceSpec; choice: ChoiceSpec }[];
	evidence: string[];
	explanation: string;
	claimIds: string[];
}

/** A matching question, or null when items or choices would repeat (the pairing would be ambiguous). */
export function matching(ctx: Context, spec: MatchingSpec): MatchingQuestion | null {
	const evidence = inArticleOrder(ctx, spec.evidence);
	const items = spec.pairs.map((p) => ({ ...toChoice(p.item), id: itemId(p.item.text) }));
	const choices = spec.pairs.map((p) => toChoice(p.choice));
	const unique = (list: Choice[]) => new Set(list.map((c) => c.id)).size === list.length;
	if (items.length < 2 || !unique(items) || !unique(choices) || evidence.length === 0) return null;
	const answerText = spec.pairs.map((p) => `${p.item.text}=${p.choice.text}`).join(';');
	const id = questionId({
		kind: 'match-estimates',
		subject: spec.subject,
		answer: answerText,
		evidence
	});
	return {
		id,
		section: spec.section,
		kind: 'match-estimates',
		prompt: spec.prompt,
		items,
		choices: seededShuffle(choices, id),
		answer: Object.fromEntries(items.map((item, i) => [item.id, choices[i]!.id])),
		evidence,
		explanation: spec.explanation,
		claimIds: spec.claimIds
	};
}

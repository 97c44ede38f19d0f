/**
 * Questions generated from an article's claims (src/lib/generate) and stored in bank.json (src/lib/bank).
 * Every question points at its evidence: the ids of the sentences that answer it (`p7s1`).
 */

/** Kinds answered by picking one choice; `answer` is that choice's id. */
export const SINGLE_CHOICE_KINDS = [
	'who-said',
	'what-said',
	'whose-estimate',
	'compare',
	'how-sure',
	'who-is',
	'when',
	'quote-or-paraphrase',
	'source-or-author',
	'true-false',
	'where-from',
	'no-source',
	'headline',
	'why-differ'
] as const;

export type SingleChoiceKind = (typeof SINGLE_CHOICE_KINDS)[number];

/** Kinds answered by pairing every item with one choice; `answer` maps item id → choice id. */
export const MATCHING_KINDS = ['match-estimates'] as const;

export type MatchingKind = (typeof MATCHING_KINDS)[number];

export type QuestionKind = SingleChoiceKind | MatchingKind;

export interface Choice {
	/** Derived from the text alone, so a saved answer survives a reshuffle or a regeneration. */
	id: string;
	text: string;
	/**
	 * The claim or speaker id this choice stands for, when it stands for one, so a class report can say
	 * which source a wrong answer confused with which.
	 */
	ref?: string;
}

interface QuestionBase {
	/** Derived from the kind, what is asked, the answer and the evidence; stable across reorderings. */
	id: string;
	/** Section id of the article. */
	section: string;
	prompt: string;
	choices: Choice[];
	/** Sentence ids, in article order, that show the answer. */
	evidence: string[];
	/** One sentence that says why the answer is right, quoting the evidence. */
	explanation: string;
	/** Ids of the claims (quotes, estimates, speakers, …) the question tests. */
	claimIds: string[];
}

export interface SingleChoiceQuestion extends QuestionBase {
	kind: SingleChoiceKind;
	/** The id of the one right choice. */
	answer: string;
}

export interface MatchingQuestion extends QuestionBase {
	kind: MatchingKind;
	/** The left-hand column (sources); `choices` is the right-hand one (figures). */
	items: Choice[];
	/** Item id → the id of the choice it pairs with; every item appears once. */
	answer: Record<string, string>;
}

export type Question = SingleChoiceQuestion | MatchingQuestion;

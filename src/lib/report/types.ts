import type { QuestionKind } from '../generate/types';

/** A choice as the class report needs it: `ref` names the source (speaker id, "article") or claim it stands for. */
export interface ReportChoice {
	id: string;
	text: string;
	ref?: string;
}

/** A bank question, lean: what grading and the confusion matrix need (no evidence, explanation, claim ids). */
export type ReportQuestion =
	| {
			id: string;
			section: string;
			kind: Exclude<QuestionKind, 'match-estimates'>;
			prompt: string;
			choices: ReportChoice[];
			answer: string;
	  }
	| {
			id: string;
			section: string;
			kind: 'match-estimates';
			prompt: string;
			choices: ReportChoice[];
			items: ReportChoice[];
			answer: Record<string, string>;
	  };

export interface ReportSection {
	id: string;
	number: number;
	heading: string;
}

/** The report page's data, prerendered: the bank as far as a class report needs it. */
export interface ReportData {
	/** bank.json `version`. */
	bank: string;
	/** The article's slug. */
	slug: string;
	sections: ReportSection[];
	questions: ReportQuestion[];
	/** Speaker id → name, for labelling sources; "article" is the writer. */
	speakers: Record<string, string>;
	/**
	 * Earlier versions of the questions (questions/<slug>/archive): results handed in for a link made
	 * before an update are read and graded on the questions they were answered on.
	 */
	earlier: Array<{ version: string; questions: ReportQuestion[] }>;
	/**
	 * Set when the report is for a module (an article a teacher made into a module link at /author/),
	 * built in the browser: its title, and the built-in article's slug, so that results for the
	 * built-in article are told apart from results for another module.
	 */
	module?: { title: string; builtIn: string };
}

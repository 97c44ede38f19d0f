/**
 * What an assignment's page knows of the article it belongs to: the built-in article (from its static
 * files) or a shared module (from the bank the browser built). One shape, so the two pages are one.
 */
import type { Article } from '../article/types';
import type { Bank } from '../bank/schema';
import type { EarlierVersion } from './assignment';

export interface AssignmentSite {
	/** The article's slug (`m-<id>` for a module): its progress and its assignments' tags come from it. */
	slug: string;
	title: string;
	/** The bank version today's questions have. */
	bank: string;
	/** Earlier versions links may name, with how many of each section's questions are new since. */
	earlier: EarlierVersion[];
	sections: Array<{ id: string; number: number; heading: string; questionIds: string[] }>;
	/** A shared module rather than the site's own article. */
	kind?: 'module';
	/** In bank order, only what packing a results code needs. */
	questions: Array<{
		id: string;
		section: string;
		kind: string;
		choices: Array<{ id: string }>;
		items?: Array<{ id: string }>;
	}>;
}

/**
 * The site of an article with the questions students are asked (`questions`: the bank's, less any a
 * module's author left out), in bank order.
 */
export function assignmentSite(
	article: Pick<Article, 'title' | 'sections'>,
	bank: Pick<Bank, 'version'>,
	questions: Bank['questions'],
	slug: string,
	earlier: EarlierVersion[] = []
): AssignmentSite {
	return {
		slug,
		title: article.title,
		bank: bank.version,
		earlier,
		sections: article.sections.map((s) => ({
			id: s.id,
			number: s.number,
			heading: s.heading,
			questionIds: questions.filter((q) => q.section === s.id).map((q) => q.id)
		})),
		questions: questions.map((q) => ({
			id: q.id,
			section: q.section,
			kind: q.kind,
			choices: q.choices.map((c) => ({ id: c.id })),
			...(q.kind === 'match-estimates' ? { items: q.items.map((i) => ({ id: i.id })) } : {})
		}))
	};
}

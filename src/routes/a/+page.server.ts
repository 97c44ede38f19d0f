import {
	ARTICLE_SLUG,
	loadArticle,
	loadBank,
	loadEarlierBanks,
	questionIdsBySection
} from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const article = loadArticle();
	const bank = loadBank();
	return {
		slug: ARTICLE_SLUG,
		title: article.title,
		bank: bank.version,
		// Earlier versions links may name, with how many of each section's questions are new since.
		earlier: loadEarlierBanks().map((b) => {
			const had = new Set(b.questions.map((q) => q.id));
			return {
				version: b.version,
				changed: Object.fromEntries(
					[...questionIdsBySection()].map(([section, ids]) => [
						section,
						ids.filter((id) => !had.has(id)).length
					])
				)
			};
		}),
		sections: article.sections.map((s) => ({
			id: s.id,
			number: s.number,
			heading: s.heading,
			questionIds: questionIdsBySection().get(s.id)!
		})),
		// In bank order, only what packing a results code needs.
		questions: bank.questions.map((q) => ({
			id: q.id,
			section: q.section,
			kind: q.kind,
			choices: q.choices.map((c) => ({ id: c.id })),
			...(q.kind === 'match-estimates' ? { items: q.items.map((i) => ({ id: i.id })) } : {})
		}))
	};
};

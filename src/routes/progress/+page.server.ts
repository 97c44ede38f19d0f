import { ARTICLE_SLUG, loadArticle, loadBank, questionIdsBySection } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const article = loadArticle();
	const questions = loadBank().questions;
	return {
		slug: ARTICLE_SLUG,
		title: article.title,
		sections: article.sections.map((s) => ({
			id: s.id,
			number: s.number,
			heading: s.heading,
			questionIds: questionIdsBySection().get(s.id)!
		})),
		// Only what the per-kind breakdown needs.
		questions: questions.map((q) => ({ id: q.id, section: q.section, kind: q.kind }))
	};
};

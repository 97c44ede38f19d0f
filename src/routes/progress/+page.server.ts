import { ARTICLE_SLUG, loadArticle, loadBank } from '$lib/server/content';
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
			questionIds: questions.filter((q) => q.section === s.id).map((q) => q.id)
		})),
		// Only what the per-kind breakdown needs.
		questions: questions.map((q) => ({ id: q.id, section: q.section, kind: q.kind }))
	};
};

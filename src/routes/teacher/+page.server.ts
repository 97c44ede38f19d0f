import { ARTICLE_SLUG, loadArticle, loadBank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const article = loadArticle();
	const bank = loadBank();
	return {
		slug: ARTICLE_SLUG,
		title: article.title,
		bank: bank.version,
		sections: article.sections.map((s) => ({
			number: s.number,
			heading: s.heading,
			questions: bank.questions.filter((q) => q.section === s.id).length
		}))
	};
};

import { ARTICLE_SLUG, loadArticle, loadBank, questionIdsBySection } from '$lib/server/content';
import { previewSections } from '$lib/teacher/preview';
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
			questions: questionIdsBySection().get(s.id)!.length
		})),
		// What students will be asked, with answers and evidence, for the teacher to choose from.
		preview: previewSections(article, bank)
	};
};

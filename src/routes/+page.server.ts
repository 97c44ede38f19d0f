import { creditOf, firstWords, readingMinutes } from '$lib/article/reading';
import { ARTICLE_SLUG, loadArticle, questionIdsBySection } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const article = loadArticle();
	const ids = questionIdsBySection();
	return {
		slug: ARTICLE_SLUG,
		title: article.title,
		credit: creditOf(article.meta),
		sections: article.sections.map((s) => ({
			id: s.id,
			number: s.number,
			heading: s.heading,
			summary: firstWords(s),
			minutes: readingMinutes(s),
			questions: ids.get(s.id)!.length
		}))
	};
};

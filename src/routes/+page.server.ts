import { firstWords, readingMinutes } from '$lib/article/reading';
import { loadArticle } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const article = loadArticle();
	return {
		title: article.title,
		meta: article.meta,
		sections: article.sections.map((s) => ({
			number: s.number,
			heading: s.heading,
			summary: firstWords(s),
			minutes: readingMinutes(s)
		}))
	};
};

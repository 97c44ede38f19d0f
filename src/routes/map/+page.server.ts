import { ARTICLE_SLUG, loadArticle, loadSourcesMap } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// The map is built at build time; the page gets only what it shows, not the claims or the article text.
export const load: PageServerLoad = () => {
	const article = loadArticle();
	return {
		slug: ARTICLE_SLUG,
		title: article.title,
		// The section ids, so the page can ask the reader's progress which sections are done.
		sections: article.sections.map((s) => ({ number: s.number, id: s.id })),
		map: loadSourcesMap()
	};
};

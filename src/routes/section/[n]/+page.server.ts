import { error } from '@sveltejs/kit';
import { loadArticle } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadArticle().sections.map((s) => ({ n: String(s.number) }));

export const load: PageServerLoad = ({ params }) => {
	const article = loadArticle();
	const index = Number(params.n) - 1;
	const section = article.sections[index];
	if (!section || String(section.number) !== params.n) error(404, 'There is no such section.');
	const link = (i: number) => {
		const s = article.sections[i];
		return s ? { number: s.number, heading: s.heading } : null;
	};
	return {
		title: article.title,
		total: article.sections.length,
		section,
		byline: index === article.sections.length - 1 ? article.byline : null,
		previous: link(index - 1),
		next: link(index + 1)
	};
};

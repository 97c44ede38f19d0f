import { error, json } from '@sveltejs/kit';
import { sectionSources } from '$lib/map/section';
import { loadArticle, loadSourcesMap } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// A static file per section, fetched only when its panel opens: the section page itself stays small.
export const entries: EntryGenerator = () =>
	loadArticle().sections.map((s) => ({ n: String(s.number) }));

export const GET: RequestHandler = ({ params }) => {
	const article = loadArticle();
	const section = article.sections.find((s) => String(s.number) === params.n);
	if (!section) error(404, 'There is no such section.');
	return json(
		sectionSources(
			loadSourcesMap(),
			section.number,
			article.sections.map((s) => s.id)
		)
	);
};

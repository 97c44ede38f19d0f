import { json } from '@sveltejs/kit';
import type { ExportSource } from '$lib/export/chosen';
import { ARTICLE_SLUG, loadArticle, loadBank } from '$lib/server/content';
import type { RequestHandler } from './$types';

export const prerender = true;

// The built-in article's questions for an export (GIFT, QTI, SCORM), fetched only when a teacher
// asks for one: the teacher's page itself carries only what its preview shows.
export const GET: RequestHandler = () => {
	const article = loadArticle();
	const bank = loadBank();
	const source: ExportSource = {
		slug: ARTICLE_SLUG,
		title: article.title,
		bank: bank.version,
		sections: article.sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
		questions: bank.questions,
		module: null
	};
	return json(source);
};

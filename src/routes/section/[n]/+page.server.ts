import { error } from '@sveltejs/kit';
import { loadArticle, loadBank, loadEarlierBanks, ARTICLE_SLUG } from '$lib/server/content';
import { toQuizQuestion } from '$lib/quiz/question';
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
	// The section's questions, without the claim ids only the generator and reports need.
	const questions = loadBank()
		.questions.filter((q) => q.section === section.id)
		.map(toQuizQuestion);
	return {
		slug: ARTICLE_SLUG,
		bank: loadBank().version,
		// Links made for these earlier questions still open here (questions/<slug>/archive).
		earlier: loadEarlierBanks().map((b) => b.version),
		title: article.title,
		// For an assignment's own previous/next links, read in the browser.
		headings: article.sections.map((s) => s.heading),
		// Which section each paragraph is in, for evidence that lies in another section.
		paragraphSection: article.sections.flatMap((s) => s.paragraphs.map(() => s.number)),
		questions,
		total: article.sections.length,
		// Sentences carry the text; a paragraph's own copy of it would double the page's data.
		section: {
			...section,
			paragraphs: section.paragraphs.map((p) => ({ id: p.id, sentences: p.sentences }))
		},
		byline: index === article.sections.length - 1 ? article.byline : null,
		previous: link(index - 1),
		next: link(index + 1)
	};
};

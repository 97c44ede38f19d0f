import { ARTICLE_SLUG, loadArticle, loadBank } from '$lib/server/content';
import { toQuizQuestion } from '$lib/quiz/question';
import type { ReviewData } from '$lib/review/page';
import type { PageServerLoad } from './$types';

// Every question of the article, since any may be due, with the sentences that settle them.
export const load: PageServerLoad = (): ReviewData => {
	const article = loadArticle();
	const bank = loadBank();
	const sentences: ReviewData['sentences'] = {};
	for (const s of article.sections)
		for (const p of s.paragraphs)
			for (const sentence of p.sentences) sentences[sentence.id] = [s.number, sentence.text];
	const used = new Set(bank.questions.flatMap((q) => q.evidence));
	return {
		slug: ARTICLE_SLUG,
		title: article.title,
		sections: article.sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
		questions: bank.questions.map(toQuizQuestion),
		// Only the sentences some question's evidence names.
		sentences: Object.fromEntries(Object.entries(sentences).filter(([id]) => used.has(id)))
	};
};

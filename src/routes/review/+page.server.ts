import { ARTICLE_SLUG, loadArticle, loadBank } from '$lib/server/content';
import { toQuizQuestion } from '$lib/quiz/question';
import { reviewData, type ReviewData } from '$lib/review/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (): ReviewData => {
	const article = loadArticle();
	const questions = loadBank().questions.map(toQuizQuestion);
	return reviewData(
		ARTICLE_SLUG,
		article.title,
		article.sections.map((s) => ({ ...s, questions: questions.filter((q) => q.section === s.id) }))
	);
};

import { previewSections } from '$lib/teacher/preview';
import { ARTICLE_SLUG, loadArticle, loadBank, loadEarlierBanks } from './content';

/**
 * What the printable worksheet and answer key need: the site, to check the assignment's code against,
 * and every section's questions with answers (the pages print only the assignment's).
 */
export function printData() {
	const article = loadArticle();
	const bank = loadBank();
	return {
		slug: ARTICLE_SLUG,
		title: article.title,
		// Printed under the title, so a copy on paper says where the text is from.
		source: [article.meta.author, article.meta.publisher].filter(Boolean).join(', '),
		bank: bank.version,
		earlier: loadEarlierBanks().map((b) => b.version),
		preview: previewSections(article, bank)
	};
}

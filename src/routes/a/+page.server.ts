import {
	ARTICLE_SLUG,
	loadArticle,
	loadBank,
	loadEarlierBanks,
	questionIdsBySection
} from '$lib/server/content';
import { assignmentSite } from '$lib/student/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const bank = loadBank();
	// Earlier versions links may name, with how many of each section's questions are new since.
	const earlier = loadEarlierBanks().map((b) => {
		const had = new Set(b.questions.map((q) => q.id));
		return {
			version: b.version,
			changed: Object.fromEntries(
				[...questionIdsBySection()].map(([section, ids]) => [
					section,
					ids.filter((id) => !had.has(id)).length
				])
			)
		};
	});
	return assignmentSite(loadArticle(), bank, bank.questions, ARTICLE_SLUG, earlier);
};

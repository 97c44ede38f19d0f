import { toReportData } from '$lib/report/data';
import { ARTICLE_SLUG, loadArticle, loadBank, loadEarlierBanks } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () =>
	toReportData(loadBank(), loadArticle(), ARTICLE_SLUG, loadEarlierBanks());

import { loadArticle } from '$lib/server/content';
import { printData } from '$lib/server/print-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	...printData(),
	// The text students read on paper, paragraph by paragraph, exactly as on the section pages.
	texts: loadArticle().sections.map((s) => ({
		number: s.number,
		paragraphs: s.paragraphs.map((p) => p.text)
	}))
});

import { creditOf, firstWords, readingMinutes } from '../article/reading';
import type { Article, Paragraph } from '../article/types';
import type { Bank } from '../bank/schema';
import { toQuizQuestion, type QuizQuestion } from '../quiz/question';
import type { HomeData } from '../student/home';
import { assignmentSite, type AssignmentSite } from '../student/site';
import type { SectionPageData } from '../student/section-policy';

/** One section of a module as its pages show it. */
export interface ModuleSection {
	id: string;
	number: number;
	heading: string;
	/** The first words, for the module's home. */
	summary: string;
	minutes: number;
	paragraphs: Array<Pick<Paragraph, 'id' | 'sentences'>>;
	/** The questions asked: the bank's for this section, less those the teacher left out. */
	questions: QuizQuestion[];
}

/** What a module's pages show, from the bank the browser built and the teacher's left-out questions. */
export interface ModuleView {
	title: string;
	/** “By author · publisher”, with whichever of the two the article names, or ''. */
	credit: string;
	byline: string | null;
	sections: ModuleSection[];
	/** Which section each paragraph is in (by paragraph number − 1). */
	paragraphSection: number[];
	/** The questions asked, by section id: what progress keeps answers for. */
	known: Map<string, Set<string>>;
}

export function moduleView(
	built: { bank: Bank; article: Article },
	omit: readonly string[]
): ModuleView {
	const { article, bank } = built;
	const left = new Set(omit);
	const sections = article.sections.map((s) => ({
		id: s.id,
		number: s.number,
		heading: s.heading,
		summary: firstWords(s),
		minutes: readingMinutes(s),
		paragraphs: s.paragraphs.map((p) => ({ id: p.id, sentences: p.sentences })),
		questions: bank.questions
			.filter((q) => q.section === s.id && !left.has(q.id))
			.map(toQuizQuestion)
	}));
	return {
		title: article.title,
		credit: creditOf(article.meta),
		byline: article.byline,
		sections,
		paragraphSection: article.sections.flatMap((s) => s.paragraphs.map(() => s.number)),
		known: new Map(sections.map((s) => [s.id, new Set(s.questions.map((q) => q.id))]))
	};
}

/** The section numbered `n`, or null when the module has none (an address typed or cut short). */
export const sectionOf = (view: ModuleView, n: number) => view.sections[n - 1] ?? null;

/** Section `n` of a module as a section page shows it (the built-in article's pages get the same). */
export function sectionPageData(
	view: ModuleView,
	site: { slug: string; bank: string },
	n: number
): SectionPageData | null {
	const section = sectionOf(view, n);
	if (!section) return null;
	const link = (k: number) => {
		const s = sectionOf(view, k);
		return s ? { number: s.number, heading: s.heading } : null;
	};
	return {
		slug: site.slug,
		bank: site.bank,
		earlier: [],
		kind: 'module',
		title: view.title,
		headings: view.sections.map((s) => s.heading),
		paragraphSection: view.paragraphSection,
		questions: section.questions,
		total: view.sections.length,
		section,
		byline: n === view.sections.length ? view.byline : null,
		previous: link(n - 1),
		next: link(n + 1)
	};
}

/** A module's home as an article's home shows it. */
export const homeData = (view: ModuleView, slug: string): HomeData => ({
	slug,
	title: view.title,
	credit: view.credit,
	sections: view.sections.map((s) => ({
		id: s.id,
		number: s.number,
		heading: s.heading,
		summary: s.summary,
		minutes: s.minutes,
		questions: s.questions.length
	}))
});

/**
 * What an assignment of the module knows of it: the questions students are asked, which are the bank's
 * less those the module's author left out (a results code is packed over exactly these).
 */
export function moduleAssignmentSite(
	built: { bank: Bank; article: Article },
	slug: string,
	omit: readonly string[]
): AssignmentSite {
	const left = new Set(omit);
	const asked = built.bank.questions.filter((q) => !left.has(q.id));
	return { ...assignmentSite(built.article, built.bank, asked, slug), kind: 'module' };
}

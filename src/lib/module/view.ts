import { firstWords, readingMinutes } from '../article/reading';
import type { Article, Paragraph } from '../article/types';
import type { Bank } from '../bank/schema';
import { toQuizQuestion, type QuizQuestion } from '../quiz/question';

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
		credit: [article.meta.author && `By ${article.meta.author}`, article.meta.publisher]
			.filter(Boolean)
			.join(' · '),
		byline: article.byline,
		sections,
		paragraphSection: article.sections.flatMap((s) => s.paragraphs.map(() => s.number)),
		known: new Map(sections.map((s) => [s.id, new Set(s.questions.map((q) => q.id))]))
	};
}

/** The section numbered `n`, or null when the module has none (an address typed or cut short). */
export const sectionOf = (view: ModuleView, n: number) => view.sections[n - 1] ?? null;

/**
 * What the teacher's pages assign and print: the built-in article (from the prerendered page data) or a
 * module opened from its link (built in the browser). The form, the assignment sheet and the printed
 * worksheet and key read either the same way.
 */
import { articleTag, decodeAssignment } from '../assign/assignment';
import type { Assignment, Decoded } from '../assign/types';
import type { Article } from '../article/types';
import type { Bank } from '../bank/schema';
import type { ExportSource } from '../export/chosen';
import { moduleAssignmentHref, moduleReportHref } from '../module/links';
import { previewSections, type PreviewSection } from './preview';
import { modulePrintHref } from './print-view';
import type { SheetLinks } from './sheet';
import type { SectionText } from './worksheet';

/** What the assignment form needs of an article. */
export interface AssignTarget {
	/** The article's tag in an assignment code: articleTag of its slug (`m-<moduleId>` for a module). */
	tag: string;
	/** The bank version an assignment names. */
	bank: string;
	title: string;
	/** Each section with how many questions it asks. */
	sections: Array<{ number: number; heading: string; questions: number }>;
	/** What students will be asked, with answers and evidence, for the teacher to choose from. */
	preview: PreviewSection[];
	/** The module link (without `#`), or null for the built-in article. */
	module: string | null;
	/** The links of the sheet for an assignment code (the page's origin first). */
	links: (origin: string, code: string) => SheetLinks;
	/** What the exports read, or null for the built-in article's (fetched when a teacher exports). */
	exportSource: ExportSource | null;
}

/** What the printed worksheet and answer key need of an article, besides the assignment. */
export interface PrintDoc {
	title: string;
	/** Author and publisher, printed with the title so a copy on paper says where the text is from. */
	source: string;
	preview: PreviewSection[];
	texts: SectionText[];
}

export interface ModuleTarget extends AssignTarget, PrintDoc {
	module: string;
	/** A sentence for the teacher when the link was made with another question writer, else null. */
	warning: string | null;
}

/** Told to the teacher when the module's link was made with another version of the question writer. */
export const OTHER_GENERATOR_TEACHER =
	'This module’s link was made with another version of Crosscheck’s question writer: the questions below may differ from those its author saw, so check them before you assign.';

/**
 * The sheet's links for an assignment of a module: its students go to the assignment's page inside the
 * module (`/m/?a=CODE#<module link>`), since only the link carries the module's article, and there is no
 * short code to type; the worksheet, key and report open the module from the same link.
 */
export const moduleSheetLinks = (link: string, origin: string, code: string): SheetLinks => ({
	student: `${origin}${moduleAssignmentHref(link, code)}`,
	typeAt: null,
	report: moduleReportHref(link, code),
	worksheet: modulePrintHref(link, code, 'worksheet'),
	key: modulePrintHref(link, code, 'key')
});

/**
 * A module as the teacher's pages assign and print it: the questions its browser-built bank asks, less
 * those its author left out (`omit`, by id: students never see them, so neither does the teacher).
 */
export function moduleTarget(opened: {
	link: string;
	slug: string;
	data: { omit: readonly string[] };
	built: { article: Article; bank: Bank };
	warning: string | null;
}): ModuleTarget {
	const { article, bank } = opened.built;
	const left = new Set(opened.data.omit);
	const preview = previewSections(article, bank).map((s) => ({
		...s,
		questions: s.questions.filter((q) => !left.has(q.id))
	}));
	return {
		tag: articleTag(opened.slug),
		bank: bank.version,
		title: article.title,
		source: [article.meta.author, article.meta.publisher].filter(Boolean).join(', '),
		sections: preview.map((s) => ({
			number: s.number,
			heading: s.heading,
			questions: s.questions.length
		})),
		preview,
		texts: article.sections.map((s) => ({
			number: s.number,
			paragraphs: s.paragraphs.map((p) => p.text)
		})),
		module: opened.link,
		links: (origin, code) => moduleSheetLinks(opened.link, origin, code),
		exportSource: {
			slug: opened.slug,
			title: article.title,
			bank: bank.version,
			sections: article.sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
			questions: bank.questions.filter((q) => !left.has(q.id)),
			module: opened.link
		},
		warning: opened.warning === null ? null : OTHER_GENERATOR_TEACHER
	};
}

/**
 * Reads an assignment code against the module it is printed from: a damaged code, another module's
 * assignment, other questions (the link rebuilt with another question writer), sections it lacks.
 */
export function moduleAssignment(
	code: string,
	target: Pick<AssignTarget, 'tag' | 'bank' | 'sections'>
): Decoded<Assignment> {
	const decoded = decodeAssignment(code);
	if (!decoded.ok) return decoded;
	const a = decoded.value;
	if (a.article !== target.tag)
		return {
			ok: false,
			error:
				'This assignment was made for another article than the module in this link: print it from the teacher page it was made on.'
		};
	if (a.bank !== target.bank)
		return {
			ok: false,
			error:
				'This module’s questions are not those the assignment was made with (the link was opened with another version of Crosscheck’s question writer): make the assignment again on the teacher page.'
		};
	const missing = a.sections.filter((n) => n > target.sections.length);
	if (missing.length)
		return {
			ok: false,
			error: `This assignment asks for section ${missing.join(', ')}, but this module has ${target.sections.length} sections.`
		};
	return decoded;
}

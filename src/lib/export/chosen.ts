/**
 * What the teacher exports: the questions an assignment asks (its sections, less those left out), in
 * bank order, from the built-in article or a module. The page and the CLI pick them the same way.
 */
import { assignmentQuestions } from '../assign/results-code';
import type { Assignment } from '../assign/types';
import type { Question } from '../generate/types';

/** An article as the exports need it: its sections and the questions students are asked. */
export interface ExportSource {
	/** Its slug (`m-<id>` for a module): the assignment's progress is kept under it. */
	slug: string;
	title: string;
	/** The bank version the questions are (an assignment names it). */
	bank: string;
	sections: ReadonlyArray<{ id: string; number: number; heading: string }>;
	/** The bank's questions students are asked (a module's, less those its author left out). */
	questions: readonly Question[];
	/** The module link (without `#`), or null for the built-in article. */
	module: string | null;
}

export function chosenQuestions(source: ExportSource, assignment: Assignment): Question[] {
	return assignmentQuestions(
		source.questions,
		source.sections.map((s) => s.id),
		assignment
	);
}

/** The sections an assignment asks for, in order. */
export const chosenSections = (source: ExportSource, assignment: Assignment) =>
	assignment.sections.flatMap((n) => source.sections.filter((s) => s.number === n));

/** A file name from a title: `Week 3: whose figure?` → `week-3-whose-figure`. */
export function fileStem(title: string): string {
	const stem = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return stem || 'crosscheck';
}

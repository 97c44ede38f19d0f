import type { Paragraph } from '../article/types';
import type { Assignment } from '../assign/types';
import type { QuizQuestion } from '../quiz/question';
import type { Mode } from '../quiz/record';

interface SectionLink {
	number: number;
	heading: string;
}

/** What a section page shows: the built-in article's from its static files, a module's from its bank. */
export interface SectionPageData {
	/** The article's slug (`m-<id>` for a module): progress and assignment tags come from it. */
	slug: string;
	bank: string;
	/** Bank versions earlier links may name, which still open here. */
	earlier: string[];
	/** A shared module rather than the site's own article. */
	kind?: 'module';
	title: string;
	/** Every section's heading, for an assignment's own previous and next. */
	headings: string[];
	/** Which section each paragraph is in, for evidence that lies in another section. */
	paragraphSection: number[];
	/** The section's questions (an assignment may leave some out). */
	questions: QuizQuestion[];
	total: number;
	section: {
		id: string;
		number: number;
		heading: string;
		paragraphs: Pick<Paragraph, 'id' | 'sentences'>[];
	};
	/** The closing byline, on the last section only. */
	byline: string | null;
	previous: SectionLink | null;
	next: SectionLink | null;
}

/** Where a section page's links go. */
export interface SectionLinks {
	/** All sections (self-study). */
	home: string;
	section: (n: number) => string;
	/** The assignment's page, and a section in it. */
	assignment: (code: string) => string;
	assignedSection: (n: number, code: string) => string;
}

/** What a section page knows of the assignment it was opened from. */
export interface AssignedHere {
	assignment: Pick<Assignment, 'sections' | 'mode'>;
	/** Where the assignment's progress is kept, apart from self-study. */
	scope: string;
	/** The student handed this assignment in (in this browser). */
	handedIn: boolean;
}

/** What a section page allows, in self-study or in an assignment. */
export interface SectionPolicy {
	/** This section is one the assignment asks for. */
	inAssignment: boolean;
	mode: Mode;
	/** Right and wrong are shown. */
	verdicts: boolean;
	/** A graded assignment whose teacher hides the answers: the sources panel never opens. */
	answersHidden: boolean;
	/** The progress scope: an assignment's own, even on a section it does not ask for. */
	scope: string;
	/** Section `n` is part of a graded assignment already handed in, so its figures give nothing away. */
	handedInGraded: (n: number) => boolean;
}

/**
 * The rules of a section page: graded work shows right and wrong only after the hand-in, and never when
 * the teacher hid the answers; practice shows them and allows retries; a section the assignment does not
 * ask for is read in self-study (its answers still kept with the assignment).
 */
export function sectionPolicy(n: number, assigned: AssignedHere | null): SectionPolicy {
	const inAssignment = assigned?.assignment.sections.includes(n) ?? false;
	const assignedMode = assigned?.assignment.mode;
	const mode: Mode = !inAssignment
		? 'self-study'
		: assignedMode === 'practice'
			? 'practice'
			: 'graded';
	const gradedAndIn = assigned?.handedIn === true && assignedMode === 'graded';
	return {
		inAssignment,
		mode,
		verdicts: mode !== 'graded' || gradedAndIn,
		answersHidden: inAssignment && assignedMode === 'graded-hidden',
		scope: assigned ? assigned.scope : 'self',
		handedInGraded: (k) => gradedAndIn && assigned!.assignment.sections.includes(k)
	};
}

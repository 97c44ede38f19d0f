/**
 * When an assignment's missed questions join the reader's review. Assignments feed it only when the
 * student chooses, and only once the assignment itself shows right and wrong: at each check in
 * practice, after the hand-in in graded work, never when the teacher hides the answers (the review
 * would show them). The student's choice itself is kept with the other preferences (mode.ts).
 */
import type { AssignmentMode } from '../assign/types';
import type { Mode } from '../quiz/record';

/** The assignment a page was opened from, as far as the review cares. */
export interface FeedingAssignment {
	mode: AssignmentMode;
	handedIn: boolean;
}

/** Whether the student can choose to add an assignment's missed questions to their review. */
export const offersReview = (mode: AssignmentMode) => mode !== 'graded-hidden';

/**
 * Whether a section's missed questions join the review now: always in self-study; in an assignment,
 * when the student chose it and the assignment shows right and wrong by now.
 */
export function feedsReview(
	studyMode: Mode,
	assignment: FeedingAssignment | null,
	chosen: boolean
): boolean {
	if (studyMode === 'self-study') return true;
	if (!assignment || !chosen || !offersReview(assignment.mode)) return false;
	return assignment.mode === 'practice' || assignment.handedIn;
}

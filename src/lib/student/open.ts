import { articleTag } from '../assign/assignment';
import type { Assignment } from '../assign/types';
import { progressKey } from '../progress/store';
import { assignmentScope, openAssignment } from './assignment';
import { readMeta } from './student-meta';

/** What a section page needs to know about the assignment it was opened from. */
export function openOnPage(
	code: string,
	slug: string,
	bank: string,
	sections: number,
	earlier: readonly string[] = []
): { code: string; assignment: Assignment; scope: string; handedIn: boolean } | { error: string } {
	const opened = openAssignment(code, { articleTag: articleTag(slug), bank, earlier, sections });
	if (!opened.ok) return { error: opened.error };
	const scope = assignmentScope(opened.value);
	const handedIn = readMeta(progressKey(slug, scope)).handedInAt !== null;
	return { code, assignment: opened.value, scope, handedIn };
}

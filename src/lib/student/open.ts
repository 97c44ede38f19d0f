import { articleTag, questionTag } from '../assign/assignment';
import type { Assignment } from '../assign/types';
import { progressKey } from '../progress/store';
import { assignmentScope, openAssignment } from './assignment';
import { readMeta } from './student-meta';

/** What a page knows of its article: slug, bank version, how many sections, earlier bank versions. */
export interface PageSite {
	slug: string;
	bank: string;
	sections: number;
	earlier?: readonly string[];
}

/**
 * What a section page needs to know about the assignment it was opened from. `questionIds` are the
 * page's questions: `omitted` lists those the teacher left out of the assignment.
 */
export function openOnPage(
	code: string,
	site: PageSite,
	questionIds: readonly string[] = []
):
	| { code: string; assignment: Assignment; scope: string; handedIn: boolean; omitted: string[] }
	| { error: string } {
	const opened = openAssignment(code, {
		articleTag: articleTag(site.slug),
		bank: site.bank,
		earlier: site.earlier ?? [],
		sections: site.sections
	});
	if (!opened.ok) return { error: opened.error };
	const scope = assignmentScope(opened.value);
	const handedIn = readMeta(progressKey(site.slug, scope)).handedInAt !== null;
	const omit = new Set(opened.value.omit ?? []);
	const omitted = questionIds.filter((id) => omit.has(questionTag(id)));
	return { code, assignment: opened.value, scope, handedIn, omitted };
}

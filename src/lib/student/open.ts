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
	kind?: 'module';
}

/**
 * What a section page needs to know about the assignment it was opened from. `leftOut` says whether the
 * teacher left a question out of it: a test, not a list, so it holds for every section the page moves to.
 */
export function openOnPage(
	code: string,
	site: PageSite
):
	| {
			code: string;
			assignment: Assignment;
			scope: string;
			handedIn: boolean;
			leftOut: (id: string) => boolean;
	  }
	| { error: string } {
	const opened = openAssignment(code, {
		articleTag: articleTag(site.slug),
		bank: site.bank,
		earlier: site.earlier ?? [],
		sections: site.sections,
		kind: site.kind
	});
	if (!opened.ok) return { error: opened.error };
	const scope = assignmentScope(opened.value);
	const handedIn = readMeta(progressKey(site.slug, scope)).handedInAt !== null;
	const omit = new Set(opened.value.omit ?? []);
	const leftOut = (id: string) => omit.has(questionTag(id));
	return { code, assignment: opened.value, scope, handedIn, leftOut };
}

import { progressKey, readProgress, type StorageLike } from '../progress/store';
import { sectionState } from '../quiz/state';

/** An assignment this browser opened, as home lists it: enough to link back and count progress. */
export interface ListedAssignment {
	/** The assignment's progress scope (`a-…`): one entry per assignment, whichever code opened it. */
	scope: string;
	/** The code to open it with: the teacher's full link code when this browser has seen it. */
	code: string;
	/** Empty when only the short typed code (which has no title) was ever used. */
	title: string;
	/** Ids of the assigned sections, in order. */
	sections: string[];
	openedAt: number;
}

/** Home lists at most this many, the most recently opened first; older ones drop off. */
export const MAX_LISTED = 20;

export const listKey = (slug: string) => progressKey(slug, 'assignments');

const isEntry = (x: unknown): x is ListedAssignment => {
	const e = x as ListedAssignment;
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof e.scope === 'string' &&
		typeof e.code === 'string' &&
		e.code.length > 0 &&
		typeof e.title === 'string' &&
		Array.isArray(e.sections) &&
		e.sections.every((s) => typeof s === 'string') &&
		typeof e.openedAt === 'number'
	);
};

/** The list, newest first (written by remember-assignment.ts, on the assignment page); blocked or unreadable storage, or a damaged entry, counts as nothing. */
export function readList(storage: StorageLike | null, slug: string): ListedAssignment[] {
	try {
		const parsed: unknown = JSON.parse(storage?.getItem(listKey(slug)) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
	} catch {
		return [];
	}
}

/** How far the student got: sections checked at least once, of those assigned. */
export function listedProgress(
	storage: StorageLike | null,
	slug: string,
	entry: ListedAssignment
): { done: number; total: number } {
	const { data } = readProgress(storage, progressKey(slug, entry.scope), new Map(), false);
	return {
		done: entry.sections.filter((id) => sectionState(data.sections[id]) === 'done').length,
		total: entry.sections.length
	};
}

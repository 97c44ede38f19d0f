import type { StorageLike } from '../progress/store';
import { listKey, MAX_LISTED, readList, type ListedAssignment } from './assignment-list';

// Apart from assignment-list.ts so that home, which only reads the list, does not download this.

/**
 * Puts an assignment at the top of the list. Opened by its short typed code, it keeps the title and
 * full code a link gave earlier, so home still names it. Returns the entry as listed, or null when
 * storage refused the write (the assignment works regardless; only home will not list it).
 */
export function remember(
	storage: StorageLike | null,
	slug: string,
	entry: ListedAssignment
): ListedAssignment | null {
	const list = readList(storage, slug);
	const earlier = list.find((e) => e.scope === entry.scope);
	const listed =
		earlier && !entry.title && earlier.title
			? { ...entry, code: earlier.code, title: earlier.title }
			: entry;
	const next = [listed, ...list.filter((e) => e.scope !== entry.scope)].slice(0, MAX_LISTED);
	try {
		storage?.setItem(listKey(slug), JSON.stringify(next));
		return storage ? listed : null;
	} catch {
		return null;
	}
}

import type { SectionRecord } from '../quiz/state';
import { isStoredProgress, STORED_VERSION, type StoredProgress } from './schema';

/** The part of the Web Storage API the store uses (localStorage, or a stand-in in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * - `ok`: saved and read normally;
 * - `recovered`: the stored value could not be read; it was kept under the backup key and progress
 *   starts afresh (tell the learner once);
 * - `blocked`: storage is unavailable (private mode, a policy): progress lasts for this visit only;
 * - `full`: storage is full: the latest change was not saved.
 */
export type StorageStatus = 'ok' | 'recovered' | 'blocked' | 'full';

/** Question ids of the current bank, by section: what stored progress may still refer to. */
export type Known = Map<string, Set<string>>;

export const emptyProgress = (): StoredProgress => ({ version: STORED_VERSION, sections: {} });

/** `crosscheck:v1:<article>` for self-study; an assignment adds its own suffix. */
export const progressKey = (article: string, scope = 'self') =>
	`crosscheck:v${STORED_VERSION}:${article}${scope === 'self' ? '' : `:${scope}`}`;

export const backupKey = (key: string) => `${key}:unreadable`;

const pick = <T>(obj: Record<string, T>, keep: Set<string>) =>
	Object.fromEntries(Object.entries(obj).filter(([k]) => keep.has(k)));

/**
 * Drops what a regenerated bank no longer has: question ids it does not know, and — when `known` lists
 * every section (`complete`) — whole sections it does not know. A page that knows one section leaves the
 * others alone.
 */
export function prune(data: StoredProgress, known: Known, complete = true): StoredProgress {
	const sections: Record<string, SectionRecord> = {};
	for (const [id, r] of Object.entries(data.sections)) {
		const ids = known.get(id);
		if (!ids) {
			if (!complete) sections[id] = r;
			continue;
		}
		sections[id] = {
			...r,
			answers: pick(r.answers, ids),
			results: pick(r.results, ids),
			misses: pick(r.misses, ids),
			first: r.first ? pick(r.first, ids) : null,
			revealed: r.revealed.filter((q) => ids.has(q)),
			best: r.best === null ? null : Math.min(r.best, ids.size)
		};
	}
	return { ...data, sections };
}

/** Reads progress; never throws: an unreadable value is backed up, blocked storage gives empty progress. */
export function readProgress(
	storage: StorageLike | null,
	key: string,
	known: Known,
	complete = true
): { data: StoredProgress; status: StorageStatus } {
	if (!storage) return { data: emptyProgress(), status: 'blocked' };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch {
		return { data: emptyProgress(), status: 'blocked' };
	}
	if (raw === null) return { data: emptyProgress(), status: 'ok' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	if (isStoredProgress(parsed)) return { data: prune(parsed, known, complete), status: 'ok' };
	// Keep what could not be read, so nothing is lost for good, and start clean.
	try {
		storage.setItem(backupKey(key), raw);
		storage.removeItem(key);
	} catch {
		// The backup is best effort; the learner still gets a clean start for this visit.
	}
	return { data: emptyProgress(), status: 'recovered' };
}

/** Saves progress; reports instead of throwing when storage is blocked or full. */
export function writeProgress(
	storage: StorageLike | null,
	key: string,
	data: StoredProgress
): 'ok' | 'blocked' | 'full' {
	if (!storage) return 'blocked';
	try {
		storage.setItem(key, JSON.stringify(data));
		return 'ok';
	} catch (err) {
		const name = (err as { name?: string } | null)?.name ?? '';
		return /quota/i.test(name) || (err as { code?: number } | null)?.code === 22
			? 'full'
			: 'blocked';
	}
}

/** Removes saved progress (Reset). */
export function clearProgress(storage: StorageLike | null, key: string): 'ok' | 'blocked' {
	try {
		storage?.removeItem(key);
		return storage ? 'ok' : 'blocked';
	} catch {
		return 'blocked';
	}
}

/** localStorage, or null when merely touching it throws (some privacy settings do). */
export function browserStorage(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

import type { SectionRecord } from '../quiz/state';
import { isNewerProgress, isStoredProgress, STORED_VERSION, type StoredProgress } from './schema';

/** The part of the Web Storage API the store uses (localStorage, or a stand-in in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * - `ok`: saved and read normally;
 * - `recovered`: the stored value could not be read; it was kept under the backup key and progress
 *   starts afresh (tell the learner once);
 * - `blocked`: storage is unavailable (private mode, a policy): progress lasts for this visit only;
 * - `full`: storage is full: the latest change was not saved; the visit goes on in memory;
 * - `newer`: a newer version of Crosscheck saved this progress: it is left untouched and the visit goes
 *   on in memory.
 */
export type StorageStatus = 'ok' | 'recovered' | 'blocked' | 'full' | 'newer';

/** Question ids of the current bank, by section: what stored progress may still refer to. */
export type Known = Map<string, Set<string>>;

export const emptyProgress = (): StoredProgress => ({ version: STORED_VERSION, sections: {} });

/** `crosscheck:v1:<article>` for self-study; an assignment adds its own suffix. */
export const progressKey = (article: string, scope = 'self') =>
	`crosscheck:v${STORED_VERSION}:${article}${scope === 'self' ? '' : `:${scope}`}`;

/** How many copies of unreadable progress are kept per key; the oldest goes first. */
export const MAX_BACKUPS = 5;

/** `…:unreadable:<time saved>`; copies made before times were added have no suffix. */
export const backupKey = (key: string, savedAt: number) => `${key}:unreadable:${savedAt}`;

export interface Backup {
	key: string;
	/** When it was set aside (ms since 1970), or null for a copy from before times were kept. */
	savedAt: number | null;
	value: string;
}

/** Every kept copy of unreadable progress for `key`, oldest first; never throws. */
export function listBackups(storage: StorageLike | null, key: string): Backup[] {
	const out: Backup[] = [];
	if (!storage) return out;
	const prefix = `${key}:unreadable`;
	try {
		for (let i = 0; i < storage.length; i++) {
			const k = storage.key(i);
			if (k === null || (k !== prefix && !k.startsWith(`${prefix}:`))) continue;
			const value = storage.getItem(k);
			const at = Number(k.slice(prefix.length + 1));
			if (value !== null)
				out.push({ key: k, savedAt: k === prefix || !Number.isFinite(at) ? null : at, value });
		}
	} catch {
		return out;
	}
	return out.sort((a, b) => (a.savedAt ?? 0) - (b.savedAt ?? 0));
}

/** Sets `raw` aside beside the earlier copies, dropping the oldest beyond MAX_BACKUPS. */
export function keepBackup(storage: StorageLike, key: string, raw: string, now: number) {
	// Later than every copy kept, so the order survives a clock that stands still or goes back.
	const latest = listBackups(storage, key).at(-1)?.savedAt ?? -1;
	storage.setItem(backupKey(key, Math.max(now, latest + 1)), raw);
	const all = listBackups(storage, key);
	for (const old of all.slice(0, Math.max(0, all.length - MAX_BACKUPS)))
		storage.removeItem(old.key);
}

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
	complete = true,
	now = Date.now()
): { data: StoredProgress; status: StorageStatus; absent?: true } {
	if (!storage) return { data: emptyProgress(), status: 'blocked' };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch {
		return { data: emptyProgress(), status: 'blocked' };
	}
	if (raw === null) return { data: emptyProgress(), status: 'ok', absent: true };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	if (isStoredProgress(parsed)) return { data: prune(parsed, known, complete), status: 'ok' };
	if (isNewerProgress(parsed)) return { data: emptyProgress(), status: 'newer' };
	// Keep what could not be read, so nothing is lost for good, and start clean.
	try {
		keepBackup(storage, key, raw, now);
		storage.removeItem(key);
	} catch {
		// The backup is best effort; the learner still gets a clean start for this visit.
	}
	return { data: emptyProgress(), status: 'recovered' };
}

/**
 * What another tab saved, with this tab's answers kept: two tabs write to one key, and the browser may
 * deliver one tab's write after the other has read. A section only one side has is kept; in a section
 * both have, the side that has checked more often wins (checking is a later step than answering), and
 * otherwise the answers are joined, the stored one winning where both answered the same question.
 */
export function mergeProgress(stored: StoredProgress, ours: StoredProgress): StoredProgress {
	let sections: Record<string, SectionRecord> | null = null;
	for (const [id, mine] of Object.entries(ours.sections)) {
		const theirs = stored.sections[id];
		let merged = theirs;
		if (!theirs || mine.checks > theirs.checks) merged = mine;
		else if (
			mine.checks === theirs.checks &&
			Object.keys(mine.answers).some((q) => !(q in theirs.answers))
		)
			merged = { ...theirs, answers: { ...mine.answers, ...theirs.answers } };
		if (merged !== theirs) (sections ??= { ...stored.sections })[id] = merged!;
	}
	// Nothing of ours was missing: the stored progress itself, so callers can tell nothing was added.
	return sections ? { ...stored, sections } : stored;
}

/** Saves progress; reports instead of throwing when storage is blocked or full. */
export const writeProgress = (storage: StorageLike | null, key: string, data: StoredProgress) =>
	writeJson(storage, key, data);

/** Stores any JSON value (progress, the review's deck, preferences), telling full from blocked. */
export function writeJson(
	storage: StorageLike | null,
	key: string,
	value: unknown
): 'ok' | 'blocked' | 'full' {
	if (!storage) return 'blocked';
	try {
		storage.setItem(key, JSON.stringify(value));
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

import type { StorageLike } from '../progress/store';

/** A module the teacher is making, as saved in the browser while they work. */
export interface Draft {
	id: string;
	/** The title as it stands, for the list of drafts. */
	title: string;
	/** The text as pasted, before any cleaning: nothing the teacher typed is ever lost. */
	pasted: string;
	/** The article in the repository's article.md format, with the teacher's headings and sections. */
	article: string;
	/** The teacher's corrections, in review.json form. */
	review: { fixes: unknown[] };
	/** Question ids the teacher left out. */
	omit: string[];
	updatedAt: number;
}

export type DraftStatus = 'ok' | 'blocked' | 'full';

export const DRAFTS_KEY = 'crosscheck:drafts:v1';
/** Kept at most; the oldest goes first. A draft is a few tens of KB, well within any browser's quota. */
export const MAX_DRAFTS = 12;

const isDraft = (x: unknown): x is Draft => {
	const d = x as Draft;
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof d.id === 'string' &&
		typeof d.title === 'string' &&
		typeof d.pasted === 'string' &&
		typeof d.article === 'string' &&
		typeof d.review === 'object' &&
		d.review !== null &&
		Array.isArray(d.review.fixes) &&
		Array.isArray(d.omit) &&
		d.omit.every((o) => typeof o === 'string') &&
		typeof d.updatedAt === 'number'
	);
};

type Read = { drafts: Draft[]; status: DraftStatus; unreadable: string | null };

/** One read of the store: the drafts, and the stored text itself when it is not a list of drafts. */
function readStore(storage: StorageLike): Read {
	let raw: string | null;
	try {
		raw = storage.getItem(DRAFTS_KEY);
	} catch {
		return { drafts: [], status: 'blocked', unreadable: null };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw ?? '[]');
	} catch {
		parsed = undefined;
	}
	if (!Array.isArray(parsed)) return { drafts: [], status: 'ok', unreadable: raw };
	const drafts = parsed.filter(isDraft).sort((a, b) => b.updatedAt - a.updatedAt);
	return { drafts, status: 'ok', unreadable: null };
}

/** The saved drafts, newest first; a damaged entry is skipped, blocked storage gives none. */
export function readDrafts(storage: StorageLike | null): { drafts: Draft[]; status: DraftStatus } {
	if (!storage) return { drafts: [], status: 'blocked' };
	const { drafts, status } = readStore(storage);
	return { drafts, status };
}

/** Saves one draft over its earlier copy. On refusal the draft stays in the page, and the status says why. */
export function saveDraft(storage: StorageLike | null, draft: Draft): DraftStatus {
	if (!storage) return 'blocked';
	const { drafts, status, unreadable } = readStore(storage);
	if (status !== 'ok') return status;
	const next = [draft, ...drafts.filter((d) => d.id !== draft.id)].slice(0, MAX_DRAFTS);
	try {
		// What could not be read is set aside once, not written over: it may be a draft worth recovering.
		if (unreadable !== null) storage.setItem(`${DRAFTS_KEY}:unreadable`, unreadable);
		storage.setItem(DRAFTS_KEY, JSON.stringify(next));
		return 'ok';
	} catch (err) {
		return err instanceof DOMException && err.name === 'SecurityError' ? 'blocked' : 'full';
	}
}

export function deleteDraft(storage: StorageLike | null, id: string): DraftStatus {
	if (!storage) return 'blocked';
	const { drafts, status } = readDrafts(storage);
	if (status !== 'ok') return status;
	try {
		storage.setItem(DRAFTS_KEY, JSON.stringify(drafts.filter((d) => d.id !== id)));
		return 'ok';
	} catch {
		return 'blocked';
	}
}

/** A new draft's id: time and randomness, so two tabs never pick the same one. */
export const newDraftId = (now = Date.now(), random = Math.random()) =>
	`${now.toString(36)}-${Math.floor(random * 36 ** 4).toString(36)}`;

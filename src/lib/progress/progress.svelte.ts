import { untrack } from 'svelte';
import { emptyRecord, type SectionRecord } from '../quiz/state';
import type { StoredProgress } from './schema';
import {
	browserStorage,
	clearProgress,
	emptyProgress,
	mergeProgress,
	readProgress,
	writeProgress,
	type Known,
	type StorageLike,
	type StorageStatus
} from './store';

/**
 * What this visit holds that storage does not (storage blocked or full, or holding a newer version's
 * data): the progress and the sections changed since the last save. Kept per key for the whole visit, so
 * moving between pages of the site (which does not reload the app) loses nothing.
 */
interface Unsaved {
	data: StoredProgress;
	sections: Set<string>;
}
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain cache, read only in #read()
const memory = new Map<string, Unsaved>();

/**
 * Fired on window after every answer or check, saved or not, with `{ key, data }`: an LMS package's
 * page (src/lib/scorm/bridge.ts) reports from it. Storage events reach only other tabs.
 */
export const PROGRESS_EVENT = 'crosscheck-progress';

/**
 * A learner's progress for one article (or one assignment), kept in localStorage and shared with other
 * tabs. Empty until `connect()` runs in the browser; nothing is written until the learner acts.
 *
 * Two rules keep answers safe: an answer on screen is never taken back by a failed save (the visit goes
 * on in memory and the learner is told), and every save re-reads storage first and changes only the
 * section being answered, so two tabs never overwrite each other's work.
 */
export class Progress {
	data = $state<StoredProgress>(emptyProgress());
	/** How storage behaved: shown to the learner when it is not `ok`. */
	status = $state<StorageStatus>('ok');
	/** False until the stored progress has been read (the prerendered page shows none). */
	loaded = $state(false);

	readonly #key: string;
	readonly #known: Known;
	#storage: StorageLike | null = null;

	readonly #complete: boolean;

	/** `known`: the bank's question ids by section; `complete` when it lists every section. */
	constructor(key: string, known: Known, complete: boolean) {
		this.#key = key;
		this.#known = known;
		this.#complete = complete;
	}

	/**
	 * Reads stored progress and follows changes made in other tabs; returns the cleanup. Untracked, so an
	 * effect that calls it does not run again (and reload storage over the screen) when the status changes.
	 */
	connect(): () => void {
		return untrack(() => {
			this.#storage = browserStorage();
			this.#read();
			const onStorage = (event: StorageEvent) => {
				if (event.key === this.#key || event.key === null) this.#read();
			};
			window.addEventListener('storage', onStorage);
			return () => window.removeEventListener('storage', onStorage);
		});
	}

	/** `putBack`: write what another tab's save left out; a caller about to save anyway need not. */
	#read(putBack = true) {
		const read = readProgress(this.#storage, this.#key, this.#known, this.#complete);
		const { status } = read;
		// Another tab's save may have been made before it saw this tab's last answers: keep ours. A key
		// that is gone was reset, and the reset wins.
		const ours = untrack(() => this.data);
		const data = read.absent || status !== 'ok' ? read.data : mergeProgress(read.data, ours);
		// Put back what the other tab's save left out, so a third reader sees it too.
		if (putBack && data !== read.data) writeProgress(this.#storage, this.#key, data);
		const unsaved = memory.get(this.#key);
		// What this visit changed and could not save stays as it is on screen.
		const sections = { ...data.sections };
		for (const id of unsaved?.sections ?? []) {
			const r = unsaved!.data.sections[id];
			if (r) sections[id] = r;
		}
		this.data = { ...data, sections };
		const current = untrack(() => this.status);
		// A recovery is reported once (the unreadable value has been moved aside); a full storage stays
		// reported until a save succeeds.
		if (status !== 'ok') this.status = status;
		else if (current !== 'recovered' && current !== 'full') this.status = 'ok';
		this.loaded = true;
	}

	record(section: string): SectionRecord | undefined {
		return this.data.sections[section];
	}

	/** Applies a change to one section's record and saves it. */
	update(section: string, change: (r: SectionRecord) => SectionRecord) {
		// Another tab may have saved since this one last read: start from what storage holds now. (Called
		// from event handlers, outside any effect, so reading the status here tracks nothing.)
		if (this.#storage && this.status !== 'blocked') this.#read(false);
		const next = change(this.data.sections[section] ?? emptyRecord());
		this.data = { ...this.data, sections: { ...this.data.sections, [section]: next } };
		globalThis.dispatchEvent?.(
			new CustomEvent(PROGRESS_EVENT, { detail: { key: this.#key, data: this.data } })
		);
		const saved =
			this.status === 'newer' ? 'newer' : writeProgress(this.#storage, this.#key, this.data);
		if (saved === 'ok') {
			memory.delete(this.#key);
			if (this.status === 'full') this.status = 'ok';
			return;
		}
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- part of the plain cache above
		const unsaved = memory.get(this.#key) ?? { data: this.data, sections: new Set<string>() };
		unsaved.data = this.data;
		unsaved.sections.add(section);
		memory.set(this.#key, unsaved);
		this.status = saved;
	}

	/** Forgets every answer and score for this article. */
	reset() {
		this.data = emptyProgress();
		memory.delete(this.#key);
		if (clearProgress(this.#storage, this.#key) !== 'ok') this.status = 'blocked';
	}
}

import { emptyRecord, type SectionRecord } from '../quiz/state';
import type { StoredProgress } from './schema';
import {
	browserStorage,
	clearProgress,
	emptyProgress,
	readProgress,
	writeProgress,
	type Known,
	type StorageLike,
	type StorageStatus
} from './store';

/**
 * Progress kept in memory when storage is blocked, so moving between pages of the site (which does not
 * reload the app) loses nothing during the visit.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain cache, read only in #read()
const memory = new Map<string, StoredProgress>();

/**
 * A learner's progress for one article (or one assignment), kept in localStorage and shared with other
 * tabs. Empty until `connect()` runs in the browser; nothing is written until the learner acts.
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

	/** Reads stored progress and follows changes made in other tabs; returns the cleanup. */
	connect(): () => void {
		this.#storage = browserStorage();
		this.#read();
		const onStorage = (event: StorageEvent) => {
			if (event.key === this.#key || event.key === null) this.#read();
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}

	#read() {
		const { data, status } = readProgress(this.#storage, this.#key, this.#known, this.#complete);
		this.data = status === 'blocked' ? (memory.get(this.#key) ?? data) : data;
		// A recovery is reported once: the unreadable value has been moved aside.
		if (status !== 'ok' || this.status !== 'recovered') this.status = status;
		this.loaded = true;
	}

	record(section: string): SectionRecord | undefined {
		return this.data.sections[section];
	}

	/** Applies a change to one section's record and saves it. */
	update(section: string, change: (r: SectionRecord) => SectionRecord) {
		const next = change(this.data.sections[section] ?? emptyRecord());
		this.data = { ...this.data, sections: { ...this.data.sections, [section]: next } };
		const saved = writeProgress(this.#storage, this.#key, this.data);
		if (saved === 'blocked') memory.set(this.#key, this.data);
		if (saved !== 'ok') this.status = saved;
		else if (this.status === 'full') this.status = 'ok';
	}

	/** Forgets every answer and score for this article. */
	reset() {
		this.data = emptyProgress();
		memory.delete(this.#key);
		if (clearProgress(this.#storage, this.#key) !== 'ok') this.status = 'blocked';
	}
}

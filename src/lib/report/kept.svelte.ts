import { untrack } from 'svelte';
import { browserStorage, type StorageLike, type StorageStatus } from '../progress/store';
import type { Input } from './import';
import { emptyKept, readKept, writeKept, type Kept } from './kept';

/**
 * The class report's imports, kept in localStorage until the teacher clears them, and followed across
 * tabs. Like progress, a failed save never takes anything off the screen: with storage blocked, full or
 * holding a newer version's data, the imports last for this visit and `saved` is false.
 */
export class KeptImports {
	kept = $state.raw<Kept>(emptyKept());
	/** How storage behaved: shown to the teacher when it is not `ok`. */
	status = $state<StorageStatus>('ok');
	/** True when storage holds everything on screen. */
	saved = $state(true);

	readonly #key: string;
	#storage: StorageLike | null = null;

	constructor(key: string) {
		this.#key = key;
	}

	/** Reads what was kept and follows other tabs; returns the cleanup. */
	connect(): () => void {
		return untrack(() => {
			this.#storage = browserStorage();
			this.#read();
			const onStorage = (event: StorageEvent) => {
				if ((event.key === this.#key || event.key === null) && this.saved) this.#read();
			};
			window.addEventListener('storage', onStorage);
			return () => window.removeEventListener('storage', onStorage);
		});
	}

	#read() {
		const { kept, status } = readKept(this.#storage, this.#key);
		this.kept = kept;
		// A recovery is told once per visit: the unreadable value has been set aside.
		if (status !== 'ok' || untrack(() => this.status) !== 'recovered') this.status = status;
		this.saved = status === 'ok' || status === 'recovered';
	}

	/**
	 * Applies a change to what is kept and saves it. With everything saved so far, it starts from what
	 * storage holds now, so imports made in another tab are kept too.
	 */
	change(next: (kept: Kept) => Kept) {
		if (this.saved && this.#storage) this.#read();
		this.kept = next(this.kept);
		const wrote =
			this.status === 'newer' ? 'newer' : writeKept(this.#storage, this.#key, this.kept);
		this.saved = wrote === 'ok';
		if (wrote !== 'ok') this.status = wrote;
		else if (this.status !== 'recovered') this.status = 'ok';
	}

	add(inputs: readonly Input[]) {
		this.change((k) => ({ ...k, inputs: [...k.inputs, ...inputs] }));
	}

	setAssignment(code: string | null) {
		if (untrack(() => this.kept.assignment) === code) return;
		this.change((k) => ({ ...k, assignment: code }));
	}

	/** Removes every import (the assignment stays) and returns them, for an undo. */
	clear(): Input[] {
		let removed: Input[] = [];
		this.change((k) => {
			removed = k.inputs;
			return { ...k, inputs: [] };
		});
		return removed;
	}

	/** Puts cleared imports back, before anything imported since. */
	restore(inputs: readonly Input[]) {
		this.change((k) => ({ ...k, inputs: [...inputs, ...k.inputs] }));
	}
}

import type { StorageLike } from '$lib/progress/store';

/**
 * An in-memory localStorage for tests, which can be told to refuse reads (`blocked`, as private modes and
 * policies do) or writes (`full`, as a used-up quota does). The options are read on every call, so a test
 * can fill the storage mid-visit.
 */
export function memoryStorage(opts: { blocked?: boolean; full?: boolean } = {}) {
	const items = new Map<string, string>();
	const storage: StorageLike = {
		getItem: (k) => {
			if (opts.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
			return items.get(k) ?? null;
		},
		setItem: (k, v) => {
			if (opts.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
			if (opts.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
			items.set(k, v);
		},
		removeItem: (k) => void items.delete(k),
		key: (i) => [...items.keys()][i] ?? null,
		get length() {
			return items.size;
		}
	};
	return { storage, items, opts };
}

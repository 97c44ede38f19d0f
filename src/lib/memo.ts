/**
 * Remembers the results of a pure one-argument string function, so long articles that ask the same
 * question of the same text many times pay once. Bounded: the cache starts afresh past `limit` entries.
 */
export function memo<R>(compute: (text: string) => R, limit = 50_000): (text: string) => R {
	let cache = new Map<string, R>();
	return (text) => {
		const hit = cache.get(text);
		if (hit !== undefined || cache.has(text)) return hit as R;
		const value = compute(text);
		if (cache.size >= limit) cache = new Map();
		cache.set(text, value);
		return value;
	};
}

/**
 * cyrb53 (public domain, bryc): a small, fast 53-bit string hash. Not cryptographic; used for ids and
 * shuffle seeds that must be the same in Node, the browser and every run, without Node's crypto.
 */
export function cyrb53(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash as `length` base-36 characters (zero-padded, so every id has the same length). */
export function shortHash(text: string, length: number): string {
	return cyrb53(text).toString(36).padStart(11, '0').slice(-length);
}

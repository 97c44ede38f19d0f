/** UTF-8 without TextEncoder/TextDecoder, so the library runs anywhere (plain ECMAScript). */

/** The code points of a string; a lone surrogate comes out as itself (0xd800–0xdfff). */
export function codePoints(s: string): number[] {
	const out: number[] = [];
	for (const ch of s) out.push(ch.codePointAt(0) as number);
	return out;
}

/** UTF-8 bytes of one code point, or null for a lone surrogate (which UTF-8 cannot carry). */
export function utf8OfCodePoint(cp: number): number[] | null {
	if (cp < 0x80) return [cp];
	if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
	if (cp >= 0xd800 && cp <= 0xdfff) return null;
	if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
	return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

/** UTF-8 bytes of a string, or null when it holds a lone surrogate. */
export function utf8Encode(s: string): number[] | null {
	const out: number[] = [];
	for (const cp of codePoints(s)) {
		const bytes = utf8OfCodePoint(cp);
		if (!bytes) return null;
		out.push(...bytes);
	}
	return out;
}

/** The number of UTF-8 bytes of a string (a lone surrogate counts 3, as a replacement character would). */
export function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
			const d = s.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				n += 4;
				i++;
			} else n += 3;
		} else n += 3;
	}
	return n;
}

/**
 * Strict UTF-8 decoding into code points: null for any malformed, overlong or surrogate sequence, so a
 * damaged escape is refused rather than turned into a replacement character.
 */
export function utf8Decode(bytes: readonly number[]): number[] | null {
	const out: number[] = [];
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] as number;
		let need: number;
		let cp: number;
		let min: number;
		if (b < 0x80) {
			out.push(b);
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			cp = b & 0x1f;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			cp = b & 0x0f;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			cp = b & 0x07;
			min = 0x10000;
		} else return null;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return null;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
		out.push(cp);
		i += need + 1;
	}
	return out;
}

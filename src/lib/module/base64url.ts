/**
 * Base64url without padding (RFC 4648 §5): only letters, digits, `-` and `_`, which no address bar,
 * chat or mail client escapes. Written by hand because Uint8Array.toBase64 is not in every browser yet.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/**
 * The bytes of a base64url text, or null when it is not one exactly as toBase64url writes it: another
 * character, a length no byte count gives, or set bits after the last byte. Being strict means a
 * changed last character never reads as the same bytes.
 */
export function fromBase64url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let acc = 0;
	let bits = 0;
	let at = 0;
	for (const c of text) {
		const v = VALUE.get(c);
		if (v === undefined) return null;
		acc = ((acc << 6) | v) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (acc >> bits) & 0xff;
		}
	}
	if ((acc & ((1 << bits) - 1)) !== 0) return null;
	return out;
}

/**
 * Small pure checksums. They detect ACCIDENTAL damage only (a mistyped character, a lost line, a file cut
 * short). They are not signatures: anyone can edit a code or a file and recompute them, and a static site
 * cannot prevent that.
 */
import { codePoints, utf8Encode } from './utf8';

/** FNV-1a (32 bit) over the UTF-8 bytes of a string (a lone surrogate counts as U+FFFD). */
export function fnv1a32(text: string): number {
	const bytes = utf8Encode(text.replace(/[\ud800-\udfff]/gu, '\ufffd')) as number[];
	let h = 0x811c9dc5;
	for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
	return h >>> 0;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip and PNG use) over the UTF-8 bytes of a string, as 8 lowercase hex digits. */
export function crc32(text: string): string {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	const bytes = utf8Encode(text.replace(/[\ud800-\udfff]/gu, '\ufffd')) as number[];
	let crc = 0xffffffff;
	for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
	return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** The largest prime that fits in 2 and in 3 base-36 digits. */
const PRIMES: Record<2 | 3, number> = { 2: 1291, 3: 46649 };

/**
 * Check digits for a code: Σ (position weight × code point) mod p, written as `digits` base-36 digits,
 * with p the largest prime below 36^digits and weights 1, 2, …, p − 1 (repeating on very long texts).
 *
 * Because p is prime and no weight is 0 mod p, it detects EVERY change of one character into another
 * whose code point differs by less than p (all of ASCII, accented Latin, Greek, Cyrillic… for 2 digits;
 * nearly all of the Basic Multilingual Plane for 3), and every swap of two neighbouring such characters
 * of the checked text. The check digits themselves are not in the sum: changing one is always caught,
 * but swapping one with its neighbour outside them is caught only like any other damage: all but about
 * 1 time in p.
 */
export function checkDigits(text: string, digits: 2 | 3): string {
	const p = PRIMES[digits];
	let sum = 0;
	let i = 0;
	for (const cp of codePoints(text)) {
		sum = (sum + ((i % (p - 1)) + 1) * (cp % p)) % p;
		i++;
	}
	return sum.toString(36).padStart(digits, '0');
}

/**
 * Free text (titles, names) inside codes: readable, typeable, URL-safe, and unchanged by a page that
 * percent-decodes the code once or twice.
 *
 * - letters and digits (any script: `é`, `ß`, `ж` stay readable) and `_` are written as they are;
 * - a space is written `-`;
 * - everything else, `-` `.` `~` `%` included, is written as its UTF-8 bytes, each `~` + two hex digits
 *   (`-` → `~2d`, `’` → `~e2~80~99`).
 *
 * So an encoded text uses no `%`, no `.` (the separator of the codes) and nothing a URL, an e-mail client
 * or a QR code escapes or cuts at. Decoding also accepts what browsers and people do to a link: `%XX`
 * escapes of non-ASCII letters (address bars copy `é` as `%C3%A9`), raw spaces, upper-case hex.
 *
 * Decoding is strict otherwise: an escape a correct encoder would not write is refused, which keeps the
 * canonical re-encoding of any accepted text aligned character for character with what was read (that is
 * what lets the check digits catch every single mistyped character).
 */
import { codePoints, utf8Decode, utf8OfCodePoint } from './utf8';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Written as itself: ASCII letters, digits and `_`, and letters and digits of other scripts. */
function isLiteral(cp: number): boolean {
	if (cp < 0x80) {
		return (
			(cp >= 0x30 && cp <= 0x39) ||
			(cp >= 0x41 && cp <= 0x5a) ||
			(cp >= 0x61 && cp <= 0x7a) ||
			cp === 0x5f
		);
	}
	if (cp >= 0xd800 && cp <= 0xdfff) return false;
	return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

const hex2 = (b: number) => '~' + b.toString(16).padStart(2, '0');

/** The canonical encoding. The text must be valid (see textProblem): no lone surrogates. */
export function encodeText(text: string): string {
	let out = '';
	for (const cp of codePoints(text)) {
		if (cp === 0x20) out += '-';
		else if (isLiteral(cp)) out += String.fromCodePoint(cp);
		else out += (utf8OfCodePoint(cp) ?? utf8OfCodePoint(0xfffd)!).map(hex2).join('');
	}
	return out;
}

const HEX = /^[0-9a-fA-F]{2}$/;

type Token = { byte: number; via: '~' | '%' } | { cp: number };

/** Decodes an encoded text; null when it holds anything an encoder would not have written. */
export function decodeText(encoded: string): string | null {
	const cps = codePoints(encoded);
	const tokens: Token[] = [];
	for (let i = 0; i < cps.length; i++) {
		const cp = cps[i] as number;
		if (cp === 0x2d || cp === 0x20) tokens.push({ cp: 0x20 });
		else if (cp === 0x7e || cp === 0x25) {
			const pair = String.fromCodePoint(...cps.slice(i + 1, i + 3));
			if (!HEX.test(pair)) return null;
			tokens.push({ byte: parseInt(pair, 16), via: cp === 0x7e ? '~' : '%' });
			i += 2;
		} else if (isLiteral(cp)) tokens.push({ cp });
		else return null;
	}
	let out = '';
	for (let i = 0; i < tokens.length;) {
		const t = tokens[i] as Token;
		if ('cp' in t) {
			out += String.fromCodePoint(t.cp);
			i++;
			continue;
		}
		// One character from escapes: its byte count comes from the lead byte.
		const lead = t.byte;
		const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
		const run = tokens.slice(i, i + size);
		if (run.length < size || run.some((r) => !('byte' in r))) return null;
		const bytes = run.map((r) => (r as { byte: number }).byte);
		const decoded = utf8Decode(bytes);
		if (!decoded || decoded.length !== 1) return null;
		const cp = decoded[0] as number;
		const allPercent = run.every((r) => (r as { via: string }).via === '%');
		// A space is written `-`; a letter is written as itself, except that browsers percent-encode
		// non-ASCII letters of an address.
		if (cp === 0x20) return null;
		if (isLiteral(cp) && !(cp >= 0x80 && allPercent)) return null;
		out += String.fromCodePoint(cp);
		i += size;
	}
	return out;
}

// Control characters, bidirectional overrides and isolates, line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What is wrong with a title or a name, as the end of a sentence ("… is empty"), or null when it is fine.
 * Lengths count characters as people see them in code points, not UTF-16 units.
 */
export function textProblem(text: unknown, min: number, max: number): string | null {
	if (typeof text !== 'string') return 'is not text';
	const n = codePoints(text).length;
	if (n < min || (min > 0 && text.trim() === '')) return 'is empty';
	if (n > max) return `is longer than ${max} characters`;
	if (LONE_SURROGATE.test(text)) return 'holds a broken character';
	if (FORBIDDEN.test(text)) return 'holds a line break or another invisible control character';
	return null;
}

export const TITLE_MAX = 60;
export const NAME_MAX = 80;

/**
 * A title or name as typed, made ready for a code: trimmed and cut to `max` characters (never inside
 * one), or the reason it cannot be used, as a sentence naming it (`what`: “Your name”, “The title”).
 */
export function typedText(
	input: string,
	what: string,
	max: number
): { ok: true; value: string } | { ok: false; error: string } {
	const value = codePoints(input.trim())
		.slice(0, max)
		.map((cp) => String.fromCodePoint(cp))
		.join('')
		.trim();
	const problem = textProblem(value, 1, max);
	if (problem === 'holds a line break or another invisible control character')
		return {
			ok: false,
			error: `${what} holds a tab, a line break or another invisible character (perhaps pasted with it): type it again without it.`
		};
	if (problem === 'holds a broken character')
		return { ok: false, error: `${what} holds a broken character: type it again.` };
	if (problem) return { ok: false, error: `${what} ${problem}.` };
	return { ok: true, value };
}

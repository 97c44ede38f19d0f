/**
 * The module link: a whole module (article, corrections, left-out questions) in the fragment of
 * `/m/#…`, which browsers never send to a server.
 *
 *     m 1 CCCCCC BBBB…
 *     │ │ │      └ body: base64url (no padding) of  P P P P  D D D …
 *     │ │ │                                        │        └ the payload text, UTF-8, raw DEFLATE
 *     │ │ │                                        └ CRC-32 of the payload text (4 bytes, big-endian)
 *     │ │ └ check: CRC-32 of the link without these 6 characters, as 4 bytes in base64url
 *     │ └ format version, one base-36 digit
 *     └ a module link
 *
 * The payload text is JSON: `{"article":…,"review":…,"generator":…,"omit":[…]}` (see ModuleData).
 *
 * Two checks, because they catch different things. The check over the link's own characters catches
 * every changed character before anything is decompressed, including a change DEFLATE would ignore
 * (bits after its last block), and covers the version digit, so damage never reads as a newer link.
 * The CRC of the payload text confirms that decompression gave back exactly what was encoded.
 *
 * Only `m`, the version and the check are fixed for every format to come: a later format may change
 * the body, and this decoder can still tell a whole newer link from a damaged one.
 */
import * as v from 'valibot';
import { crc32 } from '../assign/checksum';
import { cleanResultsCode } from '../assign/results-code';
import { MAX_ARTICLE_CHARS } from '../bank/limits';
import { ReviewSchema } from '../extract/review';
import { GENERATOR_VERSION } from '../generate/version';
import { fromBase64url, toBase64url } from './base64url';
import { deflateRaw, inflateRaw } from './deflate';
import type { DecodedModule, ModuleData } from './types';

export const FORMAT_VERSION = 1;
/** The most payload text a link may hold: a decompression bomb stops here (an article is far less). */
export const MAX_PAYLOAD_BYTES = 2_000_000;
/** Longer input is refused unread: more than any link within MAX_PAYLOAD_BYTES, line breaks and all. */
export const MAX_LINK_CHARS = 4_000_000;

const PREFIX = `m${FORMAT_VERSION}`;
const CHECK_AT = 2;
const CHECK_LENGTH = 6;
const OMIT_ID = /^[0-9a-z]{1,32}$/;

export const NO_LINK = 'There is no module link.';
export const NOT_A_LINK =
	'This is not a Crosscheck module link: the part after # in a module link starts with m1.';
export const DAMAGED =
	'This module link is damaged or incomplete (part of it is missing or changed): ask for the link again, copied whole.';
export const NEWER =
	'This link was made by a newer version of Crosscheck than this site: open it on the site it came from.';
export const TOO_LARGE =
	'This module link holds more than Crosscheck can open (over 2 MB of text): ask for a link with a shorter article.';
export const UNREADABLE =
	'This module link arrived whole, but what it holds is not a module Crosscheck can read: ask for the link to be made again.';
export const OTHER_GENERATOR =
	'This link was made with another version of Crosscheck’s question writer: some questions may differ from what your teacher saw.';

/** True when a value survives JSON unchanged: what a review must be to come back from a link as it went. */
function isJson(value: unknown, depth = 0): boolean {
	if (depth > 64) return false;
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
	if (Array.isArray(value))
		// A hole would come back as null.
		return Object.keys(value).length === value.length && value.every((x) => isJson(x, depth + 1));
	if (typeof value !== 'object') return false;
	// Plain objects only (a Date or a Map would come back as something else).
	const proto: unknown = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) return false;
	return Object.values(value).every((x) => isJson(x, depth + 1));
}

const Payload = v.strictObject({
	article: v.pipe(
		v.string(),
		v.maxLength(MAX_ARTICLE_CHARS),
		v.check((t) => t.trim() !== '')
	),
	review: v.pipe(
		ReviewSchema,
		v.check((r) => isJson(r))
	),
	generator: v.pipe(v.number(), v.integer(), v.minValue(1)),
	omit: v.pipe(
		v.array(v.pipe(v.string(), v.regex(OMIT_ID))),
		v.check((ids) => ids.every((id, i) => i === 0 || id > (ids[i - 1] as string)))
	)
});

/** What is wrong with a module, as one sentence, or null when it can be encoded. */
export function moduleProblem(m: ModuleData): string | null {
	if (typeof m !== 'object' || m === null) return 'The module is missing.';
	if (typeof m.article !== 'string' || m.article.trim() === '') return 'The article is empty.';
	if (m.article.length > MAX_ARTICLE_CHARS)
		return `The article is longer than ${MAX_ARTICLE_CHARS} characters.`;
	if (!v.is(ReviewSchema, m.review)) return 'The corrections are not in review.json’s shape.';
	if (!isJson(m.review)) return 'The corrections hold something JSON cannot carry.';
	if (!Number.isInteger(m.generator) || m.generator < 1)
		return 'The generator version must be a whole number from 1.';
	if (!Array.isArray(m.omit) || !m.omit.every((id) => typeof id === 'string' && OMIT_ID.test(id)))
		return 'Left-out questions must be named by their ids.';
	if (!m.omit.every((id, i) => i === 0 || id > (m.omit[i - 1] as string)))
		return 'Left-out questions must be in ascending order, each once.';
	return null;
}

const crcBytes = (text: string) => {
	const n = parseInt(crc32(text), 16);
	return new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
};

/** The check of a link: CRC-32 of all its characters but the check's own. */
const checkOf = (withoutCheck: string) => toBase64url(crcBytes(withoutCheck));

/** True when `link` is whole: its check matches the rest. */
function isWhole(link: string): boolean {
	if (link.length < CHECK_AT + CHECK_LENGTH) return false;
	const rest = link.slice(0, CHECK_AT) + link.slice(CHECK_AT + CHECK_LENGTH);
	return checkOf(rest) === link.slice(CHECK_AT, CHECK_AT + CHECK_LENGTH);
}

/**
 * The module as a link's fragment (without `#`; the page adds `/m/#`). Rejects with a RangeError that
 * gives moduleProblem's sentence when the module is not valid.
 */
export async function encodeModule(m: ModuleData): Promise<string> {
	const problem = moduleProblem(m);
	if (problem) throw new RangeError(problem);
	const payload = JSON.stringify({
		article: m.article,
		review: m.review,
		generator: m.generator,
		omit: m.omit
	});
	const bytes = new TextEncoder().encode(payload);
	if (bytes.length > MAX_PAYLOAD_BYTES)
		throw new RangeError('The module is larger than a link can carry (2 MB of text).');
	const deflated = await deflateRaw(bytes);
	const body = new Uint8Array(4 + deflated.length);
	body.set(crcBytes(payload));
	body.set(deflated, 4);
	const text = toBase64url(body);
	return `${PREFIX}${checkOf(PREFIX + text)}${text}`;
}

const fail = (error: string): DecodedModule => ({ ok: false, error });

/**
 * What a link's text becomes once pasted back: the part after `#` when a whole address was pasted,
 * without the line breaks, spaces, zero-width characters and `>` quote marks that chat and mail add.
 */
function cleanLink(input: string): string {
	// Only an address's `#` (or a leading one) starts the link: a `#` inside it is damage.
	return cleanResultsCode(input.replace(/^\s*(?:[^\s#]*\/m\/?)?#/, ''));
}

async function decode(input: unknown): Promise<DecodedModule> {
	if (typeof input !== 'string') return fail(NO_LINK);
	if (input.length > MAX_LINK_CHARS) return fail(TOO_LARGE);
	const link = cleanLink(input);
	if (link === '') return fail(NO_LINK);
	if (!isWhole(link)) {
		// A link whose first letters were changed, lost or pushed along is a damaged link, and so is a
		// long run of base64url (the shortest module link has about 90 characters; other codes have dots).
		const looksLikeOne =
			link[0] === 'm' ||
			isWhole(`m${link.slice(1)}`) ||
			isWhole(link.slice(1)) ||
			(link.length >= 80 && /^[A-Za-z0-9_-]+$/.test(link));
		return fail(looksLikeOne ? DAMAGED : NOT_A_LINK);
	}
	if (link[0] !== 'm') return fail(NOT_A_LINK);
	const version = link[1] as string;
	if (version !== String(FORMAT_VERSION)) {
		return fail(/^[2-9a-z]$/.test(version) ? NEWER : DAMAGED);
	}
	const body = fromBase64url(link.slice(CHECK_AT + CHECK_LENGTH));
	if (!body || body.length < 5) return fail(DAMAGED);
	const inflated = await inflateRaw(body.subarray(4), MAX_PAYLOAD_BYTES);
	if (inflated === 'too-large') return fail(TOO_LARGE);
	if (inflated === null) return fail(DAMAGED);
	let payload: string;
	try {
		payload = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated);
	} catch {
		return fail(DAMAGED);
	}
	const stored = [...body.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
	if (crc32(payload) !== stored) return fail(DAMAGED);
	let parsed: unknown;
	try {
		parsed = JSON.parse(payload);
	} catch {
		return fail(UNREADABLE);
	}
	if (!v.is(Payload, parsed)) return fail(UNREADABLE);
	// The JSON as it came, not valibot's copy of it: the corrections come back exactly as they went.
	const value = parsed as ModuleData;
	return {
		ok: true,
		value,
		warning: value.generator === GENERATOR_VERSION ? null : OTHER_GENERATOR
	};
}

/**
 * Reads a module link: its fragment, with or without `#`, or the whole address (`…/m/#…`). Never throws (never
 * rejects). Does not build the questions: the page passes the article and corrections to buildBank,
 * whose own refusals (an article with nothing to ask) come after this.
 */
export async function decodeModule(fragment: string): Promise<DecodedModule> {
	try {
		return await decode(fragment);
	} catch {
		return fail(DAMAGED);
	}
}

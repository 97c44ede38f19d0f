import fc from 'fast-check';
import { crc32 } from '../../src/lib/assign/checksum';
import type { Review } from '../../src/lib/extract/review';
import { toBase64url } from '../../src/lib/module/base64url';
import { deflateRaw } from '../../src/lib/module/deflate';
import { moduleProblem } from '../../src/lib/module/link';
import type { ModuleData } from '../../src/lib/module/types';

/** Test helpers shared by the module-link tests: arbitraries and a hand-built envelope. */

const TARGETS = [
	'speakers',
	'quotes',
	'paraphrases',
	'estimates',
	'events',
	'authorVoice'
] as const;

const fields = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), {
	maxKeys: 4,
	noNullPrototype: true
});
const reason = fc.string({ unit: 'grapheme', minLength: 3, maxLength: 40 });
const target = fc.constantFrom(...TARGETS);

// Plain objects, as JSON.parse makes them: a link gives back plain objects.
const plain = { noNullPrototype: true };

const fix = fc.oneof(
	fc.record({ target, reason, match: fields, set: fields }, plain),
	fc.record({ target, reason, match: fields, remove: fc.constant(true as const) }, plain),
	fc.record({ target, reason, add: fields }, plain)
);

export const arbReview: fc.Arbitrary<Review> = fc.record(
	{
		fixes: fc.array(fix, { maxLength: 5 })
	},
	plain
) as fc.Arbitrary<Review>;

export const arbArticle = fc.oneof(
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
	fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
	fc.stringMatching(/^# [A-Za-z ]{1,20}\n\n## [A-Za-z]{1,10}\n\n[A-Za-z“”’ .,]{1,200}$/)
);

export const arbOmit = fc
	.uniqueArray(fc.stringMatching(/^q[0-9a-z]{10}$/), { maxLength: 10 })
	.map((ids) => ids.sort());

export const arbModule: fc.Arbitrary<ModuleData> = fc
	.record(
		{
			article: arbArticle,
			review: arbReview,
			generator: fc.integer({ min: 1, max: 1000 }),
			omit: arbOmit
		},
		plain
	)
	.filter((m) => moduleProblem(m) === null);

/** CRC-32 of a text as 4 big-endian bytes. */
export function crcBytes(text: string): Uint8Array {
	const n = parseInt(crc32(text), 16);
	return new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
}

/**
 * A link built by hand from the documented layout (link.ts), for payloads the encoder would never
 * write: another format version, contents that are not a module, a decompression bomb.
 */
export async function envelope(version: string, payload: Uint8Array, payloadCrc: Uint8Array) {
	const deflated = await deflateRaw(payload);
	const body = new Uint8Array(4 + deflated.length);
	body.set(payloadCrc);
	body.set(deflated, 4);
	const text = toBase64url(body);
	const head = `m${version}`;
	return `${head}${toBase64url(crcBytes(head + text))}${text}`;
}

export const textEnvelope = (version: string, payload: string) =>
	envelope(version, new TextEncoder().encode(payload), crcBytes(payload));

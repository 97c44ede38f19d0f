import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATOR_VERSION } from '../../src/lib/generate/version';
import { DAMAGED, decodeModule, encodeModule } from '../../src/lib/module/link';
import type { ModuleData } from '../../src/lib/module/types';
import { crcBytes, envelope } from './module-link-arbitraries';

// A real link: the shipped article and its corrections, as a teacher would send them.
const shipped: ModuleData = {
	article: readFileSync('questions/north-korean-troops/article.md', 'utf8'),
	review: JSON.parse(readFileSync('questions/north-korean-troops/review.json', 'utf8')),
	generator: GENERATOR_VERSION,
	omit: []
};
const link = await encodeModule(shipped);
const refused = { ok: false, error: DAMAGED };
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A different character for position i: the next one of the alphabet, so every position is tried. */
const other = (c: string, i: number) => {
	const next = ALPHABET[(ALPHABET.indexOf(c) + 1 + (i % 63)) % 64] as string;
	return next === c ? ALPHABET[(ALPHABET.indexOf(c) + 1) % 64]! : next;
};

/** Positions 0 … n − 1: every one in the first and last 100, every 7th between (damage anywhere). */
const sampled = (n: number) =>
	Array.from({ length: n }, (_, i) => i).filter((i) => i < 100 || i >= n - 100 || i % 7 === 3);

describe('a damaged link is refused, never read as other data', () => {
	// Every one of the link's ~4,600 positions: 5 s on an idle 2-core machine, so more time under load.
	it('refuses every single changed character', { timeout: 60_000 }, async () => {
		for (let i = 0; i < link.length; i++) {
			const changed = link.slice(0, i) + other(link[i] as string, i) + link.slice(i + 1);
			expect(await decodeModule(changed), `position ${i}`).toEqual(refused);
		}
	});

	it('refuses a change into any character a paste can bring', async () => {
		const unsafe = fc.constantFrom(
			'~',
			'.',
			'%',
			'+',
			'/',
			'=',
			'#',
			'é',
			'–',
			'\u00a0',
			'0',
			'l',
			'O'
		);
		await fc.assert(
			fc.asyncProperty(fc.nat(link.length - 1), unsafe, async (i, c) => {
				fc.pre(link[i] !== c);
				expect(await decodeModule(link.slice(0, i) + c + link.slice(i + 1))).toEqual(refused);
			}),
			{ numRuns: 200 }
		);
	});

	it('refuses the link cut short, at every point near its ends and a sample between', async () => {
		for (const n of sampled(link.length))
			if (n > 0) expect(await decodeModule(link.slice(0, n)), `first ${n}`).toEqual(refused);
	});

	it('refuses the link with one character dropped, near its ends and a sample between', async () => {
		for (const i of sampled(link.length)) {
			// Dropping one of a run of equal characters gives the same text: try the run once.
			if (link[i] === link[i - 1]) continue;
			expect(await decodeModule(link.slice(0, i) + link.slice(i + 1)), `without ${i}`).toEqual(
				refused
			);
		}
	});

	it('refuses a link with characters added, doubled or swapped', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.nat(link.length - 2),
				fc.constantFrom('A', 'x', '_', '9'),
				async (i, c) => {
					const added = link.slice(0, i) + c + link.slice(i);
					const swapped = link.slice(0, i) + link[i + 1] + link[i] + link.slice(i + 2);
					expect(await decodeModule(added)).toEqual(refused);
					fc.pre(link[i] !== link[i + 1]);
					expect(await decodeModule(swapped)).toEqual(refused);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('refuses a whole link whose payload check does not match what it inflates to', async () => {
		const payload = new TextEncoder().encode(JSON.stringify(shipped));
		const forged = await envelope('1', payload, crcBytes('something else'));
		expect(await decodeModule(forged)).toEqual(refused);
	});
});

describe('fuzz: any text', () => {
	it('is refused with one sentence, never a throw', async () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.stringMatching(/^m[0-9a-z][A-Za-z0-9_-]{0,200}$/),
			fc.string({ unit: 'grapheme', maxLength: 100 }).map((s) => `m1${s}`),
			fc.nat(link.length).map((n) => link.slice(n) + link.slice(0, n))
		);
		await fc.assert(
			fc.asyncProperty(text, async (s) => {
				const got = await decodeModule(s);
				fc.pre(s !== link);
				expect(got.ok).toBe(false);
				if (!got.ok) expect(got.error).toMatch(/^[A-Z][^\n]*\.$/);
			}),
			{ numRuns: 400 }
		);
	});

	it('refuses random bytes behind a valid check without throwing', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 200 }),
				fc.uint8Array({ minLength: 4, maxLength: 4 }),
				async (bytes, crc) => {
					const { toBase64url } = await import('../../src/lib/module/base64url');
					const text = toBase64url(new Uint8Array([...crc, ...bytes]));
					const forged = `m1${toBase64url(crcBytes(`m1${text}`))}${text}`;
					const got = await decodeModule(forged);
					expect(got.ok).toBe(false);
				}
			),
			{ numRuns: 200 }
		);
	});
});

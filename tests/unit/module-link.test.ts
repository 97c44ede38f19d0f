import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { canonical } from '../../src/lib/bank/version';
import { GENERATOR_VERSION } from '../../src/lib/generate/version';
import { fromBase64url, toBase64url } from '../../src/lib/module/base64url';
import { moduleId } from '../../src/lib/module/id';
import {
	decodeModule,
	DAMAGED,
	encodeModule,
	MAX_LINK_CHARS,
	MAX_PAYLOAD_BYTES,
	moduleProblem,
	NEWER,
	NO_LINK,
	NOT_A_LINK,
	OTHER_GENERATOR,
	TOO_LARGE,
	UNREADABLE
} from '../../src/lib/module/link';
import type { ModuleData } from '../../src/lib/module/types';
import { arbModule, arbReview, crcBytes, envelope, textEnvelope } from './module-link-arbitraries';

const oneSentence = /^[A-Z][^\n]*[.!]$/;

const invented: ModuleData = {
	article:
		'# Harbour Figures Differ\n\n## The count\n\nPort officials said “at least 40 ships” waited. Élodie Marchetti 🚢 counted 55.\n',
	review: {
		fixes: [
			{
				target: 'speakers',
				match: { id: 'elodie-marchetti' },
				set: { role: 'Harbour Master' },
				reason: 'Her title is given later.'
			}
		]
	},
	generator: GENERATOR_VERSION,
	omit: ['q0000000001', 'qzzzzzzzzzz']
};

describe('round trips', () => {
	it('gives back any valid module exactly, with no warning for this generator', async () => {
		await fc.assert(
			fc.asyncProperty(arbModule, async (m) => {
				const link = await encodeModule(m);
				const got = await decodeModule(link);
				expect(got).toStrictEqual({
					ok: true,
					value: m,
					warning: m.generator === GENERATOR_VERSION ? null : OTHER_GENERATOR
				});
			}),
			{ numRuns: 150 }
		);
	});

	it('writes only characters an address keeps as they are, and reads the same from a URL', async () => {
		await fc.assert(
			fc.asyncProperty(arbModule, async (m) => {
				const link = await encodeModule(m);
				expect(link).toMatch(/^m1[A-Za-z0-9_-]+$/);
				const hash = new URL(`https://school.example/m/#${link}`).hash.slice(1);
				expect(hash).toBe(link);
			}),
			{ numRuns: 50 }
		);
	});

	it('carries a very long article of mixed scripts and emoji', async () => {
		const words = ['ship', 'Hafen', 'порт', '港口', 'λιμάνι', '🚢', '👩🏽‍🔧', 'e\u0301', '“forty”'];
		const article = Array.from({ length: 30_000 }, (_, i) => words[(i * 7) % words.length]).join(
			' '
		);
		const m = { ...invented, article };
		const got = await decodeModule(await encodeModule(m));
		expect(got.ok && got.value).toStrictEqual(m);
	});

	it('reads a link pasted with line breaks, spaces, mail quote marks or as a whole address', async () => {
		const link = await encodeModule(invented);
		const wrapped = link.match(/.{1,20}/g)!.join('\r\n> ');
		for (const pasted of [
			` ${link}\n`,
			`#${link}`,
			`https://school.example/crosscheck/m/#${link}`,
			wrapped,
			link.split('').join('\u200b'),
			`${link.slice(0, 30)}  \t ${link.slice(30)}`
		]) {
			expect(await decodeModule(pasted)).toStrictEqual({
				ok: true,
				value: invented,
				warning: null
			});
		}
	});
});

describe('the shipped article', () => {
	const article = readFileSync('questions/north-korean-troops/article.md', 'utf8');
	const review: unknown = JSON.parse(
		readFileSync('questions/north-korean-troops/review.json', 'utf8')
	);
	const committed = JSON.parse(readFileSync('questions/north-korean-troops/bank.json', 'utf8')) as {
		version: string;
		questions: { id: string }[];
	};

	it('rebuilds, from its link, the bank the site ships', async () => {
		const omit = committed.questions
			.slice(0, 3)
			.map((q) => q.id)
			.sort();
		const m = { article, review, generator: GENERATOR_VERSION, omit } as ModuleData;
		expect(moduleProblem(m)).toBeNull();
		const got = await decodeModule(await encodeModule(m));
		expect(got.ok).toBe(true);
		if (!got.ok) return;
		expect(got.warning).toBeNull();
		expect(got.value.omit).toEqual(omit);
		const { bank } = buildBank(got.value.article, {
			slug: 'north-korean-troops',
			review: got.value.review
		});
		expect(bank.version).toBe(committed.version);
		expect(moduleId(got.value)).toBe(moduleId(m));
	});
});

describe('refusals', () => {
	it('says a newer link is newer, when it is whole', async () => {
		for (const version of ['2', '9', 'a', 'z']) {
			const link = await textEnvelope(version, '{"anything":"a later format holds"}');
			expect(await decodeModule(link)).toEqual({ ok: false, error: NEWER });
		}
	});

	it('decodes a link made with another generator, with the warning', async () => {
		const m = { ...invented, generator: GENERATOR_VERSION + 1 };
		expect(await decodeModule(await encodeModule(m))).toStrictEqual({
			ok: true,
			value: m,
			warning: OTHER_GENERATOR
		});
	});

	it('stops decompressing past the size cap', async () => {
		const bomb = new Uint8Array(MAX_PAYLOAD_BYTES + 1).fill(0x20);
		const link = await envelope('1', bomb, crcBytes(' '.repeat(bomb.length)));
		expect(link.length).toBeLessThan(10_000);
		expect(await decodeModule(link)).toEqual({ ok: false, error: TOO_LARGE });
		expect(await decodeModule('m1'.padEnd(MAX_LINK_CHARS + 1, 'A'))).toEqual({
			ok: false,
			error: TOO_LARGE
		});
	});

	it('refuses a whole link whose contents are not a module', async () => {
		const payloads = [
			'not json',
			'{"article":5}',
			JSON.stringify({ ...invented, extra: 1 }),
			JSON.stringify({ ...invented, review: { fixes: [{ target: 'nobody' }] } }),
			JSON.stringify({ ...invented, generator: 0 }),
			JSON.stringify({ ...invented, omit: ['b', 'a'] }),
			JSON.stringify({ ...invented, article: ' \n' })
		];
		for (const p of payloads)
			expect(await decodeModule(await textEnvelope('1', p))).toEqual({
				ok: false,
				error: UNREADABLE
			});
	});

	it('tells what is not a module link at all from a damaged one', async () => {
		const link = await encodeModule(invented);
		for (const other of [
			'hello',
			'2jrqncung1v2zk4371',
			'CR18zsh9yh3.x',
			'%%%',
			'https://school.example/a/#2jrq'
		])
			expect(await decodeModule(other)).toEqual({ ok: false, error: NOT_A_LINK });
		for (const none of ['', '  \n ', '#', '#  '])
			expect(await decodeModule(none)).toEqual({ ok: false, error: NO_LINK });
		// The first letter lost or changed: still that link, damaged.
		for (const damaged of [link.slice(1), `n${link.slice(1)}`, `M${link.slice(1)}`])
			expect(await decodeModule(damaged)).toEqual({ ok: false, error: DAMAGED });
		expect(await decodeModule(undefined as unknown as string)).toEqual({
			ok: false,
			error: NO_LINK
		});
	});

	it('gives each refusal as one sentence', () => {
		for (const s of [DAMAGED, NEWER, NOT_A_LINK, NO_LINK, TOO_LARGE, UNREADABLE, OTHER_GENERATOR])
			expect(s).toMatch(oneSentence);
	});

	it('will not encode what it could not give back', async () => {
		const bad: Array<[Partial<ModuleData>, RegExp]> = [
			[{ article: '  ' }, /article is empty/],
			[{ article: 'x'.repeat(200_001) }, /longer than/],
			[{ review: { fixes: [{ target: 'quotes' }] } as never }, /review\.json/],
			[{ review: { fixes: [{ target: 'quotes', reason: 'why not', add: { n: NaN } }] } }, /JSON/],
			[{ generator: 1.5 }, /whole number/],
			[{ omit: ['q2', 'q1'] }, /ascending/],
			[{ omit: ['Not an id'] }, /ids/]
		];
		for (const [change, message] of bad) {
			const m = { ...invented, ...change } as ModuleData;
			expect(moduleProblem(m)).toMatch(message);
			await expect(encodeModule(m)).rejects.toThrow(message);
		}
	});
});

describe('base64url', () => {
	it('round-trips any bytes and refuses any text it would not write', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
				const text = toBase64url(bytes);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(text.length).toBe(Math.ceil((bytes.length * 8) / 6));
				expect(fromBase64url(text)).toEqual(bytes);
			})
		);
		// Set bits after the last byte, an impossible length, a character outside the alphabet.
		for (const bad of ['AB', 'A', 'AAAAA', 'AA=', 'A+A/']) expect(fromBase64url(bad)).toBeNull();
	});
});

describe('moduleId', () => {
	it('names the same article and corrections the same, however they were written', () => {
		const reordered: ModuleData = {
			...invented,
			generator: GENERATOR_VERSION + 3,
			omit: [],
			review: {
				fixes: [
					{
						reason: 'Her title is given later.',
						set: { role: 'Harbour Master' },
						match: { id: 'elodie-marchetti' },
						target: 'speakers'
					}
				]
			}
		};
		expect(moduleId(reordered)).toBe(moduleId(invented));
		expect(moduleId(invented)).toMatch(/^[0-9a-z]{10}$/);
	});

	it('tells apart different articles or corrections', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1 }),
				fc.string({ minLength: 1 }),
				arbReview,
				arbReview,
				(a, b, r, s) => {
					fc.pre(a !== b);
					expect(moduleId({ article: a, review: r })).not.toBe(moduleId({ article: b, review: r }));
					fc.pre(canonical(r) !== canonical(s));
					expect(moduleId({ article: a, review: r })).not.toBe(moduleId({ article: a, review: s }));
				}
			)
		);
	});
});

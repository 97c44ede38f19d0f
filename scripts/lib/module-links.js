// Module links (`/m/#m1…`), made the way the author page makes them (encodeModule, from
// src/lib/module/link.ts): the link the benchmark opens on /m/, and how long links get.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

/** The most bytes one QR code holds (version 40, lowest error correction, byte mode). */
export const QR_MAX_BYTES = 2953;

/**
 * @typedef {object} ModuleData what a module link carries (src/lib/module/types.ts)
 * @property {string} article
 * @property {unknown} review
 * @property {number} generator
 * @property {string[]} omit
 */

/**
 * @typedef {object} LinkLength
 * @property {string} name what the link holds
 * @property {number} chars characters after `#`
 * @property {number} payloadBytes the module as JSON, UTF-8, before compression
 * @property {number} qrCodes how many QR codes' worth the link is (1: it fits one)
 * @property {number} encodeMs
 * @property {number} decodeMs
 */

/** The link codec and the generator version, from the TypeScript sources. */
async function codec() {
	const [link, version] = await Promise.all([
		tsImport('../../src/lib/module/link.ts', import.meta.url),
		tsImport('../../src/lib/generate/version.ts', import.meta.url)
	]);
	return {
		/** @type {(m: ModuleData) => Promise<string>} */
		encodeModule: link.encodeModule,
		/** @type {(link: string) => Promise<{ ok: true } | { ok: false, error: string }>} */
		decodeModule: link.decodeModule,
		/** @type {number} */
		generator: version.GENERATOR_VERSION
	};
}

/**
 * A module as the author page shares it: the article, its corrections, this site's generator version
 * and no question left out.
 * @param {string} article
 * @param {unknown} review
 * @param {number} generator
 * @returns {ModuleData}
 */
const moduleOf = (article, review, generator) => ({ article, review, generator, omit: [] });

/** The shipped article with its corrections (questions/north-korean-troops), as text and JSON. */
function shipped() {
	const dir = 'questions/north-korean-troops';
	return {
		article: readFileSync(`${dir}/article.md`, 'utf8'),
		/** @type {unknown} */
		review: JSON.parse(readFileSync(`${dir}/review.json`, 'utf8'))
	};
}

/** The module link (the part after `#`) of the shipped article with its review.json. */
export async function shippedModuleLink() {
	const { encodeModule, generator } = await codec();
	const { article, review } = shipped();
	return encodeModule(moduleOf(article, review, generator));
}

/**
 * How long module links are: the shipped article with its corrections, the longest practice article
 * (tests/fixtures/practice, no corrections) and a one-word article (the shortest link there is).
 * Each link is decoded again, so a length is never that of a link that does not open.
 * @returns {Promise<LinkLength[]>}
 */
export async function moduleLinkLengths() {
	const { encodeModule, decodeModule, generator } = await codec();
	const practice = readdirSync('tests/fixtures/practice')
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) => ({ f, text: readFileSync(`tests/fixtures/practice/${f}`, 'utf8') }))
		.sort((a, b) => b.text.length - a.text.length);
	const longest = practice[0];
	if (!longest) throw new Error('tests/fixtures/practice has no article.');
	const { article, review } = shipped();
	const modules = [
		{ name: 'shipped article + review.json', m: moduleOf(article, review, generator) },
		{
			name: `longest practice article (${longest.f}), no corrections`,
			m: moduleOf(longest.text, { fixes: [] }, generator)
		},
		{ name: 'a one-word article, no corrections', m: moduleOf('Word.', { fixes: [] }, generator) }
	];
	/** @type {LinkLength[]} */
	const lengths = [];
	for (const { name, m } of modules) {
		const start = performance.now();
		const link = await encodeModule(m);
		const encoded = performance.now();
		const back = await decodeModule(link);
		const decoded = performance.now();
		if (!back.ok) throw new Error(`The module link of the ${name} does not open: ${back.error}`);
		lengths.push({
			name,
			chars: link.length,
			payloadBytes: new TextEncoder().encode(JSON.stringify(m)).length,
			qrCodes: Math.ceil(link.length / QR_MAX_BYTES),
			encodeMs: encoded - start,
			decodeMs: decoded - encoded
		});
	}
	return lengths;
}

/** @param {LinkLength} l @returns {string} one line for the terminal */
export function linkLengthLine(l) {
	const qr = l.qrCodes === 1 ? 'fits one QR code' : `${l.qrCodes} QR codes' worth`;
	return (
		`${l.name}: ${l.chars.toLocaleString('en')} characters after # (payload ` +
		`${l.payloadBytes.toLocaleString('en')} bytes, ${(l.chars / l.payloadBytes).toFixed(2)} of it; ` +
		`${qr}; encode ${l.encodeMs.toFixed(1)} ms, decode ${l.decodeMs.toFixed(1)} ms)`
	);
}

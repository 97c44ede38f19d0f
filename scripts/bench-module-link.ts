// How long module links are: the shipped article with its corrections, and the longest practice
// article (no corrections). Run with `npx tsx scripts/bench-module-link.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { GENERATOR_VERSION } from '../src/lib/generate/version';
import { decodeModule, encodeModule } from '../src/lib/module/link';

/** The most bytes one QR code holds (version 40, lowest error correction, byte mode). */
const QR_MAX_BYTES = 2953;

async function measure(name: string, article: string, review: unknown) {
	const m = { article, review, generator: GENERATOR_VERSION, omit: [] } as Parameters<
		typeof encodeModule
	>[0];
	const start = performance.now();
	const link = await encodeModule(m);
	const encoded = performance.now();
	const back = await decodeModule(link);
	const decoded = performance.now();
	if (!back.ok) throw new Error(`${name}: ${back.error}`);
	const text = new TextEncoder().encode(JSON.stringify(m)).length;
	const qr =
		link.length <= QR_MAX_BYTES
			? 'fits one QR code'
			: `${Math.ceil(link.length / QR_MAX_BYTES)} QR codes' worth`;
	console.log(
		`${name}: ${link.length} characters after #  (payload ${text} bytes, ${(link.length / text).toFixed(2)} of it; ${qr}; encode ${(encoded - start).toFixed(1)} ms, decode ${(decoded - encoded).toFixed(1)} ms)`
	);
}

const dir = 'questions/north-korean-troops';
await measure(
	'shipped article + review.json',
	readFileSync(`${dir}/article.md`, 'utf8'),
	JSON.parse(readFileSync(`${dir}/review.json`, 'utf8'))
);

const practice = readdirSync('tests/fixtures/practice')
	.filter((f) => f.endsWith('.md') && f !== 'README.md')
	.map((f) => ({ f, text: readFileSync(`tests/fixtures/practice/${f}`, 'utf8') }))
	.sort((a, b) => b.text.length - a.text.length);
const longest = practice[0]!;
await measure(`longest practice article (${longest.f}), no corrections`, longest.text, {
	fixes: []
});
await measure('a one-word article, no corrections', 'Word.', { fixes: [] });

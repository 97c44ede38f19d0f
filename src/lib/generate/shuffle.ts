import { cyrb53 } from './hash';

/** mulberry32: a tiny seeded PRNG, so a shuffle is the same on every run and every machine. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A Fisher–Yates shuffle seeded by `seed` (a question id): deterministic, and different per question. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
	const out = [...items];
	const random = mulberry32(cyrb53(seed));
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

import type { Choice } from '../generate/types';

/** A small deterministic PRNG (mulberry32), so an order depends only on its seed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function seedOf(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
}

/**
 * The order choices are shown in on a given try: the bank's order on the first, a reshuffle on each retry
 * (never the same order as the try before, when there is another). Choice ids never change.
 */
export function choiceOrder(
	choices: Choice[],
	questionId: string,
	attempt: number,
	fixed = false
): Choice[] {
	if (fixed || attempt === 0 || choices.length < 2) return choices;
	const previous = choiceOrder(choices, questionId, attempt - 1, fixed);
	const next = [...choices];
	const rand = random(seedOf(`${questionId}:${attempt}`));
	for (let tries = 0; tries < 5; tries++) {
		for (let i = next.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[next[i], next[j]] = [next[j]!, next[i]!];
		}
		if (next.some((c, i) => c.id !== previous[i]!.id)) break;
	}
	return next;
}

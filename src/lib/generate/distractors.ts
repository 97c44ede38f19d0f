import { tooClose } from './affiliation';
import type { Context } from './context';
import { mentions } from './evidence';
import { cyrb53 } from './hash';
import { normalize } from './text';

/** Most questions offer the answer and three distractors. */
export const MAX_DISTRACTORS = 3;

/**
 * Speaker ids that can stand beside the right answer(s) as wrong choices: none too close to a right
 * answer or to each other (see tooClose), none with the same name. Candidates are tried tier by tier
 * (callers put the most confusable first, e.g. other sources of the same figure); within a tier, speakers
 * from the question's section and its neighbours come first, then a stable pseudo-random order.
 */
export function pickSpeakers(
	ctx: Context,
	options: {
		rightIds: readonly string[];
		tiers: readonly (readonly string[])[];
		section: string;
		seed: string;
		exclude?: readonly string[];
		/**
		 * Sentences the answer rests on. A person named there beside an organisation answer (or the
		 * reverse) may be the one who speaks for it — “U.S. intelligence …, Defense Secretary Lloyd Austin
		 * confirmed” — so they are not offered.
		 */
		evidence?: readonly string[];
		/** Text the prompt shows (a quote): nobody it names is offered, or the choice would be a trap. */
		shown?: string;
		max?: number;
	}
): string[] {
	const evidenceText = (options.evidence ?? []).map((id) => ctx.sentenceText(id)).join(' ');
	const shown = options.shown ?? '';
	const max = options.max ?? MAX_DISTRACTORS;
	const right = options.rightIds.map((id) => ctx.speaker(id)).filter((s) => s !== undefined);
	const picked: string[] = [];
	const seen = new Set([...options.rightIds, ...(options.exclude ?? [])]);
	const sectionIndex = ctx.sectionIds.indexOf(options.section);
	for (const tier of options.tiers) {
		const ranked = [...new Set(tier)]
			.filter((id) => !seen.has(id))
			.map((id) => ({ id, distance: distance(ctx.speakerSections(id), sectionIndex) }))
			.sort(
				(a, b) =>
					a.distance - b.distance ||
					cyrb53(`${options.seed}|${a.id}`) - cyrb53(`${options.seed}|${b.id}`)
			);
		for (const { id } of ranked) {
			if (picked.length >= max) return picked;
			seen.add(id);
			const candidate = ctx.speaker(id);
			if (!candidate) continue;
			if (right.some((r) => r.kind !== candidate.kind) && mentions(evidenceText, candidate))
				continue;
			if (shown && mentions(shown, candidate)) continue;
			const clash = [...right, ...picked.map((p) => ctx.speaker(p)!)].some((s) =>
				tooClose(s, candidate)
			);
			if (!clash) picked.push(id);
		}
	}
	return picked;
}

/** How far (in sections) a speaker's nearest appearance is from the question's section. */
function distance(sections: number[], target: number): number {
	if (sections.length === 0 || target < 0) return Number.MAX_SAFE_INTEGER;
	return Math.min(...sections.map((s) => Math.abs(s - target)));
}

/**
 * Texts (figures, times, descriptions, quotes) that differ from every right answer and from each other
 * once normalised, in a stable order chosen by `seed`; `preferred` ones first.
 */
export function pickTexts(
	candidates: readonly string[],
	options: { right: readonly string[]; seed: string; max?: number; preferred?: readonly string[] }
): string[] {
	const max = options.max ?? MAX_DISTRACTORS;
	const taken = new Set(options.right.map(normalize));
	const preferred = new Set(options.preferred ?? []);
	const ordered = [...new Set(candidates)].sort(
		(a, b) =>
			Number(preferred.has(b)) - Number(preferred.has(a)) ||
			cyrb53(`${options.seed}|${a}`) - cyrb53(`${options.seed}|${b}`)
	);
	const picked: string[] = [];
	for (const text of ordered) {
		if (picked.length >= max) break;
		const key = normalize(text);
		if (!key || taken.has(key)) continue;
		taken.add(key);
		picked.push(text);
	}
	return picked;
}

import type { Choice } from '../generate/types';

/**
 * The order choices are shown in on a given try: the bank's order (already shuffled by the generator) on
 * the first, then rotated by one place on each retry, so no retry repeats the order before it. Choice ids
 * never change, so saved answers still apply.
 */
export function choiceOrder<C extends Pick<Choice, 'id'>>(
	choices: C[],
	attempt: number,
	fixed = false
): C[] {
	if (fixed || choices.length < 2) return choices;
	const shift = attempt % choices.length;
	return [...choices.slice(shift), ...choices.slice(0, shift)];
}

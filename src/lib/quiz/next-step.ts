import type { SectionState } from './state';

/** Where the home page's main button leads, and what it says: a section, or (null) the results. */
export interface NextStep {
	label: string;
	section: number | null;
}

/** From each section's state, in order: start at 1, go on to the first not done, or all done. */
export function nextStep(states: readonly SectionState[]): NextStep {
	const open = states.findIndex((s) => s !== 'done');
	if (states.every((s) => s === 'not-started'))
		return { label: 'Start reading section 1', section: 1 };
	return open < 0
		? { label: 'All sections done: see your results', section: null }
		: { label: `Continue with section ${open + 1}`, section: open + 1 };
}

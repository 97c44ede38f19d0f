import type { Known } from './store';

/** The bank's question ids by section, as the progress store needs them. */
export function knownFrom(sections: Array<{ id: string; questionIds: string[] }>): Known {
	return new Map(sections.map((s) => [s.id, new Set(s.questionIds)]));
}

import type { Fit } from './types';

/** A figure as a sentence names it: “U.S. officials’ 3,000 (as of Monday)”. */
export interface Named {
	sourceName: string;
	text: string;
	asOf: string | null;
}

const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/** “Freedonia’s “about 300” (as of Monday)”: whose figure, as written, and when it was given. */
export function namedFigure(f: Named): string {
	return `${possessive(f.sourceName)} “${f.text}”${f.asOf ? ` (as of ${f.asOf})` : ''}`;
}

/** The condition every “cannot both be right” depends on: counts often differ in what or when. */
const SAME_THING = 'if both count the same thing at the same time';

/**
 * How another source's figure fits with this one, in a short sentence for a 14-year-old (the reason is
 * in `pairLine`, under the chart): “Can be right together with Freedonia’s “about 300”.” Never
 * “disputed” where a question's answer says both can be right.
 */
export function rivalLine(rival: Named & { fit: Fit }): string {
	const other = namedFigure(rival);
	switch (rival.fit) {
		case 'both':
			return `Can be right together with ${other}.`;
		case 'not-both':
			return `Cannot be right together with ${other}, ${SAME_THING}.`;
		case 'unclear':
			return `May or may not fit with ${other}.`;
	}
}

/** Two figures of one quantity and how they fit, for the list under a chart. */
export function pairLine(a: Named, b: Named, fit: Fit, why: string): string {
	const both = `${namedFigure(a)} and ${namedFigure(b)}`;
	switch (fit) {
		case 'both':
			return `${both} can both be right: ${why}.`;
		case 'not-both':
			return `${both} cannot both be right, ${SAME_THING}: ${why}.`;
		case 'unclear':
			return `${both} may or may not both be right: ${why}.`;
	}
}

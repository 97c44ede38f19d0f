/**
 * What a SCORM package tells its pages, in a `<meta name="crosscheck-scorm">` the export writes into
 * every page it packs: the assignment's progress key and sections, how many questions it asks and
 * the teacher's mastery score. A page without the meta is an ordinary page of the site.
 */
export const CONFIG_META = 'crosscheck-scorm';

export interface PackageConfig {
	/** The localStorage key of the assignment's progress (progressKey of its article and scope). */
	key: string;
	/** Section ids of the assignment, in order. */
	sections: string[];
	/** Questions asked, over all its sections. */
	total: number;
	/** Percent right to pass (0–100), or null: then finishing completes it. */
	mastery: number | null;
}

const isPercent = (x: unknown): x is number =>
	Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100;

/** The config in a meta's content, or null when there is none or it is not one. Never throws. */
export function readConfig(content: string | null | undefined): PackageConfig | null {
	if (!content) return null;
	let x: unknown;
	try {
		x = JSON.parse(content);
	} catch {
		return null;
	}
	if (typeof x !== 'object' || x === null) return null;
	const c = x as Record<string, unknown>;
	const sections = c.sections;
	if (
		typeof c.key !== 'string' ||
		!Array.isArray(sections) ||
		!sections.every((s) => typeof s === 'string') ||
		!Number.isInteger(c.total) ||
		(c.total as number) < 1 ||
		!(c.mastery === null || isPercent(c.mastery))
	)
		return null;
	return {
		key: c.key,
		sections: sections as string[],
		total: c.total as number,
		mastery: c.mastery
	};
}

/** How far the assignment is, from its stored progress: first-check results count, as in a hand-in. */
export function tally(
	sections: Record<string, { first: Record<string, boolean> | null } | undefined>,
	config: Pick<PackageConfig, 'sections' | 'total'>
): { right: number; answered: number; total: number } {
	let right = 0;
	let answered = 0;
	for (const id of config.sections) {
		const first = sections[id]?.first;
		if (!first) continue;
		const results = Object.values(first);
		answered += results.length;
		right += results.filter(Boolean).length;
	}
	// A bank changed under the package could make these disagree; never report more than asked.
	return {
		right: Math.min(right, config.total),
		answered: Math.min(answered, config.total),
		total: config.total
	};
}

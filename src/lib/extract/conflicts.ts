/**
 * Pass 5: conflicts — estimates of one quantity from different sources that disagree. A figure a source
 * only repeats (`citedFrom`) is not a rival, and neither is one whose source is left for review.
 */
import { ARTICLE_SOURCE, type Conflict, type Estimate } from './types';

export function findConflicts(estimates: readonly Estimate[]): Conflict[] {
	const groups = new Map<string, Estimate[]>();
	for (const e of estimates) {
		if (e.source === null || e.source === ARTICLE_SOURCE || e.citedFrom || !e.quantity) continue;
		groups.set(e.quantity, [...(groups.get(e.quantity) ?? []), e]);
	}
	const conflicts: Conflict[] = [];
	for (const [quantity, group] of groups) {
		// One figure per source (its first), and figures of the same order of magnitude.
		const bySource = new Map<string, Estimate>();
		for (const e of group) if (!bySource.has(e.source!)) bySource.set(e.source!, e);
		const picked = [...bySource.values()];
		const values = picked.map((e) => Math.abs(e.value));
		if (picked.length < 2 || Math.max(...values) / Math.max(Math.min(...values), 1e-9) > 50)
			continue;
		if (new Set(picked.map((e) => `${e.value}/${e.low}/${e.high}`)).size < 2) continue;
		conflicts.push({
			id: `c${conflicts.length + 1}`,
			quantity,
			estimates: picked.map((e) => e.id),
			origin: 'extracted'
		});
	}
	return conflicts;
}

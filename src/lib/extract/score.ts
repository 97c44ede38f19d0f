import type { Claims } from './types';

/** The practice set's gold annotation (see its README); only the fields the score reads. */
export interface Gold {
	speakers: Array<{ id: string; name: string }>;
	quotes: Array<{ text: string; speaker: string; section: number }>;
	estimates: Array<{ text: string; source: string; citedFrom: string | null; section: number }>;
}

export interface Score {
	quotes: { gold: number; found: number; matched: number; attributed: number };
	estimates: { gold: number; found: number; matched: number; sourced: number };
	misses: string[];
}

/** Names compare without case, a leading “the”, possessive marks or punctuation. */
export function sameName(a: string, b: string): boolean {
	const n = (s: string) =>
		s
			.toLowerCase()
			.replace(/[’‘`]/g, "'")
			.replace(/^the\s+/, '')
			.replace(/'s\b|'/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	return n(a) === n(b);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Scores extracted claims against gold: quotes match by exact text, estimates by text (case aside) and
 * section; each gold item matches at most one extracted item. Attribution and source accuracy are over
 * matched items.
 */
export function scoreClaims(claims: Claims, gold: Gold, sectionIds: string[]): Score {
	const misses: string[] = [];
	const nameOf = (id: string) => claims.speakers.find((s) => s.id === id)?.name ?? id;
	const goldName = (id: string) => gold.speakers.find((s) => s.id === id)?.name ?? id;

	const freeQuotes = [...claims.quotes];
	let qMatched = 0;
	let attributed = 0;
	for (const g of gold.quotes) {
		const i = freeQuotes.findIndex((q) => squash(q.text) === squash(g.text));
		if (i < 0) {
			misses.push(`quote missed: “${g.text}”`);
			continue;
		}
		const [q] = freeQuotes.splice(i, 1);
		qMatched++;
		if (sameName(nameOf(q!.speaker), goldName(g.speaker))) attributed++;
		else
			misses.push(
				`quote “${g.text.slice(0, 50)}…” credited to ${nameOf(q!.speaker)}, not ${goldName(g.speaker)}`
			);
	}
	for (const q of freeQuotes) misses.push(`not a quote: “${q.text}”`);

	const freeEstimates = [...claims.estimates];
	let eMatched = 0;
	let sourced = 0;
	for (const g of gold.estimates) {
		const section = sectionIds[g.section];
		const same = (e: Claims['estimates'][number]) => e.text.toLowerCase() === g.text.toLowerCase();
		let i = freeEstimates.findIndex((e) => same(e) && e.section === section);
		if (i < 0) i = freeEstimates.findIndex(same);
		if (i < 0) {
			misses.push(`estimate missed: ${g.text} (${g.source})`);
			continue;
		}
		const [e] = freeEstimates.splice(i, 1);
		eMatched++;
		const source = e!.source === 'article' ? 'the article' : nameOf(e!.source);
		if (sameName(source, g.source)) sourced++;
		else misses.push(`estimate ${g.text} credited to ${source}, not ${g.source}`);
	}
	// Gold lists only credited figures, so a figure left to the article itself is out of its scope;
	// one credited to a source that gold does not list is a false estimate.
	const outOfScope = freeEstimates.filter((e) => e.source === 'article').length;
	for (const e of freeEstimates)
		if (e.source !== 'article') misses.push(`not an estimate: ${e.text}`);

	return {
		quotes: {
			gold: gold.quotes.length,
			found: claims.quotes.length,
			matched: qMatched,
			attributed
		},
		estimates: {
			gold: gold.estimates.length,
			found: claims.estimates.length - outOfScope,
			matched: eMatched,
			sourced
		},
		misses
	};
}

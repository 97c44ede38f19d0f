/**
 * Scores extracted claims against a gold annotation (the practice set's format; see
 * tests/fixtures/practice/README.md). Measurement only: nothing here feeds extraction.
 */

/** A claim list the scorer can read: today's claims, or an older extractor's. */
export interface ScoredClaims {
	speakers: ReadonlyArray<{ id: string; name: string }>;
	quotes: ReadonlyArray<{ text: string; speaker: string | null }>;
	estimates: ReadonlyArray<{ id: string; text: string; source: string | null; section: string }>;
	conflicts?: ReadonlyArray<{ estimates: readonly string[] }>;
}

/** The gold annotation; only the fields the score reads. */
export interface Gold {
	speakers: Array<{ id: string; name: string; aliases?: string[] }>;
	quotes: Array<{ text: string; speaker: string; section: number }>;
	estimates: Array<{ text: string; source: string; citedFrom: string | null; section: number }>;
	conflicts?: Array<{ quantity: string; estimates: number[] }>;
}

export interface Score {
	/** `attributed`: matched quotes given a speaker (not abstained); `right`: given the gold speaker. */
	quotes: { gold: number; found: number; matched: number; attributed: number; right: number };
	/** `sourced`: matched figures given a source (the article's own counts as one); `right`: the gold one. */
	estimates: { gold: number; found: number; matched: number; sourced: number; right: number };
	/** `found`: gold conflicts that an extracted conflict recovers; `extracted` / `matched`: the other way. */
	conflicts: { gold: number; found: number; extracted: number; matched: number };
	misses: string[];
	/**
	 * For each extracted quote and figure (by index in the claim lists): `right` or `wrong` against gold,
	 * `extra` when gold has no such claim, null when unmatched-and-uncredited or abstained.
	 */
	verdicts?: { quotes: Verdict[]; estimates: Verdict[] };
}

export type Verdict = 'right' | 'wrong' | 'extra' | null;

export const emptyScore = (): Score => ({
	quotes: { gold: 0, found: 0, matched: 0, attributed: 0, right: 0 },
	estimates: { gold: 0, found: 0, matched: 0, sourced: 0, right: 0 },
	conflicts: { gold: 0, found: 0, extracted: 0, matched: 0 },
	misses: []
});

/** Adds `b`'s counts into `a` (micro-averaging: totals over claims, not a mean of ratios). */
export function addScore(a: Score, b: Score): Score {
	for (const group of ['quotes', 'estimates', 'conflicts'] as const) {
		const into = a[group] as unknown as Record<string, number>;
		const from = b[group] as unknown as Record<string, number>;
		for (const k of Object.keys(from)) into[k] = (into[k] ?? 0) + from[k]!;
	}
	a.misses.push(...b.misses);
	return a;
}

/**
 * Names compare without case, a leading “the” or honorific, possessive marks or punctuation; a name of
 * three words or more also matches a longer form that ends in it (“Policy Research Centre” for “the
 * Urban Policy Research Centre”), and a full name matches it with a title before it (“Rep. Ana Vos”).
 */
/** Titles the scorer ignores before a full name; its own list, so the scorer does not move with the rules. */
const SCORED_TITLES = new Set(
	'rep sen gov mayor president minister secretary senator representative governor judge sheriff inspector detective commissioner commander captain general colonel lieutenant major sergeant admiral rear vice deputy chief prime foreign defence defense state dr prof mr mrs ms'.split(
		' '
	)
);

export function sameName(a: string, b: string): boolean {
	const n = (s: string) =>
		s
			.toLowerCase()
			.replace(/[’‘`]/g, "'")
			.replace(/^the\s+/, '')
			.replace(/^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/, '')
			.replace(/'s\b|'/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	const [x, y] = [n(a), n(b)].sort((p, q) => p.length - q.length) as [string, string];
	if (x === y || (x.split(' ').length >= 3 && y.endsWith(` ${x}`))) return true;
	// “Rep. Ana Vos” for “Ana Vos”: a full name with only a title before it.
	if (x.split(' ').length < 2 || !y.endsWith(` ${x}`)) return false;
	const extra = y.slice(0, -x.length).trim().split(' ');
	return extra.every((w) => SCORED_TITLES.has(w));
}

/**
 * Whether an extracted name stands for a gold speaker: its name, or one of its aliases that no other
 * gold speaker shares (“Rask” for Sunniva Rask; not “the ministry” when two ministries speak).
 */
export function namesSpeaker(
	name: string,
	speaker: Gold['speakers'][number],
	all: Gold['speakers']
): boolean {
	if (sameName(name, speaker.name)) return true;
	const ownAlias = (speaker.aliases ?? []).some((a) => sameName(a, name));
	if (!ownAlias) return false;
	return !all.some(
		(o) =>
			o !== speaker && (sameName(o.name, name) || (o.aliases ?? []).some((a) => sameName(a, name)))
	);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Quotes match by exact text, figures by text (case aside), preferring the same section; each gold item
 * matches at most one extracted item. A quote with a null speaker, or a figure with a null source, is an
 * abstention: it counts against coverage, never against precision.
 */
export function scoreClaims(claims: ScoredClaims, gold: Gold, sectionIds: string[]): Score {
	const misses: string[] = [];
	const nameOf = (id: string) => claims.speakers.find((s) => s.id === id)?.name ?? id;
	const goldSpeaker = (id: string) => gold.speakers.find((s) => s.id === id);
	const goldBySource = (source: string) => gold.speakers.find((s) => sameName(s.name, source));

	const quoteVerdicts: Verdict[] = claims.quotes.map((x) => (x.speaker === null ? null : 'extra'));
	const estimateVerdicts: Verdict[] = claims.estimates.map((x) =>
		x.source === null || x.source === 'article' ? null : 'extra'
	);
	const freeQuotes = [...claims.quotes];
	const q = {
		gold: gold.quotes.length,
		found: claims.quotes.length,
		matched: 0,
		attributed: 0,
		right: 0
	};
	for (const g of gold.quotes) {
		const i = freeQuotes.findIndex((x) => squash(x.text) === squash(g.text));
		if (i < 0) {
			misses.push(`quote missed: “${g.text}”`);
			continue;
		}
		const [x] = freeQuotes.splice(i, 1);
		q.matched++;
		const want = goldSpeaker(g.speaker);
		const wantName = want?.name ?? g.speaker;
		if (x!.speaker === null) {
			misses.push(`quote “${g.text.slice(0, 50)}…” left for review (${wantName})`);
			continue;
		}
		q.attributed++;
		const got = nameOf(x!.speaker);
		const right = want ? namesSpeaker(got, want, gold.speakers) : sameName(got, wantName);
		quoteVerdicts[claims.quotes.indexOf(x!)] = right ? 'right' : 'wrong';
		if (right) q.right++;
		else misses.push(`quote “${g.text.slice(0, 50)}…” credited to ${got}, not ${wantName}`);
	}
	for (const x of freeQuotes) misses.push(`not a quote: “${x.text}”`);

	const freeEstimates = [...claims.estimates];
	const matchedIds = new Map<number, string>();
	const e = { gold: gold.estimates.length, found: 0, matched: 0, sourced: 0, right: 0 };
	gold.estimates.forEach((g, index) => {
		const section = sectionIds[g.section];
		const same = (x: ScoredClaims['estimates'][number]) =>
			x.text.toLowerCase() === g.text.toLowerCase();
		let i = freeEstimates.findIndex((x) => same(x) && x.section === section);
		if (i < 0) i = freeEstimates.findIndex(same);
		if (i < 0) {
			misses.push(`estimate missed: ${g.text} (${g.source})`);
			return;
		}
		const [x] = freeEstimates.splice(i, 1);
		matchedIds.set(index, x!.id);
		e.matched++;
		if (x!.source === null) {
			misses.push(`estimate ${g.text} left for review (${g.source})`);
			return;
		}
		e.sourced++;
		const got = x!.source === 'article' ? 'the article' : nameOf(x!.source);
		const want = goldBySource(g.source);
		const right = want ? namesSpeaker(got, want, gold.speakers) : sameName(got, g.source);
		estimateVerdicts[claims.estimates.indexOf(x!)] = right ? 'right' : 'wrong';
		if (right) e.right++;
		else misses.push(`estimate ${g.text} credited to ${got}, not ${g.source}`);
	});
	// Gold lists only credited figures, so a figure left to the article itself is out of its scope;
	// one credited to a source that gold does not list is a false estimate.
	const outOfScope = freeEstimates.filter(
		(x) => x.source === 'article' || x.source === null
	).length;
	e.found = claims.estimates.length - outOfScope;
	for (const x of freeEstimates)
		if (x.source !== 'article' && x.source !== null) misses.push(`not an estimate: ${x.text}`);

	// Conflicts: an extracted conflict recovers a gold one when two of its figures are that conflict's.
	const goldConflicts = gold.conflicts ?? [];
	const extracted = claims.conflicts ?? [];
	const members = goldConflicts.map(
		(c) => new Set(c.estimates.map((i) => matchedIds.get(i)).filter((id) => id !== undefined))
	);
	const overlap = (ids: readonly string[], set: Set<string>) =>
		ids.filter((id) => set.has(id)).length;
	const c = { gold: goldConflicts.length, found: 0, extracted: extracted.length, matched: 0 };
	goldConflicts.forEach((g, i) => {
		if (extracted.some((x) => overlap(x.estimates, members[i]!) >= 2)) c.found++;
		else misses.push(`conflict missed: ${g.quantity}`);
	});
	for (const x of extracted) {
		if (members.some((set) => overlap(x.estimates, set) >= 2)) c.matched++;
		else misses.push(`not a conflict: ${x.estimates.join(', ')}`);
	}

	return {
		quotes: q,
		estimates: e,
		conflicts: c,
		misses,
		verdicts: { quotes: quoteVerdicts, estimates: estimateVerdicts }
	};
}

import { aliasesOf } from './aliases';
import type { MapEntry, Rival, SourcesMap } from './types';
import type { SectionConflict } from './section';

/** A conflict as a sources panel may show it: the figures it may show, and where the others are. */
export interface ConflictView {
	shown: SectionConflict['marks'];
	/** How each two shown figures fit: never a statement about a figure held back. */
	pairs: SectionConflict['pairs'];
	/** Sections, in order, whose figures for this quantity are held back until they are settled. */
	heldBack: number[];
}

/**
 * The part of a conflict that a section's panel shows: the figures of that section and of every settled
 * section; for the others only the section number (“another source gives a figure in section 4”), so the
 * panel of section 2 never answers section 4's questions before the student has done them.
 */
export function conflictView(
	conflict: SectionConflict,
	section: number,
	settled: (n: number) => boolean
): ConflictView {
	const open = (n: number) => n === section || settled(n);
	const shown = conflict.marks.filter((m) => open(m.ref.section));
	const ids = new Set(shown.map((m) => m.id));
	return {
		shown,
		pairs: conflict.pairs.filter((p) => ids.has(p.a) && ids.has(p.b)),
		heldBack: [...new Set(conflict.marks.map((m) => m.ref.section).filter((n) => !open(n)))].sort(
			(a, b) => a - b
		)
	};
}

/**
 * The other sources' figures a panel may set beside one of its own: those of this section and of
 * settled ones. “Can be right together with …” about a figure held back would answer its questions.
 */
export function shownRivals(
	rivals: readonly Rival[],
	section: number,
	settled: (n: number) => boolean
): Rival[] {
	return rivals.filter((r) => r.ref.section === section || settled(r.ref.section));
}

/** An entry with only the rivals of settled sections (a figure's fit with one held back is an answer). */
function settledEntry(entry: MapEntry, settled: (n: number) => boolean): MapEntry {
	return entry.kind === 'figure'
		? { ...entry, rivals: entry.rivals.filter((r) => settled(r.ref.section)) }
		: entry;
}

/** The part of the sources map that the sections a reader has settled state, and what is left out. */
export interface SettledMap {
	map: SourcesMap;
	/** Sections not yet settled, in order: their claims are left out. */
	heldBack: number[];
	/** Disputes drawn only when every figure in them is from a settled section: the others' quantities. */
	disputesHeldBack: string[];
}

/**
 * The sources map cut to settled sections: each source with its entries from them, the timeline's events
 * from them, and only the disputes whose every figure is from them — a chart's axis would hint at a
 * figure left out (“15,000” for one of about 12,000).
 */
export function settledMap(
	map: SourcesMap,
	sections: readonly number[],
	settled: (n: number) => boolean
): SettledMap {
	const ok = (ref: { section: number }) => settled(ref.section);
	const groups = map.groups
		.map((g) => ({
			...g,
			sources: g.sources
				.map((s) => {
					const entries = s.entries.filter((e) => ok(e.ref)).map((e) => settledEntry(e, settled));
					return { ...s, entries, aliases: aliasesOf(entries) };
				})
				.filter((s) => s.entries.length > 0)
		}))
		.filter((g) => g.sources.length > 0);
	const series = map.series.filter((s) => s.marks.every((m) => ok(m.ref)));
	return {
		map: { ...map, groups, series, timeline: map.timeline.filter((e) => ok(e.ref)) },
		heldBack: sections.filter((n) => !settled(n)),
		disputesHeldBack: map.series.filter((s) => !series.includes(s)).map((s) => s.counts)
	};
}

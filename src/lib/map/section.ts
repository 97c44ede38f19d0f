import { aliasesOf } from './aliases';
import { headPhrase } from './same-source';
import type { EstimateMark, FigurePair, MapEntry, SourcesMap } from './types';

/** One source with only what it claims in one section. */
export interface SectionSource {
	id: string;
	name: string;
	role: string;
	/** Other names the article gives it in this section (`Freedonian intelligence`). */
	aliases: string[];
	/** The country or organisation it speaks for, when that is not its own name. */
	group: string;
	entries: MapEntry[];
}

/** A conflict one of whose estimates is in the section, with every competing estimate. */
export interface SectionConflict {
	id: string;
	counts: string;
	marks: Array<
		Pick<EstimateMark, 'id' | 'text' | 'mark' | 'sourceName' | 'citedFrom' | 'asOf' | 'ref'>
	>;
	pairs: FigurePair[];
}

/** What a section's sources panel shows: its sources' claims and the conflicts it takes part in. */
export interface SectionSources {
	section: number;
	/** Every section's id, by number − 1: the panel asks the learner's progress which are done. */
	sectionIds: string[];
	sources: SectionSource[];
	conflicts: SectionConflict[];
}

/**
 * The part of the sources map that one section states, for the panel after its questions: each source
 * with its entries in that section (the map's order), and every conflict with an estimate in the section,
 * with all its figures: which of the other sections' figures the panel may show depends on the
 * learner's progress (`conflictView` in reveal.ts).
 */
export function sectionSources(
	map: SourcesMap,
	section: number,
	sectionIds: string[]
): SectionSources {
	const sources: SectionSource[] = [];
	for (const group of map.groups)
		for (const source of group.sources) {
			const entries = source.entries.filter((e) => e.ref.section === section);
			if (entries.length === 0) continue;
			sources.push({
				id: source.id,
				name: source.name,
				role: source.role,
				aliases: aliasesOf(entries),
				group: headPhrase(group.label) === headPhrase(source.name) ? '' : group.label,
				entries
			});
		}
	const conflicts = map.series
		.filter((s) => s.marks.some((m) => m.ref.section === section))
		.map((s) => ({
			id: s.id,
			counts: s.counts,
			marks: s.marks.map(({ id, text, mark, sourceName, citedFrom, asOf, ref }) => ({
				id,
				text,
				mark,
				sourceName,
				citedFrom,
				asOf,
				ref
			})),
			pairs: s.pairs
		}));
	return { section, sectionIds, sources, conflicts };
}

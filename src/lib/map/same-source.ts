import type { Speaker } from '../extract/types';
import { placeOf } from '../extract/places';

/**
 * Which of an article's speakers are one source under several names, by general rules of news English:
 * a country's generic bodies speak for the country (“Freedonian officials” and “Freedonia”), and a
 * phrase is the same source whatever its capital letters or leading determiner (“other analysts”,
 * “Other analysts”, “some other analysts”). People are never merged by these rules: the extractor
 * already joins a person's names (“Ana Ruiz”, “Ruiz”).
 */

/** Nouns for a country's institutions in general, not a named one (“intelligence”, not “the FBI”). */
const BODY_NOUNS = new Set([
	'intelligence',
	'intelligence agencies',
	'intelligence services',
	'officials',
	'government',
	'authorities',
	'administration',
	'leadership'
]);

/** Words that only say how many or which of a group (“some”, “the”), not who. */
const LEADING = /^(?:(?:the|a|an|some|many|several|most|these|those|a few|a number of)\s+)+/i;

/** “Some other analysts” → “other analysts”: the phrase without case or leading determiners. */
export function headPhrase(name: string): string {
	return name.trim().replace(/\s+/g, ' ').replace(LEADING, '').toLowerCase();
}

/** A label that starts a row: its first letter a capital (“Other analysts”, “The Hague”). */
export function asLabel(name: string): string {
	const n = name.trim().replace(/\s+/g, ' ');
	return n.charAt(0).toUpperCase() + n.slice(1);
}

/**
 * The country a speaker is a generic body of (“Freedonian intelligence” → Freedonia, “U.N. officials”
 * → U.N.), when its name is just that country or its demonym and a body noun and the extractor says the
 * speaker speaks for that country; otherwise ''.
 */
export function countryOf(speaker: Speaker, places: Set<string>): string {
	if (speaker.kind !== 'organisation' || !speaker.org) return '';
	const words = speaker.name.trim().split(/\s+/);
	for (let cut = 1; cut < words.length && cut <= 2; cut++) {
		const modifier = words.slice(0, cut).join(' ');
		const noun = words.slice(cut).join(' ').toLowerCase();
		if (!BODY_NOUNS.has(noun)) continue;
		const place = modifier === speaker.org ? modifier : placeOf(modifier, places);
		if (place === speaker.org) return place;
	}
	return '';
}

/** One source under all its names: the speakers it is made of and the name it goes by. */
export interface SourceIdentity {
	/** The member whose id the merged source keeps: the one named by the source's own name, or the first. */
	id: string;
	name: string;
	members: Speaker[];
}

/**
 * The speakers, merged into sources, each speaker mapped to its source. `speakers` in the order the map
 * lists them (first credited first); a source keeps that order and is named by the member whose name is
 * the shared one (the country itself, or the phrase without its determiner), else by the shared name.
 */
export function sameSources(speakers: readonly Speaker[]): Map<string, SourceIdentity> {
	const places = new Set(
		speakers.flatMap((s) => [s.org, s.kind === 'organisation' ? s.name : '']).filter(Boolean)
	);
	const byKey = new Map<string, { shared: string; members: Speaker[] }>();
	for (const s of speakers) {
		const country = countryOf(s, places);
		// People keep their own id as their key: two people may share a name.
		const key = s.kind === 'person' ? `person:${s.id}` : headPhrase(country || s.name);
		const entry = byKey.get(key) ?? {
			shared: country || s.name.trim().replace(LEADING, ''),
			members: []
		};
		entry.members.push(s);
		byKey.set(key, entry);
	}
	const out = new Map<string, SourceIdentity>();
	for (const [key, { shared, members }] of byKey) {
		// Named by the member whose name is the shared phrase itself (“other analysts”, not “some …”).
		const own =
			members.find((m) => m.name.trim().toLowerCase() === key) ??
			members.find((m) => headPhrase(m.name) === key);
		const identity: SourceIdentity = {
			id: (own ?? members[0]!).id,
			name: asLabel(own?.name ?? (members[0]!.kind === 'person' ? members[0]!.name : shared)),
			members
		};
		for (const m of members) out.set(m.id, identity);
	}
	return out;
}

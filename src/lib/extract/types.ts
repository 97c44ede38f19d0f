/**
 * Claims: what an article says and who it credits, extracted from the parsed article (src/lib/extract)
 * and corrected by questions/<slug>/review.json. Questions are generated from these (src/lib/generate).
 * Every claim points at its evidence: the ids of the sentences that state it (`p7s1`).
 */

/** Who produced a claim: the extractor's rules, or a person's correction in review.json. */
export type Origin = 'extracted' | 'reviewed';

/** The source id used when the article states a figure or an event on its own authority. */
export const ARTICLE_SOURCE = 'article';

export interface Speaker {
	/** Slug of the canonical name, unique in the article (`kim-yong-hyun`, `ukrainian-intelligence`). */
	id: string;
	/** The fullest form the article gives (`Kim Yong-hyun`, `Ukrainian intelligence`). */
	name: string;
	kind: 'person' | 'organisation';
	/** Job or title (`Defense Minister`); `organisation` for an institution credited as such. */
	role: string;
	/** Organisation or country the speaker belongs to or speaks for; '' for private citizens. */
	org: string;
	/** Other verbatim references to the same speaker (surname, title + surname, a later title). */
	aliases: string[];
	/** Sentences where the speaker is named or described. */
	evidence: string[];
	origin: Origin;
}

/** How an attribution was made: the rules that made it (joined by “+”) and how sure they are, 0–1. */
export interface Attributed {
	rule: string;
	confidence: number;
}

export interface Quote extends Attributed {
	id: string;
	/** Exactly the characters between one pair of outer quote marks. */
	text: string;
	/** Speaker id, or null when the extractor was not sure enough and a person must decide. */
	speaker: string | null;
	/** The sentence the quote starts in. */
	sentence: string;
	/** Every sentence the quote and its attribution touch, in order. */
	evidence: string[];
	/** Section id. */
	section: string;
	/** `partial`: a few quoted words inside the writer's own sentence (“in contact”). */
	kind: 'full' | 'partial';
	origin: Origin;
}

/** Indirect speech: a claim credited to a source without quote marks. */
export interface Paraphrase {
	id: string;
	/** The reported clause as written (`the troops were part of North Korea’s special operations force`). */
	text: string;
	speaker: string;
	sentence: string;
	section: string;
	origin: Origin;
}

export interface Estimate extends Attributed {
	id: string;
	/** The hedge plus the number as written, without the counted noun (`at least 1,500`). */
	text: string;
	value: number;
	/** Lower bound (`at least`, ranges), or null. */
	low: number | null;
	/** Upper bound (`nearly`, `up to`, ranges), or null. */
	high: number | null;
	/** The qualifier as written (`roughly`), or null for a bare number or a range. */
	hedge: string | null;
	/** What is counted, as written (`North Korean soldiers`). */
	counts: string;
	/** A normalised key: estimates with the same key measure the same quantity. */
	quantity: string;
	/** Speaker id, ARTICLE_SOURCE when nobody is credited, or null when a person must decide. */
	source: string | null;
	/** Speaker id of the original source when `source` only repeats its figure; else null. */
	citedFrom: string | null;
	sentence: string;
	section: string;
	origin: Origin;
}

export interface ClaimEvent {
	id: string;
	/** What happened, in the article's words. */
	what: string;
	/** The time as written (`between October 8 and 13`, `Thursday`). */
	when: string;
	/** Speaker id of who reported it, or null when the article states it on its own authority. */
	source: string | null;
	sentence: string;
	section: string;
	origin: Origin;
}

/** Estimates of the same quantity from different sources that disagree. */
export interface Conflict {
	id: string;
	quantity: string;
	/** Estimate ids, at least two, from different sources. */
	estimates: string[];
	origin: Origin;
}

/** Evaluative wording in the writer's own voice, credited to no source (`bloodthirsty war`). */
export interface AuthorVoice {
	id: string;
	text: string;
	sentence: string;
	section: string;
	origin: Origin;
}

export interface Claims {
	speakers: Speaker[];
	quotes: Quote[];
	paraphrases: Paraphrase[];
	estimates: Estimate[];
	events: ClaimEvent[];
	conflicts: Conflict[];
	authorVoice: AuthorVoice[];
}

/** A quote whose speaker is known (extracted above the threshold, or confirmed by a person). */
export type SettledQuote = Quote & { speaker: string };
/** A figure whose source is known: a speaker, or the article itself. */
export type SettledEstimate = Estimate & { source: string };

/** The claims a question or a map entry may rest on: what nobody has settled is left out. */
export interface SettledClaims extends Omit<Claims, 'quotes' | 'estimates'> {
	quotes: SettledQuote[];
	estimates: SettledEstimate[];
}

export function settledClaims(claims: Claims): SettledClaims {
	return {
		...claims,
		quotes: claims.quotes.filter((q): q is SettledQuote => q.speaker !== null),
		estimates: claims.estimates.filter((e): e is SettledEstimate => e.source !== null)
	};
}

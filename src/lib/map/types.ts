/**
 * The sources map: who claims what in one article, built from its claims (src/lib/extract/types.ts) by
 * buildSourcesMap. Plain data, small enough to travel as page data; every entry points at its sentence.
 */

/** Where an entry is stated: the sentence id (`p2s3`) and the number of the section page it is on. */
export interface SentenceRef {
	sentence: string;
	section: number;
}

/**
 * How a figure is bounded, read from its low/high/hedge: a bare number (`exact`), a lower bound
 * (`at-least`: at least, more than), an upper bound (`at-most`: nearly, under, fewer than, as many as),
 * a hedged figure without bounds (`approximate`: roughly, about, some), or a `range` (between … and …).
 */
export type MarkKind = 'exact' | 'at-least' | 'at-most' | 'approximate' | 'range';

/**
 * Whether two figures of one quantity can both be right if they count the same thing at the same time
 * (`fitOf` in src/lib/generate/fit.ts, which the “can both be right?” question uses too).
 */
export type Fit = 'both' | 'not-both' | 'unclear';

/** Another source's figure for the same quantity, and how it fits with this one. */
export interface Rival {
	id: string;
	text: string;
	sourceName: string;
	asOf: string | null;
	fit: Fit;
	/** The statement, as the map and the panel show it (fit-words.ts). */
	line: string;
	ref: SentenceRef;
}

export interface FigureEntry {
	kind: 'figure';
	id: string;
	/** The hedge and number as written (`at least 1,500`). */
	text: string;
	/** What is counted, as written (`North Korean soldiers`). */
	counts: string;
	mark: MarkKind;
	/** Name of the source whose figure this repeats, or null. */
	citedFrom: string | null;
	/** When the figure was given, as the article dates it (`Tuesday`); null when it does not say. */
	asOf: string | null;
	/** Other sources' figures for the same quantity, in article order (empty when none). */
	rivals: Rival[];
	/** The name the article gives the source here, when it is not the source's name (`… intelligence`). */
	namedAs: string | null;
	ref: SentenceRef;
}

export interface DateEntry {
	kind: 'date';
	id: string;
	/** The time as written (`between October 8 and 13`). */
	when: string;
	what: string;
	namedAs: string | null;
	ref: SentenceRef;
}

export interface QuoteEntry {
	kind: 'quote';
	id: string;
	text: string;
	/** A short quote: a few quoted words inside the writer's own sentence. */
	partial: boolean;
	namedAs: string | null;
	ref: SentenceRef;
}

export interface ParaphraseEntry {
	kind: 'paraphrase';
	id: string;
	text: string;
	namedAs: string | null;
	ref: SentenceRef;
}

/** Evaluative wording in the writer's own voice (only under the article's own row). */
export interface VoiceEntry {
	kind: 'voice';
	id: string;
	text: string;
	namedAs: string | null;
	ref: SentenceRef;
}

export type MapEntry = FigureEntry | DateEntry | QuoteEntry | ParaphraseEntry | VoiceEntry;

/** One source with what it claims: entries grouped by kind (figures, dates, quotes, paraphrases, voice),
 *  each kind in article order. */
export interface MapSource {
	/** Speaker id, or ARTICLE_SOURCE for the article's own voice. */
	id: string;
	name: string;
	/** Role or description (`South Korean Defense Minister`), '' when the article gives none. */
	role: string;
	/** Other names the article gives the same source (`Freedonian intelligence` for Freedonia). */
	aliases: string[];
	entries: MapEntry[];
}

/** Sources that speak for the same country or organisation, in order of first appearance. */
export interface SourceGroup {
	/** The org (`South Korea`), or the speaker's own name when it has none. */
	label: string;
	sources: MapSource[];
}

export interface EstimateMark {
	/** Estimate id. */
	id: string;
	text: string;
	mark: MarkKind;
	/** The figure as a number; for a range, its middle (not drawn). */
	value: number;
	low: number | null;
	high: number | null;
	source: string;
	sourceName: string;
	citedFrom: string | null;
	asOf: string | null;
	/** Positions on the axis as fractions of its length (0 = zero, 1 = the axis maximum): the mark's
	 *  point, and the extent of its line or bar (`from` = `to` = `at` for a point). */
	at: number;
	from: number;
	to: number;
	ref: SentenceRef;
}

export interface AxisTick {
	value: number;
	/** Fraction of the axis length. */
	at: number;
	label: string;
}

/** Two figures of a series (mark ids) and whether they can both be right. */
export interface FigurePair {
	a: string;
	b: string;
	fit: Fit;
	why: string;
	/** The whole statement, as the map and the panel show it (fit-words.ts). */
	line: string;
}

/** One conflict drawn as a chart: competing estimates of one quantity on a linear axis from zero. */
export interface EstimateSeries {
	/** Conflict id. */
	id: string;
	quantity: string;
	/** What is counted, for the chart's title (`North Korean soldiers`). */
	counts: string;
	marks: EstimateMark[];
	/** How each two of its figures fit together, in the order of their marks. */
	pairs: FigurePair[];
	max: number;
	ticks: AxisTick[];
}

export interface TimelineEvent {
	id: string;
	/** As written, without a leading “on” (`Tuesday` for “On Tuesday”). */
	when: string;
	what: string;
	/** Speaker id, or null when the article states it on its own authority. */
	source: string | null;
	/** Who reported it, or `the article` itself. */
	sourceName: string;
	ref: SentenceRef;
}

export interface SourcesMap {
	groups: SourceGroup[];
	series: EstimateSeries[];
	timeline: TimelineEvent[];
}

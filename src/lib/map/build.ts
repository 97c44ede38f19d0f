import {
	ARTICLE_SOURCE,
	settledClaims,
	type Claims,
	type SettledEstimate as Estimate,
	type Speaker
} from '../extract/types';
import { formatNumber, linearScale } from './scale';
import type {
	EstimateMark,
	EstimateSeries,
	MapEntry,
	MapSource,
	MarkKind,
	SentenceRef,
	SourceGroup,
	SourcesMap,
	TimelineEvent
} from './types';

/** As much of a parsed article (src/lib/article/types.ts) as the map needs: which sentence is where. */
export interface MapArticle {
	sections: Array<{ number: number; paragraphs: Array<{ sentences: Array<{ id: string }> }> }>;
}

/** The article's own voice, as a source name. */
export const ARTICLE_NAME = 'The article itself';

const KIND_ORDER: Record<MapEntry['kind'], number> = {
	figure: 0,
	date: 1,
	quote: 2,
	paraphrase: 3,
	voice: 4
};

/** How an estimate is bounded: bounds first (they are what the hedge means), then the hedge word. */
export function markKind(e: Pick<Estimate, 'low' | 'high' | 'hedge'>): MarkKind {
	if (e.low !== null && e.high !== null) return 'range';
	if (e.low !== null) return 'at-least';
	if (e.high !== null) return 'at-most';
	return e.hedge ? 'approximate' : 'exact';
}

/** What a mark kind means, in words, for labels and the table beside a chart. */
export const MARK_MEANING: Record<MarkKind, string> = {
	exact: 'a figure given without a hedge',
	'at-least': 'a lower bound: the real number could be higher',
	'at-most': 'an upper bound: the real number could be lower',
	approximate: 'an approximate figure',
	range: 'a range'
};

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The sources map of an article: its sources grouped by the country or organisation they speak for,
 * each with its figures, dates, quotes and paraphrases (the article's own voice last); one chart series
 * per conflict; and the events with their times as written. Everything keeps the article's order and
 * points at its sentence. Throws when a claim names a sentence the article does not have.
 */
export function buildSourcesMap(all: Claims, article: MapArticle): SourcesMap {
	// A quote or figure nobody has credited yet is not on the map: it would sit under the wrong name.
	const claims = settledClaims(all);
	// Each sentence's position in the article and its section number.
	const where = new Map<string, { index: number; section: number }>();
	for (const section of article.sections)
		for (const paragraph of section.paragraphs)
			for (const sentence of paragraph.sentences)
				where.set(sentence.id, { index: where.size, section: section.number });
	const locate = (sentence: string): { index: number; ref: SentenceRef } => {
		const at = where.get(sentence);
		if (!at)
			throw new Error(`The claims name sentence ${sentence}, which the article does not have.`);
		return { index: at.index, ref: { sentence, section: at.section } };
	};

	const speakers = new Map(claims.speakers.map((s) => [s.id, s]));
	const nameOf = (id: string | null): string =>
		id === null || id === ARTICLE_SOURCE ? ARTICLE_NAME : (speakers.get(id)?.name ?? id);
	const disputed = new Set(claims.conflicts.flatMap((c) => c.estimates));

	// Every entry under the source it is credited to, with its position for ordering.
	const bySource = new Map<string, Array<{ index: number; entry: MapEntry }>>();
	const add = (source: string, sentence: string, make: (ref: SentenceRef) => MapEntry) => {
		const { index, ref } = locate(sentence);
		const list = bySource.get(source) ?? [];
		list.push({ index, entry: make(ref) });
		bySource.set(source, list);
	};
	for (const e of claims.estimates)
		add(e.source, e.sentence, (ref) => ({
			kind: 'figure',
			id: e.id,
			text: e.text,
			counts: e.counts,
			mark: markKind(e),
			citedFrom: e.citedFrom === null ? null : nameOf(e.citedFrom),
			disputed: disputed.has(e.id),
			ref
		}));
	for (const t of claims.events)
		add(t.source ?? ARTICLE_SOURCE, t.sentence, (ref) => ({
			kind: 'date',
			id: t.id,
			when: t.when,
			what: t.what,
			ref
		}));
	for (const q of claims.quotes)
		add(q.speaker, q.sentence, (ref) => ({
			kind: 'quote',
			id: q.id,
			// “…left to be seen,” Austin added: the comma belongs to the writer's sentence, not the words.
			text: q.text.replace(/,$/, ''),
			partial: q.kind === 'partial',
			ref
		}));
	for (const p of claims.paraphrases)
		add(p.speaker, p.sentence, (ref) => ({ kind: 'paraphrase', id: p.id, text: p.text, ref }));
	for (const v of claims.authorVoice)
		add(ARTICLE_SOURCE, v.sentence, (ref) => ({ kind: 'voice', id: v.id, text: v.text, ref }));

	const firstIndex = (id: string) => Math.min(...(bySource.get(id) ?? []).map((x) => x.index));
	const sourceOf = (id: string, speaker: Speaker | undefined): MapSource => ({
		id,
		name: speaker ? speaker.name : ARTICLE_NAME,
		role: speaker && speaker.role !== 'organisation' ? speaker.role : '',
		entries: (bySource.get(id) ?? [])
			.sort((a, b) => KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.index - b.index)
			.map((x) => x.entry)
	});

	// Sources with something to show, grouped by the org they speak for, in order of first appearance.
	const credited = [...bySource.keys()]
		.filter((id) => id !== ARTICLE_SOURCE)
		.sort((a, b) => firstIndex(a) - firstIndex(b));
	const groups: SourceGroup[] = [];
	const groupOf = new Map<string, SourceGroup>();
	for (const id of credited) {
		const speaker = speakers.get(id);
		const key = speaker?.org ? `org:${speaker.org}` : `speaker:${id}`;
		let group = groupOf.get(key);
		if (!group) {
			group = { label: capitalise(speaker?.org || nameOf(id)), sources: [] };
			groupOf.set(key, group);
			groups.push(group);
		}
		group.sources.push(sourceOf(id, speaker));
	}
	if (bySource.has(ARTICLE_SOURCE))
		groups.push({ label: ARTICLE_NAME, sources: [sourceOf(ARTICLE_SOURCE, undefined)] });

	// One chart per conflict, marks in article order.
	const estimates = new Map(claims.estimates.map((e) => [e.id, e]));
	const series: EstimateSeries[] = claims.conflicts.map((conflict) => {
		const list = conflict.estimates
			.map((id) => estimates.get(id))
			.filter((e): e is Estimate => e !== undefined)
			.sort((a, b) => locate(a.sentence).index - locate(b.sentence).index);
		const largest = Math.max(...list.flatMap((e) => [e.value, e.low ?? 0, e.high ?? 0]));
		const { max, ticks } = linearScale(largest);
		const frac = (n: number) => Math.min(1, Math.max(0, n / max));
		const marks: EstimateMark[] = list.map((e) => {
			const mark = markKind(e);
			const at = frac(mark === 'at-least' ? e.low! : mark === 'at-most' ? e.high! : e.value);
			const [from, to] =
				mark === 'range'
					? [frac(e.low!), frac(e.high!)]
					: mark === 'at-least'
						? [at, 1]
						: mark === 'at-most'
							? [0, at]
							: [at, at];
			return {
				id: e.id,
				text: e.text,
				mark,
				value: e.value,
				low: e.low,
				high: e.high,
				source: e.source,
				sourceName: nameOf(e.source),
				citedFrom: e.citedFrom === null ? null : nameOf(e.citedFrom),
				at,
				from,
				to,
				ref: locate(e.sentence).ref
			};
		});
		return {
			id: conflict.id,
			quantity: conflict.quantity,
			counts: chartCounts(list),
			marks,
			max,
			ticks: ticks.map((value) => ({ value, at: value / max, label: formatNumber(value) }))
		};
	});

	const timeline: TimelineEvent[] = claims.events
		.map((t) => ({ t, ...locate(t.sentence) }))
		.sort((a, b) => a.index - b.index)
		.map(({ t, ref }) => ({
			id: t.id,
			when: t.when,
			what: t.what,
			source: t.source,
			sourceName: t.source === null ? ARTICLE_NAME : nameOf(t.source),
			ref
		}));

	return { groups, series, timeline };
}

/** What a conflict's estimates count, for its title: the most common wording, then the fullest. */
function chartCounts(list: Estimate[]): string {
	const seen = new Map<string, number>();
	for (const e of list) if (e.counts) seen.set(e.counts, (seen.get(e.counts) ?? 0) + 1);
	const best = [...seen].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
	return best ? best[0] : (list[0]?.quantity ?? '');
}

import {
	ARTICLE_SOURCE,
	settledClaims,
	type Claims,
	type SettledEstimate as Estimate
} from '../extract/types';
import { fitOf } from '../generate/fit';
import { aliasesOf } from './aliases';
import { pairLine, rivalLine } from './fit-words';
import { asLabel, headPhrase, sameSources } from './same-source';
import { formatNumber, linearScale } from './scale';
import {
	datelineWords,
	inTimeOrder,
	isFuture,
	isPointInTime,
	normaliseTime,
	timeInSentence
} from './time';
import type {
	EstimateMark,
	EstimateSeries,
	FigurePair,
	MapEntry,
	MapSource,
	MarkKind,
	SentenceRef,
	SourceGroup,
	Rival,
	SourcesMap,
	TimelineEvent
} from './types';

/** As much of a parsed article (src/lib/article/types.ts) as the map needs: which sentence is where. */
export interface MapArticle {
	sections: Array<{ number: number; paragraphs: Array<{ sentences: Array<{ id: string }> }> }>;
	/** The dateline (`2025-03-14`, `March 14, 2025`), when the article has one. */
	meta?: { date?: string };
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

/** What a mark kind means, in plain words, for labels and the table beside a chart. */
export const MARK_MEANING: Record<MarkKind, string> = {
	exact: 'stated as fact, with no word like “about” or “at least”',
	'at-least': '“at least”: the real number could be higher',
	'at-most': '“up to” or “nearly”: the real number could be lower',
	approximate: 'a rough figure (“about”, “roughly”)',
	range: 'somewhere between two numbers'
};

/**
 * The sources map of an article: its sources (one per source, whatever names the article gives it)
 * grouped by the country or organisation they speak for, each with its figures, dates, quotes and
 * paraphrases (the article's own voice last); one chart series per conflict, with how each two of its
 * figures fit; and the events in time order. Entries keep the article's order and point at their
 * sentence. Throws when a claim names a sentence the article does not have.
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
	const estimates = new Map(claims.estimates.map((e) => [e.id, e]));

	// When a figure was given: a time in its sentence that dates the report (the extractor credits such
	// a time to nobody: “X confirmed Tuesday that …”), else the article's dateline; else nothing.
	const reportTimes = new Map<string, string>();
	for (const t of claims.events)
		if (
			t.source === null &&
			isPointInTime(t.when) &&
			!isFuture(t.when, t.what) &&
			!reportTimes.has(t.sentence)
		)
			reportTimes.set(t.sentence, timeInSentence(t.when));
	const dateline = datelineWords(article.meta?.date);
	const asOf = (e: Estimate): string | null => reportTimes.get(e.sentence) ?? dateline;

	// Every other source's figure for the same quantity, with how it fits (the questions' own reading).
	const rivalsOf = new Map<string, Rival[]>();
	for (const conflict of claims.conflicts) {
		const list = conflict.estimates
			.map((id) => estimates.get(id))
			.filter((e): e is Estimate => e !== undefined);
		for (const e of list)
			rivalsOf.set(
				e.id,
				list
					.filter((o) => o !== e)
					.sort((a, b) => locate(a.sentence).index - locate(b.sentence).index)
					.map((o) => {
						const named = { text: o.text, sourceName: nameOf(o.source), asOf: asOf(o) };
						const { fit } = fitOf(e, o);
						const line = rivalLine({ ...named, fit });
						return { id: o.id, ...named, fit, line, ref: locate(o.sentence).ref };
					})
			);
	}

	// Speakers that are one source under several names (same-source.ts), in order of first credit.
	const firstSeen = new Map<string, number>();
	const note = (id: string, sentence: string) => {
		const { index } = locate(sentence);
		if (index < (firstSeen.get(id) ?? Infinity)) firstSeen.set(id, index);
	};
	for (const e of claims.estimates) note(e.source, e.sentence);
	for (const t of claims.events) note(t.source ?? ARTICLE_SOURCE, t.sentence);
	for (const q of claims.quotes) note(q.speaker, q.sentence);
	for (const p of claims.paraphrases) note(p.speaker, p.sentence);
	const identities = sameSources(
		claims.speakers
			.filter((s) => firstSeen.has(s.id))
			.sort((a, b) => firstSeen.get(a.id)! - firstSeen.get(b.id)!)
	);
	const sourceId = (id: string) => identities.get(id)?.id ?? id;
	// The name the article uses at an entry, when it is not its source's (“Freedonian intelligence”).
	const namedAs = (id: string): string | null => {
		const identity = identities.get(id);
		const name = speakers.get(id)?.name;
		return identity && name && headPhrase(name) !== headPhrase(identity.name) ? name : null;
	};

	// Every entry under the source it is credited to, with its position for ordering.
	const bySource = new Map<string, Array<{ index: number; entry: MapEntry }>>();
	const add = (speaker: string, sentence: string, make: (ref: SentenceRef) => MapEntry) => {
		const { index, ref } = locate(sentence);
		const source = sourceId(speaker);
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
			asOf: asOf(e),
			rivals: rivalsOf.get(e.id) ?? [],
			namedAs: namedAs(e.source),
			ref
		}));
	for (const t of claims.events)
		add(t.source ?? ARTICLE_SOURCE, t.sentence, (ref) => ({
			kind: 'date',
			id: t.id,
			when: normaliseTime(t.when),
			what: t.what,
			namedAs: t.source === null ? null : namedAs(t.source),
			ref
		}));
	for (const q of claims.quotes)
		add(q.speaker, q.sentence, (ref) => ({
			kind: 'quote',
			id: q.id,
			// “…left to be seen,” Austin added: the comma belongs to the writer's sentence, not the words.
			text: q.text.replace(/,$/, ''),
			partial: q.kind === 'partial',
			namedAs: namedAs(q.speaker),
			ref
		}));
	for (const p of claims.paraphrases)
		add(p.speaker, p.sentence, (ref) => ({
			kind: 'paraphrase',
			id: p.id,
			text: p.text,
			namedAs: namedAs(p.speaker),
			ref
		}));
	for (const v of claims.authorVoice)
		add(ARTICLE_SOURCE, v.sentence, (ref) => ({
			kind: 'voice',
			id: v.id,
			text: v.text,
			namedAs: null,
			ref
		}));

	const firstIndex = (id: string) => Math.min(...(bySource.get(id) ?? []).map((x) => x.index));
	const sourceOf = (id: string): MapSource => {
		const speaker = speakers.get(id);
		const entries = (bySource.get(id) ?? [])
			.sort((a, b) => KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.index - b.index)
			.map((x) => x.entry);
		return {
			id,
			name: identities.get(id)?.name ?? ARTICLE_NAME,
			role: speaker && speaker.role !== 'organisation' ? speaker.role : '',
			aliases: aliasesOf(entries),
			entries
		};
	};

	// Sources with something to show, grouped by the org they speak for, in order of first appearance.
	const credited = [...bySource.keys()]
		.filter((id) => id !== ARTICLE_SOURCE)
		.sort((a, b) => firstIndex(a) - firstIndex(b));
	const groups: SourceGroup[] = [];
	const groupOf = new Map<string, SourceGroup>();
	for (const id of credited) {
		const speaker = speakers.get(id);
		const name = identities.get(id)?.name ?? nameOf(id);
		// “other analysts” speaking for “Other analysts”: the group is the source, under one spelling.
		const org = speaker?.org && headPhrase(speaker.org) !== headPhrase(name) ? speaker.org : name;
		const label = asLabel(org);
		const key = headPhrase(label);
		let group = groupOf.get(key);
		if (!group) {
			group = { label, sources: [] };
			groupOf.set(key, group);
			groups.push(group);
		}
		group.sources.push(sourceOf(id));
	}
	if (bySource.has(ARTICLE_SOURCE))
		groups.push({ label: ARTICLE_NAME, sources: [sourceOf(ARTICLE_SOURCE)] });

	// One chart per conflict, marks in article order.
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
				asOf: asOf(e),
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
			pairs: marks.flatMap((a, i) =>
				marks.slice(i + 1).map((b): FigurePair => {
					const { fit, why } = fitOf(estimates.get(a.id)!, estimates.get(b.id)!);
					return { a: a.id, b: b.id, fit, why, line: pairLine(a, b, fit, why) };
				})
			),
			max,
			ticks: ticks.map((value) => ({ value, at: value / max, label: formatNumber(value) }))
		};
	});

	// In the order of the times the article gives, as far as they tell (time.ts); else article order.
	const timeline: TimelineEvent[] = inTimeOrder(
		claims.events
			.map((t) => ({ t, when: t.when, what: t.what, ...locate(t.sentence) }))
			.sort((a, b) => a.index - b.index),
		article.meta?.date
	).map(({ t, ref }) => ({
		id: t.id,
		when: normaliseTime(t.when),
		what: t.what,
		source: t.source,
		// The name the article gives at that sentence, as the questions do.
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

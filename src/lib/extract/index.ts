import type { Article } from '../article/types';
import { findAttributions, type Attribution, type Found } from './attribution';
import { countedNoun, quantityKey } from './counts';
import { findEvents } from './events';
import { phraseAtEnd } from './mentions';
import { registerNames } from './names';
import { findFigures } from './numbers';
import { isScareQuote, pickAttribution, quoteKind, spanSentences } from './quotes';
import { canonicalName, Registry, type Entity } from './registry';
import { maskQuotes, quoteSpans, quoteStyle, type QuoteSpan } from './spans';
import { paragraphsOf, sentenceAt, slug, words, type SentenceRef } from './text';
import {
	ARTICLE_SOURCE,
	type Claims,
	type ClaimEvent,
	type Conflict,
	type Estimate,
	type Paraphrase,
	type Quote,
	type Speaker
} from './types';
import { placeNames, placeOf } from './places';
import { findAuthorVoice } from './voice';

interface Draft {
	quotes: Array<{
		span: QuoteSpan;
		speaker: Entity;
		sentence: SentenceRef;
		evidence: string[];
		kind: Quote['kind'];
	}>;
	estimates: Array<
		Omit<Estimate, 'id' | 'source' | 'citedFrom'> & {
			source: Entity | null;
			citedFrom: Entity | null;
		}
	>;
	paraphrases: Array<{ text: string; speaker: Entity; sentence: SentenceRef }>;
	events: Array<{ what: string; when: string; source: Entity | null; sentence: SentenceRef }>;
}

/** “this is the perspective of X”: the sentence before is X's view. */
const PERSPECTIVE =
	/^(?:(?:At least|But|And|That|This),?\s+)?(?:this|that|such) is (?:the |also the )?(?:perspective|view|assessment|argument|position|belief|reasoning|thinking|case made) of (.+?)[,.;]/i;

/** “By his count,” / “By the union’s estimate,” before a figure. */
const BY_COUNT =
	/\b[Bb]y\s+(his|her|its|their|(?:the\s+)?[\p{L}][\p{L}’'. -]*?[’']s?)\s+(?:own\s+)?(?:count|estimate|reckoning|calculation|tally|figures?)\b[^.;]*$/u;

/** The possessive pronoun that points back to the body just mentioned: “Its count: …”. */
const ITS_FIGURE = /^(?:Its|Their)\s+(?:count|estimate|figure|tally|number|total)\b/;
/** “the U.S. estimate was 3,000”: a figure credited by a possessive or noun modifier. */
const NOUN_CREDIT =
	/(?:^|[\s,(])((?:the\s+)?\p{Lu}[\p{L}’'. -]*?|(?:the|its|their)\s+[\p{L}-]+[’']s?)(?:[’']s?)?\s+(?:(?:own|official|latest|new|preliminary|final|initial|revised)\s+)?(?:estimate|figure|count|tally|number|toll)\s+(?:was|is|of|stood at|at)\s+(?:\p{L}+\s+){0,2}$/u;

/** Extracts speakers, quotes, paraphrases, estimates, events, conflicts and the author's voice. */
export function extractClaims(article: Article): Claims {
	const paragraphs = paragraphsOf(article);
	const style = quoteStyle(paragraphs);
	const registry = new Registry();
	const draft: Draft = { quotes: [], estimates: [], paraphrases: [], events: [] };
	/** Sentences a later sentence credits to someone (“this is the perspective of X”). */
	const credited = new Set<string>();
	let lastQuoteSpeaker: Entity | null = null;
	let lastSpeaker: Entity | null = null;

	for (const para of paragraphs) {
		const spans = quoteSpans(para, style);
		const masked = maskQuotes(para.text, spans);
		const found = new Map<string, Found>();
		for (const s of para.sentences) {
			registerNames(masked, s, registry);
			found.set(s.id, findAttributions(masked, s, registry));
		}
		const attributionsOf = (s: SentenceRef) => found.get(s.id)!.attributions;

		// Quotes: the attribution in their sentences, else the speaker of the quote before them.
		let previousInParagraph: Entity | null = null;
		const quoteSpeakerAt: Array<{ span: QuoteSpan; speaker: Entity }> = [];
		for (const span of spans) {
			const sentences = spanSentences(span);
			const candidates = sentences.flatMap(attributionsOf);
			if (isScareQuote(span, candidates.length > 0)) continue;
			const picked = pickAttribution(span, candidates);
			const carried: Entity | null =
				span.open === 0 && !previousInParagraph ? lastQuoteSpeaker : null;
			// Else whoever this paragraph last credited before the quote (“X said …. “Quote.””).
			const earlier = para.sentences
				.flatMap(attributionsOf)
				.filter((a) => a.start < span.open)
				.at(-1)?.entity;
			const speaker: Entity | null =
				picked?.entity ?? previousInParagraph ?? earlier ?? carried ?? lastSpeaker;
			if (!speaker) continue;
			previousInParagraph = speaker;
			registry.touch(speaker, {
				sentenceId: sentences[0]!.id,
				order: sentences[0]!.order,
				sentenceText: sentences[0]!.text
			});
			const evidence = sentences.map((s) => s.id);
			const after = picked && picked.start >= span.close ? sentenceAt(para, picked.start) : null;
			if (after && !evidence.includes(after.id)) evidence.push(after.id);
			// “…,” he insisted / a quote that goes on: the evidence also shows where the speaker is named.
			const namedHere = speaker.namedIn.some((n) => evidence.includes(n.id));
			const naming = speaker.namedIn.filter((n) => n.order <= sentences.at(-1)!.order).at(-1);
			if (!namedHere && naming) evidence.unshift(naming.id);
			draft.quotes.push({
				span,
				speaker,
				sentence: sentences[0]!,
				evidence,
				kind: quoteKind(span)
			});
			quoteSpeakerAt.push({ span, speaker });
		}
		if (quoteSpeakerAt.length) lastQuoteSpeaker = quoteSpeakerAt.at(-1)!.speaker;

		// Estimates.
		let previousKey = '';
		let previousCounts = '';
		for (const figure of findFigures(para.text)) {
			const sentence = sentenceAt(para, figure.start);
			const inQuote = quoteSpeakerAt.find(
				(q) => figure.start > q.span.open && figure.end <= q.span.close
			);
			const clauseStart = Math.max(sentence.start, masked.lastIndexOf(';', figure.start) + 1);
			const sentenceText = masked.slice(sentence.start, sentence.start + sentence.text.length);
			const before = masked.slice(clauseStart, figure.start);
			const { source, citedFrom } = inQuote
				? { source: inQuote.speaker, citedFrom: null }
				: creditFigure(figure.start, before, attributionsOf(sentence), sentence, registry);
			const citing = found.get(sentence.id)!.citing.find((c) => c !== source) ?? null;
			let counts = countedNoun(masked, figure.after, figure.start);
			if (!counts) counts = previousCounts;
			const quantity = quantityKey(counts, sentenceText, previousKey);
			previousKey = quantity;
			previousCounts = counts;
			draft.estimates.push({
				text: figure.text,
				value: figure.value,
				low: figure.low,
				high: figure.high,
				hedge: figure.hedge,
				counts,
				quantity,
				source,
				citedFrom: citedFrom ?? citing,
				sentence: sentence.id,
				section: para.sectionId,
				origin: 'extracted'
			});
		}

		// Paraphrases: a verb of saying whose reported clause has no quote marks.
		for (const s of para.sentences) {
			for (const a of attributionsOf(s)) {
				const text = reportedClause(masked, s, a, attributionsOf(s));
				if (text) draft.paraphrases.push({ text, speaker: a.entity, sentence: s });
			}
			const last = attributionsOf(s).at(-1);
			if (last) lastSpeaker = last.entity;
		}

		// “… Putin may be turning to his allies. At least, this is the perspective of … Kim”: the sentence
		// before is credited to Kim, as a paraphrase.
		for (const [i, s] of para.sentences.entries()) {
			const credit = PERSPECTIVE.exec(s.text);
			const previous = i > 0 ? para.sentences[i - 1] : paragraphs[para.order - 1]?.sentences.at(-1);
			if (!credit || !previous) continue;
			const m = phraseAtEnd(credit[1]!.split(/,\s*(?:who|which)\b/)[0]!);
			const e = m
				? registry.resolve(m, { sentenceId: s.id, order: s.order, sentenceText: s.text })
				: null;
			if (!e) continue;
			draft.paraphrases.push({
				text: previous.text.replace(/[.\s]+$/, ''),
				speaker: e,
				sentence: previous
			});
			credited.add(previous.id);
		}

		// Events: times as written, credited to whoever reports them.
		for (const s of para.sentences) {
			for (const e of findEvents(masked, s, attributionsOf(s), quoteSpeakerAt))
				draft.events.push(e);
		}
	}

	return finish(article, registry, draft, credited);
}

/** Who a figure outside quotes is credited to, and whom they cite. */
function creditFigure(
	at: number,
	before: string,
	attributions: Attribution[],
	sentence: SentenceRef,
	registry: Registry
): { source: Entity | null; citedFrom: Entity | null } {
	const ctx = { sentenceId: sentence.id, order: sentence.order, sentenceText: sentence.text };
	const noun = NOUN_CREDIT.exec(before);
	let named: Entity | null = null;
	if (noun) {
		const phrase = noun[1]!
			.trim()
			.split(/\s+(?:was|is|that|the)\s+/)
			.at(-1)!;
		const m = phrase ? phraseAtEnd(phrase) : null;
		named = m ? registry.resolve(m, ctx) : null;
	}
	const verbs = attributions.filter((a) => a.kind !== 'according');
	const beforeVerb = verbs.filter((a) => a.start < at).at(-1);
	const according = attributions.find((a) => a.kind === 'according');
	const afterVerb = verbs.find((a) => a.start > at);
	const credited = beforeVerb?.entity ?? according?.entity ?? afterVerb?.entity ?? null;
	if (named && credited && named !== credited) {
		// “it was using the Health Ministry’s figure of roughly 260”, “the bank cited the ministry’s
		// figure of …” — repeated from another source; otherwise “the directorate’s estimate of N”
		// is the directorate's own figure, whoever mentions it.
		const repeating =
			/\b(?:us(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|rel(?:y|ies|ied|ying) on|repeat(?:s|ed|ing)?|quot(?:e|es|ed|ing)|based on|accept(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}$/i;
		const lead = before.slice(
			0,
			before.length - noun![0].length + (noun![0].length - noun![0].trimStart().length)
		);
		if (repeating.test(lead)) return { source: credited, citedFrom: named };
		return { source: named, citedFrom: null };
	}
	if (named) return { source: named, citedFrom: null };
	// “By his count, almost 40 percent …”: the owner of the count.
	const by = BY_COUNT.exec(before);
	if (by) {
		const pronoun = { his: 'he', her: 'she', its: 'it', their: 'they' }[by[1]!.toLowerCase()];
		const m = phraseAtEnd(pronoun ?? by[1]!.replace(/[’']s?$/, ''));
		const e = m ? registry.resolve(m, ctx) : null;
		if (e) return { source: e, citedFrom: null };
	}
	if (credited) return { source: credited, citedFrom: null };
	if (ITS_FIGURE.test(sentence.text)) {
		const e = registry.recent((x) => x.kind === 'organisation');
		if (e) return { source: e, citedFrom: null };
	}
	return { source: null, citedFrom: null };
}

/**
 * The clause a verb of saying reports, when it is indirect speech (no quote marks in it): what follows
 * the verb up to the next attribution, or — for a verb set between commas (“…, Austin confirmed
 * Wednesday, although …”) or after the clause (“…, said Austin.”) — what comes before it.
 */
function reportedClause(
	masked: string,
	s: SentenceRef,
	a: Attribution,
	all: Attribution[]
): string | null {
	if (a.kind === 'participle') return null;
	const end = s.start + s.text.length;
	const next = all.find((b) => b.start > a.end && b.kind !== 'participle' && b.entity !== a.entity);
	let from = a.complement;
	let to = next ? Math.max(a.complement, next.clauseStart) : end;
	const tail = masked.slice(a.end, end);
	const parenthetical =
		a.kind === 'verb' &&
		a.clauseStart > s.start + 1 &&
		/^(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s*(?:[.]|$|,\s*(?:although|though|but|while|and|as|even)\b)/u.test(
			tail
		);
	if (a.inverted || parenthetical) {
		from = s.start;
		to = a.inverted ? a.start : a.clauseStart;
	}
	let raw = masked.slice(from, to);
	if (/[«»·]/.test(raw)) return null;
	// Background the writer adds (“, where Russia has struggled …”, “ — largely a consequence of …”)
	// is not part of what the source said.
	raw = raw.split(/,\s+where\s|,\s+which\s|\s+—\s/)[0]!;
	// “suggest, based on …, that they …”: the report is the that-clause.
	const that = /,\s+that\s/.exec(raw);
	if (that) raw = raw.slice(that.index + that[0].length);
	const text = raw
		.replace(/^[\s,]*(?:that\s+)?/i, '')
		.replace(/^(?:on|last|this)\s+\p{Lu}\p{Ll}+day\s*,?\s*(?:that\s+)?/u, '')
		.replace(/[\s,.]+(?:although|though|while|but|and)?$/i, '')
		.replace(/[\s,.;—]+$/, '');
	if (words(text).length < 4) return null;
	return text;
}

function finish(article: Article, registry: Registry, draft: Draft, credited: Set<string>): Claims {
	const used = new Set<Entity>();
	for (const q of draft.quotes) used.add(q.speaker);
	for (const e of draft.estimates) {
		if (e.source) used.add(e.source);
		if (e.citedFrom) used.add(e.citedFrom);
	}
	for (const p of draft.paraphrases) used.add(p.speaker);
	for (const e of draft.events) if (e.source) used.add(e.source);

	// An organisation or a title that starts with a demonym belongs to that country.
	const places = placeNames(article);
	const ids = new Map<Entity, string>();
	const taken = new Set<string>([ARTICLE_SOURCE]);
	const speakers: Speaker[] = [];
	for (const e of registry.entities) {
		if (!used.has(e)) continue;
		const name = canonicalName(e);
		let id = slug(name);
		for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
		taken.add(id);
		ids.set(e, id);
		speakers.push({
			id,
			name,
			kind: e.kind,
			role: e.role || (e.kind === 'organisation' ? 'organisation' : ''),
			org:
				e.org && e.kind === 'person'
					? e.org
					: placeOf(e.kind === 'organisation' ? name : e.role, places) ||
						(e.kind === 'organisation' ? name : ''),
			aliases: [...new Set([...e.names, ...e.aliases])].filter((a) => a !== name),
			evidence: [...e.evidence],
			origin: 'extracted'
		});
	}
	const idOf = (e: Entity) => ids.get(e)!;

	const quotes: Quote[] = draft.quotes.map((q, i) => ({
		id: `q${i + 1}`,
		text: q.span.text,
		speaker: idOf(q.speaker),
		sentence: q.sentence.id,
		evidence: q.evidence,
		section: q.sentence.paragraph.sectionId,
		kind: q.kind,
		origin: 'extracted'
	}));
	const estimates: Estimate[] = draft.estimates.map((e, i) => ({
		...e,
		id: `e${i + 1}`,
		source: e.source ? idOf(e.source) : ARTICLE_SOURCE,
		citedFrom: e.citedFrom ? idOf(e.citedFrom) : null
	}));
	const paraphrases: Paraphrase[] = draft.paraphrases.map((p, i) => ({
		id: `p${i + 1}`,
		text: p.text,
		speaker: idOf(p.speaker),
		sentence: p.sentence.id,
		section: p.sentence.paragraph.sectionId,
		origin: 'extracted'
	}));
	const events: ClaimEvent[] = draft.events.map((e, i) => ({
		id: `t${i + 1}`,
		what: e.what,
		when: e.when,
		source: e.source ? idOf(e.source) : null,
		sentence: e.sentence.id,
		section: e.sentence.paragraph.sectionId,
		origin: 'extracted'
	}));
	return {
		speakers,
		quotes,
		paraphrases,
		estimates,
		events,
		conflicts: findConflicts(estimates),
		authorVoice: findAuthorVoice(article, quotes, paraphrases).filter(
			(v) => !credited.has(v.sentence)
		)
	};
}

/** Estimates of one quantity from different credited sources that disagree. */
export function findConflicts(estimates: Estimate[]): Conflict[] {
	const groups = new Map<string, Estimate[]>();
	for (const e of estimates) {
		if (e.source === ARTICLE_SOURCE || e.citedFrom || !e.quantity) continue;
		groups.set(e.quantity, [...(groups.get(e.quantity) ?? []), e]);
	}
	const conflicts: Conflict[] = [];
	for (const [quantity, group] of groups) {
		// One figure per source (its first), and figures of the same order of magnitude.
		const bySource = new Map<string, Estimate>();
		for (const e of group) if (!bySource.has(e.source)) bySource.set(e.source, e);
		const picked = [...bySource.values()];
		const values = picked.map((e) => e.value);
		if (picked.length < 2 || Math.max(...values) / Math.min(...values) > 50) continue;
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

/**
 * Pass 4a: quotes. Each pair of outer quote marks is a quote, unless it is a scare quote (a label the
 * writer puts in marks without saying anyone said it); its speaker comes from the frame beside it, from
 * an earlier frame of the same paragraph, or from the quote it continues — each by a rule with a
 * confidence.
 */
import {
	maskedSentence,
	sentenceAt,
	spanSentences,
	type Doc,
	type QuoteSpan,
	type SentenceView
} from './document';
import type { Entities } from './entities';
import type { Frame, Frames } from './frames';
import { DETERMINERS } from './lexicon';
import { words } from './names';
import { QUOTE } from './rules/quotes';

export interface QuoteClaim {
	span: QuoteSpan;
	entity: number | null;
	confidence: number;
	rule: string;
	sentence: SentenceView;
	evidence: string[];
	kind: 'full' | 'partial';
	/** The frame that credits it, if any (for paraphrase and event passes). */
	frame: Frame | null;
}

/** A quote is partial when it sits inside the writer's own sentence (“was “in contact” with”). */
function quoteKind(doc: Doc, span: QuoteSpan): 'full' | 'partial' {
	// Only the characters just before the quote matter (a window keeps long paragraphs linear).
	const text = doc.paragraphs[span.paragraph]!.text;
	const before = text.slice(Math.max(0, span.open - 40), span.open).trimEnd();
	if (before === '' || /[.!?:,»”"’]$/.test(before)) return 'full';
	return 'partial';
}

const speaking = (f: Frame) =>
	f.kind === 'verb' || f.kind === 'according' || f.kind === 'participle';

/** Whether only punctuation and short words stand between two offsets of masked text. */
function near(masked: string, from: number, to: number, maxWords: number): boolean {
	if (to < from || to - from > 20 * (maxWords + 1)) return false;
	const gap = masked.slice(from, to);
	if (/[«»]/.test(gap) || /[.!?;]\s/.test(gap)) return false;
	return words(gap).length <= maxWords;
}

/** Index of the first frame that starts at or after `at` (frames are in text order). */
function firstFrom(frames: readonly Frame[], at: number): number {
	let lo = 0;
	let hi = frames.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (frames[mid]!.start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Verbs of saying itself, as against verbs that report a finding (“counted”, “estimated”). */
const UTTERANCE =
	/^(?:say|says|said|tell|tells|told|ask|asks|asked|add|adds|added|warn|warns|warned|write|writes|wrote|insist|insists|insisted|reply|replies|replied|call|calls|called|describe|describes|described)$/i;

/** How far (in characters) a frame may stand from its quote; beyond that it is another sentence's business. */
const REACH = 400;

/** The frame that credits a quote, among the frames of the sentences it touches, with the rule. */
function frameFor(
	doc: Doc,
	span: QuoteSpan,
	frames: readonly Frame[]
): { frame: Frame; rule: keyof typeof QUOTE } | null {
	const masked = doc.paragraphs[span.paragraph]!.masked;
	const close = Math.min(span.close + 1, masked.length);
	const closeSentence = sentenceAt(doc.paragraphs[span.paragraph]!, span.close).id;
	const i = firstFrom(frames, close);
	// Only the frames within reach, and for a reported clause the few before it: bounded work per quote.
	const after: Frame[] = [];
	for (let k = i; k < frames.length && frames[k]!.start - close < REACH; k++)
		after.push(frames[k]!);
	const before: Frame[] = [];
	for (let k = i - 1; k >= 0 && before.length < 50; k--)
		if (frames[k]!.end <= span.open) before.push(frames[k]!);
	const nearby = [...after, ...before].filter(speaking);
	let best: { frame: Frame; rule: keyof typeof QUOTE; distance: number } | null = null;
	const verbs = nearby.some((f) => f.kind === 'verb' && f.entity !== null);
	const consider = (frame: Frame, rule: keyof typeof QUOTE, distance: number) => {
		// A verb whose speaker was not found loses to a frame that has one (“the two counts «…»”), unless
		// it says the words came from someone unnamed (“was told «…»”); an “according to” after a quote
		// qualifies what a verb reports (“X predicted «…» according to reports”).
		const d =
			frame.entity === null && frame.rule !== 'frame.passive-told'
				? distance + 60
				: frame.kind === 'according' && verbs
					? distance + 30
					: distance;
		if (!best || d < best.distance) best = { frame, rule, distance: d };
	};
	for (const f of nearby) {
		// “…,” X said / “…,” said X — the frame follows the closing mark.
		if (f.start >= close) {
			const to = f.inverted ? f.start : (f.mention?.start ?? f.start);
			if (near(masked, close, to, 2)) consider(f, 'quote.frame-after', f.start - close);
			else if (f.sentence.id === closeSentence && f.sentence.end - f.end < 60) {
				// “We don’t want those people” working here, she said. — a frame that closes the sentence.
				const rest = masked.slice(f.end, f.sentence.end);
				if (
					/^[^«»,;]{0,40}[.!?]?\s*$/.test(rest) &&
					/,\s*$/.test(masked.slice(Math.max(close, to - 4), to))
				)
					consider(f, 'quote.sentence-trailing-frame', 50 + f.start - close);
			}
			continue;
		}
		// X said: “…” / according to X, “…” / X told reporters on Thursday that “…”
		if (span.open - f.end < REACH && near(masked, f.end, span.open, 6)) {
			// “X said officers had counted «…»”: a clause that reports what others did, inside what X
			// said, leaves the words X's.
			const outer = UTTERANCE.test(f.verb)
				? undefined
				: before.find(
						(g) =>
							g.kind === 'verb' &&
							g.entity !== null &&
							f.mention !== null &&
							g.end <= f.mention.start &&
							/^\s*(?:that\s+)?$/.test(masked.slice(g.end, f.mention.start))
					);
			if (outer) consider(outer, 'quote.inside-report', span.open - f.end);
			else consider(f, 'quote.frame-before', span.open - f.end);
		} else if (!f.inverted && span.open >= f.contentStart && span.open < f.contentEnd)
			consider(f, 'quote.in-reported-clause', 100 + span.open - f.end);
	}
	return best;
}

/** Scare quotes: a short label in marks that no frame credits, or that a determiner or possessive introduces. */
function isScare(doc: Doc, span: QuoteSpan, credited: boolean): boolean {
	const n = words(span.text).length;
	const text = doc.paragraphs[span.paragraph]!.text;
	// “the so-called “night shift””, “known locally as “the cut””, “what the agency calls “phase two.””
	// (a standing name, in the present tense; “what she called …” reports her words): not words said.
	if (n <= 4 && NAMING_BEFORE.test(text.slice(Math.max(0, span.open - 60), span.open))) return true;
	if (n > 3 || /[.!?,]\s*$/.test(span.text)) return false;
	if (!credited) return true;
	const prev = /(\S+)\s*$/.exec(text.slice(Math.max(0, span.open - 40), span.open))?.[1] ?? '';
	if (DETERMINERS.has(prev.toLowerCase()) || /[’']s?$/.test(prev)) return true;
	const following = text.slice(span.close + 1, span.close + 3);
	if (/^\p{Lu}\p{Ll}+$/u.test(prev) && /^\s\p{Ll}/u.test(following)) return true;
	// A label that modifies the noun after it (“the weekly “draw” round”): words said rarely run on into
	// a noun of the writer's sentence; they end at a conjunction, a preposition or punctuation.
	const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(span.close + 1, span.close + 30))?.[1];
	return next !== undefined && !FUNCTION_WORDS.has(next);
}

const NAMING_BEFORE =
	/\b(?:so-called|dubbed|nicknamed|branded|known(?:\s+[\p{L}-]+){0,3}\s+as|what\s+(?:[\p{L}’'.-]+\s+){1,5}(?:calls|terms|dubs)(?:\s+(?:the|a|an|its|their))?)\s*$/iu;

/** Words that may follow quoted words in the writer's sentence without making them a label. */
const FUNCTION_WORDS = new Set(
	`and or but nor to for from of in on at with as that which who whom whose when where while since because if
	than by into onto over under about after before between through during without within against toward
	towards among across around is was were are be been being has have had will would could should may might
	can did does do not so yet then it its their his her they he she we you this these those there here than
	until unless though although whether rather instead even only also just still too very`.split(/\s+/)
);

/** Pass 4a over the whole document. */
export function findQuotes(doc: Doc, entities: Entities, frames: Frames): QuoteClaim[] {
	const out: QuoteClaim[] = [];
	let previousParagraphLast: QuoteClaim | null = null;
	for (const p of doc.paragraphs) {
		const inParagraph: QuoteClaim[] = [];
		const paragraphFrames = p.sentences.flatMap((s) => frames.bySentence.get(s.id) ?? []);
		const firstText = p.text.search(/\S/);
		// Frames of a run of sentences, built once per run: many quotes share a sentence.
		const localOf = new Map<string, Frame[]>();
		for (const span of p.quotes) {
			const sentences = spanSentences(doc, span);
			const runKey = `${sentences[0]!.id}|${sentences.at(-1)!.id}`;
			let local = localOf.get(runKey);
			if (!local) {
				local = sentences.flatMap((s) => frames.bySentence.get(s.id) ?? []);
				localOf.set(runKey, local);
			}
			const picked = frameFor(doc, span, local);
			const credited = picked !== null && picked.frame.entity !== null;
			if (isScare(doc, span, credited)) continue;
			const evidence = sentences.map((s) => s.id);
			let claim: Omit<QuoteClaim, 'span' | 'sentence' | 'kind' | 'evidence'> | null = null;
			if (picked) {
				const rule = QUOTE[picked.rule];
				claim = {
					entity: picked.frame.entity,
					confidence: picked.frame.confidence * rule.confidence,
					rule: `${picked.rule}+${picked.frame.rule}`,
					frame: picked.frame
				};
				const at = picked.frame.sentence.id;
				if (!evidence.includes(at)) evidence.push(at);
			} else {
				const opensParagraph = span.open <= firstText;
				const prev = previousParagraphLast;
				let earlierFrame: Frame | undefined;
				const from = firstFrom(paragraphFrames, span.open) - 1;
				for (let k = from; k >= 0 && k > from - 50 && !earlierFrame; k--) {
					const f = paragraphFrames[k]!;
					if (speaking(f) && f.end <= span.open && f.entity !== null) earlierFrame = f;
				}
				const earlierQuote = inParagraph.at(-1);
				if (opensParagraph && prev && !prev.span.closed && prev.span.paragraph === p.index - 1) {
					claim = carry(prev, 'quote.continues-paragraph');
				} else if (earlierQuote && (!earlierFrame || earlierQuote.span.open > earlierFrame.start)) {
					claim = carry(earlierQuote, 'quote.same-speaker-in-paragraph');
				} else if (earlierFrame) {
					const rule = QUOTE['quote.after-frame-in-paragraph'];
					claim = {
						entity: earlierFrame.entity,
						confidence: earlierFrame.confidence * rule.confidence,
						rule: `quote.after-frame-in-paragraph+${earlierFrame.rule}`,
						frame: earlierFrame
					};
					evidence.unshift(earlierFrame.sentence.id);
				} else if (
					opensParagraph &&
					prev &&
					prev.span.paragraph === p.index - 1 &&
					paragraphFrames.length === 0
				) {
					claim = carry(prev, 'quote.paragraph-after-quote');
				}
			}
			const q: QuoteClaim = {
				span,
				sentence: sentences[0]!,
				kind: quoteKind(doc, span),
				evidence: [...new Set(evidence)].sort((a, b) => orderOf(doc, a) - orderOf(doc, b)),
				...(claim ?? { entity: null, confidence: 0, rule: 'quote.no-attribution', frame: null })
			};
			if (q.entity === null) q.confidence = 0;
			inParagraph.push(q);
			out.push(q);
		}
		previousParagraphLast = inParagraph.at(-1) ?? (p.quotes.length ? previousParagraphLast : null);
		if (p.quotes.length === 0) previousParagraphLast = null;
	}
	void entities;
	return out;
}

function carry(from: QuoteClaim, rule: keyof typeof QUOTE) {
	return {
		entity: from.entity,
		confidence: from.confidence * QUOTE[rule].confidence,
		rule: `${rule}+${from.rule}`,
		frame: from.frame
	};
}

function orderOf(doc: Doc, id: string): number {
	return doc.sentences.find((s) => s.id === id)?.order ?? 0;
}

export { maskedSentence, sentenceAt };

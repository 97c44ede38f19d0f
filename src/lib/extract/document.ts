/**
 * Pass 0: the article as the other passes read it — paragraphs and sentences with offsets, each
 * paragraph's quote spans, and a masked copy of its text in which quoted words are «···», so nothing
 * inside a quote is ever read as a speaker, a verb or an attribution. Immutable once built.
 */
import type { Article } from '../article/types';

export interface SentenceView {
	id: string;
	text: string;
	/** Offsets of the sentence in its paragraph's text. */
	start: number;
	end: number;
	/** Index of its paragraph in `Doc.paragraphs`. */
	paragraph: number;
	/** Position in the whole article. */
	order: number;
}

/** One pair of outer quote marks. Offsets are into the paragraph's text. */
export interface QuoteSpan {
	paragraph: number;
	/** Offset of the opening mark. */
	open: number;
	/** Offset of the closing mark, or the paragraph's length when the quote runs on to the next paragraph. */
	close: number;
	/** The characters between the marks. */
	text: string;
	/** False when the paragraph ends inside the quote (news style for a quote that goes on). */
	closed: boolean;
}

export interface ParagraphView {
	index: number;
	id: string;
	text: string;
	/** The text with every quote replaced by «···» of the same length, so offsets still match. */
	masked: string;
	sectionId: string;
	sectionIndex: number;
	sentences: SentenceView[];
	quotes: QuoteSpan[];
}

/** Which marks open a quote: double (“…” or "…") or, as many British papers print, single (‘…’). */
export type QuoteStyle = 'double' | 'single';

export interface Doc {
	title: string;
	paragraphs: ParagraphView[];
	sentences: SentenceView[];
	style: QuoteStyle;
}

const DOUBLE_OPEN = '“„‟';
const DOUBLE_CLOSE = '”';
const SPACE_BEFORE = /[\s([{—–\-/]/;

/** Whether the mark at `i` sits where a quote opens: after a space or the start, before a non-space. */
function opensAt(text: string, i: number): boolean {
	const prev = text[i - 1];
	const next = text[i + 1];
	return (
		(prev === undefined || SPACE_BEFORE.test(prev) || '“‘"\''.includes(prev)) &&
		next !== undefined &&
		!/\s/.test(next)
	);
}

/** Whether the mark at `i` sits where a quote closes: after a non-space, before a space, punctuation or the end. */
function closesAt(text: string, i: number): boolean {
	const prev = text[i - 1];
	const next = text[i + 1];
	return (
		prev !== undefined &&
		!/\s/.test(prev) &&
		(next === undefined || /[\s.,;:!?)\]—–\-”’"']/.test(next))
	);
}

/**
 * Double-quoted spans. Curly marks say which way they face; a straight mark opens or closes by what
 * stands around it, so an article that mixes the two (“…," or "…”) still pairs them. A curly opening
 * mark inside an open curly quote is a quote within the quote.
 */
function doubleSpans(text: string): Array<[number, number, boolean]> {
	const spans: Array<[number, number, boolean]> = [];
	let open = -1;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		const curlyOpen = DOUBLE_OPEN.includes(ch);
		const curlyClose = ch === DOUBLE_CLOSE;
		const straight = ch === '"';
		if (!curlyOpen && !curlyClose && !straight) continue;
		if (open < 0) {
			if (curlyOpen || (straight && opensAt(text, i))) open = i;
			continue;
		}
		if (curlyOpen && text[open] !== '"') {
			depth++;
			continue;
		}
		if (curlyClose || (straight && (closesAt(text, i) || !opensAt(text, i)))) {
			if (depth > 0) {
				depth--;
				continue;
			}
			spans.push([open, i, true]);
			open = -1;
		}
	}
	if (open >= 0) spans.push([open, text.length, false]);
	return spans;
}

/**
 * Single-quoted spans (‘…’), where the same ’ is also the apostrophe. A ’ between letters (don’t) is an
 * apostrophe; one after an “s” and before a word (the councils’ plan) is one too when the quote closes
 * later in the paragraph; otherwise a ’ before a space or punctuation closes the quote.
 */
function singleSpans(text: string): Array<[number, number, boolean]> {
	const spans: Array<[number, number, boolean]> = [];
	const isCloser = (i: number) =>
		(text[i] === '’' || text[i] === "'") &&
		!(/\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) &&
		closesAt(text, i);
	// laterCloser[i]: some ’ after i could close a quote (read once, from the end, to stay linear).
	const laterCloser = new Uint8Array(text.length + 1);
	for (let i = text.length - 1; i >= 0; i--)
		laterCloser[i] = laterCloser[i + 1]! || (isCloser(i + 1) ? 1 : 0);
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (open < 0) {
			if (
				(ch === '‘' || ch === "'") &&
				opensAt(text, i) &&
				/[\p{L}\p{N}…“"[]/u.test(text[i + 1] ?? '')
			)
				open = i;
			continue;
		}
		if (!isCloser(i)) continue;
		// “the councils’ plan” owns a noun; “… raised the stakes’ because …” closes before a conjunction.
		const possessive =
			/s/i.test(text[i - 1] ?? '') &&
			/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) &&
			!AFTER_CLOSE.test(text.slice(i + 1, i + 12));
		if (possessive && laterCloser[i]) continue;
		spans.push([open, i, true]);
		open = -1;
	}
	if (open >= 0) spans.push([open, text.length, false]);
	return spans;
}

/** Words that follow a closing quote mark and never a plural possessive (“the stakes’ because”). */
const AFTER_CLOSE =
	/^\s(?:because|and|but|or|as|when|while|if|that|which|is|was|are|were|said|says|told|in|on|to|for|with|from|by|at|of|after|before|until)\b/;

/** Words that open with an apostrophe of their own rather than a quote mark. */
const ELISION = /^'(?:tis|twas|til|till|em|cause|bout|n|round|s|[0-9]{2}s?)\b/i;

/**
 * Single quotes opened at the start of a paragraph or after a space, outside any double quote: a ‘, or a
 * straight ' before a word that no elision explains (“'90s”, “'til”, “'em”).
 */
function singleOpenings(text: string, doubles: Array<[number, number, boolean]>): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const straight =
			text[i] === "'" && /\p{L}/u.test(text[i + 1] ?? '') && !ELISION.test(text.slice(i, i + 8));
		if (text[i] !== '‘' && !straight) continue;
		if (doubles.some(([a, b]) => i > a && i < b)) continue;
		if (opensAt(text, i)) n++;
	}
	return n;
}

/**
 * The article's quote style: single when more quotes open with ‘ outside double quotes than there are
 * double-quoted spans (a British paper that prints ‘…’ with “…” inside), else double.
 */
export function quoteStyle(texts: readonly string[]): QuoteStyle {
	let doubles = 0;
	let singles = 0;
	for (const t of texts) {
		const d = doubleSpans(t);
		doubles += d.length;
		singles += singleOpenings(t, d);
	}
	return singles > doubles ? 'single' : 'double';
}

/** Outer quote spans of one paragraph's text, in the article's style. */
export function quoteSpansOf(text: string, style: QuoteStyle, paragraph = 0): QuoteSpan[] {
	const raw = style === 'single' ? singleSpans(text) : doubleSpans(text);
	return raw
		.filter(([open, close]) => close > open + 1)
		.map(([open, close, closed]) => ({
			paragraph,
			open,
			close,
			text: text.slice(open + 1, close),
			closed
		}));
}

/** The paragraph text with every quote replaced by «···» of the same length, so offsets still match. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
	const parts: string[] = [];
	let at = 0;
	for (const s of spans) {
		const end = Math.min(s.close + 1, text.length);
		parts.push(text.slice(at, s.open));
		const inner = '·'.repeat(Math.max(0, end - s.open - 2));
		parts.push(s.closed ? `«${inner}»` : `«${inner}·`.slice(0, end - s.open));
		at = end;
	}
	parts.push(text.slice(at));
	return parts.join('');
}

/** Builds the document view of a parsed article. Sentences are joined by one space in paragraph text. */
export function buildDoc(article: Article): Doc {
	const texts = article.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
	const style = quoteStyle(texts);
	const paragraphs: ParagraphView[] = [];
	const sentences: SentenceView[] = [];
	article.sections.forEach((section, sectionIndex) => {
		for (const p of section.paragraphs) {
			const index = paragraphs.length;
			const quotes = quoteSpansOf(p.text, style, index);
			const view: ParagraphView = {
				index,
				id: p.id,
				text: p.text,
				masked: maskQuotes(p.text, quotes),
				sectionId: section.id,
				sectionIndex,
				sentences: [],
				quotes
			};
			let offset = 0;
			for (const s of p.sentences) {
				// Sentences are the paragraph's text cut at boundaries; find each one from where the last ended.
				const at = p.text.indexOf(s.text, offset);
				const start = at >= 0 ? at : offset;
				const sentence: SentenceView = {
					id: s.id,
					text: s.text,
					start,
					end: start + s.text.length,
					paragraph: index,
					order: sentences.length
				};
				view.sentences.push(sentence);
				sentences.push(sentence);
				offset = sentence.end;
			}
			paragraphs.push(view);
		}
	});
	return { title: article.title, paragraphs, sentences, style };
}

/** The sentence of a paragraph that contains offset `at`. */
export function sentenceAt(p: ParagraphView, at: number): SentenceView {
	// The last sentence that starts at or before `at`, by halving: paragraphs can be long.
	let lo = 0;
	let hi = p.sentences.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (p.sentences[mid]!.start <= at) lo = mid;
		else hi = mid - 1;
	}
	return p.sentences[lo]!;
}

/** The masked text of one sentence. */
export function maskedSentence(doc: Doc, s: SentenceView): string {
	return doc.paragraphs[s.paragraph]!.masked.slice(s.start, s.end);
}

/** Sentences a span touches, from the one it opens in to the one it closes in. */
export function spanSentences(doc: Doc, span: QuoteSpan): SentenceView[] {
	const p = doc.paragraphs[span.paragraph]!;
	const first = sentenceAt(p, span.open);
	const last = sentenceAt(p, Math.max(span.open, span.close - 1));
	const from = p.sentences.indexOf(first);
	return p.sentences.slice(from, from + (last.order - first.order) + 1);
}

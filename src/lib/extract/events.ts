import type { ParagraphView, SentenceView } from './document';
import type { Frame } from './frames';
import { MONTHS, WEEKDAYS } from './lexicon';
import type { QuoteClaim } from './quotes';

const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
const TIME = new RegExp(
	[
		`\\bbetween\\s+(?:${MONTHS})\\s+\\d{1,2}\\s+and\\s+\\d{1,2}`,
		`\\bbetween\\s+(?:${WEEKDAYS})\\s+and\\s+(?:${WEEKDAYS})`,
		`\\b(?:(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter)\\s+)?(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\\s+(?:on\\s+)?)?(?:${WEEKDAYS})${PART_OF_DAY}(?![’']s)`,
		`\\b(?:(?:on|by|since|until|from|before|after|in)\\s+)?(?:(?:early|late|mid)-?\\s*)?(?:${MONTHS})\\s+\\d{1,2}(?!\\d)(?:,?\\s+\\d{4})?`,
		`\\b(?:(?:on|by|since|until|from|before|after)\\s+)?\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?`,
		`\\b(?:last|next|this|later this|earlier this|over the|by next)\\s+(?:week|month|year|weekend)`,
		`\\b(?:\\w+|a)\\s+(?:days|weeks|months|years)\\s+ago`,
		`\\bwithin\\s+(?:a|an|one|two|three)\\s+(?:day|week|month|year)s?`,
		`\\bin\\s+the\\s+(?:morning|afternoon|evening)`,
		`\\b(?:before|by)\\s+the\\s+end\\s+of\\s+the\\s+(?:week|month|year)`,
		`\\blast\\s+weekend\\b`,
		`\\b(?:today|yesterday|tomorrow|tonight)\\b`
	].join('|'),
	'g'
);

/** The clause around `at`, between commas, semicolons or dashes, trimmed of the time itself. */
function clauseAround(text: string, at: number, length: number): string {
	const before = text.slice(0, at);
	const start =
		Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' — ')) + 1;
	const afterText = text.slice(at + length);
	const stops = [afterText.indexOf(', '), afterText.indexOf('; '), afterText.indexOf(' — ')].filter(
		(i) => i >= 0
	);
	const end = at + length + (stops.length ? Math.min(...stops) : afterText.length);
	const clause = text.slice(start, end).replace(/^[\s,;—]+|[\s,;.—]+$/g, '');
	// A clause that is only the time (“On Thursday,”) takes the rest of the sentence.
	if (
		clause
			.replace(text.slice(at, at + length), '')
			.trim()
			.split(/\s+/).length < 3
	) {
		return text.slice(start).replace(/^[\s,;—]+|[\s,;.—]+$/g, '');
	}
	return clause;
}

export interface EventClaim {
	what: string;
	when: string;
	/** Entity id of who reports it; null when the article states it on its own authority. */
	source: number | null;
	confidence: number;
	sentence: SentenceView;
}

/**
 * Events: each time expression with the clause it dates. The source is whoever reports the clause;
 * a time that dates the report itself (“said Thursday”, “On Thursday, X announced”) is the article's own.
 */
export function findEvents(
	p: ParagraphView,
	s: SentenceView,
	frames: readonly Frame[],
	quotes: readonly QuoteClaim[]
): EventClaim[] {
	const masked = p.masked;
	const text = p.text.slice(s.start, s.end);
	const attributions = frames
		.filter((f) => f.kind !== 'citing' && f.kind !== 'by')
		.map((f) => ({ ...f, complement: f.contentStart }));
	const out: EventClaim[] = [];
	for (const m of text.matchAll(TIME)) {
		const at = s.start + m.index;
		const inQuote = quotes.find((q) => at > q.span.open && at < q.span.close);
		let source: number | null = inQuote?.entity ?? null;
		let confidence = inQuote ? inQuote.confidence : 1;
		if (!inQuote) {
			// A time after the reported content began (after “that”, a colon or a quote) belongs to what
			// was reported; one before it dates the report itself (“told lawmakers on Thursday”).
			const credited = attributions.findLast((a) => {
				if (a.kind === 'participle') return false;
				if (a.kind === 'according') return at > a.complement;
				// “…,” Crane said at a news conference on Thursday: the quote was the report.
				if (/[«»·]/.test(masked.slice(s.start, a.start))) return false;
				const rest = masked.slice(a.end, s.end);
				// “said she had asked …”: after said/says/added the report starts at once (a time right
				// after the verb still dates the saying); after told/wrote it starts at “that” or a quote.
				const direct = /^(?:said|says|added|adds)$/.test(a.verb)
					? /^\s*(?:(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+\p{Ll}+)?\s*,?\s*)?/u.exec(rest)
					: null;
				const content =
					direct && direct[0].length < rest.length ? direct : /\bthat\b|:|«/.exec(rest);
				if (content === null) return false;
				const begins = a.end + (content === direct ? content[0].length : content.index);
				return at >= begins;
			});
			if (credited) {
				source = credited.entity;
				confidence = credited.confidence;
			}
		}
		// Quoted words inside the clause become “…”; the time itself is left out of what happened.
		const plain = inQuote
			? text
			: masked
					.slice(s.start, s.end)
					.replace(/«?·+»?|«»/g, (q) =>
						`“…”${' '.repeat(Math.max(0, q.length - 3))}`.slice(0, q.length)
					);
		const clause = clauseAround(plain, m.index, m[0].length);
		const what = clause
			.replace(m[0], ' ')
			.replace(/\s{2,}/g, ' ')
			.replace(/^[\s,;—]+|[\s,;—]+$/g, '')
			.replace(/\s+([,.;])/g, '$1');
		// A time that dates a quote (“…” between Sunday and Monday): what happened is the quote.
		const quoted = quotes.find(
			(q) => q.span.open >= s.start && q.span.close < at && q.span.close >= at - 3
		);
		const shown = /^“…”$/.test(what) && quoted ? `“${quoted.span.text}”` : what;
		if (!/\p{L}/u.test(shown)) continue;
		out.push({
			what: shown.charAt(0).toUpperCase() + shown.slice(1),
			when: m[0],
			source,
			confidence: source === null && !inQuote ? 1 : confidence,
			sentence: s
		});
	}
	return out;
}

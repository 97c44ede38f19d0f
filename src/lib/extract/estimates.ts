/**
 * Pass 4b: estimates. Every figure that can be an estimate (not a date, an age, a duration), what it
 * counts, and who the article credits it to — the speaker of the quote it sits in, the frame that
 * reports it, the body whose “figure” or “count” it is — or the article itself when the sentence credits
 * nobody. Where credit is unclear, the source is left open for a person to decide.
 */
import { sentenceAt, type Doc, type ParagraphView, type SentenceView } from './document';
import type { Entities } from './entities';
import type { Frame, Frames } from './frames';
import { FIGURE_NOUNS } from './lexicon';
import type { Mention, Mentions } from './mentions';
import { countedNoun, quantityKey } from './counts';
import { findFigures, type Figure } from './numbers';
import type { QuoteClaim } from './quotes';
import { FIGURE } from './rules/figures';

export interface EstimateClaim {
	figure: Figure;
	sentence: SentenceView;
	paragraph: ParagraphView;
	counts: string;
	quantity: string;
	/** Entity id; `'article'` for the article's own figure; null when left for review. */
	source: number | 'article' | null;
	citedFrom: number | null;
	confidence: number;
	rule: string;
}

const crediting = (f: Frame) =>
	f.kind === 'verb' || f.kind === 'according' || f.kind === 'participle' || f.kind === 'by';

/** Whether the sentence before `sentenceId` in its paragraph credits someone by name or description. */
function creditsBefore(p: ParagraphView, sentenceId: string, frames: Frames): boolean {
	const i = p.sentences.findIndex((s) => s.id === sentenceId);
	const before = i > 0 ? p.sentences[i - 1] : undefined;
	return (
		before !== undefined &&
		(frames.bySentence.get(before.id) ?? []).some((f) => crediting(f) && f.entity !== null)
	);
}

/** “…, police said.” / “…, the ministry said on Sunday.”: a frame that closes its sentence credits all before it. */
function trailing(p: ParagraphView, f: Frame): boolean {
	if (f.kind !== 'verb') return false;
	// “…, the minister said, adding that …”: a participle after the frame goes on with its own report.
	// “…, the alliance said in a report on Tuesday, ranking …”: the same, after a short circumstance.
	const adding = /^(?:\s+(?:in|on|at|during)\s[^,;«.]{0,45})?,\s+\p{Ll}+ing\b/u.test(
		p.masked.slice(f.end, f.end + 70)
	);
	if (f.sentence.end - f.end > 60 && !adding) return false;
	const before = p.masked.slice(Math.max(0, f.clauseStart - 2), f.clauseStart + 1);
	const rest = p.masked.slice(f.end, f.sentence.end);
	const subject = f.mention?.start ?? f.start;
	const lead = p.masked.slice(Math.max(f.sentence.start, subject - 4), subject);
	return (
		(/,\s*$/.test(lead) || /,\s*$/.test(before)) &&
		(adding ||
			/^(?:\s+(?:on|last|this|in|at|late|early)?\s*(?:\p{Lu}\p{Ll}+day|a statement|an interview|a news conference|a briefing|a report|reporters|told)?[^,;«]{0,30})?[.!?]?\s*$/u.test(
				rest
			))
	);
}

/** A body or person that owns a figure noun before it: “the council’s count of 41”, “by its reckoning …”. */
function ownerOf(
	mentions: readonly Mention[],
	tokensText: string,
	at: number,
	clauseStart: number
): Mention | null {
	// Only mentions close before the figure: “the council’s count of 41”, “the U.S. estimate was 3,000”.
	const candidates = mentions.filter(
		(m) =>
			m.end <= at &&
			at - m.end < 100 &&
			m.start >= clauseStart &&
			m.kind !== 'time' &&
			m.kind !== 'pronoun'
	);
	for (const m of candidates.reverse()) {
		const after = tokensText.slice(m.end, at);
		const noun =
			/^\s+(?:(?:own|latest|new|official|preliminary|final|initial|revised|annual|provisional|monthly)\s+)*([\p{L}-]+)(.*)$/su.exec(
				after
			);
		if (!noun || !FIGURE_NOUNS.has(noun[1]!.toLowerCase())) continue;
		if (m.possessive) return m;
		// “the U.S. estimate was 3,000”: a name that modifies the figure noun, then the figure.
		if (
			m.kind !== 'description' &&
			/^\s*(?:was|is|of|at|stood at|put|:)\s+(?:\p{L}+\s+){0,2}$/u.test(noun[2]!)
		)
			return m;
	}
	return null;
}

/**
 * “the 3 percent level that the operator listed”: a body named in a relative clause right after the
 * figure set it, so whoever says it repeats that body's figure.
 */
function setBy(mentions: readonly Mention[], text: string, end: number): Mention | null {
	const after = text.slice(end, end + 80);
	const lead = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:that|which)\s+/u.exec(after);
	if (!lead) return null;
	const at = end + lead[0].length;
	const m = mentions.find(
		(x) =>
			x.start >= at &&
			/^(?:the\s+|its\s+|their\s+)?$/i.test(text.slice(at, x.start)) &&
			x.kind !== 'pronoun'
	);
	if (!m) return null;
	return /^\s+(?:had\s+|has\s+|have\s+)?(?:listed|set|reported|published|gave|released|estimated|recorded|counted|adopted)\b/.test(
		text.slice(m.end, m.end + 30)
	)
		? m
		: null;
}

/** Words that deny the figure after them: “we don’t accept 40,000”, “rejected the figure of 300”. */
const REJECTED_BEFORE =
	/\b(?:(?:do|does|did)\s*n[o’']t|do not|does not|did not|never|cannot|can[’']t)\s+(?:recogni[sz]e|accept|agree with|believe|trust|stand by)\s+(?:the\s+(?:figure|number|estimate|claim)\s+(?:of\s+)?)?(?:\S+\s+){0,2}$|\b(?:reject(?:s|ed)?|dispute[sd]?|den(?:y|ies|ied))\s+(?:the\s+)?(?:figure|number|estimate|claim)?\s*(?:of\s+)?$/i;
/** “the 40,000 figure is simply wrong”, “that number is not a count at all”: the speaker rejects it. */
const REJECTED_AFTER =
	/^\s*(?:figure|number|estimate|count|total|claim)\s+(?:is|was)\s+(?:simply\s+|just\s+|plainly\s+|flatly\s+|completely\s+)?(?:wrong|false|incorrect|inaccurate|untrue|nonsense|inflated|exaggerated|made up|not\b)/i;
/** “… is the commission’s figure, not ours”. */
const NOT_OURS = /^[^.;]{0,50}\b(?:figure|number|estimate|count)s?,?\s+not\s+(?:ours|mine|ours\.)/i;

/** Someone's count the extractor could not name: “by his arithmetic”, “by the report’s count”. */
const OWNED_FIGURE = new RegExp(
	String.raw`\b(?:his|her|its|their|our|my|[\p{L}-]+[’']s?)\s+(?:own\s+|latest\s+|new\s+|official\s+)?(?:arithmetic|math|maths|${[...FIGURE_NOUNS].join('|')})\b`,
	'iu'
);

const REPEATING =
	/\b(?:us(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|rel(?:y|ies|ied|ying) on|repeat(?:s|ed|ing)?|quot(?:e|es|ed|ing)|based on|accept(?:s|ed|ing)?|drew on|draws on)\s+(?:\S+\s+){0,3}$/i;

/** “The report shows 4,000 …”, “data from the survey”: someone's document speaks, not the writer. */
const DOCUMENT =
	/\b(?:the|a|an|this|that|its|their|his|her|new|latest)\s+(?:[\p{L}-]+\s+)?(?:report|study|survey|analysis|data|figures|statistics|research|review|audit|census|poll|paper|assessment|findings)\b/iu;

/**
 * Whether `at` is inside a quote nested in the quote that opens at `open` (‘…’ in “…”, or “…” in ‘…’).
 * A closing single mark followed by a letter is an apostrophe (“they’re”), not the end of a quote.
 */
function insideInnerQuote(text: string, open: number, at: number): boolean {
	const [innerOpen, innerClose] = text[open] === '‘' ? ['“', '”'] : ['‘', '’'];
	const start = text.lastIndexOf(innerOpen, at);
	if (start <= open) return false;
	for (
		let i = text.indexOf(innerClose, start + 1);
		i >= 0 && i < at;
		i = text.indexOf(innerClose, i + 1)
	)
		if (!/\p{L}/u.test(text[i + 1] ?? '')) return false;
	return true;
}

/** Resolutions by a description or a pronoun rather than a name. */
const DESCRIBED =
	/\bresolve\.(?:definite-body|owned-body|definite-role|unnamed-person|unnamed-body|apposition|pronoun-[a-z-]+)\b/;
/** “Its chief executive, Ana Vos, said 300 …”: the name stands in the aside, beside the verb. */
const NAMED_ASIDE = /\bframe\.subject-appositive-verb\+resolve\.apposition\b/;
const described = (rule: string) => DESCRIBED.test(rule) && !NAMED_ASIDE.test(rule);

/** Pass 4b over the whole document. */
export function findEstimates(
	doc: Doc,
	mentions: Mentions,
	entities: Entities,
	frames: Frames,
	quotes: readonly QuoteClaim[]
): EstimateClaim[] {
	const out: EstimateClaim[] = [];
	const bySentence = new Map(mentions.bySentence.map((sm) => [sm.sentence.id, sm]));
	const quotesOf = new Map<number, QuoteClaim[]>();
	for (const q of quotes)
		quotesOf.set(q.span.paragraph, [...(quotesOf.get(q.span.paragraph) ?? []), q]);
	for (const p of doc.paragraphs) {
		let previousKey = '';
		let previousCounts = '';
		let previousSentence = '';
		const quotesHere = quotesOf.get(p.index) ?? [];
		for (const figure of findFigures(p.text)) {
			const sentence = sentenceAt(p, figure.start);
			const sm = bySentence.get(sentence.id)!;
			const sentenceFrames = (frames.bySentence.get(sentence.id) ?? []).filter(crediting);
			const citing = (frames.bySentence.get(sentence.id) ?? []).filter((f) => f.kind === 'citing');
			const cited = citing.find((f) => f.entity !== null);
			const inQuote = quotesHere.find(
				(q) => figure.start > q.span.open && figure.end <= q.span.close + 1
			);
			const clauseStart = Math.max(sentence.start, p.masked.lastIndexOf(';', figure.start) + 1);
			let source: EstimateClaim['source'] = null;
			let citedFrom: number | null = null;
			let confidence = 0;
			let rule = 'figure.unclear';
			const credit = (by: Frame, id: keyof typeof FIGURE) => {
				source = by.entity;
				confidence = by.confidence * FIGURE[id].confidence;
				rule = `${id}+${by.rule}`;
			};
			const owner = ownerOf(sm.mentions, p.masked, figure.start, clauseStart);
			const ownerLink = owner ? entities.links.get(owner.id) : undefined;
			if (inQuote && insideInnerQuote(p.text, inQuote.span.open, figure.start)) {
				// “When the police say ‘about 300’, they …”: the speaker repeats someone else's words.
				rule = 'figure.in-inner-quote';
			} else if (inQuote) {
				source = inQuote.entity;
				confidence = inQuote.confidence * FIGURE['figure.in-quote'].confidence;
				rule = `figure.in-quote+${inQuote.rule}`;
			} else {
				const reporting = sentenceFrames
					.filter(
						(f) =>
							f.kind !== 'by' &&
							f.kind !== 'according' &&
							!f.inverted &&
							figure.start >= f.contentStart &&
							figure.start < f.contentEnd
					)
					.at(-1);
				const after = sentenceFrames.find(
					(f) => f.start >= figure.end && (f.inverted || trailing(p, f))
				);
				const according = sentenceFrames.find((f) => f.kind === 'according');
				const by = sentenceFrames.find((f) => f.kind === 'by');
				if (
					ownerLink?.entity != null &&
					!(
						reporting &&
						REPEATING.test(p.masked.slice(Math.max(clauseStart, owner!.start - 40), owner!.start))
					)
				) {
					source = ownerLink.entity;
					confidence = ownerLink.confidence * FIGURE['figure.possessive-owner'].confidence;
					rule = `figure.possessive-owner+${ownerLink.rule}`;
				} else if (
					reporting &&
					according?.entity != null &&
					according.entity !== reporting.entity
				) {
					// “According to the blog, the institute predicts 40 …”: two sources, one passing the other on.
					rule = 'figure.two-sources';
				} else if (reporting) credit(reporting, 'figure.reported');
				else if (after) credit(after, 'figure.trailing-frame');
				else if (according) credit(according, 'figure.according-to');
				else if (by) credit(by, 'figure.passive-by');
				else if (
					!(frames.bySentence.get(sentence.id) ?? []).length &&
					!OWNED_FIGURE.test(p.masked.slice(sentence.start, sentence.end)) &&
					!DOCUMENT.test(p.masked.slice(sentence.start, sentence.end)) &&
					// “the projected three rate increases”: a forecast someone made, though no verb says who.
					!/\b(?:estimated|projected|forecast|predicted|expected|reported|alleged|claimed)\b/i.test(
						p.masked.slice(sentence.start, sentence.end)
					) &&
					!sm.mentions.some((m) => {
						if (m.kind === 'place' || m.kind === 'time') return false;
						// A description met here for the first time (“the world’s fourth-largest military”) names no source.
						const r = entities.links.get(m.id);
						return !(m.kind === 'description' && r?.rule === 'resolve.new-described-body');
					})
				) {
					// No verb of saying and nobody named but places (“North Korea maintains a military of nearly
					// 1.3 million”): the writer states it — unless the sentence before, in the same paragraph,
					// credits someone, whose account it may go on with.
					if (creditsBefore(p, sentence.id, frames)) rule = 'figure.after-credited';
					else {
						source = 'article';
						confidence = FIGURE['figure.article-own'].confidence;
						rule = 'figure.article-own';
					}
				}
				// “using the ministry’s figure of …”: the frame's speaker repeats the owner's figure.
				if (
					reporting &&
					ownerLink?.entity != null &&
					rule.startsWith('figure.reported') &&
					ownerLink.entity !== reporting.entity
				) {
					citedFrom = ownerLink.entity;
					rule += '+figure.repeats-owner';
				}
			}
			// Figures travel: “the agency said 300” often passes on someone else's count, so a source known
			// only by a description or a pronoun is not enough for a figure (measured: docs/extraction.md).
			if (
				source !== null &&
				source !== 'article' &&
				described(rule.split('+figure.repeats-owner')[0]!)
			) {
				confidence *= FIGURE['figure.described-source'].confidence;
				rule += '+figure.described-source';
			}
			const setter = setBy(sm.mentions, p.masked, figure.end);
			const setterEntity = setter ? entities.links.get(setter.id) : undefined;
			if (
				setterEntity?.entity != null &&
				source !== null &&
				setterEntity.entity !== source &&
				!inQuote
			) {
				citedFrom = setterEntity.entity;
				rule += `+figure.set-by+${setterEntity.rule}`;
			} else if (cited && cited.entity !== source && source !== null) {
				citedFrom = cited.entity;
				rule += `+figure.citing+${cited.rule}`;
			} else if (!cited && citing.length && source !== null && !inQuote) {
				// Repeated from someone the extractor cannot name: neither theirs nor the speaker's own.
				source = null;
				rule += '+figure.citing-unknown';
			}
			// “We don’t recognise 21,000”, “that is the commission’s figure, not ours”: named to be denied.
			if (
				source !== null &&
				(REJECTED_BEFORE.test(
					p.text.slice(Math.max(clauseStart, figure.start - 60), figure.start)
				) ||
					NOT_OURS.test(p.text.slice(figure.end, figure.end + 80)) ||
					REJECTED_AFTER.test(p.text.slice(figure.end, figure.end + 60)))
			) {
				source = null;
				rule += '+figure.rejected';
			}
			// “Let’s not pretend 58 is the number”: a value quoted from a speaker that an earlier sentence
			// credited to someone else is theirs, repeated, whatever the speaker makes of it. (A lead that
			// gives a figure with no source, and a later sentence that credits it, is the usual order.)
			if (
				inQuote &&
				typeof source === 'number' &&
				citedFrom === null &&
				out.some(
					(e) =>
						e.figure.value === figure.value &&
						typeof e.source === 'number' &&
						e.source !== source &&
						e.sentence.order < sentence.order
				)
			) {
				source = null;
				rule += '+figure.repeats-earlier';
			}
			if (source === null) confidence = 0;
			// Inside a quote the masked text hides the noun: read the quote's own words.
			let counts = countedNoun(inQuote ? p.text : p.masked, figure.after, figure.start);
			// “between 18,000 and 22,000 soldiers, … and 3,000 more”: the noun carries over within a sentence,
			// never into the next, where a masked quote may count something else entirely.
			if (!counts && previousSentence === sentence.id) counts = previousCounts;
			const quantity = quantityKey(
				counts,
				// The words around the figure say what happened to what it counts (died, missing, marched).
				p.masked.slice(
					Math.max(sentence.start, figure.start - 200),
					Math.min(sentence.end, figure.end + 200)
				),
				previousKey,
				// “Worldwide, it counted 361 …”, not “47 held …, ranking it fourth worldwide”.
				p.masked.slice(
					Math.max(clauseStart, figure.start - 80),
					Math.min(sentence.end, figure.end + counts.length + 25)
				)
			);
			previousKey = quantity;
			previousCounts = counts;
			previousSentence = sentence.id;
			out.push({
				figure,
				sentence,
				paragraph: p,
				counts,
				quantity,
				source,
				citedFrom,
				confidence,
				rule
			});
		}
	}
	return out;
}

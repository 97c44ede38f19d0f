/**
 * Pass 4c: paraphrases — what a frame reports in the writer's words, with no quote marks: the clause
 * after the verb up to the next attribution or, for a verb set between commas (“…, Austin confirmed
 * Wednesday, although …”) or after the clause (“…, said Austin.”), what comes before it.
 */
import type { ParagraphView, SentenceView } from './document';
import type { Frame } from './frames';
import { SPEECH_VERBS } from './lexicon';
import { words } from './names';

export interface ParaphraseClaim {
	text: string;
	entity: number;
	confidence: number;
	rule: string;
	sentence: SentenceView;
}

/** A phrase that attributes or describes rather than reports (“in a brief statement”, “on Thursday”). */
const NOT_A_REPORT =
	/^(?:(?:in|on|at|during|after|before|by|with|from|to|through|via|over)\b.{0,40}$|(?:reporters|journalists|lawmakers|parliament|the \w+)$)/i;

/** The start of a phrase about the saying itself: a preposition, or the audience after “told”. */
const CIRCUMSTANCE =
	/^(?:(?:in|on|at|during|after|before|by|with|from|through|via|over|outside|inside|to|while|speaking)\s(?!least\b|most\b|[$€£]?\d)|(?:reporters|journalists|lawmakers|legislators|parliament|senators|mps|the (?:committee|council|chamber|house|senate|court|inquiry|hearing|press|media))\b)/i;

/** “told the AP in an interview”, “told state-owned Al-Arabiya television”: the outlet, not the report. */
const MEDIA =
	/^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+|state-owned\s+|state\s+|public\s+)*(?:in an interview|news agency|television|radio|newspaper|broadcaster|channel|network)\b/u;
/** “told the AP that …”: the report is the that-clause. */
const OUTLET_THAT = /^(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*\s+that\s/u;

/** Verbs of saying that also take a thing as their object (“disputed the figures”). */
const OBJECT_VERBS =
	/^(?:disputed?|disputes|denied|denies|deny|rejected|rejects|reject|confirmed|confirms|confirm|announced|announces|announce|acknowledged|acknowledges|questioned|questions|critici[sz]ed|critici[sz]es|welcomed|welcomes|condemned|condemns|defended|defends|described|describes|cited|cites)$/;

/** Words that show a clause with its own verb (“the plant was shut”, “it had known”). */
const FINITE =
	/\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do)\b|\b\p{L}+(?:ed|es)\s+(?:the|a|an|to|that|its|their|his|her|by|in|on|at|of|from|more|less|up|down|out)\b/iu;

function reportOrNull(text: string): string | null {
	const t = text.replace(/[\s,.;—]+$/, '');
	return words(t).length >= 4 && !NOT_A_REPORT.test(t) ? t : null;
}

function reportedClause(
	p: ParagraphView,
	s: SentenceView,
	f: Frame,
	all: readonly Frame[]
): string | null {
	if (f.kind !== 'verb') return null;
	// “what it described as routine drills”: a label, not a report.
	if (/^\s+as\s/.test(p.masked.slice(f.end, f.end + 5))) return null;
	const masked = p.masked;
	const next = all.find((g) => g.start > f.end && g.kind !== 'participle' && g.entity !== f.entity);
	let from = f.contentStart;
	let to = next ? Math.max(f.contentStart, next.clauseStart) : s.end;
	const tail = masked.slice(f.end, s.end);
	const parenthetical =
		f.clauseStart > s.start + 1 &&
		/^(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s*(?:[.]|$|,\s*(?:although|though|but|while|and|as|even)\b)/u.test(
			tail
		);
	if (f.inverted || parenthetical) {
		from = s.start;
		to = f.inverted ? f.start : f.clauseStart;
	}
	let raw = masked.slice(from, to);
	if (/[«»·]/.test(raw)) return null;
	// Background the writer adds (“, where Russia has struggled …”, “ — largely a consequence of …”)
	// is not part of what the source said.
	raw = raw.split(/,\s+where\s|,\s+which\s|\s+—\s/)[0]!;
	// “suggest, based on …, that they …”: the report is the that-clause, when the verb is what the
	// aside interrupts (not “X said A, although others suggest, …, that B”).
	const that = /^\s*,[^,]*,\s+that\s/.exec(raw);
	if (that) raw = raw.slice(that[0].length);
	// “A, although others doubt it”: what follows a contrast may be someone else's view; keep the first part.
	raw = raw.split(/,\s+(?:although|though|whereas|while|but)\s/)[0]!;
	const text = raw
		.replace(/^[\s,]*(?:that\s+)?/i, '')
		.replace(/^(?:on|last|this)\s+\p{Lu}\p{Ll}+day\s*,?\s*(?:that\s+)?/u, '')
		.replace(/[\s,.]+(?:although|though|while|but|and)?$/i, '')
		.replace(/[\s,.;—]+$/, '');
	if (words(text).length < 4 || NOT_A_REPORT.test(text)) return null;
	// “told reporters at the showground”, “said through an interpreter in a classroom …”: where and to
	// whom it was said, not what. With a that-clause after it, the report is the that-clause.
	if (CIRCUMSTANCE.test(text) || MEDIA.test(text) || OUTLET_THAT.test(text)) {
		const that = /\bthat\s+/.exec(text);
		return that ? reportOrNull(text.slice(that.index + that[0].length)) : null;
	}
	// “when I called her in May”, “asked whether the lake was safe”: when the words were said, or the
	// reporter's question. A report has its main clause after such an opening (“when prices rise, we
	// cut”).
	if (/^(?:when|while|once|until|after|before|asked)\s/i.test(text) && !text.includes(','))
		return null;
	// “…, according to the regulator's report, …”: the words that follow credit someone else.
	if (/^according\s+to\b/i.test(text)) return null;
	// “she said, standing by the gate”: what the speaker was doing, unless it is a verb of saying
	// (“adding that …”).
	const participle = /^(\p{Ll}+ing)\b/u.exec(text)?.[1];
	if (participle && !SPEECH_VERBS.has(participle)) return null;
	// “more than it has acknowledged”, “worse than officials said”: a comparison with what was said,
	// not a report of it.
	if (
		/\bthan\s+(?:\S+\s+){1,4}$/i.test(masked.slice(Math.max(s.start, f.clauseStart - 1), f.start))
	)
		return null;
	// “disputed parts of the analysis”, “denied the charges”: a verb with a thing as its object reports
	// no statement unless a clause follows (“denied that it knew”, “confirmed the plant was shut”).
	if (
		OBJECT_VERBS.test(f.verb) &&
		!/^\s*that\b/i.test(masked.slice(f.end, f.end + 8)) &&
		!FINITE.test(text)
	)
		return null;
	// “asked not to be named”, “urged residents to leave”: a request, not a report.
	if (/^(?:not\s+)?to\s/i.test(text)) return null;
	// “puts the toll at 260”, “estimates its armaments at 4,300 tanks”: an estimate, not a report.
	if (/\bat\s+(?:(?:about|roughly|around|some|nearly|more than|at least)\s+)?[$€£]?\d/.test(text))
		return null;
	return text;
}

/** The paraphrases of one sentence. */
export function sentenceParaphrases(
	p: ParagraphView,
	s: SentenceView,
	frames: readonly Frame[]
): ParaphraseClaim[] {
	const out: ParaphraseClaim[] = [];
	for (const f of frames) {
		if (f.entity === null) continue;
		const text = reportedClause(p, s, f, frames);
		if (text)
			out.push({
				text,
				entity: f.entity,
				confidence: f.confidence,
				rule: `paraphrase+${f.rule}`,
				sentence: s
			});
	}
	return out;
}

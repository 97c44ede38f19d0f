/**
 * Pass 3: attributions. In each sentence, every verb of saying (“said”, “told”, “estimates”), every
 * “according to X”, “citing X” and “published by X”, with the mention that is its speaker and the stretch
 * of text it reports. A frame's confidence is its rule's times that of the speaker's resolution.
 */
import type { Doc, SentenceView } from './document';
import type { Entities } from './entities';
import { BY_VERBS, NOUN_FORMS, SPEECH_VERBS, THAT_VERBS, VERB_LEAD } from './lexicon';
import type { Mention, Mentions, SentenceMentions } from './mentions';
import { FRAME } from './rules/frames';
import type { Token } from './tokens';

export interface Frame {
	sentence: SentenceView;
	kind: 'verb' | 'according' | 'participle' | 'by' | 'citing';
	verb: string;
	/** Paragraph offsets of the verb (or of “according to”, “citing”, “by”). */
	start: number;
	end: number;
	/** The speaker's mention, when the frame has one. */
	mention: Mention | null;
	entity: number | null;
	/** Frame rule and resolution rule, joined by “+”. */
	rule: string;
	confidence: number;
	/** True when the speaker comes after the verb (“…,” said Austin). */
	inverted: boolean;
	/** Paragraph offsets of what the frame reports (after the verb, or after “according to X,”). */
	contentStart: number;
	contentEnd: number;
	/** Paragraph offset where the clause with the speaker begins. */
	clauseStart: number;
}

export interface Frames {
	bySentence: ReadonlyMap<string, readonly Frame[]>;
	all: readonly Frame[];
}

const BOUNDARY = new Set([';', '—', '–', ':', '(', ')']);

/** A sentence's mentions by first and last token, for look-ups in constant time (times are no speakers). */
const byTo = new WeakMap<readonly Mention[], Map<number, Mention>>();
const byFrom = new WeakMap<readonly Mention[], Map<number, Mention>>();
function index(
	ms: readonly Mention[],
	key: 'from' | 'to',
	cache: WeakMap<readonly Mention[], Map<number, Mention>>
) {
	let map = cache.get(ms);
	if (!map) {
		map = new Map();
		for (const m of ms) if (m.kind !== 'time' && !map.has(m[key])) map.set(m[key], m);
		cache.set(ms, map);
	}
	return map;
}
function endingAt(ms: readonly Mention[], to: number): Mention | undefined {
	return index(ms, 'to', byTo).get(to);
}
function startingAt(ms: readonly Mention[], from: number): Mention | undefined {
	return index(ms, 'from', byFrom).get(from);
}

/** The token before a short bracketed aside that ends at token `k` (“(ORS)”), or `k` itself. */
function beforeBracket(tokens: readonly Token[], k: number): number {
	if (tokens[k]?.text !== ')') return k;
	for (let c = k - 1; c >= 0 && k - c <= 4; c--) if (tokens[c]!.text === '(') return c - 1;
	return k;
}

/** What a source is cited for, before its name: “citing figures from …”, “a blog post for …”. */
const CITED_MATERIAL =
	/^(?:(?:a|an|the|its|their|new|latest|official|preliminary)\s+)*(?:(?:figures?|data|numbers|estimates?|statistics|counts?|research|reports?|records|projections?|analysis|survey)\s+(?:compiled\s+by|released\s+by|published\s+by|from|by|of)|(?:blog\s+)?posts?\s+(?:for|on|by)|articles?\s+(?:for|in|by))(?=\s|$)/;

/** Auxiliaries of the passive: “was told”, “had been told”. */
const PASSIVE_AUX = /^(?:was|were|been|being|is|are|be|get|gets|got)$/;

/** Prepositions whose object is no subject of a verb after it. */
const GOVERNING = /^(?:at|of|in|from|for|by|with|to|on)$/;

/**
 * The subject before a verb at token `v`: the mention right before it (past adverbs and auxiliaries:
 * “also said”, “has said”), or before an appositive or relative clause set off by commas (“X, the
 * trust’s head of research, said”; “X, who led the count, said”).
 */
function subjectBefore(sm: SentenceMentions, v: number): { mention: Mention; rule: string } | null {
	const { tokens, mentions } = sm;
	let k = v - 1;
	// Past auxiliaries and adverbs: “also said”, “has said”, “allegedly told”.
	while (
		k >= 0 &&
		tokens[k]!.type === 'word' &&
		(VERB_LEAD.has(tokens[k]!.lower) || (/ly$/.test(tokens[k]!.lower) && !tokens[k]!.cap)) &&
		!endingAt(mentions, k + 1)
	)
		k--;
	if (k < 0) return null;
	// “The Office for Road Safety (ORS) counted …”: a short name in brackets after the subject.
	k = beforeBracket(tokens, k);
	// “Kim, who told lawmakers …”: the subject of a relative clause is the name before “who”.
	if (/^(?:who|which)$/.test(tokens[k]!.lower) && tokens[k - 1]?.text === ',') {
		const m = endingAt(mentions, k - 1);
		if (m && !m.possessive && m.kind !== 'pronoun')
			return { mention: m, rule: 'frame.relative-subject' };
	}
	const direct = endingAt(mentions, k + 1);
	// “imagery analyzed by the Observatory at Brennan University suggests”: a name after a preposition
	// is not the verb's subject.
	// “an ally of the Orla lawmaker said”: a capitalised word before the noun is read as a name of its own.
	const before = direct ? endingAt(mentions, direct.from) : undefined;
	const governed =
		direct &&
		(GOVERNING.test(tokens[direct.from - 1]?.lower ?? '') ||
			(direct.kind === 'description' &&
				before !== undefined &&
				before.kind !== 'pronoun' &&
				GOVERNING.test(tokens[before.from - 1]?.lower ?? '')));
	if (direct && !direct.possessive && !governed)
		return { mention: direct, rule: 'frame.subject-verb' };
	if (governed) return null;
	// “X, …, said”: the comma just before the verb closes an aside; X stands before the comma that opens it.
	if (tokens[k]!.text !== ',') return null;
	let depth = 0;
	for (let c = k - 1; c >= 0 && k - c < 40; c--) {
		const t = tokens[c]!;
		// An acronym or aside in brackets inside the appositive: “(KML)”.
		if (t.text === ')') depth++;
		else if (t.text === '(') depth = Math.max(0, depth - 1);
		if (depth > 0 || t.text === '(') continue;
		// A quote inside the aside ends the search, unless it is a short label (“its 2022 “reform””).
		if (BOUNDARY.has(t.text) || (t.type === 'quote' && t.end - t.start > 30)) return null;
		if (t.text !== ',') continue;
		// “The agriculture ministry in the capital, Puerto Alcón, puts …”: a short place phrase may
		// stand between the subject and the aside.
		let m = endingAt(mentions, beforeBracket(tokens, c - 1) + 1);
		// “A nurse on the night shift at Mill Hospital, who …, said”: a name after a preposition belongs
		// to the phrase before it, which is the subject.
		for (let n = 0; m && n < 3 && GOVERNING.test(tokens[m.from - 1]?.lower ?? ''); n++) {
			const owner = endingAt(mentions, m.from - 1);
			if (!owner) break;
			m = owner;
		}
		for (let to = c - 1; !m && to >= c - 5 && to > 0; to--) {
			const x = endingAt(mentions, to);
			if (
				x &&
				/^(?:in|at|of|from|for|on|near)$/.test(tokens[x.to]!.lower) &&
				tokens.slice(x.to, c).every((y) => y.type === 'word' && !SPEECH_VERBS.has(y.lower))
			)
				m = x;
		}
		if (m && !m.possessive && m.kind !== 'pronoun') {
			const aside = tokens.slice(c + 1, k);
			const first = aside[0];
			// An aside describes (“the agency’s director”, “who led the count”, “34”); a clause with its own
			// verb (“it could have implications”) is no aside.
			const clause = aside.some(
				(x) =>
					x.type === 'word' &&
					(VERB_LEAD.has(x.lower) || SPEECH_VERBS.has(x.lower)) &&
					x.lower !== 'first'
			);
			const relative = first && /^(?:who|whose|which)$/.test(first.lower);
			// “an environmental group that has sued …”: a description may carry a relative clause.
			const described = mentions.some(
				(x) => x.from === c + 1 && (x.kind === 'description' || x.kind === 'group')
			);
			const appositive =
				first &&
				(relative ||
					described ||
					(!clause &&
						(/^(?:a|an|the|citing|now|then|formerly|speaking|himself|herself)$/.test(first.lower) ||
							// “The general, for her part, said”, “X, in turn, said”: a short adverbial aside.
							(aside.length <= 3 &&
								/^(?:for|in|however|meanwhile|too|though|also|instead|likewise)$/.test(
									first.lower
								)) ||
							mentions.some((x) => x.from === c + 1 && x.kind !== 'pronoun') ||
							(first.type === 'number' && aside.length === 1))));
			if (appositive) return { mention: m, rule: 'frame.subject-appositive-verb' };
		}
	}
	return null;
}

/** The subject right after a verb (“…,” said Dr Akande, the trust’s head of research). */
function subjectAfter(sm: SentenceMentions, v: number): Mention | null {
	const m = startingAt(sm.mentions, v + 1) ?? null;
	// “said SES deputy chief officer Grant Ilbery”: a body's name that opens a person's title is the
	// body they work for; the person speaks.
	const next = m && m.kind !== 'person' ? startingAt(sm.mentions, m.to) : undefined;
	return next?.kind === 'person' ? next : m;
}

/** Adjectives of a report or a count (“its interim report”, “the annual estimate”). */
const DOCUMENT_ADJECTIVES = new Set(
	'interim annual final latest new preliminary initial draft full official internal independent quarterly monthly weekly provisional revised updated separate own first second third'.split(
		' '
	)
);

/** Words before a noun, never before a verb (“the estimate”, “its report”, “those estimated”). */
const NOUN_DETERMINERS = new Set('the a an its their his her our this that these those'.split(' '));

/** Whether the verb at `v` is used as a noun (“the U.S. estimate was”, “a report from”). */
function isNoun(tokens: Token[], v: number, mentions: readonly Mention[]): boolean {
	const t = tokens[v]!;
	const prev = tokens[v - 1];
	const next = tokens[v + 1];
	// “an estimated 35 million”, “California’s estimated 35 million”: a participle used as an adjective.
	if (
		/ed$/.test(t.lower) &&
		(prev?.possessive ||
			endingAt(mentions, v)?.possessive ||
			NOUN_DETERMINERS.has(prev?.lower ?? ''))
	)
		return true;
	if (!NOUN_FORMS.has(t.lower)) return false;
	if (
		prev?.type === 'number' ||
		/^(?:two|three|four|five|six|seven|eight|nine|ten|both|several|many|all)$/.test(
			prev?.lower ?? ''
		)
	)
		return true;
	if (
		prev &&
		/^(?:the|a|an|its|their|his|her|our|this|that|these|those|whose|latest|new|own|official|final|first)$/.test(
			prev.lower
		)
	)
		return true;
	if (prev?.possessive) return true;
	if (endingAt(mentions, v)?.possessive) return true;
	// “the authority’s interim report”, “its latest annual survey”: a noun after a document's adjectives.
	let k = v - 1;
	while (k > 0 && v - k <= 2 && DOCUMENT_ADJECTIVES.has(tokens[k]!.lower)) k--;
	if (
		k < v - 1 &&
		(tokens[k]!.possessive ||
			endingAt(mentions, k + 1)?.possessive ||
			NOUN_DETERMINERS.has(tokens[k]!.lower))
	)
		return true;
	if (
		next &&
		/^(?:was|is|were|are|of|has|had|came|from|for|suggests|shows|showed|as|by)$/.test(next.lower)
	)
		return true;
	return false;
}

/** Nouns of a body's document that a later sentence may call “the report”. */
const DOCUMENT_NOUNS = new Set(
	'report survey study analysis assessment audit review census count tally'.split(' ')
);

/** The reports seen so far, by noun: whose they are (“the board’s annual report”) and where. */
type Documents = Map<string, { mention: Mention; paragraph: number; owners: Set<number | null> }>;

/** Records that `noun` (“report”) in paragraph `paragraph` is the document of `mention`. */
function noteDocument(
	documents: Documents,
	entities: Entities,
	noun: string,
	mention: Mention,
	paragraph: number
) {
	const before = documents.get(noun);
	const owners = before?.owners ?? new Set();
	const entity = entities.links.get(mention.id)?.entity ?? null;
	owners.add(entity);
	// “the alliance’s report” after “the GPFA said in a report”: keep the mention that names the owner.
	const same = before && entities.links.get(before.mention.id)?.entity === entity;
	const named = (m: Mention) => m.kind !== 'description' && m.kind !== 'group';
	const keep = same && named(before.mention) && !named(mention) ? before.mention : mention;
	documents.set(noun, { mention: keep, paragraph, owners });
}

/**
 * “X’s (interim) report”, “a report by X”, “the survey published by X”, “X said in a report …”: record
 * whose document it is.
 */
function noteDocuments(
	doc: Doc,
	sm: SentenceMentions,
	frames: readonly Frame[],
	documents: Documents,
	entities: Entities
) {
	const { tokens, mentions } = sm;
	const text = doc.paragraphs[sm.sentence.paragraph]?.masked ?? '';
	for (const f of frames) {
		if (f.kind !== 'verb' || !f.mention || f.entity === null) continue;
		const said = /^\s+in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}]+)/u.exec(
			text.slice(f.end, f.end + 50)
		);
		if (said && DOCUMENT_NOUNS.has(said[1]!.toLowerCase()))
			noteDocument(documents, entities, said[1]!.toLowerCase(), f.mention, sm.sentence.paragraph);
	}
	for (const m of mentions) {
		if (m.kind === 'pronoun' || m.kind === 'time') continue;
		let k = m.to;
		while (k < tokens.length && k - m.to < 2 && DOCUMENT_ADJECTIVES.has(tokens[k]!.lower)) k++;
		const noun = tokens[k]?.lower ?? '';
		if (m.possessive && DOCUMENT_NOUNS.has(noun))
			noteDocument(documents, entities, noun, m, sm.sentence.paragraph);
		const before = tokens[m.from - 1]?.lower ?? '';
		const doc =
			tokens[m.from - (before === 'by' && BY_VERBS.has(tokens[m.from - 2]?.lower ?? '') ? 3 : 2)];
		if ((before === 'by' || before === 'from') && doc && DOCUMENT_NOUNS.has(doc.lower))
			noteDocument(documents, entities, doc.lower, m, sm.sentence.paragraph);
	}
}

/** The frames of one sentence. */
function sentenceFrames(
	doc: Doc,
	sm: SentenceMentions,
	entities: Entities,
	documents: Documents
): Frame[] {
	const { tokens, mentions, sentence } = sm;
	const out: Frame[] = [];
	const resolved = (m: Mention | null) => (m ? entities.links.get(m.id) : undefined);
	const make = (
		kind: Frame['kind'],
		v: number,
		vEnd: number,
		mention: Mention | null,
		rule: keyof typeof FRAME,
		inverted: boolean,
		contentStart: number,
		clauseStart: number
	): Frame => {
		const r = resolved(mention);
		const frameConfidence = FRAME[rule].confidence;
		return {
			sentence,
			kind,
			verb: tokens
				.slice(v, vEnd)
				.map((t) => t.text)
				.join(' ')
				.toLowerCase(),
			start: tokens[v]!.start,
			end: tokens[vEnd - 1]!.end,
			mention,
			entity: r?.entity ?? null,
			rule: r ? `${rule}+${r.rule}` : rule,
			confidence: r && r.entity !== null ? frameConfidence * r.confidence : 0,
			inverted,
			contentStart,
			contentEnd: sentence.end,
			clauseStart
		};
	};
	const clauseStartBefore = (k: number) => {
		for (let c = k; c >= 0; c--)
			if (BOUNDARY.has(tokens[c]!.text) || tokens[c]!.text === ',' || tokens[c]!.type === 'quote')
				return tokens[c]!.end;
		return sentence.start;
	};

	for (let v = 0; v < tokens.length; v++) {
		const t = tokens[v]!;
		if (t.type !== 'word') continue;
		// “according to X”
		if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
			// “according to a report by X”, “according to figures from X”: X, past the document.
			const via = CITED_MATERIAL.exec(
				tokens
					.slice(v + 2, v + 6)
					.map((x) => x.lower)
					.join(' ')
			);
			const m =
				startingAt(mentions, v + 2) ??
				(via ? startingAt(mentions, v + 2 + via[0].split(' ').length) : undefined);
			if (m) {
				const comma = tokens.findIndex((x, i) => i > m.to - 1 && x.text === ',');
				const content = comma >= 0 ? tokens[comma]!.end : sentence.start;
				out.push(make('according', v, v + 2, m, 'frame.according-to', false, content, t.start));
			}
			continue;
		}
		// “citing X”, “quoting X”: the source a frame repeats; “using figures from X” too.
		if (t.lower === 'citing' || t.lower === 'quoting' || t.lower === 'using') {
			// “citing figures from X”, “citing data compiled by X”: X is the source repeated.
			const via = CITED_MATERIAL.exec(
				tokens
					.slice(v + 1, v + 5)
					.map((x) => x.lower)
					.join(' ')
			);
			if (t.lower === 'using' && !via) continue;
			const m = startingAt(mentions, v + 1 + (via ? via[0].split(' ').length : 0));
			if (m) out.push(make('citing', v, v + 1, m, 'frame.citing', false, m.end, t.start));
			continue;
		}
		// “published by X”, “figures released by X”
		// “a survey carried out by X”: a phrasal participle.
		const phrasal = tokens[v - 1]?.lower === 'out' && BY_VERBS.has(tokens[v - 2]?.lower ?? '');
		if (t.lower === 'by' && (BY_VERBS.has(tokens[v - 1]?.lower ?? '') || phrasal)) {
			const m = startingAt(mentions, v + 1);
			// “X said the team used surveys carried out by volunteers in 40 villages”: inside X's report
			// the agent did the work, and the figure is still X's.
			const reported =
				phrasal &&
				out.some(
					(f) => f.entity !== null && f.kind === 'verb' && f.contentStart <= t.start && !f.inverted
				);
			if (m && !reported)
				out.push(
					make(
						'by',
						phrasal ? v - 2 : v - 1,
						v + 1,
						m,
						'frame.passive-by',
						false,
						tokens[phrasal ? v - 2 : v - 1]!.start,
						clauseStartBefore(phrasal ? v - 3 : v - 2)
					)
				);
			continue;
		}
		const that = THAT_VERBS.has(t.lower) && tokens[v + 1]?.lower === 'that';
		if (!SPEECH_VERBS.has(t.lower) && !that) continue;
		if (isNoun(tokens, v, mentions)) continue;
		// “…, saying …”: shares the subject of the verb before it.
		if (/ing$/.test(t.lower)) {
			const main = out.findLast((f) => f.kind === 'verb');
			if (main && main.mention) {
				out.push({
					...make(
						'participle',
						v,
						v + 1,
						main.mention,
						'frame.participle',
						false,
						t.end,
						main.clauseStart
					)
				});
			}
			continue;
		}
		// “according to intelligence reports”: a noun inside someone else's attribution.
		const according = out.findLast((f) => f.kind === 'according');
		if (according && according.end > t.start - 40 && according.start < t.start) {
			let comma = false;
			for (let i = v - 1; i > 0 && tokens[i]!.start > according.end; i--)
				if (tokens[i]!.text === ',') comma = true;
			if (!comma) continue;
		}
		const prev = tokens[v - 1];
		// “He was told one was ‘on the way’”: the subject heard the words; who said them is not given.
		if (
			t.lower === 'told' &&
			PASSIVE_AUX.test(prev?.lower ?? '') &&
			tokens.slice(v + 1).some((x) => x.type === 'quote')
		) {
			out.push(make('verb', v, v + 1, null, 'frame.passive-told', false, t.end, t.start));
			continue;
		}
		const afterQuote =
			!prev || prev.type === 'quote' || (prev.text === ',' && tokens[v - 2]?.type === 'quote');
		const subject = subjectBefore(sm, v);
		// “…,” said X / “…, it could have implications, said X.” — never “X, …, told Reuters”: after
		// “told” comes the listener, and a subject before the verb comes first.
		if (
			!subject &&
			!/^tell/.test(t.lower) &&
			!/^told$/.test(t.lower) &&
			(afterQuote || (prev && (prev.text === ',' || BOUNDARY.has(prev.text))))
		) {
			const m = subjectAfter(sm, v);
			if (
				m &&
				(afterQuote ||
					v === tokens.length - 3 ||
					tokens[m.to]?.text === '.' ||
					tokens[m.to]?.text === ',')
			) {
				out.push(make('verb', v, v + 1, m, 'frame.verb-subject', true, sentence.start, t.start));
				continue;
			}
		}
		if (subject) {
			const clause = clauseStartBefore(subject.mention.from - 1);
			out.push(
				make(
					'verb',
					v,
					v + 1,
					subject.mention,
					subject.rule as keyof typeof FRAME,
					false,
					t.end,
					clause
				)
			);
			continue;
		}
		// “The report put the cost at …”: the body whose report the article has just named.
		const owner =
			prev &&
			DOCUMENT_NOUNS.has(prev.lower) &&
			/^(?:the|this|that)$/.test(tokens[v - 2]?.lower ?? '') &&
			!endingAt(mentions, v)
				? documents.get(prev.lower)
				: undefined;
		// Further back, only when the article has named no other owner of such a document.
		const near = owner && sentence.paragraph - owner.paragraph <= 1;
		if (owner && (near || owner.owners.size === 1)) {
			const rule = near ? 'frame.document' : 'frame.document-far';
			out.push(make('verb', v, v + 1, owner.mention, rule, false, t.end, tokens[v - 2]!.start));
			continue;
		}
		// “X called the figure … and put the cost at …”: a second verb with no subject of its own.
		if (prev?.lower === 'and' || prev?.lower === 'but') {
			const main = out.findLast((f) => f.kind === 'verb' && f.mention);
			if (main) {
				out.push(
					make(
						'verb',
						v,
						v + 1,
						main.mention,
						'frame.coordinated-verb',
						false,
						t.end,
						main.clauseStart
					)
				);
				continue;
			}
		}
		// A verb inside what another frame reports (“said that its survey had found …”) is part of the report.
		if (
			out
				.slice(-8)
				.some(
					(f) =>
						f.entity !== null &&
						f.kind !== 'citing' &&
						!f.inverted &&
						f.contentStart <= t.start &&
						t.start < f.contentEnd
				)
		)
			continue;
		// A verb with no speaker found: kept, so the quote beside it is not credited to anyone else.
		out.push(
			make('verb', v, v + 1, null, 'frame.no-subject', false, t.end, clauseStartBefore(v - 1))
		);
	}
	// Content of a frame ends where the next frame of another speaker begins.
	for (const [i, f] of out.entries()) {
		const next = out
			.slice(i + 1, i + 9)
			.find(
				(g) =>
					g.start > f.end && g.entity !== f.entity && g.kind !== 'participle' && g.kind !== 'citing'
			);
		if (next && !f.inverted) f.contentEnd = Math.max(f.contentStart, next.clauseStart);
	}
	void doc;
	return out;
}

/** Pass 3 over the whole document. */
export function findFrames(doc: Doc, mentions: Mentions, entities: Entities): Frames {
	const bySentence = new Map<string, Frame[]>();
	const all: Frame[] = [];
	const documents: Documents = new Map();
	for (const sm of mentions.bySentence) {
		const frames = sentenceFrames(doc, sm, entities, documents);
		noteDocuments(doc, sm, frames, documents, entities);
		bySentence.set(sm.sentence.id, frames);
		all.push(...frames);
	}
	return { bySentence, all };
}

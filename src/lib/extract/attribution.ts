import { ORG_WORDS, PERSON_ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS } from './lexicon';
import { phraseAtEnd, phraseAtStart, type Mention } from './mentions';
import type { Context, Entity, Registry } from './registry';
import { normalise, words, type SentenceRef } from './text';

/** Who a sentence credits, and where: “X said”, “said X”, “according to X”, “…, saying”. */
export interface Attribution {
	kind: 'verb' | 'according' | 'participle';
	verb: string;
	/** Paragraph offsets of the verb (or of “according to”). */
	start: number;
	end: number;
	entity: Entity;
	/** Where the reported content begins (after the verb or after “according to X,”). */
	complement: number;
	/** True when the speaker comes after the verb (“…,” said Austin). */
	inverted: boolean;
	/** Paragraph offset where the clause naming the speaker begins (for “according to”, its start). */
	clauseStart: number;
}

const TRAILING = new RegExp(
	`(?:\\s+|^)(?:also|later|then|again|has|had|have|previously|recently|earlier|once|simply|merely|` +
		`only|just|repeatedly|publicly|privately|flatly|bluntly|firmly|quickly|never|would|will|could|` +
		`may|might|did|does|do|is|was|were|are|not|already|now|reportedly|separately|herself|himself)\\s*$`,
	'i'
);

/** Strips adverbs and auxiliaries before a verb: “The Red Crescent also” → “The Red Crescent”. */
function trimTrailing(text: string): string {
	let out = text.trimEnd();
	for (let prev = ''; prev !== out;) {
		prev = out;
		out = out.replace(TRAILING, '');
		// “The directorate’s figures list …”, “its own tally lists …”: the figures' owner is the source.
		out = out.replace(FIGURE_OWNER, '');
		// “The International Office for Displaced Persons (IODP)”: the acronym adds nothing.
		out = out.replace(/\s*\([^()]*\)\s*$/, '');
	}
	return out;
}

const FIGURE_OWNER =
	/[’']s?(?:\s+(?:own|latest|new|official|preliminary))*\s+(?:figures?|data|counts?|estimates?|records?|tally|numbers?|statistics|reports?|models?|surveys?|analysis|calculations?|assessment)$/i;

/** Verb forms that are also nouns (“the U.S. estimate was …”). */
const NOUN_FORMS = new Set(
	'estimate estimates report reports claim claims count counts call calls note notes record records list lists warning warnings'.split(
		' '
	)
);

/** What an appositive (“, the agency’s director,”) says about the phrase before it. */
export interface Appositive {
	text: string;
	hint: Entity['kind'] | null;
	/** A role phrase for a person: `director`, from “the agency’s director”. */
	role: string;
	/** The body in “the agency’s director” / “director-general of the port authority”. */
	of: string;
	citing: string;
}

export function readAppositive(text: string): Appositive | null {
	const t = text.trim();
	const citing = /^citing\s+(.+)$/i.exec(t);
	if (citing) return { text: t, hint: null, role: '', of: '', citing: citing[1]! };
	if (/^(who|whose)\b/i.test(t)) return { text: t, hint: 'person', role: '', of: '', citing: '' };
	if (/^which\b/i.test(t)) return { text: t, hint: 'organisation', role: '', of: '', citing: '' };
	// “then the skills minister”, “now the envoy”: still a description of the person.
	const ws = words(t.replace(/^(?:then|now|formerly|later|at the time)\s+/i, ''));
	const first = ws[0]?.word ?? '';
	if (!/^(the|a|an|his|her|its|their)$/i.test(first)) {
		// Without an article, only a role can stand in apposition: “director-general of the port
		// authority”, “head of research at Seaglass” — not a clause (“it could have implications”).
		const lowerFirst = first.toLowerCase();
		const role =
			PERSON_ROLE_WORDS.has(lowerFirst) ||
			ORG_WORDS.has(lowerFirst) ||
			/^(?:head|chief|deputy|acting|former|senior|junior|co-founder|vice)$/.test(lowerFirst) ||
			// a participle phrase: “released on Tuesday”, “based in Geneva”
			/^\p{Ll}+ed$|^(?:run|led|founded|set)$/u.test(lowerFirst);
		if (!/^\p{Ll}/u.test(first) || !role) return null;
	}
	// “the Tarrow County Office …” is a name, not a description; “the Defense Minister” is a title.
	const second = ws[1]?.word ?? '';
	if (/^(the|a|an)$/i.test(first) && /^\p{Lu}/u.test(second)) {
		const rest = ws.slice(1).map((w) => w.word.toLowerCase());
		if (!rest.every((w) => TITLE_WORDS.has(w) || PERSON_ROLE_WORDS.has(w))) return null;
	}
	// A relative clause after the role says what they do, not what they are: “a schoolteacher who …”.
	const body = t
		.replace(/^(the|a|an|his|her|its|their)\s+/i, '')
		.replace(/\s+(?:who|that|which|whose)\s.*$/i, '');
	// “the agency’s director”, “director-general of the port authority”, “head of research at Seaglass”.
	const possessive = /^(.+?)[’']s?\s+(.+)$/.exec(body);
	const ofMatch = /^(.+?)\s+(?:of|at|for)\s+(.+)$/.exec(body);
	const headWords = words(body.replace(/\s+(?:who|that|which|of|at|for)\s.*$/, ''));
	const head = (headWords.at(-1)?.word ?? '').toLowerCase();
	const hint = PERSON_ROLE_WORDS.has(head) ? 'person' : ORG_WORDS.has(head) ? 'organisation' : null;
	if (possessive && !/\s(of|at)\s/.test(possessive[1]!)) {
		return { text: t, hint, role: possessive[2]!, of: `the ${possessive[1]}`, citing: '' };
	}
	const roleHead = (ofMatch?.[1]?.split(/\s+/).at(-1) ?? '').toLowerCase();
	if (ofMatch && (PERSON_ROLE_WORDS.has(roleHead) || roleHead === 'head')) {
		return { text: t, hint, role: ofMatch[1]!, of: ofMatch[2]!, citing: '' };
	}
	return { text: t, hint, role: body, of: '', citing: '' };
}

/**
 * The appositive that ends `left` (“…, an oceanographer at the institute who rebuilt the spill from
 * images, tide tables and tar,”): the shortest run of comma-separated pieces before the final comma that
 * reads as one, so a list inside it does not cut it short.
 */
function lastAppositive(left: string): { index: number; read: Appositive } | null {
	if (!/,\s*$/.test(left)) return null;
	const body = left.replace(/,\s*$/, '');
	let at = body.length;
	for (let pieces = 0; pieces < 4; pieces++) {
		at = body.lastIndexOf(',', at - 1);
		if (at < 0 || /[«»]/.test(body.slice(at))) return null;
		const read = readAppositive(body.slice(at + 1));
		if (read) return { index: at, read };
	}
	return null;
}

/** The source named in “citing the observatory’s data” / “citing police figures”. */
export function citedSource(text: string): string {
	return text
		.replace(
			/[’']s?\s+(?:data|figures?|counts?|numbers?|estimates?|statistics|records|reports?|tally)\b.*$/i,
			''
		)
		.replace(
			/\s+(?:data|figures?|counts?|numbers?|estimates?|statistics|records|reports?|tally)\b.*$/i,
			''
		)
		.trim();
}

/** An attribution by a verb whose subject is `entity`; the reported content starts after the verb. */
function verbAttribution(
	verb: string,
	start: number,
	end: number,
	entity: Entity,
	inverted: boolean,
	clauseStart: number
): Attribution {
	return { kind: 'verb', verb, start, end, entity, complement: end, inverted, clauseStart };
}

export interface Found {
	attributions: Attribution[];
	/** Sources cited by the sentence (“citing the observatory’s data”). */
	citing: Entity[];
}

/** Resolves a mention with what an appositive adds (role, organisation, person/body hint). */
function resolveWith(
	registry: Registry,
	m: Mention,
	ctx: Context,
	appositive: Appositive | null
): Entity | null {
	const e = registry.resolve(m, ctx, appositive?.hint ?? null);
	if (!e || !appositive || e.kind !== 'person' || !appositive.role) return e;
	if (!e.role) e.role = appositive.role;
	for (const w of normalise(appositive.role).split(' ')) e.roleWords.add(w);
	e.aliases.add(appositive.text.replace(/^(a|an)\s+/i, ''));
	if (appositive.of && !e.org) {
		const body = phraseAtEnd(appositive.of);
		const org = body ? registry.resolve(body, ctx, 'organisation') : null;
		e.org =
			org && org.kind === 'organisation'
				? org.names.reduce((a, b) => (b.length > a.length ? b : a))
				: appositive.of.replace(/^the\s+/i, '');
	}
	return e;
}

/**
 * Finds every attribution in one sentence. `masked` is the paragraph text with quotes masked
 * («···»), so words inside quotes are never taken for verbs or speakers.
 */
export function findAttributions(masked: string, sentence: SentenceRef, registry: Registry): Found {
	const ctx: Context = {
		sentenceId: sentence.id,
		order: sentence.order,
		sentenceText: sentence.text
	};
	const from = sentence.start;
	const to = sentence.start + sentence.text.length;
	const text = masked.slice(from, to);
	const found: Attribution[] = [];
	const citing: Entity[] = [];

	const cite = (phrase: string) => {
		const m = phraseAtEnd(citedSource(phrase)) ?? phraseAtStart(citedSource(phrase));
		const e = m ? registry.resolve(m, ctx, 'organisation') : null;
		if (e) citing.push(e);
	};
	const lead = /^\s*Citing\s+([^,«]+),/i.exec(text);
	if (lead) cite(lead[1]!);

	for (const w of words(text)) {
		const lowerWord = w.word.toLowerCase();
		const start = from + w.start;
		const end = from + w.end;
		if (lowerWord === 'according' && /^according\s+to\s/i.test(text.slice(w.start))) {
			const after = text.slice(w.start).replace(/^according\s+to\s+/i, '');
			const m = phraseAtStart(after);
			const e = m ? registry.resolve(m, ctx) : null;
			if (e) {
				const comma = text.indexOf(',', w.start);
				found.push({
					kind: 'according',
					verb: 'according to',
					start,
					end,
					entity: e,
					complement: comma >= 0 ? from + comma + 1 : end,
					inverted: false,
					clauseStart: start
				});
			}
			continue;
		}
		// “maintains that”, “holds that”: verbs of claiming only with a that-clause (not “North Korea
		// maintains the world’s fourth-largest military”).
		const claimsThat =
			/^(?:maintains|maintained|holds|held|insists|contends)$/.test(w.word) &&
			/^\s+that\b/.test(text.slice(w.end));
		if (!SPEECH_VERBS.has(w.word) && !claimsThat) continue;
		// “the U.S. estimate was”, “a report from”: a noun, not a verb.
		const wordBefore = /(\S+)\s*$/.exec(text.slice(0, w.start))?.[1] ?? '';
		if (
			NOUN_FORMS.has(lowerWord) &&
			(/^\s+(?:was|is|were|are|of|has|had|came|from|for|suggests|shows|as)\b/.test(
				text.slice(w.end)
			) ||
				/[’']s?$/.test(wordBefore) ||
				/^(?:the|a|an|its|their|his|her|our|this|that)$/i.test(wordBefore))
		)
			continue;
		// A participle (“…, saying”) shares the subject of the verb before it.
		if (/ing$/.test(w.word)) {
			const main = found.findLast((a) => a.kind !== 'according' && a.start < start);
			if (main) {
				found.push({ ...main, kind: 'participle', verb: w.word, start, end, complement: end });
			}
			continue;
		}
		let left = trimTrailing(text.slice(0, w.start));
		// “according to intelligence reports”: a noun inside someone else's attribution.
		if (/according\s+to\s+[^,]*$/i.test(left)) continue;
		// “…,” said X — the speaker follows the verb.
		if (/»\s*,?\s*$/.test(left) || /^\s*$/.test(left)) {
			const rest = text.slice(w.end);
			const m = phraseAtStart(rest);
			if (m) {
				const ap = /^\s*[^,.;]+,\s*([^,.;«]+)[,.]/.exec(rest);
				const e = resolveWith(registry, m, ctx, ap ? readAppositive(ap[1]!) : null);
				if (e) {
					found.push(verbAttribution(w.word, start, end, e, true, start));
					continue;
				}
			}
		}
		// X, the agency’s director, said — / X, citing Y, told — / X, who …, told
		let appositive: Appositive | null = null;
		// Strip appositives from the right; the one nearest the name describes the speaker
		// (“Irena Kovač, the mayor of Brezhan, the nearest town, says”).
		for (let ap = lastAppositive(left); ap; ap = lastAppositive(left)) {
			if (ap.read.citing) cite(ap.read.citing);
			else appositive = ap.read;
			left = `${left.slice(0, ap.index)},`;
		}
		left = left.replace(/,$/, '');
		left = left.replace(/,\s*(?:who|which)\s*$/i, '');
		// A dateline (“KALDEN, Oct 14 (Reuters) -”) or a dash ends the clause before the speaker.
		const boundary = Math.max(
			...[...',;:—()«»'].map((c) => left.lastIndexOf(c)),
			left.lastIndexOf(' - '),
			left.lastIndexOf(' – ')
		);
		const segment = left.slice(boundary + 1);
		// “His model of the outbreak … suggests”: the owner of the possessive is the source.
		const owner = /^\s*(his|her|its|their)\s+\p{Ll}/iu.exec(segment);
		const m = owner
			? phraseAtEnd(
					({ His: 'he', Her: 'she', Its: 'it', Their: 'they' } as Record<string, string>)[
						owner[1]!
					]!
				)
			: phraseAtEnd(segment);
		if (m) {
			// “Speaking as chair of the task force, Lydia Crane said”: the role is the speaker's.
			const role = /\bas\s+((?:the\s+)?[\p{Ll}][^,]*?)\s*,\s*$/u.exec(left.slice(0, boundary + 1));
			if (role && !appositive)
				appositive = readAppositive(`the ${role[1]!.replace(/^the\s+/, '')}`);
			const e = resolveWith(registry, m, ctx, appositive);
			if (e) {
				found.push(verbAttribution(w.word, start, end, e, false, from + boundary + 1));
				continue;
			}
		}
		// “X called that figure … and put the cost at …”: a second verb with no subject of its own.
		if (/\band\s*$/.test(segment) || /^\s*$/.test(segment)) {
			const main = found.findLast((a) => a.kind === 'verb' && a.start < start);
			if (main) {
				found.push({ ...main, verb: w.word, start, end, complement: end });
				continue;
			}
		}
		// “…, it could have international implications, said Austin.”: the speaker closes the sentence.
		const closing = /^\s+([^,.;«»]+?)\s*[.]?\s*$/.exec(text.slice(w.end));
		if (closing && /,\s*$/.test(text.slice(0, w.start))) {
			const m = phraseAtStart(closing[1]!);
			const e = m && m.kind !== 'pronoun' ? resolveWith(registry, m, ctx, null) : null;
			if (e) {
				found.push(verbAttribution(w.word, start, end, e, true, start));
			}
		}
	}
	return { attributions: found, citing };
}

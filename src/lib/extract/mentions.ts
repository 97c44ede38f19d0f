/**
 * Pass 1: mentions — every noun phrase that can name or point to a source, with its span: names
 * (`Dr Ruth Akande`, `Harbridge City Council`), descriptions (`a department spokeswoman`, `the trust’s
 * head of research`), groups (`officials`) and pronouns (`she`). Also what stands beside a name and says
 * what it is (“Ruth Akande, the trust’s head of research,”). Reads only the masked text: nothing inside a
 * quote is a mention. Creates no entities; that is the next pass.
 */
import type { Doc, SentenceView } from './document';
import {
	CLAUSE_WORDS,
	COMPANY_WORDS,
	DETERMINERS,
	FIGURE_NOUNS,
	FEMALE_HONORIFICS,
	FEMALE_NOUNS,
	FUNCTION_WORDS,
	GROUP_WORDS,
	MALE_HONORIFICS,
	MALE_NOUNS,
	ORG_WORDS,
	PERSON_ROLE_WORDS,
	PLACE_STARTS,
	PLACE_WORDS,
	PRONOUNS,
	SPEECH_VERBS,
	TIME_NAMES,
	VERB_LEAD,
	TITLES,
	TITLE_MODIFIERS
} from './lexicon';
import { NO_HINTS, type Hints } from './hints';
import { tokenize, type Token } from './tokens';

export type MentionKind =
	'person' | 'org' | 'place' | 'time' | 'name' | 'description' | 'group' | 'pronoun';

export interface Mention {
	id: number;
	sentence: string;
	order: number;
	paragraph: number;
	/** Paragraph offsets. */
	start: number;
	end: number;
	text: string;
	kind: MentionKind;
	/** Names: the name without its title (`Ruth Akande`); descriptions: the phrase without its determiner. */
	name: string;
	/** Title words before a name (`Dr`, `Environment Minister`), as written. */
	title: string;
	/** Lower-case head noun (`spokeswoman`, `trust`) or, for a name, its last word (`akande`). */
	head: string;
	/** Lower-case words of a description before its head (`department` in “a department spokeswoman”). */
	modifiers: string[];
	/** What follows “of”/“for”/“at” after the head (`research` in “head of research”). */
	of: string;
	/** A possessive owner (`the trust` in “the trust’s head of research”), by mention id. */
	owner: number | null;
	determiner: string;
	gender: 'f' | 'm' | null;
	plural: boolean;
	/** Ends in ’s or s’: it owns what follows rather than speaking. */
	possessive: boolean;
	/** First token index in the sentence's tokens, and one past the last. */
	from: number;
	to: number;
	/** The lower-case word just before the mention (`to` in “according to council figures”). */
	lead: string;
	/** The lower-case word just after it (`report` in “a council report”). */
	next: string;
}

/** A lawmaker's party and state (“D-Oregon”, “R-S.D.”). */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** What an appositive or neighbouring phrase says a name is (“X, 34,” / “X, a nurse,” / “X, which …”). */
export interface Apposition {
	/** The name's mention. */
	mention: number;
	/** A description standing for the same one, when there is one (`the trust’s head of research`). */
	description: number | null;
	/** `person` for an age, “who”, or a person description; `org` for “which” or an institution. */
	hint: 'person' | 'org' | null;
	/** “X, who chairs the commission,”: the verb and the body's mention. */
	leads?: { verb: string; body: number };
	/** “the Office for Road Safety (ORS)”: the short name's mention, another name for the same body. */
	acronym?: number;
}

export interface SentenceMentions {
	sentence: SentenceView;
	tokens: Token[];
	mentions: Mention[];
	appositions: Apposition[];
}

export interface Mentions {
	bySentence: SentenceMentions[];
	all: Mention[];
}

const CONNECTORS = new Set([
	'of',
	'for',
	'and',
	'&',
	'de',
	'del',
	'la',
	'van',
	'von',
	'bin',
	'al',
	'on'
]);
const isTitle = (lower: string) => TITLES.has(lower);
const isOrgWord = (lower: string) => ORG_WORDS.has(lower);
const isRoleWord = (lower: string) => PERSON_ROLE_WORDS.has(lower);
/** A group after a capitalised modifier: “Dorland officials”, and “the Energy Commission staff” (a
 * bare “staff” is no group). */
const isGroupHead = (lower: string) => GROUP_WORDS.has(lower) || lower === 'staff';
const isAcronym = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text) || /^(?:\p{Lu}\.){2,}$/u.test(t.text);

function genderOf(words: readonly string[]): 'f' | 'm' | null {
	for (const w of words) {
		const l = w.toLowerCase();
		if (FEMALE_HONORIFICS.has(l) || FEMALE_NOUNS.has(l)) return 'f';
		if (MALE_HONORIFICS.has(l) || MALE_NOUNS.has(l)) return 'm';
	}
	return null;
}

/** Last words of a firm's name (`Hale Dorsey Solicitors`); lower-case, they are people. */
const FIRM_ENDINGS = new Set(
	'lawyers solicitors associates advisers advisors consultants architects engineers brothers'.split(
		' '
	)
);

/** Capitalised words in tokens `from`…`to` that are not connectors. */
function nameTokenCount(tokens: Token[], from: number, to: number): number {
	return tokens.slice(from, to).filter((t) => t.cap && !CONNECTORS.has(t.lower)).length;
}

/** Whether token `i` can belong to a capitalised name run. */
function nameWord(
	tokens: Token[],
	i: number,
	sentenceStart: boolean,
	hints: Hints = NO_HINTS
): boolean {
	const t = tokens[i]!;
	if (t.type !== 'word' || !t.cap) return false;
	// “A BUNGLING minister”: a tabloid's capitals on an ordinary word make no name (“NASA” stays one).
	if (/^\p{Lu}{4,}$/u.test(t.text) && hints.ordinaryWord(t.text)) return false;
	// A capitalised function word opens sentences, not names (“The”, “However”); a capitalised role or
	// institution word at the start may begin a name (“Police said”, “Harbridge City Council”).
	if (FUNCTION_WORDS.has(t.text)) return false;
	// “the Ohio-based company”, “a Kremlin-backed group”: a place or name made into an adjective.
	if (/-(?:based|owned|run|led|backed|born|funded|registered|headquartered|area)$/.test(t.lower))
		return false;
	if (sentenceStart && i === 0 && !isTitle(t.lower)) {
		const next = tokens[1];
		const nextCap = next?.type === 'word' && next.cap && !FUNCTION_WORDS.has(next.text);
		// “Officials said”: a sentence-initial common noun is a description, not a name; “Sometimes”,
		// “Relatives”: an ordinary word, written with a capital because it opens the sentence.
		if (
			!nextCap &&
			(isRoleWord(t.lower) ||
				isOrgWord(t.lower) ||
				GROUP_WORDS.has(t.lower) ||
				hints.ordinaryWord(t.text))
		)
			return false;
	}
	return true;
}

type Draft = Omit<Mention, 'id' | 'sentence' | 'order' | 'paragraph' | 'lead' | 'next'>;

/**
 * Where a person's name starts after “Title of …” (token index in `ts`), or -1: the first point from
 * which two or three capitalised words remain that are no ordinary, institution or title words
 * (“Water Resources Ana Vos” splits before “Ana”, since “Resources” is an ordinary word).
 */
function officeSplit(ts: readonly Token[], first: number, hints: Hints): number {
	for (let s = first + 1; s <= ts.length - 2; s++) {
		const rest = ts.slice(s);
		if (rest.length > 3 || !rest.every((t) => t.type === 'word' && t.cap)) continue;
		const fits = rest.every(
			(t) =>
				/^\p{Lu}\.$/u.test(t.text) ||
				(!isOrgWord(t.lower) &&
					!isTitle(t.lower) &&
					!TITLE_MODIFIERS.has(t.lower) &&
					!PLACE_WORDS.has(t.lower) &&
					!CONNECTORS.has(t.lower) &&
					!hints.ordinaryWord(t.text))
		);
		if (fits) return s;
	}
	return -1;
}

/** Classifies a run of capitalised words (tokens `from`…`to`) as a person, body, place, time or name. */
function classifyName(
	tokens: Token[],
	from: number,
	to: number,
	text: string,
	hints: Hints = NO_HINTS
): Draft {
	const ts = tokens.slice(from, to);
	const phrase = text.slice(ts[0]!.start, ts.at(-1)!.end);
	const words = ts.map((t) => t.text);
	const lowers = ts.map((t) => t.lower);
	const base: Draft = {
		start: ts[0]!.start,
		end: ts.at(-1)!.end,
		text: phrase,
		kind: 'name',
		name: phrase.replace(/[’']s?$/, ''),
		title: '',
		head: lowers.at(-1)!.replace(/\.$/, ''),
		modifiers: [],
		of: '',
		owner: null,
		determiner: '',
		gender: null,
		plural: false,
		possessive: ts.at(-1)!.possessive,
		from,
		to
	};
	const content = ts.filter((t) => t.type === 'word' && !CONNECTORS.has(t.lower));
	if (content.every((t) => TIME_NAMES.has(t.lower))) return { ...base, kind: 'time' };
	// Title words, then the name: “Dr Ruth Akande”, “Environment Minister Clara Voss”.
	let lastTitle = -1;
	for (let k = 0; k < ts.length - 1; k++) {
		if (isTitle(lowers[k]!)) lastTitle = k;
		else if (!TITLE_MODIFIERS.has(lowers[k]!) && lastTitle >= 0 && !isTitle(lowers[k]!)) {
			// “Chief Financial Officer Howard Lin”: a word between two title words is part of the title,
			// when two name words are left after it.
			if (!(k + 1 < ts.length - 2 && isTitle(lowers[k + 1]!))) break;
		}
	}
	const orgWord = lowers.findIndex(
		(l, k) =>
			isOrgWord(l) ||
			(COMPANY_WORDS.has(l) && l !== 'owner') ||
			isAcronym(ts[k]!) ||
			(k === ts.length - 1 && k > 0 && FIRM_ENDINGS.has(l))
	);
	// “Superintendent of Police Vikram Sethi”, “Minister for Water Resources Ana Vos”: a title of an
	// office, then two or three words of a person's name.
	if (lastTitle >= 0 && /^(?:of|for)$/.test(lowers[lastTitle + 1] ?? '')) {
		const split = officeSplit(ts, lastTitle + 2, hints);
		if (split > 0) {
			const nameTokens = ts.slice(split);
			return {
				...base,
				kind: 'person',
				name: text.slice(nameTokens[0]!.start, nameTokens.at(-1)!.end).replace(/[’']s?$/, ''),
				title: text.slice(ts[0]!.start, ts[split - 1]!.end),
				head: nameTokens.at(-1)!.lower,
				gender: genderOf(words.slice(0, split))
			};
		}
	}
	if (lastTitle >= 0 && (orgWord < 0 || orgWord <= lastTitle)) {
		const nameTokens = ts.slice(lastTitle + 1).filter((t) => t.type === 'word');
		if (nameTokens.length >= 1 && nameTokens.length <= 4 && nameTokens.every((t) => t.cap)) {
			const name = text.slice(nameTokens[0]!.start, nameTokens.at(-1)!.end).replace(/[’']s?$/, '');
			const title = text.slice(ts[0]!.start, ts[lastTitle]!.end);
			return {
				...base,
				kind: 'person',
				name,
				title,
				head: nameTokens.at(-1)!.lower,
				gender: genderOf(words.slice(0, lastTitle + 1))
			};
		}
	}
	// “Sheriff Tomas Reyes of Tarrow County”, “Ines Harrow of Cifra”: a person, then their body or place.
	const of = lowers.findIndex((l, k) => k > 0 && (l === 'of' || l === 'at'));
	if (of > 0 && of < ts.length - 1) {
		const head = classifyName(tokens, from, from + of, text, hints);
		if (head.kind === 'person' || (head.kind === 'name' && of >= 2 && of <= 3)) {
			const after = ts.slice(of + 1);
			return {
				...head,
				kind: 'person',
				end: base.end,
				to,
				text: phrase,
				of: text.slice(after[0]!.start, after.at(-1)!.end).replace(/[’']s?$/, ''),
				possessive: base.possessive
			};
		}
	}
	// “Hale & Dorsey”: names joined by an ampersand are a firm.
	if (orgWord >= 0 || (lowers.includes('&') && content.length >= 2))
		return { ...base, kind: 'org' };
	// “Friends of Ferry Bridge”, “Museum of the Coast”: a body named after a place (but “Gulf of X” is one).
	const ofPlace = lowers.indexOf('of') > 0 && !PLACE_WORDS.has(lowers[0]!);
	if (PLACE_WORDS.has(lowers.at(-1)!) && ts.length > 1)
		return { ...base, kind: ofPlace ? 'org' : 'place' };
	if (ts.length === 2 && PLACE_STARTS.has(lowers[0]!)) return { ...base, kind: 'place' };
	if (content.length >= 2 && content.length <= 4) return { ...base, kind: 'name' };
	return base;
}

/** Words after an unnamed source that say who they are: “familiar with …”, “close to …”. */
const UNNAMED_QUALIFIER =
	/^(?:familiar with|close to|with knowledge of|with direct knowledge|briefed on|involved in|aware of)\b/;

/**
 * A description from token `i` (a determiner, or a bare role or group noun): `a department spokeswoman`,
 * `the incoming chief executive`, `the trust’s head of research`, `officials`. Returns the draft and the
 * token after it, or null when no role or institution noun heads the phrase.
 */
function description(tokens: Token[], i: number, text: string, loose = false): Draft | null {
	const first = tokens[i]!;
	const determiner = DETERMINERS.has(first.lower) && first.type === 'word' ? first.lower : '';
	// Without a determiner, only a head noun, or one modifier and its head: “officials”, “police
	// spokesman”, “board member” — never a verb or a clause word before them (“said investigators”).
	// After a possessive (“the trust’s next chief executive”) the possessive is the determiner.
	if (!determiner && !tokens[i - 1]?.possessive) {
		const a = tokens[i]!;
		const b = tokens[i + 1];
		const headish = (t: Token | undefined) =>
			!!t &&
			t.type === 'word' &&
			(isRoleWord(t.lower) || isOrgWord(t.lower) || GROUP_WORDS.has(t.lower));
		const modifier =
			headish(a) ||
			TITLE_MODIFIERS.has(a.lower) ||
			/-/.test(a.lower) ||
			(a.cap && /(?:an|ese|ish|i)$/.test(a.lower));
		if (!(headish(a) || (modifier && headish(b) && !a.possessive))) return null;
		if (CLAUSE_WORDS.has(a.lower)) return null;
	}
	// “that the operator”: the second determiner opens the description, the first belongs to the clause.
	if (determiner && DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return null;
	let k = determiner ? i + 1 : i;
	let head = -1;
	for (let n = 0; k < tokens.length && n < 6; k++, n++) {
		const t = tokens[k]!;
		if (t.type !== 'word') break;
		if (CLAUSE_WORDS.has(t.lower) && !(head < 0 && (t.lower === 'state' || t.lower === 'former')))
			break;
		// “chair of the task force”: after the head, “of …” is read below, not as more modifiers.
		if (head >= 0 && /^(?:of|for|at|on)$/.test(t.lower)) break;
		// Before the head, a verb or a second determiner starts a clause: “the retailer told the exchange”.
		if (head < 0 && n > 0 && (SPEECH_VERBS.has(t.lower) || DETERMINERS.has(t.lower))) return null;
		if (
			isRoleWord(t.lower) ||
			isOrgWord(t.lower) ||
			GROUP_WORDS.has(t.lower) ||
			(COMPANY_WORDS.has(t.lower) && !t.cap)
		)
			head = k;
		// “the county assessor’s office”: a person noun before a possessive owns what follows.
		if (t.possessive && head < 0 && !t.cap && PERSON_SUFFIX.test(t.lower)) head = k;
		if (t.possessive) break;
		// After the head, only more nouns: never a verb, a determiner or a clause word (“the councillor said”).
		if (
			head >= 0 &&
			head < k &&
			(SPEECH_VERBS.has(t.lower) || VERB_LEAD.has(t.lower) || DETERMINERS.has(t.lower) || t.cap)
		) {
			k--;
			break;
		}
		// A capitalised word that is not a modifier of a role (“the Lantern Trust”) makes a name, not a description.
		if (t.cap && head < 0 && !/(?:an|ese|ish|i)$/.test(t.lower) && n > 0 && !isOrgWord(t.lower))
			return null;
	}
	if (head < 0 && loose) {
		// In apposition (“X, an oceanographer at …,”) any person noun will do, not only the listed ones.
		const last = k - 1;
		const t = tokens[last];
		if (
			t &&
			last > i &&
			t.type === 'word' &&
			!t.cap &&
			PERSON_SUFFIX.test(t.lower) &&
			!CLAUSE_WORDS.has(t.lower)
		)
			head = last;
	}
	if (head < 0) return null;
	// “the coast guard’s official estimate”: a role word that modifies a noun after it is not the head.
	const after = tokens[head + 1];
	// Except after “according to”, “citing”, “by” (“according to council figures”: the council's).
	const credits = /^(?:to|citing|by)$/.test(tokens[i - 1]?.lower ?? '');
	if (
		!tokens[head]!.possessive &&
		!credits &&
		after &&
		after.type === 'word' &&
		!after.cap &&
		!CLAUSE_WORDS.has(after.lower) &&
		!SPEECH_VERBS.has(after.lower) &&
		!VERB_LEAD.has(after.lower) &&
		!/^(?:of|for|at|on|said|says)$/.test(after.lower) &&
		FIGURE_NOUNS.has(after.lower)
	)
		return null;
	let end = head + 1;
	// “a person familiar with the talks”, “a source close to the board”: the phrase is who they are.
	const qualifier = UNNAMED_QUALIFIER.exec(
		tokens
			.slice(end, end + 3)
			.map((t) => t.lower)
			.join(' ')
	);
	if (qualifier && !tokens[head]!.possessive) {
		let m = end + qualifier[0].split(' ').length;
		while (
			m < tokens.length &&
			m - end < 8 &&
			tokens[m]!.type === 'word' &&
			(!CLAUSE_WORDS.has(tokens[m]!.lower) ||
				/^(?:the|of|about|on|with|in)$/.test(tokens[m]!.lower)) &&
			!SPEECH_VERBS.has(tokens[m]!.lower) &&
			!VERB_LEAD.has(tokens[m]!.lower)
		)
			m++;
		end = m;
	}
	// “head of research”, “spokeswoman for the ministry”, “director of the Office of Economic Development”
	let of = '';
	const next = qualifier ? undefined : tokens[end];
	if (
		next &&
		(next.lower === 'of' || next.lower === 'for' || next.lower === 'at' || next.lower === 'on') &&
		!tokens[head]!.possessive
	) {
		let m = end + 1;
		const from = m;
		while (
			m < tokens.length &&
			m - from < 7 &&
			tokens[m]!.type === 'word' &&
			(!CLAUSE_WORDS.has(tokens[m]!.lower) ||
				tokens[m]!.lower === 'the' ||
				CONNECTORS.has(tokens[m]!.lower)) &&
			!SPEECH_VERBS.has(tokens[m]!.lower) &&
			!VERB_LEAD.has(tokens[m]!.lower)
		)
			m++;
		if (m > from) {
			of = text.slice(tokens[from]!.start, tokens[m - 1]!.end).replace(/[’']s?$/, '');
			end = m;
		}
	}
	const ts = tokens.slice(i, end);
	const headToken = tokens[head]!;
	const start = ts[0]!.start;
	const phrase = text.slice(start, tokens[end - 1]!.end);
	const bodyStart = determiner ? tokens[i + 1]!.start : start;
	const lowers = tokens.slice(determiner ? i + 1 : i, head).map((t) => t.lower);
	const plural =
		GROUP_WORDS.has(headToken.lower) ||
		(/[^s]s$/.test(headToken.lower) && !isOrgWord(headToken.lower));
	const orgHead =
		(isOrgWord(headToken.lower) || COMPANY_WORDS.has(headToken.lower)) &&
		!isRoleWord(headToken.lower);
	return {
		start,
		end: tokens[end - 1]!.end,
		text: phrase,
		kind: GROUP_WORDS.has(headToken.lower) ? 'group' : 'description',
		name: text.slice(bodyStart, tokens[end - 1]!.end).replace(/[’']s?$/, ''),
		title: '',
		head: headToken.lower,
		modifiers: lowers,
		of,
		owner: null,
		determiner,
		gender: orgHead ? null : genderOf([headToken.lower]),
		plural,
		possessive: tokens[end - 1]!.possessive,
		from: i,
		to: end
	};
}

/** Finds the mentions of one sentence. */
export function sentenceMentions(
	doc: Doc,
	s: SentenceView,
	hints: Hints = NO_HINTS
): Omit<SentenceMentions, 'mentions'> & { drafts: Draft[] } {
	const masked = doc.paragraphs[s.paragraph]!.masked;
	const text = masked.slice(s.start, s.end);
	const tokens = tokenize(text, s.start);
	const drafts: Draft[] = [];
	let determinerAt = -1;
	for (let i = 0; i < tokens.length;) {
		const t = tokens[i]!;
		if (t.type === 'word' && PRONOUNS.has(t.lower)) {
			const p = PRONOUNS.get(t.lower)!;
			drafts.push({
				start: t.start,
				end: t.end,
				text: t.text,
				kind: 'pronoun',
				name: t.lower,
				title: '',
				head: t.lower,
				modifiers: [],
				of: '',
				owner: null,
				determiner: '',
				gender: p.gender,
				plural: p.plural,
				possessive: false,
				from: i,
				to: i + 1
			});
			i++;
			continue;
		}
		// “its”, “his”, “her”, “their” own what follows: a possessive pronoun mention.
		if (
			t.type === 'word' &&
			/^(?:its|his|her|their)$/.test(t.lower) &&
			tokens[i + 1]?.type === 'word'
		) {
			const desc = description(tokens, i, masked);
			if (desc) {
				drafts.push(desc);
				i = desc.to;
				continue;
			}
		}
		// “Sen. Ana Vos, D-Oregon, said”: a party and state after a lawmaker's name are no one.
		if (t.type === 'word' && PARTY_TAG.test(t.text) && tokens[i - 1]?.text === ',') {
			i++;
			while (i < tokens.length && tokens[i]!.text !== ',' && /^[\p{Lu}.]/u.test(tokens[i]!.text))
				i++;
			continue;
		}
		if (nameWord(tokens, i, true, hints)) {
			let j = i + 1;
			while (j < tokens.length) {
				// A plural possessive inside a name runs on (“Global Shipowners’ Council”); any other ends it.
				const prevTok = tokens[j - 1]!;
				// “Global Shipowners’ Council”, “Seafarers’ Welfare Network”, “Lanterna Children’s Fund”.
				const orgAhead = tokens.slice(j, j + 3).some((x) => x.cap && isOrgWord(x.lower));
				// “the Growers’ and Sawmillers’ Association”: a plural possessive joined by “and” to the rest.
				if (
					prevTok.possessive &&
					/s$/.test(prevTok.lower) &&
					tokens[j]?.lower === 'and' &&
					tokens[j + 1]?.cap &&
					tokens.slice(j + 1, j + 4).some((x) => x.cap && isOrgWord(x.lower))
				) {
					j++;
					continue;
				}
				if (prevTok.possessive && !(tokens[j]?.cap && orgAhead && j - i >= 1)) break;
				// “the Election Commission Tuesday said”, “… Commission on Tuesday”: a day or month ends a name.
				const timeAhead = (k: number) =>
					TIME_NAMES.has(tokens[k]?.lower ?? '') && j - i >= 1 && !tokens[k]!.possessive;
				if (timeAhead(j)) break;
				if (nameWord(tokens, j, false, hints)) {
					j++;
					continue;
				}
				const c = tokens[j]!;
				if (CONNECTORS.has(c.lower) && timeAhead(j + 1)) break;
				// “Noel and Thomas”: two people; “Department for Housing and Renewal”: one body, and so is
				// the title “Minister for Roads and Ports” — the “and” stands inside what the “for” governs.
				const governedAnd =
					c.lower === 'and' &&
					tokens
						.slice(i + 1, j)
						.some(
							(x, k) =>
								(x.lower === 'of' || x.lower === 'for') &&
								(isOrgWord(tokens[i + k]!.lower) || TITLES.has(tokens[i + k]!.lower))
						);
				const twoPeople =
					c.lower === 'and' &&
					!governedAnd &&
					!tokens.slice(i, j).some((x) => isOrgWord(x.lower) || COMPANY_WORDS.has(x.lower)) &&
					!tokens
						.slice(j + 1, j + 4)
						.some((x) => x.cap && (isOrgWord(x.lower) || COMPANY_WORDS.has(x.lower)));
				if (
					(CONNECTORS.has(c.lower) || c.text === '&') &&
					!twoPeople &&
					j + 1 < tokens.length &&
					nameWord(tokens, j + 1, false, hints) &&
					!(
						c.lower === 'and' &&
						!governedAnd &&
						/^(?:said|says|told)$/.test(tokens[j + 2]?.lower ?? '')
					)
				) {
					j += 2;
					continue;
				}
				break;
			}
			// “Ukrainian intelligence”, “U.S. officials”, “the Indonesian navy”: a capitalised modifier of an
			// institution or group noun.
			let k = j;
			while (
				k < tokens.length &&
				k - j < 2 &&
				!tokens[k - 1]!.possessive &&
				tokens[k]!.type === 'word' &&
				!tokens[k]!.cap &&
				(isOrgWord(tokens[k]!.lower) || isGroupHead(tokens[k]!.lower))
			)
				k++;
			let named = classifyName(tokens, i, j, masked, hints);
			// “Russian leader Vladimir Putin”, “board member Alan Pruitt”: lower-case role words (and a
			// demonym) before a full name are the person's title.
			if (
				(named.kind === 'name' || named.kind === 'person') &&
				nameTokenCount(tokens, i, j) >= 2 &&
				determinerAt !== i - 1
			) {
				let k = i - 1;
				while (
					k >= 0 &&
					tokens[k]!.type === 'word' &&
					!tokens[k]!.cap &&
					(isRoleWord(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower)) &&
					!GROUP_WORDS.has(tokens[k]!.lower)
				)
					k--;
				if (k < i - 1) {
					// “Russian leader …”, “Federation general secretary …”, “TTC chief executive …”: a demonym or
					// the body's own word stands first in the title.
					if (
						k >= 0 &&
						tokens[k]!.cap &&
						tokens[k]!.type === 'word' &&
						(/(?:an|ese|ish|i)$/.test(tokens[k]!.lower) ||
							isOrgWord(tokens[k]!.lower) ||
							isAcronym(tokens[k]!))
					)
						k--;
					const from = k + 1;
					const title = masked.slice(tokens[from]!.start, tokens[i - 1]!.end);
					named = {
						...named,
						kind: 'person',
						title: named.title ? `${title} ${named.title}` : title,
						start: tokens[from]!.start,
						text: masked.slice(tokens[from]!.start, named.end),
						from
					};
					while (drafts.length && drafts.at(-1)!.to > from) drafts.pop();
				}
			}
			// “the Coast Guard”: the span starts at the determiner, the name does not.
			const draft =
				determinerAt >= 0 && determinerAt === i - 1
					? { ...named, from: determinerAt, determiner: tokens[determinerAt]!.lower }
					: named;
			if (k > j) {
				const head = tokens[k - 1]!;
				drafts.push({
					...draft,
					kind: isGroupHead(head.lower) && !isOrgWord(head.lower) ? 'group' : 'org',
					end: head.end,
					text: masked.slice(draft.start, head.end),
					name: masked.slice(draft.start, head.end).replace(/[’']s?$/, ''),
					head: head.lower,
					possessive: head.possessive,
					plural: isGroupHead(head.lower),
					to: k
				});
				i = k;
			} else {
				drafts.push(draft);
				i = j;
			}
			continue;
		}
		// “a Harbourside spokeswoman”: one name before a role is whose role it is, not a source of its own.
		if (
			t.type === 'word' &&
			(t.lower === 'a' || t.lower === 'an') &&
			nameWord(tokens, i + 1, false) &&
			tokens[i + 2]?.type === 'word' &&
			!tokens[i + 2]!.cap &&
			isRoleWord(tokens[i + 2]!.lower)
		) {
			const desc = description(tokens, i, masked);
			if (desc) {
				drafts.push(desc);
				i = desc.to;
				continue;
			}
		}
		// “the Marlow Division of Wildlife”, “the Indonesian navy”: a determiner before a name is the name's.
		if (
			t.type === 'word' &&
			DETERMINERS.has(t.lower) &&
			i + 1 < tokens.length &&
			nameWord(tokens, i + 1, false)
		) {
			determinerAt = i;
			i++;
			continue;
		}
		if (t.type === 'word') {
			const desc = description(tokens, i, masked);
			if (desc) {
				drafts.push(desc);
				i = desc.to;
				continue;
			}
		}
		i++;
	}
	// “X, an oceanographer at …,”: a description in apposition to a name, read loosely.
	for (let d = 0; d < drafts.length; d++) {
		const m = drafts[d]!;
		if (m.kind !== 'name' && m.kind !== 'person') continue;
		const at = m.to + 1;
		if (tokens[m.to]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[at]?.lower ?? '')) continue;
		if (drafts.slice(d + 1, d + 3).some((x) => x.from === at || x.from === at + 1)) continue;
		const loose = description(tokens, at, masked, true);
		if (loose) drafts.splice(d + 1, 0, loose);
	}
	// Possessive owners: “the trust’s head of research” — the trust owns the head.
	for (let d = 1; d < drafts.length; d++) {
		const prev = drafts[d - 1]!;
		const cur = drafts[d]!;
		if (prev.possessive && prev.to === cur.from) cur.owner = d - 1;
	}
	return { sentence: s, tokens, appositions: [], drafts };
}

/** Endings of nouns for people (oceanographer, analyst, historian, seamstress, chief executive). */
const PERSON_SUFFIX = /(?:ist|yst|er|or|ian|ant|ent|man|woman|eer|ess|ive|ee|arch)$/;

const PREPOSITIONS = new Set(
	'across in from at of on near outside inside with for behind beside'.split(' ')
);

/** Verbs of leading a body (“who chairs the commission”). */
const LEADS = new Set(
	'chairs heads leads runs directs manages founded co-founded founded'.split(' ')
);

/** Verbs that give a person a new role (“was appointed”, “has been named”). */
const APPOINTED = new Set(
	'appointed named confirmed promoted elected made chosen picked installed'.split(' ')
);
const ORG_ONLY = (m: Mention) => isOrgWord(m.head) && !isRoleWord(m.head);

/** “X, a nurse,” / “X, 34,” / “X, who …” / “a police spokesman, Commander Anton Vik,”. */
function appositionsOf(tokens: Token[], mentions: Mention[]): Apposition[] {
	const out: Apposition[] = [];
	const starts = new Map<number, Mention>();
	for (const m of mentions) if (!starts.has(m.from)) starts.set(m.from, m);
	const at = (from: number) => starts.get(from);
	for (const m of mentions) {
		if (m.kind === 'pronoun' || m.kind === 'time' || m.kind === 'place') continue;
		// “the campaign group Fix Ashcombe Roads”: a body's description right before its name.
		const named = at(m.to);
		if (
			m.kind === 'description' &&
			ORG_ONLY(m) &&
			!m.possessive &&
			named &&
			(named.kind === 'name' || named.kind === 'org')
		) {
			out.push({ mention: named.id, description: m.id, hint: 'org' });
			continue;
		}
		// “X, who was confirmed on Tuesday as the trust’s next chief executive,”: a role X takes.
		const isPerson = m.kind === 'person' || m.kind === 'name';
		if (isPerson) {
			const ahead = tokens.slice(m.to, m.to + 12);
			const verb = ahead.findIndex((t) => APPOINTED.has(t.lower));
			const lead = ahead.slice(0, Math.max(0, verb)).map((t) => t.lower);
			if (
				verb > 0 &&
				lead.some((w) => /^(?:was|is|has|had|been|be|being|who)$/.test(w)) &&
				!lead.some((w) => /^[.;:]$/.test(w))
			) {
				const role = [
					at(m.to + verb + 1),
					...Array.from({ length: 8 }, (_, k) => at(m.to + verb + 2 + k))
				].find(
					(x): x is Mention =>
						x !== undefined &&
						x.from > m.to + verb &&
						x.from <= m.to + verb + 9 &&
						x.kind === 'description' &&
						!x.possessive &&
						!ORG_ONLY(x)
				);
				if (role) {
					out.push({ mention: m.id, description: role.id, hint: 'person' });
					continue;
				}
			}
		}
		// “Her neighbor across the road, Anselmo Quiroga,”: a short place phrase may stand before the comma.
		let to = m.to;
		if (
			m.kind === 'description' &&
			isRoleWord(m.head) &&
			!isOrgWord(m.head) &&
			PREPOSITIONS.has(tokens[to]?.lower ?? '')
		) {
			let k = to + 1;
			while (
				k < tokens.length &&
				k - to < 6 &&
				tokens[k]!.type === 'word' &&
				!SPEECH_VERBS.has(tokens[k]!.lower)
			)
				k++;
			if (tokens[k]?.text === ',') to = k;
		}
		// “The Office for Road Safety (ORS), a government agency,”: the short name in brackets is the
		// same body, and an apposition may follow it.
		let acronym: Mention | undefined;
		if (
			(m.kind === 'org' || m.kind === 'name') &&
			tokens[to]?.text === '(' &&
			tokens[to + 2]?.text === ')' &&
			isAcronym(tokens[to + 1]!)
		) {
			acronym = at(to + 1);
			if (acronym) {
				out.push({ mention: m.id, description: null, hint: 'org', acronym: acronym.id });
				to += 3;
			}
		}
		const comma = tokens[to];
		if (comma?.text !== ',') continue;
		const next = tokens[to + 1];
		if (!next) continue;
		const isName = m.kind === 'person' || m.kind === 'name' || m.kind === 'org';
		if (
			isName &&
			next.type === 'number' &&
			/^\d{1,3}$/.test(next.text) &&
			tokens[to + 2]?.text === ','
		) {
			// “X, 71, a retired teacher from Y,”: the description after the age is X too.
			const role = at(to + 3);
			const described =
				role?.kind === 'description' && /^(?:a|an|the)$/.test(role.determiner) && !ORG_ONLY(role);
			out.push({ mention: m.id, description: described ? role.id : null, hint: 'person' });
			continue;
		}
		if (isName && (next.lower === 'who' || next.lower === 'whose')) {
			// “X, who chairs the Independent Electoral Commission,”: the role and the body are X's.
			const verb = tokens[to + 2];
			const led = verb && LEADS.has(verb.lower) ? (at(to + 3) ?? at(to + 4)) : undefined;
			// “who directs the alliance’s Europe programme”: she leads the programme, not the alliance.
			const body = led?.possessive ? undefined : led;
			out.push({
				mention: m.id,
				description: null,
				hint: 'person',
				leads: body ? { verb: verb!.lower, body: body.id } : undefined
			});
			continue;
		}
		if (isName && next.lower === 'which') {
			out.push({ mention: m.id, description: null, hint: 'org' });
			continue;
		}
		// “X, the country’s largest crop insurer,”: past “the country’s”, which is no mention itself.
		const skip =
			tokens[to + 1]?.lower === 'the' && tokens[to + 2]?.possessive && !at(to + 1) ? 2 : 0;
		let after = at(to + 1 + skip);
		if (!after) continue;
		// “X, the association’s president,”: the role the possessive owns is the description.
		if (after.possessive) {
			const owned = at(after.to);
			const ownedBy = owned?.owner === after.id ? owned : undefined;
			if (ownedBy) after = ownedBy;
		}
		// “Police, the city's largest hospital and a union gave …”: a list, not an apposition.
		if (/^(?:and|or)$/.test(tokens[after.to]?.lower ?? '')) continue;
		// “…, a Geneva-based agency,”: an indefinite body whose name run took a capitalised modifier.
		const indefiniteBody =
			after.kind === 'org' && (after.determiner === 'a' || after.determiner === 'an');
		// “… known as Orla Line, this person explained”: a demonstrative refers back; it renames no one.
		if (/^(?:this|that|these|those)$/.test(after.determiner)) continue;
		if (
			isName &&
			(after.kind === 'description' || after.kind === 'group' || indefiniteBody) &&
			after.determiner !== 'its'
		) {
			const orgHead = isOrgWord(after.head) && !isRoleWord(after.head);
			out.push({ mention: m.id, description: after.id, hint: orgHead ? 'org' : 'person' });
		} else if (
			(m.kind === 'description' ||
				(m.owner !== null && mentions[m.owner - mentions[0]!.id]?.possessive)) &&
			(after.kind === 'person' || after.kind === 'name')
		) {
			// “a police spokesman, Commander Anton Vik,”: the name is the description.
			out.push({ mention: after.id, description: m.id, hint: 'person' });
		} else if (
			m.kind === 'name' &&
			titleHeaded(tokens, m) &&
			(after.kind === 'person' || after.kind === 'name') &&
			after.to - after.from >= 2 &&
			tokens[after.to]?.text === ','
		) {
			// “The Minister for Roads and Ports, Ada Fenn,”: a capitalised title in apposition is her role.
			out.push({ mention: after.id, description: m.id, hint: 'person' });
		}
	}
	return out;
}

/** A name that is a title of office (“Minister for Roads”, “Chief Constable of Tarn”), no honorific. */
function titleHeaded(tokens: readonly Token[], m: Mention): boolean {
	const first = tokens[m.determiner ? m.from + 1 : m.from]?.lower ?? '';
	return (
		(TITLES.has(first) || TITLE_MODIFIERS.has(first)) &&
		!FEMALE_HONORIFICS.has(first) &&
		!MALE_HONORIFICS.has(first) &&
		!/^(?:mx|dr\.?|prof\.?|rev\.?)$/.test(first)
	);
}

/** Words the article writes with a capital inside a sentence (`… said Ashby`): names wherever they stand. */
function capitalisedMidSentence(doc: Doc): Set<string> {
	const seen = new Set<string>();
	for (const p of doc.paragraphs)
		for (const m of p.masked.matchAll(/[\p{Ll},;]\s+(\p{Lu}[\p{L}’'-]*)/gu)) seen.add(m[1]!);
	return seen;
}

/**
 * “A Department of Labor spokesperson”: a role after a body's name that “a” opens is someone of that body
 * the article does not name, not the spokesperson met before.
 */
function indefiniteAfterName(
	d: Draft,
	drafts: readonly Draft[],
	tokens: readonly Token[]
): Partial<Draft> {
	if (d.kind !== 'description' || d.determiner || d.of) return {};
	const body = drafts.find((x) => x.to === d.from && (x.kind === 'org' || x.kind === 'name'));
	const article = body && (body.determiner || tokens[body.from - 1]?.lower);
	if (!body || (article !== 'a' && article !== 'an')) return {};
	return { determiner: article, of: body.name };
}

/** Pass 1 over the whole document. Mention ids are their index in `all`. */
export function findMentions(doc: Doc, hints: Hints = NO_HINTS): Mentions {
	const all: Mention[] = [];
	// A word the article also capitalises mid-sentence is a name at a sentence's start too, whatever a
	// dictionary says of it (“Reading said …” where the article has “… said Reading”).
	const names = capitalisedMidSentence(doc);
	const local: Hints = { ...hints, ordinaryWord: (w) => !names.has(w) && hints.ordinaryWord(w) };
	const bySentence: SentenceMentions[] = doc.sentences.map((s) => {
		const { tokens, drafts } = sentenceMentions(doc, s, local);
		const base = all.length;
		const mentions = drafts.map((d, n): Mention => ({
			...d,
			...indefiniteAfterName(d, drafts, tokens),
			owner: d.owner === null ? null : base + d.owner,
			id: base + n,
			lead: tokens[d.from - 1]?.lower ?? '',
			next: tokens[d.to]?.lower ?? '',
			sentence: s.id,
			order: s.order,
			paragraph: s.paragraph
		}));
		all.push(...mentions);
		return { sentence: s, tokens, mentions, appositions: appositionsOf(tokens, mentions) };
	});
	return { bySentence, all };
}

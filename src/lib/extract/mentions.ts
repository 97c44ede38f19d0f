import {
	CLAUSE_WORDS,
	FEMALE_HONORIFICS,
	FUNCTION_WORDS,
	MALE_HONORIFICS,
	ORG_WORDS,
	PERSON_ROLE_WORDS,
	TITLE_WORDS
} from './lexicon';
import { isCapitalised, words, type Word } from './text';

/** A noun phrase that names or describes a speaker, parsed from the words around a verb. */
export interface Mention {
	/** The phrase as written (`South Korean Defense Minister Kim Yong-hyun`, `the agency`). */
	text: string;
	kind: 'person' | 'organisation' | 'pronoun' | 'description' | 'name';
	/** The name part: `Kim Yong-hyun`, `Civil Protection Agency`, `Crane`. */
	name: string;
	/** Words before a person's name: `South Korean Defense Minister`. */
	title: string;
	/** Head noun of a description (`agency` in “the agency’s”), lower case. */
	head: string;
	/** Place or body after “of”/“at” (`Tarrow County` in “Sheriff Tomas Reyes of Tarrow County”). */
	of: string;
	gender: 'f' | 'm' | null;
}

const PRONOUNS: Record<string, 'f' | 'm' | null> = {
	he: 'm',
	she: 'f',
	they: null,
	it: null,
	we: null,
	i: null
};
const DETERMINERS = new Set([
	'the',
	'a',
	'an',
	'its',
	'his',
	'her',
	'their',
	'our',
	'this',
	'that'
]);
const CONNECTORS = new Set(['of', 'at', 'on', 'for', 'de', 'del', 'van', 'von', 'bin', 'al']);
const lower = (w: string) => w.toLowerCase().replace(/[’']s?$/, '');
const isOrgWord = (w: string) => ORG_WORDS.has(lower(w));
const isTitleWord = (w: string) => TITLE_WORDS.has(w.toLowerCase());
const isNameWord = (w: string) =>
	isCapitalised(w) && !FUNCTION_WORDS.has(w) && !/^\d/.test(w) && !/^\$/.test(w);

function genderOf(titleWords: string[]): 'f' | 'm' | null {
	for (const w of titleWords) {
		if (FEMALE_HONORIFICS.has(w.toLowerCase())) return 'f';
		if (MALE_HONORIFICS.has(w.toLowerCase())) return 'm';
	}
	return null;
}

function mention(partial: Partial<Mention> & Pick<Mention, 'text' | 'kind'>): Mention {
	return { name: '', title: '', head: '', of: '', gender: null, ...partial };
}

/** Splits a run of capitalised words into title + person name, or returns an organisation / bare name. */
function classifyRun(run: Word[], text: string): Mention {
	const phrase = text.slice(run[0]!.start, run.at(-1)!.end);
	const ws = run.map((w) => w.word);
	// “X of Y” / “X at Y”: a person or body, then their place (“Sheriff Tomas Reyes of Tarrow County”,
	// “Western Fire Observatory at Brennan University”); but “Federation of Estrenian Workers” is one name.
	const connector = ws.findLastIndex((w, i) => i > 0 && (w === 'of' || w === 'at'));
	if (connector > 0 && connector < ws.length - 1) {
		const head = classifyRun(run.slice(0, connector), text);
		const after = run.slice(connector + 1);
		const of = text.slice(after[0]!.start, after.at(-1)!.end);
		if (head.kind === 'person') return { ...head, of };
		if (head.kind === 'organisation' && ws[connector] === 'at') return { ...head, of };
	}
	// Title words, then at most two name words (three with an initial).
	let nameStart = ws.length;
	let taken = 0;
	while (nameStart > 0) {
		const w = ws[nameStart - 1]!;
		if (!isNameWord(w) || isTitleWord(w)) break;
		const isInitial = /^\p{Lu}\.$/u.test(w);
		if (taken >= 2 && !isInitial) break;
		nameStart--;
		if (!isInitial) taken++;
	}
	const titleWords = ws.slice(0, nameStart);
	const nameWords = ws.slice(nameStart);
	const titled = titleWords.length > 0 && isTitleWord(titleWords.at(-1)!);
	if (titled && nameWords.length > 0 && !nameWords.some(isOrgWord)) {
		const name = text.slice(run[nameStart]!.start, run.at(-1)!.end);
		const title = text.slice(run[0]!.start, run[nameStart - 1]!.end);
		return mention({ text: phrase, kind: 'person', name, title, gender: genderOf(titleWords) });
	}
	if (ws.some(isOrgWord)) return mention({ text: phrase, kind: 'organisation', name: phrase });
	if (nameWords.length === 0) {
		return mention({ text: phrase, kind: 'description', head: lower(ws.at(-1)!), title: phrase });
	}
	const name = text.slice(run[nameStart]!.start, run.at(-1)!.end);
	const title = nameStart > 0 ? text.slice(run[0]!.start, run[nameStart - 1]!.end) : '';
	return mention({ text: phrase, kind: 'name', name, title });
}

/**
 * The noun phrase at the end of `segment` (the words just before a verb), e.g. `Russian leader Vladimir
 * Putin` in “When asked …, Russian leader Vladimir Putin”. Returns null when the words there are not a
 * speaker: a clause, a common noun, nothing.
 */
export function phraseAtEnd(segment: string): Mention | null {
	const ws = words(segment);
	if (ws.length === 0) return null;
	const last = ws.at(-1)!;
	const pronoun = last.word.toLowerCase();
	if (pronoun in PRONOUNS) {
		return mention({ text: last.word, kind: 'pronoun', name: pronoun, gender: PRONOUNS[pronoun]! });
	}
	// A trailing run of capitalised words, allowing connectors between them.
	let i = ws.length - 1;
	const run: Word[] = [];
	while (i >= 0) {
		const w = ws[i]!.word;
		if (isNameWord(w) || (isCapitalised(w) && isTitleWord(w))) {
			run.unshift(ws[i]!);
			i--;
			continue;
		}
		if (
			CONNECTORS.has(w) &&
			run.length > 0 &&
			i > 0 &&
			isCapitalised(ws[i - 1]!.word) &&
			!FUNCTION_WORDS.has(ws[i - 1]!.word)
		) {
			run.unshift(ws[i]!);
			i--;
			continue;
		}
		break;
	}
	// Lower-case head nouns after the capitalised words: “Ukrainian intelligence”, “the finance ministry”.
	if (run.length === 0 || run.at(-1) !== ws.at(-1)) {
		return describedPhrase(ws, segment);
	}
	const m = classifyRun(run, segment);
	if ((m.kind === 'person' || m.kind === 'name') && !m.title) {
		// A lower-case title before the name: “Russian leader Vladimir Putin”.
		let k = i;
		while (k >= 0 && PERSON_ROLE_WORDS.has(ws[k]!.word.toLowerCase())) k--;
		if (k < i) {
			while (k >= 0 && isNameWord(ws[k]!.word)) k--;
			m.title = segment.slice(ws[k + 1]!.start, ws[i]!.end);
			m.text = segment.slice(ws[k + 1]!.start, run.at(-1)!.end);
			m.kind = 'person';
		}
	}
	return m;
}

/** A lower-case description ending `ws`: `the agency’s director`, `Ukrainian intelligence`, `the trust`. */
function describedPhrase(ws: Word[], segment: string): Mention | null {
	const i = ws.length - 1;
	const head = lower(ws[i]!.word);
	if (!ORG_WORDS.has(head) && !PERSON_ROLE_WORDS.has(head)) return null;
	let start = i;
	while (start > 0 && ws.length - start < 6) {
		const w = ws[start - 1]!.word;
		if (DETERMINERS.has(w.toLowerCase())) {
			start--;
			break;
		}
		if (CLAUSE_WORDS.has(w.toLowerCase()) && !CONNECTORS.has(w)) break;
		if (SENTENCE_VERBISH.test(w)) break;
		start--;
	}
	const text = segment.slice(ws[start]!.start, ws[i]!.end);
	const kind = ORG_WORDS.has(head) && !PERSON_ROLE_WORDS.has(head) ? 'organisation' : 'description';
	const body = text.replace(/^(the|a|an|its|his|her|their|our|this|that)\s+/i, '');
	const capitalisedModifier = ws
		.slice(start, i)
		.some((w) => isCapitalised(w.word) && !DETERMINERS.has(w.word.toLowerCase()));
	if (kind === 'organisation') {
		// “Ukrainian intelligence” names a body; “the agency” only points back to one.
		const definiteOnly = /^(the|its|their|this|that)\s/i.test(text) && !capitalisedModifier;
		return mention({ text, kind: definiteOnly ? 'description' : 'organisation', name: body, head });
	}
	return mention({ text, kind: 'description', head, title: body });
}

/** Words that end a description when walking backwards: verbs and the like. */
const SENTENCE_VERBISH =
	/^(?:said|says|told|added|estimated|estimates|is|was|are|were|has|had|have)$/;

/** Parses a phrase that stands after a verb (“said Amara Dossou”), up to the first comma or period. */
export function phraseAtStart(segment: string): Mention | null {
	// Periods of titles and initialisms (Dr., U.S.) do not end the phrase.
	const protectedText = segment
		.trim()
		.replace(/\b(Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Sen|Rep|Prof|Jr|Sr)\./g, '$1\u2024')
		.replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, '\u2024'));
	const found = /^[^,.;:—()“”"]+/.exec(protectedText);
	if (!found) return null;
	const cut = found[0].replace(/\u2024/g, '.');
	// The phrase ends before a clause word (“said Austin at a briefing”).
	const ws = words(cut);
	let end = ws.length;
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i]!.word;
		if (i > 0 && CLAUSE_WORDS.has(w) && !CONNECTORS.has(w)) {
			end = i;
			break;
		}
		if (
			i > 0 &&
			(w === 'at' || w === 'in' || w === 'on') &&
			!isCapitalised(ws[i + 1]?.word ?? '')
		) {
			end = i;
			break;
		}
	}
	if (end === 0) return null;
	const text = cut.slice(0, ws[end - 1]!.end);
	return phraseAtEnd(text);
}

export const PRONOUN_WORDS = new Set(Object.keys(PRONOUNS));

import type { Article } from '../article/types';
import type { Claims, Speaker } from '../extract/types';
import { escapeRegExp, normalize, stems } from './text';
import type { Choice, Question } from './types';

/** What `reveals` needs to know about an article: its speakers and its commonest words. */
export interface RevealContext {
	speakers: readonly Speaker[];
	/** Quote texts by id: a choice showing part of a quote is compared with the whole of it. */
	quotes: ReadonlyMap<string, string>;
	/** Word stems in more than a quarter of the sentences: sharing them says nothing. */
	common: ReadonlySet<string>;
}

export function revealContext(claims: Claims, article: Article): RevealContext {
	const sentences = article.sections.flatMap((s) =>
		s.paragraphs.flatMap((p) => p.sentences.map((x) => x.text))
	);
	const counts = new Map<string, number>();
	for (const sentence of sentences) {
		for (const stem of stems(sentence)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
	}
	const common = new Set(
		[...counts].filter(([, n]) => n > sentences.length / 4).map(([stem]) => stem)
	);
	return {
		speakers: claims.speakers,
		quotes: new Map(claims.quotes.map((q) => [q.id, q.text])),
		common
	};
}

function containsPhrase(text: string, phrase: string): boolean {
	if (!phrase) return false;
	const escaped = escapeRegExp(phrase);
	return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Whether seeing question `a` (its prompt) gives away the answer to question `b`: the two rest on the
 * same sentence or claim, and `a`'s prompt contains `b`'s answer — its text, the speaker's name or an
 * alias, or (for a quote) two of its less common words. Answers that are labels on a scale (true/false,
 * exact words/paraphrase, how sure) are never given away this way.
 */
export function reveals(a: Question, b: Question, rc: RevealContext): boolean {
	if (a.id === b.id || b.kind === 'match-estimates') return false;
	const related =
		a.evidence.some((id) => b.evidence.includes(id)) ||
		a.claimIds.some((id) => b.claimIds.includes(id));
	if (!related) return false;
	const prompt = normalize(a.prompt);
	const shared = (text: string) => {
		const seen = stems(a.prompt);
		return [...stems(text)].filter((s) => !rc.common.has(s) && seen.has(s)).length;
	};
	// Words shown in quote marks elsewhere tell whether they are a quote.
	if (b.kind === 'quote-or-paraphrase') {
		const shown = b.prompt.split(' — ').at(-1) ?? '';
		return a.prompt.includes('“') && shared(shown) >= 3;
	}
	const answer = b.choices.find((c) => c.id === b.answer);
	if (!answer || answer.ref === undefined) return false;
	const named = (choice: Choice) => {
		// A choice that is a speaker's name (not, say, their role) is also given away by an alias.
		const speaker = rc.speakers.find(
			(s) => s.id === choice.ref && normalize(s.name) === normalize(choice.text)
		);
		const names = speaker ? [speaker.name, ...speaker.aliases] : [];
		if (speaker?.kind === 'person') names.push(speaker.name.split(' ').at(-1) ?? '');
		return [choice.text, ...names].some(
			(n) => n.length > 2 && containsPhrase(prompt, normalize(n))
		);
	};
	// Naming the answer gives it away, unless the prompt names wrong choices too (“compare X with Y”).
	if (named(answer)) {
		return !b.choices.some((c) => c.id !== answer.id && named(c));
	}
	const full = rc.quotes.get(answer.ref) ?? answer.text;
	return full.split(' ').length >= 4 && shared(full) >= 2;
}

const keyRef = (q: Question) => q.choices.find((c) => c.id === q.answer)?.ref;

/**
 * Two questions that ask the same thing twice, as a teacher reads them: “Who said A?” and “Who said
 * B?” about quotes one attribution credits (“A,” she said. “B.”); “Who said A?” beside “Which of these
 * did she say?” on the same passage; and “Whose figure is this?” beside “True or false: X gave this
 * figure”; two phrase questions on one sentence; and a who-said beside quoted-or-not of the same words.
 * (A figure's how-sure question beside one that shows its hedge is no repeat: it asks what
 * the hedge means, which seeing the word does not answer.)
 */
function repeats(a: Question, b: Question): boolean {
	const onPassage = a.evidence.some((id) => b.evidence.includes(id));
	const both = (x: Question['kind'], y: Question['kind']) =>
		(a.kind === x && b.kind === y) || (a.kind === y && b.kind === x);
	if (a.kind === 'who-said' && b.kind === 'who-said') return onPassage && keyRef(a) === keyRef(b);
	if (both('who-said', 'what-said')) {
		const [who, what] = a.kind === 'who-said' ? [a, b] : [b, a];
		// A what-said question's claims are its quote and its speaker.
		return onPassage && what.claimIds.includes(keyRef(who) ?? '');
	}
	if (both('whose-estimate', 'true-false')) {
		return a.claimIds.some((id) => b.claimIds.includes(id));
	}
	// Two phrases of one sentence asked the same way (“Whose words are these: A?”, “… B?”), or one phrase
	// asked as “whose words” and as “quoted or not”: the second answers nothing new.
	const phrase = (q: Question) => q.kind === 'source-or-author' || q.kind === 'quote-or-paraphrase';
	if (
		phrase(a) &&
		phrase(b) &&
		(a.kind === b.kind || a.claimIds.some((id) => b.claimIds.includes(id)))
	)
		return a.evidence[0] !== undefined && a.evidence[0] === b.evidence[0];
	// “Who said ‘A’?” prints the words in quote marks: “Are these words quoted?” of A is then answered.
	if (both('who-said', 'quote-or-paraphrase'))
		return a.claimIds.some((id) => b.claimIds.includes(id));
	return false;
}

/** Whether two questions should not stand side by side: either gives the other away. */
export function clash(a: Question, b: Question, rc: RevealContext): boolean {
	return repeats(a, b) || reveals(a, b, rc) || reveals(b, a, rc);
}

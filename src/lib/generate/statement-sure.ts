import { singleChoice } from './build-question';
import type { Context } from './context';
import { attributionSentence, cite, citeNaming } from './evidence';
import { curly, isPlural, quotePiece } from './text';
import type { SingleChoiceQuestion } from './types';

const lowerFirst = (text: string) => text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

/** How sure a source sounds about a statement, from the words it uses. A scale, offered in this order. */
export const GRADES = {
	certain: 'States it as a fact',
	likely: 'Expects it, but does not promise it',
	possible: 'Allows that it could happen, or not',
	unknown: 'Says nobody can tell yet'
} as const;

export type Grade = keyof typeof GRADES;

/**
 * General English certainty words, graded. Longer phrases are matched first and removed, so “almost
 * certainly” counts once, as likely. The hedged grades outweigh the plain assertion words (“will probably”
 * is likely); a statement with hedges of two grades is not asked about.
 */
const HEDGED: ReadonlyArray<{ grade: Exclude<Grade, 'certain'>; phrases: string[] }> = [
	{
		grade: 'unknown',
		phrases: [
			'remains to be seen',
			'remain to be seen',
			'yet to be seen',
			'is unclear',
			'are unclear',
			'not clear',
			'unknown',
			'not known',
			'no one knows',
			'nobody knows',
			'too early to say',
			'too early to tell'
		]
	},
	{
		grade: 'likely',
		phrases: [
			'almost certainly',
			'probably',
			'likely',
			'expected to',
			'expects to',
			'is set to',
			'are set to'
		]
	},
	{
		grade: 'possible',
		phrases: [
			'may',
			'might',
			'could',
			'possibly',
			'potentially',
			'perhaps',
			'maybe',
			'it is possible'
		]
	}
];

/**
 * Words that say a statement is certain. A bare “is” is not enough: most sentences have one, and asking
 * how sure every plain statement is would teach little. Nor is “will”: it makes promises (“we will
 * publish the data”), pledges (“the ministry will keep the border open”) and forecasts alike, and a
 * student can fairly read a promise as neither a fact nor a hedge.
 */
const ASSERTIONS = [
	'no doubt',
	'without doubt',
	'confirmed',
	'definitely',
	'certainly',
	'clearly',
	'for sure'
];

/**
 * “could” that is no hedge: ability or a suggestion with a personal subject (“we could do more”,
 * “customers could complain to the regulator”), what someone could hear or see, past inability (“they could not get in”), or a proposal
 * of an action (“the council could hire wardens”).
 */
const NOT_A_HEDGE_COULD =
	/\b(?:(?:i|I|we|you|they|customers|residents|people|patients|parents|students|anyone|everyone|users|drivers|passengers|members|households|families|consumers|workers|voters|visitors|tenants|travellers|travelers|readers|viewers|owners)\s+(?:\p{L}+\s+){0,6}?could|could\s+not|couldn[’']t|could\s+(?:also\s+|still\s+|just\s+)?(?:hear|see|smell|feel|taste|sense|tell|make\s+out|consider|do|look|try|build|help|use|ask|make|start|offer|give|put|pay|spend|hire|introduce|review|choose|decide|learn|act|invest|fund|provide|work|talk|meet|share|publish|agree|open|set|compare|complain|apply|claim|contact|check|visit|switch|call|sign|join|vote|appeal|request)\b)/gu;

/** A conditional (“if they are …”) is neither a fact nor a hedge: such statements are not asked. */
const CONDITIONAL = /\b(if|unless|whether)\b/;

function has(text: string, phrase: string): boolean {
	return new RegExp(`(^|[^\\p{L}’'-])${phrase}([^\\p{L}’'-]|$)`, 'u').test(text);
}

/** The grade and the words that show it, or null when no single grade applies clearly. */
export function gradeOf(statement: string): { grade: Grade; words: string } | null {
	// Case matters for `may` (the month); lower-case sentence starts so “Perhaps” still counts.
	let text = ` ${statement.replace(/(^|[.?!]\s+)(\p{Lu})/gu, (_, a: string, b: string) => a + b.toLowerCase())} `;
	text = text.replace(NOT_A_HEDGE_COULD, (m) => m.replace(/could/, ' '));
	// “so that it was not known to the people”: who knows, not how sure the speaker is.
	text = text.replace(/\b(?:not known|unknown|not clear|unclear)\s+to\b/g, ' ');
	// “41 lab-confirmed cases”, “confirmed deaths”: a kind of count, not a word of certainty.
	text = text.replace(
		/(?:-confirmed|\bconfirmed(?=\s+(?:cases?|deaths?|infections?|reports?|sightings?|victims?|dead|kills?)\b))/g,
		' '
	);
	const found: { grade: Grade; words: string }[] = [];
	for (const { grade, phrases } of HEDGED) {
		for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
			if (!has(text, phrase)) continue;
			found.push({ grade, words: phrase });
			text = text.replace(new RegExp(`(^|[^\\p{L}’'-])${phrase}(?=[^\\p{L}’'-]|$)`, 'gu'), '$1 ');
		}
	}
	const grades = new Set(found.map((f) => f.grade));
	if (grades.size > 1) return null;
	if (grades.size === 1) return found[0]!;
	if (CONDITIONAL.test(text)) return null;
	const assertion = ASSERTIONS.find((w) => has(text, w));
	return assertion ? { grade: 'certain', words: assertion } : null;
}

/**
 * “How sure does X sound …: ‘…’?” for a quote or paraphrase whose words put it on the scale. Asked only
 * about statements with one clear grade; a noun phrase like “in contact” has no verb and is not graded.
 */
export function howSureStatement(
	ctx: Context,
	claim: { id: string; text: string; speaker: string; section: string; evidence: string[] },
	quoted: boolean
): SingleChoiceQuestion | null {
	const shown = quotePiece(claim.text);
	const graded = gradeOf(shown);
	const speaker = ctx.speaker(claim.speaker);
	if (!graded || !speaker) return null;
	// In reported speech “could” is often the past of “can” (“said the rules could save $30”): the
	// writer's tense, not the speaker's doubt, so a paraphrase is not graded by it.
	if (!quoted && /^(?:could|would)$/.test(graded.words)) return null;
	const said = attributionSentence(ctx, claim.evidence, claim.speaker);
	const order: Grade[] = ['certain', 'likely', 'possible', 'unknown'];
	const name = speaker.name;
	const does = isPlural(name) ? 'do' : 'does';
	// Only words the article quotes go in quote marks; a paraphrase is shown as the article's report.
	const prompt = quoted
		? `How sure ${does} ${name} sound when saying ${curly(shown)}?`
		: `According to the article, ${name} ${isPlural(name) ? 'say' : 'says'} that ${lowerFirst(shown)}. How sure ${does} ${name} sound?`;
	const hedged = claim.evidence.find((id) =>
		ctx.sentenceText(id).toLowerCase().includes(graded.words)
	);
	// The words as the sentence writes them, so the explanation quotes the article exactly.
	const text = hedged ? ctx.sentenceText(hedged) : '';
	const at = text.toLowerCase().indexOf(graded.words);
	const words = at >= 0 ? text.slice(at, at + graded.words.length) : graded.words;
	const meaning = {
		certain: 'it is stated as a fact, with no hedge such as may or probably',
		likely: 'it is expected, not promised',
		possible: 'it is only a possibility',
		unknown: 'it is not known yet'
	}[graded.grade];
	const reason = /\s/.test(words)
		? `The words “${words}” show ${meaning}`
		: `The word “${words}” shows ${meaning}`;
	// One sentence that both names the speaker and hedges is quoted around the hedge, and long enough
	// to keep the name; otherwise each sentence is quoted for its own part.
	const evidence =
		hedged && hedged !== said
			? `${cite(ctx, hedged, graded.words)}; ${citeNaming(ctx, said, claim.speaker)}`
			: hedged
				? cite(ctx, hedged, graded.words, 45)
				: citeNaming(ctx, said, claim.speaker);
	return singleChoice(ctx, {
		kind: 'how-sure',
		section: claim.section,
		subject: `statement|${claim.text}`,
		prompt,
		answer: { text: GRADES[graded.grade] },
		distractors: order.filter((g) => g !== graded.grade).map((g) => ({ text: GRADES[g] })),
		fixedOrder: order.map((g) => GRADES[g]),
		evidence: [...claim.evidence, said],
		explanation: `${reason}: ${evidence}`,
		claimIds: [claim.id]
	});
}

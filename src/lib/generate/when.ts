import { MONTHS, WEEKDAYS } from '../extract/lexicon';
import type { ClaimEvent } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { MAX_DISTRACTORS, pickTexts } from './distractors';
import { cite } from './evidence';
import { capitalize, curly, endSentence, escapeRegExp, normalize } from './text';
import type { SingleChoiceQuestion } from './types';

/** Words before a time that do not change which time it is (`on Thursday`, `last Friday`, `by May`). */
const TIME_LEAD = /^(?:(?:on|in|at|by|during|last|this|past|earlier|late|early)\s+)+/;

/** `On Thursday`, `Thursday` and `last Thursday` are one time: compare times by this key. */
export function timeKey(when: string): string {
	return normalize(when).replace(TIME_LEAD, '');
}

/** How every time is shown as a choice: no leading preposition, capitalised (`Thursday`, `Last Friday`). */
export function showTime(when: string): string {
	return capitalize(when.trim().replace(/^(?:on|at|in)\s+/i, ''));
}

/** A time that spans others (“this month”, “today”): beside a day, both may be right. */
const SPAN =
	/^(?:(?:this|last|next|earlier this|later this|over the|past)\s+(?:week|month|year|weekend)|today|yesterday|tomorrow|tonight|recently)$/;

/** Whether two times could both be right: one is part of the other, or one spans the other. */
export function timesOverlap(a: string, b: string): boolean {
	const x = timeKey(a);
	const y = timeKey(b);
	if (x === y || SPAN.test(normalize(a)) || SPAN.test(normalize(b))) return true;
	const first = (k: string) => k.split(' ')[0]!;
	// “Wednesday” and “Wednesday evening”, “May 4” and “May 4, 2024”.
	return (
		x.startsWith(`${y} `) || y.startsWith(`${x} `) || (first(x) === first(y) && !/\d/.test(x + y))
	);
}

/** Words that put an event in the future: a prediction, a plan, a date to come. */
const FUTURE =
	/\b(?:will|would|could|may|might|shall|is (?:scheduled|set|due|expected|planned|to)|are (?:scheduled|set|due|expected|planned|to)|plans? to|intends? to|next|upcoming|later this|by next|within (?:a|an|one|two|three))\b/i;

/** Longest event description shown in a prompt; longer ones are cut at a clause break or skipped. */
const WHAT_WORDS = 24;

/** Words a readable clause does not start with: what follows them is a fragment. */
const FRAGMENT_START =
	/^(who|whom|which|that|whose|where|when|while|and|but|or|nor|so|because|although|to|of|in|on|at|by|for|with|from|as|than|if|saying|calling|according)\b/i;

/** Breaks where a long event can end: a relative or subordinate clause after a comma, or a dash. */
const CLAUSE_BREAK =
	/,\s+(?=(?:where|which|who|while|although|though|as|after|before|since|despite)\b)|\s+[—–]\s+/g;

/**
 * The event as a complete sentence without its time (“Last Friday, X wrote …” → “X wrote ….”), or null
 * when what is left would not read as a statement on its own: a fragment (“who told …”), a quote cut in
 * half, or too long to cut at a clause break. A quote that is the whole event loses its quote marks.
 */
export function describeEvent(what: string, when: string): string | null {
	const escaped = escapeRegExp(when);
	let cut = what
		.replace(
			new RegExp(`\\b(?:(?:on|last|this|next|since|by|until|in)\\s+)?${escaped}\\b,?`, 'i'),
			''
		)
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–.-]+$/g, '');
	const whole = /^[“"]([^“”"]+)[”"]$/.exec(cut);
	if (whole) cut = whole[1]!.replace(/[\s,;:.]+$/, '');
	const words = () => cut.split(' ').length;
	if (words() > WHAT_WORDS) {
		const breaks = [...cut.matchAll(CLAUSE_BREAK)].map((m) => m.index);
		const at = breaks.filter((i) => cut.slice(0, i).split(' ').length <= WHAT_WORDS).at(-1);
		if (at === undefined) return null;
		cut = cut.slice(0, at);
	}
	const opens = (cut.match(/“/g) ?? []).length;
	const closes = (cut.match(/”/g) ?? []).length;
	if (!cut || opens !== closes || FRAGMENT_START.test(cut) || words() < 4) return null;
	// Words cut out of a quote (“…”) leave a statement nobody can read whole.
	if (cut.includes('“…”')) return null;
	// A pronoun first (“It will publish …”) needs the sentence before; a time taken out as an object
	// (“spent [Monday night] on a chair”) or out of a longer number (“… power 22”) leaves a fragment.
	if (
		/^(?:it|its|they|their|he|his|she|her|this|these|those|we|our|i|you)\b/i.test(cut) ||
		/\b(?:spent|spend|spends|spending|took|lasted|passed)\s+(?:on|in|at|beside|with|by|outside|inside|under|near)\b/i.test(
			cut
		) ||
		/\s\d+$/.test(cut) ||
		// “Published by the ministry”: a participle with no subject; “X said.”, “… and.”: cut short.
		/^\p{L}+ed\s+by\b/iu.test(cut) ||
		/^\p{L}+ed,/iu.test(cut) ||
		// “spent five days in hospital”: a verb whose subject was cut away with the time.
		/^\p{Ll}+ed\b/u.test(cut) ||
		/^(?:spent|left|lost|got|made|kept|found|put|ran|saw|gave|held|stood|fell|rose|won|paid|sent|brought|bought|built|fought)\b/i.test(
			cut
		) ||
		/\b(?:said|says|told|added|and|or|but)$/i.test(cut) ||
		// “The first since …”: a description of something named before, not a statement.
		/^(?:the|a|an)\s+(?:first|last|second|third|latest|biggest|largest|highest|lowest|only)\s+(?:since|in|of|for)\b/i.test(
			cut
		) ||
		/^\p{L},/u.test(cut)
	)
		return null;
	// What is left must read as a statement: no verb or participle first (“said …”, “appearing on …”),
	// no preposition or article last (“is set for”), no possessive left without its owner (“’s session”).
	if (
		/^(?:said|says|told|added|was|were|is|are|has|have|had|will|would|could|can|may|might|took|began|came|went|did|does|\p{L}+ing)\b/iu.test(
			cut
		) ||
		/\b(?:for|on|at|by|in|to|from|of|the|a|an|after|before|until|since|least|most)$/i.test(cut) ||
		/(?:^|\s)[’']s\b/.test(cut)
	)
		return null;
	return endSentence(capitalize(cut));
}

/**
 * A time left in the description once the asked time is taken out (“… during the March 3 storm”, “by the
 * end of the week”): the event then has two times, and a student who picks the other is not wrong.
 */
const OTHER_TIME = new RegExp(
	String.raw`\b(?:${WEEKDAYS}|${MONTHS})\b|\b(?:today|tomorrow|yesterday|tonight|overnight)\b|\b(?:this|next|last|that)\s+(?:week|month|year|weekend|morning|afternoon|evening|night)\b|\bend of (?:the|this|next) (?:week|month|year)\b`
);

/** A report as the event (“X said the bridge was safe”): its time may be the saying's or the bridge's. */
const REPORTED =
	/(?<!\b(?:be|been|being|was|were|is|are)\s)\b(?:said|says|told|tells|announced|reported|added|wrote that|stated|confirmed|warned|claimed|insisted|according to|in a statement)\b/i;

/** A report's verb right after who made it: the description is the saying (“Minister Ana Ruiz said …”). */
const SAYING_FIRST =
	/^\p{Lu}[^,;:“”]{0,80}?\s(?<!\b(?:be|been|being|was|were|is|are)\s)(?:said|told|announced|confirmed|reported|stated|warned)\b/u;

/**
 * “When, according to X, did this happen: ‘…’?” for an event; wrong choices are the article's other
 * times, never one that is the same time written differently.
 */
export function whenQuestion(ctx: Context, event: ClaimEvent): SingleChoiceQuestion | null {
	const { events } = ctx.claims;
	const what = describeEvent(event.what, event.when);
	// The time must not be given away by the description of the event.
	if (!what || normalize(what).includes(timeKey(event.when)) || OTHER_TIME.test(what)) return null;
	// Something that may or may not happen has no time to ask about.
	if (/\b(?:could|might|may)\b/i.test(what)) return null;
	// “the report, published on Wednesday, …”: the time dates the document, not what it reports.
	const escaped = escapeRegExp(event.when);
	if (
		new RegExp(
			`\\b(?:published|released|issued|posted|dated|filed|updated)\\s+(?:on\\s+|last\\s+|in\\s+)?${escaped}`,
			'i'
		).test(event.what)
	)
		return null;
	// “spent five days in hospital after the visit on 22 July”: the time is the earlier event's.
	if (
		new RegExp(
			`\\b(?:after|before|since|following|until|ahead of)\\b[^,.;]{0,80}?\\s(?:(?:on|in|at|of)\\s+)?${escaped}`,
			'i'
		).test(event.what)
	)
		return null;
	// “X has called a meeting for Saturday”: a present perfect takes no time of its own, so the time is
	// another event's (the meeting's), not the calling's.
	if (/\b(?:has|have)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|ne|ght|un|ung|ept|ade|id)\b/iu.test(what))
		return null;
	// A time the article gives for a report dates the saying: asked as such. Any other report with a
	// time is left alone: the time may be the saying's or the reported event's.
	const saying = REPORTED.test(what);
	if (saying && !(event.source === null && SAYING_FIRST.test(what))) return null;
	const key = timeKey(event.when);
	const answer = showTime(event.when);
	const wrong = pickTexts(
		events.filter((e) => timeKey(e.when) !== key).map((e) => showTime(e.when)),
		{ right: [answer], seed: event.what, max: 20 }
	);
	// Distinct as times, not only as texts, and none that could also be right.
	const kept: string[] = [];
	for (const t of wrong)
		if (!timesOverlap(t, answer) && !kept.some((k) => timesOverlap(k, t))) kept.push(t);
	const distinct = kept.slice(0, MAX_DISTRACTORS);
	if (distinct.length === 0) return null;
	const according = event.source
		? (ctx.speaker(event.source)?.name ?? 'the article')
		: 'the article';
	// A prediction or a plan (“will be used”, “is scheduled to vote”) is not something that happened.
	const verb = saying
		? 'was this said'
		: FUTURE.test(`${what} ${event.when}`)
			? 'will this happen'
			: 'did this happen';
	return singleChoice(ctx, {
		kind: 'when',
		section: event.section,
		subject: event.what,
		// The event in the article's words but not in quote marks: nobody is quoted saying it.
		prompt: `When, according to ${according}, ${verb}? ${what}`,
		answer: { text: answer, ref: event.id },
		distractors: distinct.map((text) => ({ text })),
		evidence: [event.sentence],
		explanation: `The sentence that reports it gives the time, ${curly(event.when)}: ${cite(ctx, event.sentence, event.when)}`,
		claimIds: [event.id]
	});
}

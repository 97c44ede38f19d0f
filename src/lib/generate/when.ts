import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickTexts } from './distractors';
import { cite } from './evidence';
import { capitalize, endSentence, normalize, shorten } from './text';
import type { Question } from './types';

/** `on Thursday` and `Thursday` are one answer. */
function timeKey(when: string): string {
	return normalize(when).replace(/^(on|in|at) /, '');
}

/** Longest event description shown in a prompt. */
const WHAT_WORDS = 30;

/**
 * The event without its time (“Last Friday, X wrote …” → “X wrote …”), or null when what is left would
 * not read as a statement on its own: a clause (“who told …”), or a quote cut in half.
 */
export function describeEvent(what: string, when: string): string | null {
	const escaped = when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const cut = what
		.replace(
			new RegExp(`\\b(?:(?:on|last|this|next|since|by|until|in)\\s+)?${escaped}\\b,?`, 'i'),
			''
		)
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
	const opens = (cut.match(/“/g) ?? []).length;
	const closes = (cut.match(/”/g) ?? []).length;
	if (!cut || opens !== closes || /^(who|which|that|whose|where|when)\b/i.test(cut)) return null;
	if (cut.split(' ').length < 3) return null;
	return shorten(cut, WHAT_WORDS);
}

/** “When did this happen, according to X?” for every event; wrong choices are the article's other times. */
export function when(ctx: Context): Question[] {
	const { events } = ctx.claims;
	return events
		.map((event) => {
			// The time must not be given away by the description of the event.
			const what = describeEvent(event.what, event.when);
			if (!what || what.toLowerCase().includes(timeKey(event.when))) return null;
			const answer = capitalize(event.when);
			const sameTime = events.filter((e) => timeKey(e.when) === timeKey(event.when));
			const wrong = pickTexts(
				events.filter((e) => !sameTime.includes(e)).map((e) => capitalize(e.when)),
				{ right: [answer, ...sameTime.map((e) => e.when)], seed: event.what }
			).filter((text) => timeKey(text) !== timeKey(event.when));
			const source = event.source ? ctx.name(event.source) : 'the article';
			const according = event.source ? `, according to ${ctx.name(event.source)}` : '';
			// A prediction (“will be used”) is not something that happened.
			const ask = /\b(will|would|could|may|might)\b/i.test(what)
				? 'When is this expected to happen'
				: 'When did this happen';
			return singleChoice(ctx, {
				kind: 'when',
				section: event.section,
				subject: event.what,
				prompt: `${ask}${according}? ${endSentence(capitalize(what))}`,
				answer: { text: answer, ref: event.id },
				distractors: wrong.map((text) => ({ text })),
				evidence: [event.sentence],
				explanation: `${capitalize(source)} gives the time: ${cite(ctx, event.sentence, event.when)}`,
				claimIds: [event.id]
			});
		})
		.filter((q) => q !== null);
}

import { memo } from '../memo';
import type { Speaker } from '../extract/types';
import type { Context } from './context';
import { curly, excerpt } from './text';

/** A sentence of the article in curly quotes, cut around `phrase` when it is long. */
export function cite(ctx: Context, sentenceId: string, phrase = '', maxWords = 30): string {
	return curly(excerpt(ctx.sentenceText(sentenceId), phrase, maxWords));
}

/** How a text names the speaker (full name, an alias, or a person's surname), or undefined. */
const lowerCase = memo((text: string) => text.toLowerCase());

export function nameIn(text: string, speaker: Speaker): string | undefined {
	const names = [speaker.name, ...speaker.aliases];
	if (speaker.kind === 'person') names.push(speaker.name.split(' ').at(-1) ?? '');
	const lower = lowerCase(text);
	return names.find((n) => n.length > 1 && lower.includes(n.toLowerCase()));
}

export function mentions(text: string, speaker: Speaker): boolean {
	return nameIn(text, speaker) !== undefined;
}

/** Cites a sentence cut around the speaker's name in it. */
export function citeNaming(ctx: Context, sentenceId: string, speakerId: string): string {
	const speaker = ctx.speaker(speakerId);
	const text = ctx.sentenceText(sentenceId);
	return cite(ctx, sentenceId, (speaker && nameIn(text, speaker)) ?? '');
}

/** Words after the last closing quote mark (`…business,” he insisted.`): the sentence attributes a quote. */
function attributes(text: string): boolean {
	return /[”"][^“”"]*\p{L}[^“”"]*$/u.test(text);
}

/**
 * The sentence that shows who is speaking, for quotes and paraphrases: the first of `ids` that names the
 * speaker; else one that attributes the quote with a pronoun (“…,” he insisted); else the nearest earlier
 * sentence of the same paragraph that names the speaker (a quote continued after its attribution); else
 * the first of `ids`. It may lie outside `ids`: callers add it to the evidence.
 */
export function attributionSentence(
	ctx: Context,
	ids: readonly string[],
	speakerId: string
): string {
	const speaker = ctx.speaker(speakerId);
	const first = ids[0] ?? '';
	if (!speaker) return first;
	const names = (id: string) => mentions(ctx.sentenceText(id), speaker);
	const naming = ids.find(names) ?? ids.find((id) => attributes(ctx.sentenceText(id)));
	if (naming) return naming;
	const paragraph = ctx.paragraphSentences(first);
	const before = paragraph.slice(0, Math.max(0, paragraph.indexOf(first))).reverse();
	return before.find(names) ?? first;
}

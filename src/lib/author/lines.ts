/**
 * When two lines of a paste are one paragraph. Pasted text breaks lines for three reasons: the writer
 * ended a paragraph, a PDF or e-mail wrapped a long line (a “hard wrap”), or a page ended. The rules:
 * - a line ending in a hyphen, or followed by a line that starts in lower case (or with a comma, a
 *   closing bracket, a digit…), continues the sentence: join;
 * - a short line without a final full stop (a title, a heading, a byline) ends its paragraph;
 * - a line that ends a sentence ends its paragraph, unless the text is hard-wrapped and the next word
 *   would not have fitted on the line (so the wrap, not the writer, broke it there);
 * - a line that stops mid-sentence before a capital joins when it is as long as a wrapped line, or when
 *   blank lines mark the paragraphs (so a single line break is only a wrap);
 * - across a blank line only a lower-case continuation joins; across a removed page number, the rules
 *   for adjacent lines apply, because a page break is not a paragraph break.
 */
import { endsWithHyphen } from './hyphen';

/** Ends with `.`, `!`, `?` or `…`, maybe followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
	return /[.!?…][”’"')\]»]*$/.test(line);
}

/** Starts in lower case, perhaps behind an opening quote or bracket. */
export function startsLower(line: string): boolean {
	return /^[“‘"'([«]*\p{Ll}/u.test(line);
}

/** Starts with a mark or a figure that cannot open a sentence's paragraph after a broken line. */
function startsContinuation(line: string): boolean {
	return /^[,;:)\]%\p{N}]/u.test(line);
}

function words(line: string): string[] {
	return line.split(' ').filter((w) => w !== '');
}

/** Most words of four letters or more start with a capital, as in a headline or a name. */
export function isTitleCase(line: string): boolean {
	const long = words(line).filter((w) => /\p{L}{4,}/u.test(w));
	if (long.length === 0) return /^\p{Lu}/u.test(line);
	return long.filter((w) => /^[“‘"'(]*\p{Lu}/u.test(w)).length >= long.length * 0.6;
}

/** A line that reads as a title, a heading or a byline: short, with no final full stop. */
export function isHeadingLike(line: string): boolean {
	if (endsSentence(line) || /[,;:]$/.test(line)) return false;
	return words(line).length <= 12 && (isTitleCase(line) || line.length <= 50);
}

/**
 * The width a text was hard-wrapped at, or null when it was not: at least six lines, most of them
 * within 70% of the width (the length the longest 3% of lines reach), that width at most 150, and
 * most lines not ending a sentence (lines that each hold a paragraph nearly all end one).
 */
export function wrapWidth(lines: string[]): number | null {
	if (lines.length < 6) return null;
	const lengths = lines.map((l) => l.length).sort((x, y) => x - y);
	// The width is the length that several lines reach (one long title or byline does not set it).
	const width = lengths[lengths.length - Math.max(2, Math.ceil(lengths.length * 0.03))]!;
	if (width < 30 || width > 150) return null;
	const full = lines.filter((l) => l.length >= 0.7 * width).length;
	const open = lines.filter((l) => !endsSentence(l)).length;
	return full >= lines.length * 0.5 && open >= lines.length * 0.4 ? width : null;
}

export type Gap = 'none' | 'blank' | 'page';

export interface JoinContext {
	/** What stood between the lines: nothing, blank lines, or a removed page number. */
	gap: Gap;
	wrap: number | null;
	/** The paste marks paragraphs with blank lines. */
	blankSeparated: boolean;
	/** `a` is the first line of the paste, where the title usually is. */
	first: boolean;
}

/** Why `b` continues `a`'s paragraph, or null when it starts a new one. */
export type JoinReason = 'hyphen' | 'sentence' | 'wrap' | 'page';

export function joinReason(a: string, b: string, ctx: JoinContext): JoinReason | null {
	const continues = startsLower(b) || startsContinuation(b);
	if (ctx.gap === 'blank') {
		// A blank line is a paragraph break unless a sentence plainly runs on: a lower-case start after a
		// line that is neither finished nor a headline.
		if (endsSentence(a) || /[:;]$/.test(a) || (isTitleCase(a) && words(a).length <= 12))
			return null;
		return /^[“‘"'([«]*\p{Ll}/u.test(b) ? (endsWithHyphen(a) ? 'hyphen' : 'sentence') : null;
	}
	const page = ctx.gap === 'page';
	if (endsWithHyphen(a) && /^\p{L}/u.test(b)) return 'hyphen';
	// In wrapped text a full-width line is a wrapped one, however many capitals its names bring.
	const full = ctx.wrap !== null && a.length >= 0.85 * ctx.wrap;
	if (ctx.first || (!full && isHeadingLike(a))) {
		// A title or byline line is followed by its own paragraph, except a plain lower-case run-on.
		return !ctx.first && startsLower(b) ? 'sentence' : null;
	}
	if (continues) return page ? 'page' : 'sentence';
	if (endsSentence(a)) {
		// A greedy wrap moves a word down only when it does not fit: if it would have, the writer broke here.
		const next = b.split(' ')[0]!.length;
		return ctx.wrap !== null && a.length + 1 + next > ctx.wrap ? (page ? 'page' : 'wrap') : null;
	}
	if (ctx.wrap !== null) return a.length >= 0.6 * ctx.wrap ? (page ? 'page' : 'wrap') : null;
	return ctx.blankSeparated || page ? (page ? 'page' : 'wrap') : null;
}

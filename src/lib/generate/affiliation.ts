import { memo } from '../memo';
import type { Speaker } from '../extract/types';

/**
 * Whether two speakers are too close to both appear as choices: the same body under two names
 * (“South Korea”, “South Korean intelligence”), or a person and the body they speak for (a country's
 * defence minister and that country). Built only from the speakers' name, org and kind, so it works on
 * any article. It errs towards “too close”: that costs a distractor, never a second right answer.
 */
export function tooClose(a: Speaker, b: Speaker): boolean {
	if (a.id === b.id || sameTokens(tokens(a.name), tokens(b.name))) return true;
	// Two people are told apart by name, even when they work for the same body.
	if (a.kind === 'person' && b.kind === 'person') return false;
	return affiliations(a).some((pa) => affiliations(b).some((pb) => nested(pa, pb)));
}

const STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'a', 'an', 's']);

/**
 * Words that say what a job or an institution is, not whom it belongs to. What is left of a title or an
 * organisation's name is its place or owner (`U.S. officials`, `U.S. intelligence` → `us`), and two
 * speakers with the same owner are too close to tell apart as choices.
 */
const GENERIC_WORDS = new Set(
	(
		'defense defence foreign interior health finance minister ministry secretary president vice prime ' +
		'chairman chairwoman chair leader leadership spokesperson spokesman spokeswoman official officials ' +
		'officer officers director chief head general governor mayor deputy senior former acting ' +
		'commander ambassador envoy adviser advisor analyst member lawmaker lawmakers senator ' +
		'representative intelligence government agency agencies department office service services ' +
		'military army forces police media authorities authority administration state council'
	).split(' ')
);

/** The owner part of a phrase; the whole phrase when it is all generic (`officials`). */
function core(words: string[]): string[] {
	const owner = words.filter((w) => !GENERIC_WORDS.has(w));
	return owner.length > 0 ? owner : words;
}

/**
 * The bodies a speaker stands for: its org; its own name when it is an organisation; and for a person,
 * what the role names besides the office (`South Korean Defense Minister` → `south korean`), because
 * extractors often leave `org` empty and put the country in the title.
 */
function affiliations(speaker: Speaker): string[][] {
	const phrases = [core(tokens(speaker.org))];
	if (speaker.kind === 'organisation') phrases.push(core(tokens(speaker.name)));
	else phrases.push(tokens(speaker.role).filter((w) => !GENERIC_WORDS.has(w)));
	return phrases.filter((t) => t.length > 0);
}

/** Significant lower-case words; dots vanish so `U.S.` is `us`. */
const tokens = memo(phraseTokens);

function phraseTokens(phrase: string): string[] {
	return phrase
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.replace(/\./g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w && !STOP_WORDS.has(w));
}

/** Country and demonym share a stem (korea/korean, ukraine/ukrainian, russia/russian). */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length < 4 || b.length < 4) return false;
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return common >= Math.max(4, Math.min(a.length, b.length) - 3);
}

function sameTokens(a: string[], b: string[]): boolean {
	return a.length > 0 && a.length === b.length && a.every((w, i) => sameWord(w, b[i]!));
}

/** A phrase and its initials (`united states` → `us`), so abbreviations match their long form. */
function variants(words: string[]): string[][] {
	return words.length >= 2 ? [words, [words.map((w) => w[0]).join('')]] : [words];
}

function subset(small: string[], large: string[]): boolean {
	return small.every((w) => large.some((x) => sameWord(w, x)));
}

/** One phrase's words all appear in the other (`south korea` in `south korean intelligence`). */
function nested(a: string[], b: string[]): boolean {
	return variants(a).some((va) => variants(b).some((vb) => subset(va, vb) || subset(vb, va)));
}

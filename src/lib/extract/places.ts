import type { Article } from '../article/types';
import { FUNCTION_WORDS } from './lexicon';

/** Capitalised one- and two-word names in the article: the places a demonym can point to. */
export function placeNames(article: Article): Set<string> {
	const names = new Set<string>();
	for (const s of article.sections)
		for (const p of s.paragraphs)
			for (const m of p.text.matchAll(/(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/gu)) {
				const first = m[0].split(' ')[0]!;
				if (!FUNCTION_WORDS.has(first)) names.add(m[0]);
			}
	return names;
}

/**
 * The place a phrase's leading demonym names: “South Korean intelligence” → South Korea, “Ukrainian” →
 * Ukraine, “Russian leader” → Russia, “U.S. officials” → U.S. The place must be named in the article.
 */
export function placeOf(phrase: string, places: Set<string>): string {
	const ws = phrase.split(/\s+/);
	for (const length of [2, 1]) {
		if (ws.length < length) continue;
		const demonym = ws.slice(0, length);
		const last = demonym.at(-1)!;
		if (/^(?:\p{Lu}\.){2,}$/u.test(last) && length === 1 && places.has(last)) return last;
		if (!/^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic)$/u.test(last)) continue;
		for (const place of places) {
			const pw = place.split(' ');
			if (pw.length !== length || pw.slice(0, -1).join(' ') !== demonym.slice(0, -1).join(' '))
				continue;
			const stem = pw.at(-1)!.replace(/[aeiy]$/, '');
			if (stem.length >= 3 && last.startsWith(stem) && last.length > pw.at(-1)!.length)
				return place;
		}
	}
	return '';
}

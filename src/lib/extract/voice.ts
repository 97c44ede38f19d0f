import type { Article } from '../article/types';
import type { AuthorVoice, Paraphrase, Quote } from './types';

/**
 * Evaluative words: wording that judges rather than reports. A general list of loaded adjectives, nouns
 * and adverbs of news writing; where one appears outside every quote and every reported clause, the
 * judgement is the writer's own.
 */
const EVALUATIVE = new Set(
	(
		'bloodthirsty brutal barbaric savage heinous evil vile monstrous murderous ruthless tyrannical ' +
		'despotic totalitarian authoritarian rogue pariah thuggish cowardly shameful disgraceful ' +
		'outrageous appalling horrific horrendous atrocious abhorrent reckless absurd ridiculous ' +
		'laughable bizarre cynical cynically sinister notorious infamous corrupt crooked ' +
		'incompetent inept disastrous catastrophic shocking staggering alarming heroic glorious ' +
		'brilliant stunning remarkable extraordinary tragic pathetic hapless desperate desperately ' +
		'blatant blatantly brazen brazenly shady dubious so-called regime propaganda puppet henchmen ' +
		'warmonger warmongering secretive'
	).split(' ')
);

/** The evaluative words that are nouns themselves: the word after them is not theirs. */
const NOUNS = new Set(['regime', 'propaganda', 'puppet', 'henchmen', 'warmonger', 'warmongering']);

/** Evaluative words (with the noun after an adjective) outside quotes and paraphrased claims. */
export function findAuthorVoice(
	article: Article,
	quotes: Quote[],
	paraphrases: Paraphrase[]
): AuthorVoice[] {
	const out: AuthorVoice[] = [];
	for (const section of article.sections) {
		for (const p of section.paragraphs) {
			for (const s of p.sentences) {
				let text = s.text.replace(/“[^”]*”?|"[^"]*"?/g, (q) => ' '.repeat(q.length));
				for (const para of paraphrases.filter((x) => x.sentence === s.id)) {
					text = text.replace(para.text, ' '.repeat(para.text.length));
				}
				void quotes;
				// Runs of evaluative words stay one phrase (“tiny pariah state”), with the noun they qualify.
				const found = [...text.matchAll(/[\p{L}][\p{L}’'-]*/gu)];
				for (let i = 0; i < found.length; i++) {
					if (!EVALUATIVE.has(found[i]![0].toLowerCase())) continue;
					let j = i;
					while (j + 1 < found.length && EVALUATIVE.has(found[j + 1]![0].toLowerCase())) j++;
					const lastWord = found[j]![0];
					const noun = found[j + 1];
					const adjacent =
						noun && /^\s+$/.test(text.slice(found[j]!.index + lastWord.length, noun.index));
					const takeNoun =
						adjacent &&
						/^\p{Ll}/u.test(noun[0]) &&
						!/ly$/.test(lastWord) &&
						!NOUNS.has(lastWord.toLowerCase());
					const end = takeNoun ? noun.index + noun[0].length : found[j]!.index + lastWord.length;
					out.push({
						id: `v${out.length + 1}`,
						text: s.text.slice(found[i]!.index, end),
						sentence: s.id,
						section: section.id,
						origin: 'extracted'
					});
					i = takeNoun ? j + 1 : j;
				}
			}
		}
	}
	return out;
}

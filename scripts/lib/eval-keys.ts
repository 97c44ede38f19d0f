// Which generated questions rest on an attribution that gold says is wrong: a quote credited to the wrong
// speaker, a figure to the wrong source, or a claim gold does not have (a scare quote given a speaker, a
// phone number read as a figure). A machine proxy for a teacher's audit: it sees only the keys that
// depend on who said or counted what, not wording, hedges or dates.
import { extractClaims, type ExtractOptions } from '../../src/lib/extract/index';
import { scoreClaims, type Verdict } from '../../src/lib/extract/score';
import { generateQuestions } from '../../src/lib/generate/index';
import type { Question } from '../../src/lib/generate/types';
import { goldArticles, readGoldArticle } from './eval-set';

export interface KeyCheck {
	article: string;
	question: Question;
	/** The claims it rests on that gold contradicts, as `wrong q3` / `extra e2`. */
	faults: string[];
}

export function checkKeys(dir: string, options: ExtractOptions = {}): KeyCheck[] {
	return goldArticles(dir).flatMap((file) => {
		const { article, gold } = readGoldArticle(dir, file);
		const claims = extractClaims(article, options);
		const { verdicts } = scoreClaims(
			claims,
			gold,
			article.sections.map((s) => s.id)
		);
		const verdict = new Map<string, Verdict>([
			...claims.quotes.map((c, i) => [c.id, verdicts!.quotes[i]!] as const),
			...claims.estimates.map((c, i) => [c.id, verdicts!.estimates[i]!] as const)
		]);
		return generateQuestions(claims, article).map((question) => ({
			article: file.replace(/\.md$/, ''),
			question,
			faults: question.claimIds.flatMap((id) => {
				const v = verdict.get(id);
				return v === 'wrong' || v === 'extra' ? [`${v} ${id}`] : [];
			})
		}));
	});
}

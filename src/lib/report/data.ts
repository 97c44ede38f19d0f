import type { Article } from '../article/types';
import type { ArchivedBank } from '../bank/archive';
import type { Bank } from '../bank/schema';
import type { ReportChoice, ReportData, ReportQuestion } from './types';

const choice = (c: ReportChoice): ReportChoice =>
	c.ref === undefined ? { id: c.id, text: c.text } : { id: c.id, text: c.text, ref: c.ref };

/**
 * The report page's data from the bank and the article: what grading and the confusion matrix need, and
 * nothing else (no evidence, explanations or claims beyond speaker names).
 */
export function toReportData(
	bank: Bank,
	article: Pick<Article, 'sections'>,
	slug: string,
	earlier: readonly ArchivedBank[] = []
): ReportData {
	const questions = bank.questions.map((q): ReportQuestion => {
		const base = { id: q.id, section: q.section, prompt: q.prompt, choices: q.choices.map(choice) };
		return q.kind === 'match-estimates'
			? { ...base, kind: q.kind, items: q.items.map(choice), answer: q.answer }
			: { ...base, kind: q.kind, answer: q.answer };
	});
	return {
		bank: bank.version,
		slug,
		sections: article.sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
		questions,
		speakers: Object.fromEntries(bank.claims.speakers.map((s) => [s.id, s.name])),
		earlier: earlier.map((b) => ({ version: b.version, questions: b.questions }))
	};
}

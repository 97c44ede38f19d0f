import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { moduleView } from '../../src/lib/module/view';
import { toQuizQuestion } from '../../src/lib/quiz/question';
import { knownOf, reviewData } from '../../src/lib/review/page';
import { article, bank, SLUG } from './shipped';

/** Every sentence of an article by id, with its section's number. */
const sentencesOf = (sections: typeof article.sections) =>
	new Map(
		sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.map((x) => [x.id, [s.number, x.text]] as const))
		)
	);

describe('the review page’s data', () => {
	const questions = bank.questions.map(toQuizQuestion);
	const data = reviewData(
		SLUG,
		article.title,
		article.sections.map((s) => ({ ...s, questions: questions.filter((q) => q.section === s.id) }))
	);

	it('holds every question of the article, with each evidence sentence as the article has it', () => {
		expect(data.questions.map((q) => q.id).sort()).toEqual(bank.questions.map((q) => q.id).sort());
		const all = sentencesOf(article.sections);
		for (const q of data.questions)
			for (const id of q.evidence) expect(data.sentences[id]).toEqual(all.get(id));
	});

	it('carries no sentence that no question needs', () => {
		const used = new Set(data.questions.flatMap((q) => q.evidence));
		expect(Object.keys(data.sentences).every((id) => used.has(id))).toBe(true);
		expect(Object.keys(data.sentences).length).toBeLessThan(sentencesOf(article.sections).size);
	});

	it('knows the questions by section, as the deck is pruned', () => {
		const known = knownOf(data);
		for (const s of article.sections)
			expect([...(known.get(s.id) ?? [])].sort()).toEqual(
				bank.questions
					.filter((q) => q.section === s.id)
					.map((q) => q.id)
					.sort()
			);
	});

	it('for a module, holds only the questions its author kept', () => {
		const text = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
		const built = buildBank(text, { slug: 'm-test', review: { fixes: [] } });
		const left = built.bank.questions[0]!.id;
		const view = moduleView(built, [left]);
		const module = reviewData('m-test', view.title, view.sections);
		expect(module.questions.map((q) => q.id)).not.toContain(left);
		expect(module.questions).toHaveLength(built.bank.questions.length - 1);
		const all = sentencesOf(built.article.sections);
		for (const q of module.questions)
			for (const id of q.evidence) expect(module.sentences[id]).toEqual(all.get(id));
	});
});

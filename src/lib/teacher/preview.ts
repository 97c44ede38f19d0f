import type { Article } from '../article/types';
import type { Bank } from '../bank/schema';

/** A question as a teacher previews it: what students see, with the answer and where the text settles it. */
export interface PreviewQuestion {
	id: string;
	prompt: string;
	/** The choices in the order students first see them (the bank's), the right one marked. */
	choices: Array<{ text: string; right: boolean }>;
	/** A matching question's left column, each with its right figure. */
	items: Array<{ text: string; answer: string }>;
	explanation: string;
	/** The sentences that settle the answer, with the section they are in. */
	evidence: Array<{ id: string; section: number; text: string }>;
}

export interface PreviewSection {
	number: number;
	heading: string;
	questions: PreviewQuestion[];
}

/**
 * Every section's questions as a teacher previews them before assigning, in bank order (the order
 * students meet them). Evidence is quoted from the article, so what the teacher reads is what settles
 * the answer on the students' page.
 */
export function previewSections(article: Article, bank: Bank): PreviewSection[] {
	const sentences = new Map<string, { section: number; text: string }>();
	for (const s of article.sections)
		for (const p of s.paragraphs)
			for (const sentence of p.sentences)
				sentences.set(sentence.id, { section: s.number, text: sentence.text });
	return article.sections.map((s) => ({
		number: s.number,
		heading: s.heading,
		questions: bank.questions
			.filter((q) => q.section === s.id)
			.map((q) => {
				const choiceText = (id: string) => q.choices.find((c) => c.id === id)?.text ?? '';
				return {
					id: q.id,
					prompt: q.prompt,
					choices:
						q.kind === 'match-estimates'
							? q.choices.map((c) => ({ text: c.text, right: false }))
							: q.choices.map((c) => ({ text: c.text, right: c.id === q.answer })),
					items:
						q.kind === 'match-estimates'
							? q.items.map((i) => ({ text: i.text, answer: choiceText(q.answer[i.id] ?? '') }))
							: [],
					explanation: q.explanation,
					evidence: q.evidence.flatMap((id) => {
						const found = sentences.get(id);
						return found ? [{ id, ...found }] : [];
					})
				};
			})
	}));
}

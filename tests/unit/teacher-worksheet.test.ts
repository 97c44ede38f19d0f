import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse';
import { questionTag } from '../../src/lib/assign/assignment';
import { parseBank } from '../../src/lib/bank/parse';
import { previewSections } from '../../src/lib/teacher/preview';
import { answerKey, worksheet } from '../../src/lib/teacher/worksheet';

const dir = new URL('../../questions/north-korean-troops/', import.meta.url);
const article = parseArticle(readFileSync(new URL('article.md', dir), 'utf8'));
const bank = parseBank(JSON.parse(readFileSync(new URL('bank.json', dir), 'utf8')));
const preview = previewSections(article, bank);
const texts = article.sections.map((s) => ({
	number: s.number,
	paragraphs: s.paragraphs.map((p) => p.text)
}));

const ofSection = (n: number) =>
	bank.questions.filter((q) => q.section === article.sections[n - 1]!.id);
// Sections 4 and 2, given out of order, with the first question of section 4 left out.
const left = ofSection(4)[0]!;
const assignment = { sections: [4, 2], omit: [questionTag(left.id)] };
const sheet = worksheet(preview, texts, assignment);
const key = answerKey(preview, assignment);

describe('the printable worksheet', () => {
	it('prints the chosen sections in article order, each with its whole text', () => {
		expect(sheet.map((s) => s.number)).toEqual([2, 4]);
		for (const s of sheet)
			expect(s.paragraphs).toEqual(article.sections[s.number - 1]!.paragraphs.map((p) => p.text));
	});

	it('asks the assignment’s questions, without the one left out, numbered across the sheet', () => {
		const asked = [...ofSection(2), ...ofSection(4).slice(1)];
		const printed = sheet.flatMap((s) => s.questions);
		expect(printed.map((q) => q.prompt)).toEqual(asked.map((q) => q.prompt));
		expect(printed.map((q) => q.number)).toEqual(asked.map((_, i) => i + 1));
		expect(printed.map((q) => q.prompt)).not.toContain(left.prompt);
	});

	it('letters every choice in the order students see it, and gives nothing away', () => {
		for (const q of sheet.flatMap((s) => s.questions)) {
			const b = bank.questions.find((x) => x.prompt === q.prompt)!;
			expect(q.choices.map((c) => c.text)).toEqual(b.choices.map((c) => c.text));
			expect(q.choices.map((c) => c.letter)).toEqual(
				b.choices.map((_, i) => String.fromCharCode(65 + i))
			);
			expect(q.items).toEqual(b.kind === 'match-estimates' ? b.items.map((i) => i.text) : []);
			const printed = JSON.stringify(q);
			expect(printed).not.toContain(b.explanation);
		}
	});
});

describe('the answer key', () => {
	it('numbers the questions as the worksheet does', () => {
		expect(key.map((e) => [e.number, e.prompt])).toEqual(
			sheet.flatMap((s) => s.questions.map((q) => [q.number, q.prompt]))
		);
	});

	it('gives each keyed answer with the letter it has on the worksheet, and where the text settles it', () => {
		const questions = sheet.flatMap((s) => s.questions);
		for (const e of key) {
			const b = bank.questions.find((x) => x.prompt === e.prompt)!;
			const lettered = questions.find((q) => q.number === e.number)!.choices;
			const label = (choiceId: string) => {
				const c = lettered[b.choices.findIndex((x) => x.id === choiceId)]!;
				return `${c.letter}. ${c.text}`;
			};
			if (b.kind === 'match-estimates') {
				expect(e.answer).toBe('');
				expect(e.items).toEqual(
					b.items.map((i) => ({ text: i.text, answer: label(b.answer[i.id]!) }))
				);
			} else {
				expect(e.answer).toBe(label(b.answer));
				expect(e.items).toEqual([]);
			}
			expect(e.explanation).toBe(b.explanation);
			expect(e.evidence.map((x) => x.text)).toEqual(
				b.evidence.map(
					(id) =>
						article.sections
							.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
							.find((s) => s.id === id)!.text
				)
			);
			expect(e.section).toBe(article.sections.findIndex((s) => s.id === b.section) + 1);
		}
	});

	it('has nothing for a section the article does not have', () => {
		expect(answerKey(preview, { sections: [99] })).toEqual([]);
		expect(worksheet(preview, texts, { sections: [99] })).toEqual([]);
	});
});

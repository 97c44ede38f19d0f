import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse';
import { questionTag } from '../../src/lib/assign/assignment';
import { parseBank } from '../../src/lib/bank/parse';
import { omitProblem, omitTags } from '../../src/lib/teacher/choice';
import { previewSections } from '../../src/lib/teacher/preview';

const dir = new URL('../../questions/north-korean-troops/', import.meta.url);
const article = parseArticle(readFileSync(new URL('article.md', dir), 'utf8'));
const bank = parseBank(JSON.parse(readFileSync(new URL('bank.json', dir), 'utf8')));
const preview = previewSections(article, bank);

describe('the teacher’s preview of the generated questions', () => {
	it('shows every question of the bank under its section, in bank order', () => {
		expect(preview.map((s) => s.number)).toEqual(article.sections.map((s) => s.number));
		expect(preview.flatMap((s) => s.questions.map((q) => q.id))).toEqual(
			article.sections.flatMap((s) =>
				bank.questions.filter((q) => q.section === s.id).map((q) => q.id)
			)
		);
	});

	it('marks the keyed answer, and quotes the evidence from the article text', () => {
		const text = article.sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.map((x) => [x.id, x.text] as const))
		);
		const sentences = new Map(text);
		for (const s of preview)
			for (const q of s.questions) {
				const b = bank.questions.find((x) => x.id === q.id)!;
				if (b.kind === 'match-estimates') {
					expect(q.items.map((i) => i.answer)).toEqual(
						b.items.map((i) => b.choices.find((c) => c.id === b.answer[i.id])!.text)
					);
				} else {
					expect(q.choices.filter((c) => c.right).map((c) => c.text)).toEqual([
						b.choices.find((c) => c.id === b.answer)!.text
					]);
				}
				expect(q.choices.map((c) => c.text)).toEqual(b.choices.map((c) => c.text));
				expect(q.evidence.map((e) => e.id)).toEqual(b.evidence);
				for (const e of q.evidence) expect(e.text).toBe(sentences.get(e.id));
			}
	});
});

describe('the choice of questions a link carries', () => {
	const sections = [
		{ number: 1, questions: [{ id: 'qa' }, { id: 'qb' }] },
		{ number: 2, questions: [{ id: 'qc' }] }
	];

	it('names the left-out questions of the chosen sections by tag, ascending, once', () => {
		expect(omitTags(sections, [])).toEqual([]);
		expect(omitTags(sections, ['qb', 'qa'])).toEqual([questionTag('qa'), questionTag('qb')].sort());
		// A question of a section that is not chosen is not in the link.
		expect(omitTags(sections.slice(0, 1), ['qc'])).toEqual([]);
	});

	it('refuses a section with every question left out', () => {
		expect(omitProblem(sections, ['qa'])).toBeNull();
		expect(omitProblem(sections, ['qc'])).toMatch(/Every question of section 2 is left out/);
	});
});

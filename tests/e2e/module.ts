import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildBank } from '../../src/lib/bank/build';
import { encodeModule, moduleId } from '../../src/lib/module';
import { moduleSlug } from '../../src/lib/module/cache';
import { GENERATOR_VERSION } from '../../src/lib/generate/version';
import type { BankQuestion } from './bank';

/** A practice article nobody hand-tuned, as a teacher would paste it. */
export const practiceText = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');

/** A module link's fragment for the practice article, made in Node with the site's own encoder. */
export const moduleLink = (options: { omit?: string[]; generator?: number } = {}) =>
	encodeModule({
		article: practiceText,
		review: { fixes: [] },
		generator: options.generator ?? GENERATOR_VERSION,
		omit: options.omit ?? []
	});

/** The bank the student's browser builds from that link, built here with the same pipeline. */
export const practice = buildBank(practiceText, {
	slug: moduleSlug(moduleId({ article: practiceText, review: { fixes: [] } })),
	review: { fixes: [] }
});

/** The practice bank's questions of section `n` (1-based), in the shape the answer helper takes. */
export const practiceQuestions = (n: number) =>
	practice.bank.questions.filter(
		(q) => q.section === practice.article.sections[n - 1]!.id
	) as unknown as BankQuestion[];

/** Opens a module link's page (its home, or section `n`) and waits until the questions are built. */
export async function openModule(page: Page, link: string, n?: number) {
	await page.goto(`/m/${n ? `?s=${n}` : ''}#${link}`);
}

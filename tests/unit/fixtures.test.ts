import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import type { Gold } from '$lib/extract/score';
import { goldArticles } from '../../scripts/lib/eval-set';

const BLIND = 'tests/fixtures/blind';

describe('the blind set is frozen', () => {
	const sums = readFileSync(join(BLIND, 'SHA256SUMS'), 'utf8')
		.trim()
		.split('\n')
		.map((line) => line.split(/\s+/) as [string, string]);

	it('every article and gold file is byte for byte what was first measured', () => {
		expect(sums.length).toBeGreaterThanOrEqual(6);
		for (const [hash, file] of sums) {
			const actual = createHash('sha256')
				.update(readFileSync(join(BLIND, file)))
				.digest('hex');
			expect(actual, `${file} was edited: the blind set no longer measures anything held out`).toBe(
				hash
			);
		}
	});

	it('nothing was added to it or taken from it', () => {
		const files = readdirSync(BLIND).filter((f) => /\.(md|json)$/.test(f) && /^\d/.test(f));
		expect(files.sort()).toEqual(sums.map(([, f]) => f).sort());
	});
});

describe('every gold annotation agrees with its article', () => {
	const tuned = readdirSync('tests/fixtures/tuned').map((f) => join('tuned', f));
	const folders = ['practice', ...tuned, 'blind'].map((f) => join('tests/fixtures', f));
	for (const dir of folders) {
		for (const file of goldArticles(dir)) {
			it(`${dir}/${file}`, () => {
				const article = parseArticle(readFileSync(join(dir, file), 'utf8'));
				const gold = JSON.parse(
					readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8')
				) as Gold;
				const sectionText = article.sections.map((s) => s.paragraphs.map((p) => p.text).join('\n'));
				const speakers = new Set(gold.speakers.map((s) => s.id));
				for (const q of gold.quotes) {
					expect(speakers.has(q.speaker), `speaker ${q.speaker}`).toBe(true);
					expect(sectionText[q.section], `quote “${q.text}”`).toContain(q.text);
				}
				for (const e of gold.estimates)
					expect(sectionText[e.section], `figure ${e.text}`).toContain(e.text);
				for (const c of gold.conflicts ?? [])
					for (const i of c.estimates) expect(gold.estimates[i], c.quantity).toBeDefined();
			});
		}
	}
});

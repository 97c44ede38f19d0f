import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import { extractClaims } from '$lib/extract/index';
import { sameName, scoreClaims, type Gold } from '$lib/extract/score';

/** Every article with a gold annotation in a fixtures folder, scored as `npm run eval` scores it. */
function scoreFolder(dir: string) {
	const totals = {
		qGold: 0,
		qFound: 0,
		qMatched: 0,
		qAttributed: 0,
		eGold: 0,
		eFound: 0,
		eMatched: 0,
		eSourced: 0
	};
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
		const article = parseArticle(readFileSync(join(dir, file), 'utf8'));
		const gold = JSON.parse(
			readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8')
		) as Gold;
		const s = scoreClaims(
			extractClaims(article),
			gold,
			article.sections.map((x) => x.id)
		);
		totals.qGold += s.quotes.gold;
		totals.qFound += s.quotes.found;
		totals.qMatched += s.quotes.matched;
		totals.qAttributed += s.quotes.attributed;
		totals.eGold += s.estimates.gold;
		totals.eFound += s.estimates.found;
		totals.eMatched += s.estimates.matched;
		totals.eSourced += s.estimates.sourced;
	}
	return totals;
}

describe('extraction on articles written by others (tests/fixtures)', () => {
	// The targets the product promises: attribution ≥ 95 %, estimate source ≥ 90 %, recall ≥ 95 %.
	for (const folder of ['practice', 'heldout', 'blind']) {
		it(`meets the targets on the ${folder} set`, () => {
			const t = scoreFolder(join('tests/fixtures', folder));
			expect(t.qGold).toBeGreaterThan(0);
			expect(t.qMatched / t.qGold).toBeGreaterThanOrEqual(0.95);
			expect(t.qAttributed / t.qMatched).toBeGreaterThanOrEqual(0.95);
			expect(t.eMatched / t.eGold).toBeGreaterThanOrEqual(0.95);
			expect(t.eSourced / t.eMatched).toBeGreaterThanOrEqual(0.9);
			// Precision is not a stated target, but a flood of false quotes would be a regression.
			expect(t.qMatched / t.qFound).toBeGreaterThanOrEqual(0.9);
			expect(t.eMatched / t.eFound).toBeGreaterThanOrEqual(0.9);
		});
	}
});

describe('the scorer', () => {
	it('compares names without case, a leading “the”, possessives or punctuation', () => {
		expect(sameName('the Health Ministry', 'Health Ministry')).toBe(true);
		expect(sameName('Lenmark’s trade ministry', 'Lenmark trade ministry')).toBe(true);
		expect(sameName('United Nations’ regional office', 'United Nations regional office')).toBe(
			true
		);
		expect(sameName('Amara Dossou', 'Felix Dossou')).toBe(false);
	});

	it('matches each gold item once, and counts attribution only over matched quotes', () => {
		const claims = {
			speakers: [{ id: 'a', name: 'Ann Lee' }],
			quotes: [
				{ text: 'One.', speaker: 'a' },
				{ text: 'Two.', speaker: 'a' },
				{ text: 'Extra.', speaker: 'a' }
			],
			estimates: [{ text: 'about 5', source: 'article', section: 's' }]
		} as never;
		const gold: Gold = {
			speakers: [
				{ id: 'ann', name: 'Ann Lee' },
				{ id: 'bo', name: 'Bo Ray' }
			],
			quotes: [
				{ text: 'One.', speaker: 'ann', section: 0 },
				{ text: 'Two.', speaker: 'bo', section: 0 },
				{ text: 'Missing.', speaker: 'bo', section: 0 }
			],
			estimates: [{ text: 'about 5', source: 'Health Office', citedFrom: null, section: 0 }]
		};
		const s = scoreClaims(claims, gold, ['s']);
		expect(s.quotes).toEqual({ gold: 3, found: 3, matched: 2, attributed: 1 });
		expect(s.estimates).toEqual({ gold: 1, found: 1, matched: 1, sourced: 0 });
	});
});

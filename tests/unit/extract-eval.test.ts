import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameName, scoreClaims, type Gold } from '$lib/extract/score';
import { scoreSet } from '../../scripts/lib/eval-set';

describe('extraction on articles written by others (tests/fixtures)', () => {
	// The targets the product promises: attribution ≥ 95 %, estimate source ≥ 90 %, recall ≥ 95 %.
	for (const folder of ['practice', 'tuned/heldout', 'tuned/blind-2026-11']) {
		it(`meets the targets on the ${folder} set`, () => {
			const { quotes: q, estimates: e } = scoreSet(join('tests/fixtures', folder)).total;
			expect(q.gold).toBeGreaterThan(0);
			expect(q.matched / q.gold).toBeGreaterThanOrEqual(0.95);
			expect(q.right / q.attributed).toBeGreaterThanOrEqual(0.95);
			expect(e.matched / e.gold).toBeGreaterThanOrEqual(0.95);
			expect(e.right / e.sourced).toBeGreaterThanOrEqual(0.9);
			// Precision is not a stated target, but a flood of false quotes would be a regression.
			expect(q.matched / q.found).toBeGreaterThanOrEqual(0.9);
			expect(e.matched / e.found).toBeGreaterThanOrEqual(0.9);
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
		expect(sameName('Mr. Okafor', 'Okafor')).toBe(true);
		expect(sameName('the Calder Housing Research Unit', 'Housing Research Unit')).toBe(true);
		expect(sameName('Calder Research Unit', 'Research Unit')).toBe(false);
	});

	it('matches each gold item once, and counts attribution only over matched quotes', () => {
		const claims = {
			speakers: [{ id: 'a', name: 'Ann Lee' }],
			quotes: [
				{ text: 'One.', speaker: 'a' },
				{ text: 'Two.', speaker: 'a' },
				{ text: 'Extra.', speaker: 'a' }
			],
			estimates: [{ id: 'e1', text: 'about 5', source: 'article', section: 's' }]
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
		expect(s.quotes).toEqual({ gold: 3, found: 3, matched: 2, attributed: 2, right: 1 });
		expect(s.estimates).toEqual({ gold: 1, found: 1, matched: 1, sourced: 1, right: 0 });
	});
});

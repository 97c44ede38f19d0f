import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import { extractClaims } from '$lib/extract/index';
import { RULES, type RuleExample } from '$lib/extract/rules/index';
import type { Claims } from '$lib/extract/types';

// One generic test for every rule of the extractor: each example must come out as expected and carry the
// rule; each counterexample must come out as expected without it. Examples are invented paragraphs.
const run = (text: string) => extractClaims(parseArticle(`# Example\n\n## Section\n\n${text}\n`));

const nameOf = (c: Claims, id: string | null) =>
	id === null
		? null
		: id === 'article'
			? 'the article'
			: (c.speakers.find((s) => s.id === id)?.name ?? id);

function check(example: RuleExample, ruleId: string, carries: boolean) {
	const c = run(example.text);
	const has = (rule: string) => rule.split('+').includes(ruleId);
	const e = example.expect;
	if ('notQuote' in e) {
		expect(c.quotes.map((q) => q.text)).not.toContain(e.notQuote);
		return;
	}
	if ('quote' in e) {
		const hits = c.quotes.filter((q) => q.text === e.quote);
		expect(
			hits.length,
			`quote “${e.quote}” in ${JSON.stringify(c.quotes.map((q) => q.text))}`
		).toBeGreaterThan(0);
		const q = hits.find((x) => has(x.rule) === carries) ?? hits[0]!;
		expect(has(q.rule), `rules ${q.rule}`).toBe(carries);
		expect(nameOf(c, q.speaker), `rules ${q.rule}`).toBe(e.speaker);
		return;
	}
	const hits = c.estimates.filter((x) => x.text === e.figure);
	expect(
		hits.length,
		`figure ${e.figure} in ${JSON.stringify(c.estimates.map((x) => x.text))}`
	).toBeGreaterThan(0);
	const f = hits.find((x) => has(x.rule) === carries) ?? hits[0]!;
	expect(has(f.rule), `rules ${f.rule}`).toBe(carries);
	expect(nameOf(c, f.source), `rules ${f.rule}`).toBe(e.source);
	if (e.citedFrom !== undefined) expect(nameOf(c, f.citedFrom)).toBe(e.citedFrom);
}

describe('every rule of the extractor, by its own examples', () => {
	for (const rule of RULES) {
		it(`${rule.id}: ${rule.matches}`, () => {
			expect(rule.confidence).toBeGreaterThanOrEqual(0);
			expect(rule.confidence).toBeLessThanOrEqual(1);
			expect(
				rule.examples.length + rule.counterexamples.length,
				'a rule with no example'
			).toBeGreaterThan(0);
			for (const example of rule.examples) check(example, rule.id, true);
			for (const example of rule.counterexamples) check(example, rule.id, false);
		});
	}

	it('has one record per rule id', () => {
		const ids = RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

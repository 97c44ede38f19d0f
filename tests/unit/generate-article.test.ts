import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { ARTICLE_SOURCE } from '../../src/lib/extract/types';
import { tooClose } from '../../src/lib/generate/affiliation';
import { normalize } from '../../src/lib/generate/text';
import type { Question } from '../../src/lib/generate/types';

// The generation rules checked on the real pipeline's output for the shipped article, not a snapshot.
const dir = 'questions/north-korean-troops';
const source = readFileSync(`${dir}/article.md`, 'utf8');
const review = existsSync(`${dir}/review.json`)
	? (JSON.parse(readFileSync(`${dir}/review.json`, 'utf8')) as unknown)
	: undefined;
describe('questions generated for the shipped article', () => {
	const { bank, article } = buildBank(source, { slug: 'north-korean-troops', review });
	const { questions, claims } = bank;
	const sentences = new Map(
		article.sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.map((x) => [x.id, x.text]))
		)
	);
	const single = questions.filter((q) => q.kind !== 'match-estimates');
	const answerOf = (q: Question) =>
		q.kind === 'match-estimates' ? undefined : q.choices.find((c) => c.id === q.answer);

	it('is deterministic: building twice gives identical banks', () => {
		expect(buildBank(source, { slug: 'north-korean-troops', review }).bank).toEqual(bank);
	});

	it('gives every question a unique id, a real section and real evidence sentences', () => {
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
		const sections = new Set(article.sections.map((s) => s.id));
		for (const q of questions) {
			expect(sections).toContain(q.section);
			expect(q.evidence.length).toBeGreaterThan(0);
			for (const id of q.evidence) expect(sentences.has(id), `${q.id} evidence ${id}`).toBe(true);
		}
	});

	it('has exactly one right choice and no two choices that read the same', () => {
		for (const q of single) {
			expect(
				q.choices.filter((c) => c.id === q.answer),
				q.id
			).toHaveLength(1);
			const texts = q.choices.map((c) => normalize(c.text));
			expect(new Set(texts).size, q.id).toBe(texts.length);
		}
	});

	it('never offers two speakers who could both be right (same body, or a person and their body)', () => {
		const speaker = (id: string | undefined) => claims.speakers.find((s) => s.id === id);
		for (const q of questions) {
			const offered = q.choices.map((c) => speaker(c.ref)).filter((s) => s !== undefined);
			for (const [i, a] of offered.entries()) {
				for (const b of offered.slice(i + 1)) {
					expect(tooClose(a, b), `${q.id}: ${a.name} / ${b.name}`).toBe(false);
				}
			}
		}
	});

	it('never credits a figure to a wrong source that gave the same figure', () => {
		for (const q of questions.filter((x) => x.kind === 'whose-estimate')) {
			const [estimate] = claims.estimates.filter((e) => q.claimIds.includes(e.id));
			const right = answerOf(q)?.ref;
			const same = claims.estimates.filter((e) => e.text === estimate?.text).map((e) => e.source);
			for (const c of q.choices) {
				if (c.ref !== right) expect(same, q.id).not.toContain(c.ref);
			}
		}
	});

	it('covers every quote and every credited estimate', () => {
		const covered = new Set(questions.flatMap((q) => q.claimIds));
		for (const quote of claims.quotes) expect(covered, quote.text).toContain(quote.id);
		for (const e of claims.estimates.filter((x) => x.source !== ARTICLE_SOURCE)) {
			expect(covered, e.text).toContain(e.id);
		}
	});

	it('gives every section with claims at least four questions', () => {
		const withClaims = new Set(
			[...claims.quotes, ...claims.paraphrases, ...claims.estimates, ...claims.events].map(
				(c) => c.section
			)
		);
		for (const section of withClaims) {
			expect(questions.filter((q) => q.section === section).length, section).toBeGreaterThanOrEqual(
				4
			);
		}
	});

	it('gives each conflict a matching question and a comparison', () => {
		for (const conflict of claims.conflicts) {
			const about = questions.filter((q) => q.claimIds.includes(conflict.id));
			expect(about.map((q) => q.kind)).toEqual(
				expect.arrayContaining(['match-estimates', 'compare'])
			);
		}
	});

	it('quotes the evidence in every explanation, verbatim', () => {
		// Explanations turn double quotes inside a citation into single ones; compare without them.
		const plain = (t: string) => t.replace(/[“”‘’"']/g, '');
		for (const q of questions) {
			const cited = [...q.explanation.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!);
			expect(cited.length, q.id).toBeGreaterThan(0);
			const evidence = q.evidence.map((id) => plain(sentences.get(id)!));
			for (const piece of cited.flatMap((c) => c.split('…'))) {
				if (piece.trim() === '') continue;
				expect(
					evidence.some((e) => e.includes(plain(piece).trim())),
					`${q.id}: ${piece}`
				).toBe(true);
			}
		}
	});

	it('computes every share from the figures and finds its wording in the evidence', () => {
		const shares = questions.filter((q) => q.kind === 'compare' && q.explanation.includes('÷'));
		for (const q of shares) {
			const [, a, b, ratio, label] =
				/^([\d,.]+) ÷ ([\d,.]+) = ([\d.]+), ([a-z ]+), /.exec(q.explanation) ?? [];
			const value = (s = '') => Number(s.replace(/,/g, ''));
			expect(Math.abs(value(a) / value(b) - value(ratio))).toBeLessThan(0.01);
			expect(answerOf(q)?.text.toLowerCase()).toContain(label);
			const text = q.evidence.map((id) => sentences.get(id)!.toLowerCase()).join(' ');
			expect(text).toContain(label);
		}
	});
});

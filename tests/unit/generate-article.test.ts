import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { ARTICLE_SOURCE } from '../../src/lib/extract/types';
import { tooClose } from '../../src/lib/generate/affiliation';
import { clash, revealContext } from '../../src/lib/generate/reveal';
import { normalize } from '../../src/lib/generate/text';
import { timeKey } from '../../src/lib/generate/when';
import { buildContext } from '../../src/lib/generate/context';
import { howSureFigure } from '../../src/lib/generate/how-sure';
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

	// Four where the text allows it; a short section whose only claims are a well-known person's words
	// may have two (no general-knowledge question is asked to fill it, and none that asks again what
	// another has asked).
	it('gives every section with claims at least two questions', () => {
		const withClaims = new Set(
			[...claims.quotes, ...claims.paraphrases, ...claims.estimates, ...claims.events].map(
				(c) => c.section
			)
		);
		for (const section of withClaims) {
			expect(questions.filter((q) => q.section === section).length, section).toBeGreaterThanOrEqual(
				2
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

	it('keeps the bank to a worksheet: 35–55 questions, no section swamping the rest', () => {
		expect(questions.length).toBeGreaterThanOrEqual(35);
		expect(questions.length).toBeLessThanOrEqual(55);
		for (const section of article.sections) {
			expect(questions.filter((q) => q.section === section.id).length).toBeLessThanOrEqual(12);
		}
	});

	it('never asks, in one section, a question that gives another away or asks it again', () => {
		const rc = revealContext(claims, article);
		for (const [i, q] of questions.entries()) {
			for (const other of questions.slice(i + 1).filter((o) => o.section === q.section)) {
				expect(clash(other, q, rc), `${other.prompt} / ${q.prompt}`).toBe(false);
			}
		}
	});

	it('asks about each quote once where the section has enough questions', () => {
		for (const quote of claims.quotes) {
			const about = questions.filter((q) => q.claimIds.includes(quote.id));
			const inSection = questions.filter((q) => q.section === quote.section).length;
			if (inSection > 4) expect(about.length, quote.text).toBe(1);
		}
	});

	it('asks about each credited figure at most twice, and several figures of one sentence together', () => {
		for (const e of claims.estimates) {
			const about = questions.filter(
				(q) => q.claimIds.includes(e.id) && q.kind !== 'match-estimates' && q.kind !== 'compare'
			);
			expect(about.length, e.text).toBeLessThanOrEqual(e.hedge ? 2 : 1);
		}
	});

	it('balances two-option answers and mixes who-said with what-said', () => {
		const key = (kind: Question['kind']) =>
			single
				.filter((q) => q.kind === kind)
				.map((q) => q.choices.findIndex((c) => c.id === q.answer));
		for (const kind of ['true-false', 'quote-or-paraphrase'] as const) {
			const keys = key(kind);
			const first = keys.filter((k) => k === 0).length;
			expect(Math.abs(first - (keys.length - first)), kind).toBeLessThanOrEqual(2);
		}
		expect(key('who-said').length).toBeGreaterThan(0);
		expect(key('what-said').length).toBeGreaterThan(0);
	});

	it('reads “nearly” as close to but not above the number', () => {
		// The shipped “nearly 1.3 million” is asked about as the article's own figure; the how-sure question
		// it would get reads the hedge as just below.
		const e = claims.estimates.find((x) => x.hedge === 'nearly' && x.source !== null)!;
		const q = howSureFigure(buildContext(claims, article), { ...e, source: e.source! })!;
		expect(answerOf(q)?.text).toBe('Just below that number, not above it');
		// “Nearly” is never also offered as a ceiling, which it would also be.
		expect(q.choices.map((c) => c.text)).not.toContain(
			'That number is a ceiling: there may be far fewer'
		);
	});

	it('offers each time once, in one form, and shows events as complete quoted sentences', () => {
		for (const q of single.filter((x) => x.kind === 'when')) {
			const keys = q.choices.map((c) => timeKey(c.text));
			expect(new Set(keys).size, q.prompt).toBe(keys.length);
			for (const c of q.choices) expect(c.text, q.id).not.toMatch(/^(On|on|At|In) /);
			// The event in the article's words, without quote marks: nobody is quoted saying it.
			expect(q.prompt).toMatch(
				/^When, according to .+, (?:(?:did|will) this happen|was this said)\? [^“”]+[.?!]$/
			);
		}
	});

	it('cuts quotes only at a natural break, and starts sentences with a capital', () => {
		for (const q of questions) {
			for (const text of [q.prompt, ...q.choices.map((c) => c.text)]) {
				// A cut shows as “ …” after a whole word that ends a clause, never mid-phrase.
				for (const m of text.matchAll(/(\S+) …[”’]/g)) {
					const original = claims.quotes.some((x) => x.text.includes(`${m[1]} …`));
					expect(original || /[a-z]$/i.test(m[1]!), `${q.id}: ${text}`).toBe(true);
				}
			}
			expect(q.prompt, q.id).toMatch(/^\p{Lu}/u);
			expect(q.explanation, q.id).toMatch(/^[\p{Lu}\d“]/u);
		}
	});

	it('asks whether two conflicting figures can both be right, from their bounds', () => {
		const both = single.find(
			(q) => q.kind === 'compare' && q.prompt.includes('can both figures be right?')
		);
		expect(both).toBeDefined();
		expect(both?.explanation).toMatch(/^(Yes|No): “[^”]+” means /);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { readArticle } from '../../src/lib/bank/source';
import { reviewQueue } from '../../src/lib/corrections/queue';
import { recordEdit, undoFix, type Recorded } from '../../src/lib/corrections/record';
import { extractClaims } from '../../src/lib/extract/index';
import { applyReview, type Review } from '../../src/lib/extract/review';

// A practice article with no review of its own: what the extractor found is what the teacher starts from.
const text = readFileSync('tests/fixtures/practice/01-flood.md', 'utf8');
const article = readArticle(text);
const extracted = extractClaims(article);
const none: Review = { fixes: [] };
const ok = (r: Recorded) => {
	if (!r.ok) throw new Error(r.error);
	return r;
};
const built = (review: Review) => buildBank(text, { slug: 'practice', review }).bank;

describe('the teacher’s corrections, recorded as review.json', () => {
	const quote = extracted.quotes.find((q) => q.speaker !== null)!;
	const other = extracted.speakers.find((s) => s.id !== quote.speaker)!;

	it('credits a quote to the speaker the teacher picks, and the bank follows', () => {
		const { review } = ok(
			recordEdit(extracted, none, {
				kind: 'attribute',
				target: 'quotes',
				claim: quote.id,
				speaker: other.id
			})
		);
		expect(review.fixes).toEqual([
			{
				target: 'quotes',
				reason: expect.any(String),
				match: { sentence: quote.sentence, text: quote.text },
				set: { speaker: other.id }
			}
		]);
		const claims = built(review).claims;
		const after = claims.quotes.find((q) => q.text === quote.text)!;
		expect(after).toMatchObject({ speaker: other.id, origin: 'reviewed', confidence: 1 });
	});

	it('keeps one fix per claim: the teacher’s last word', () => {
		let review = none;
		for (const speaker of [other.id, quote.speaker!])
			review = ok(
				recordEdit(extracted, review, {
					kind: 'attribute',
					target: 'quotes',
					claim: quote.id,
					speaker
				})
			).review;
		expect(review.fixes).toHaveLength(1);
		expect(review.fixes[0]).toMatchObject({ set: { speaker: quote.speaker } });
		expect(undoFix(review, 0)).toEqual(none);
		expect(undoFix(review, 5)).toEqual(review);
	});

	it('removes a figure, which then gives no question', () => {
		// A figure some question asks about, by its words in the prompt.
		const asks = (bank: ReturnType<typeof built>, words: string) =>
			bank.questions.filter((q) => q.prompt.includes(words)).length;
		const before = built(none);
		const figure = extracted.estimates.find((e) => e.source && asks(before, e.text) > 0)!;
		const { review } = ok(
			recordEdit(extracted, none, { kind: 'remove', target: 'estimates', claim: figure.id })
		);
		const bank = built(review);
		expect(bank.claims.estimates.map((e) => e.id)).not.toContain(figure.id);
		expect(asks(bank, figure.text)).toBe(0);
	});

	it('adds a source the extractor missed, and credits a quote to it', () => {
		const added = ok(
			recordEdit(extracted, none, {
				kind: 'add-speaker',
				name: '  Harbour  Authority ',
				speakerKind: 'organisation',
				role: 'organisation',
				org: ''
			})
		);
		expect(added.speaker).toBe('harbour-authority');
		const { review } = ok(
			recordEdit(extracted, added.review, {
				kind: 'attribute',
				target: 'quotes',
				claim: quote.id,
				speaker: added.speaker!
			})
		);
		const claims = applyReview(extracted, review, article);
		expect(claims.speakers.find((s) => s.id === 'harbour-authority')?.name).toBe(
			'Harbour Authority'
		);
		expect(claims.quotes.find((q) => q.text === quote.text)?.speaker).toBe('harbour-authority');
	});

	it('says what is wrong with an edit instead of recording it', () => {
		const refuse = (r: Recorded) => (r.ok ? '' : r.error);
		expect(
			refuse(recordEdit(extracted, none, { kind: 'remove', target: 'quotes', claim: 'nope' }))
		).toMatch(/no longer in the article/);
		expect(
			refuse(
				recordEdit(extracted, none, {
					kind: 'attribute',
					target: 'quotes',
					claim: quote.id,
					speaker: 'nobody-here'
				})
			)
		).toMatch(/Choose one of the article’s people/);
		const add = (name: string) =>
			refuse(
				recordEdit(extracted, none, {
					kind: 'add-speaker',
					name,
					speakerKind: 'person',
					role: '',
					org: ''
				})
			);
		expect(add('   ')).toMatch(/Type the name/);
		expect(add(other.name.toUpperCase())).toMatch(/already one of the article’s sources/);
	});

	it('credits a figure to the article itself', () => {
		const figure = extracted.estimates[0]!;
		const { review } = ok(
			recordEdit(extracted, none, {
				kind: 'attribute',
				target: 'estimates',
				claim: figure.id,
				speaker: 'article'
			})
		);
		expect(applyReview(extracted, review, article).estimates[0]!.source).toBe('article');
	});
});

describe('the review queue', () => {
	const queue = reviewQueue(extracted, article);

	it('holds every quote, paraphrase and figure once, each beside its sentence', () => {
		expect(queue).toHaveLength(
			extracted.quotes.length + extracted.paraphrases.length + extracted.estimates.length
		);
		const sentences = new Map(
			article.sections.flatMap((s) =>
				s.paragraphs.flatMap((p) => p.sentences.map((x) => [x.id, x.text] as const))
			)
		);
		for (const item of queue) expect(item.sentence.text).toBe(sentences.get(item.sentence.id));
	});

	it('puts what the extractor abstained on first, then follows the article', () => {
		const abstained = (claims: typeof extracted) =>
			reviewQueue(claims, article).findIndex((i) => i.speaker !== null);
		// Make one quote abstained, as a low-confidence attribution is.
		const q = extracted.quotes.at(-1)!;
		const claims = {
			...extracted,
			quotes: extracted.quotes.map((x) => (x.id === q.id ? { ...x, speaker: null } : x))
		};
		const items = reviewQueue(claims, article);
		const firstSettled = items.findIndex((i) => i.speaker !== null);
		expect(items.slice(0, firstSettled).map((i) => i.id)).toContain(q.id);
		expect(items.slice(firstSettled).every((i) => i.speaker !== null)).toBe(true);
		expect(abstained(claims)).toBeGreaterThan(abstained(extracted));
		const rest = items.filter((i) => i.speaker !== null);
		const order = article.sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.map((x) => x.id))
		);
		const places = rest.map((i) => order.indexOf(i.sentence.id));
		expect(places).toEqual([...places].sort((a, b) => a - b));
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/article/parse';
import { extractClaims } from '$lib/extract/index';
import { applyReview } from '$lib/extract/review';
import type { Claims, Estimate } from '$lib/extract/types';

// The facts a reader can check against the article. The shipped claims (extraction + review.json) must
// get every one of them right: a wrong attribution in front of a student is the worst bug there is.
const article = parseArticle(readFileSync('questions/north-korean-troops/article.md', 'utf8'));
const review = JSON.parse(readFileSync('questions/north-korean-troops/review.json', 'utf8'));
const claims: Claims = applyReview(extractClaims(article), review, article);

const speakerName = (id: string | null) =>
	id === 'article' ? 'the article' : claims.speakers.find((s) => s.id === id)?.name;
const estimate = (text: string, counts?: string): Estimate => {
	const hits = claims.estimates.filter(
		(e) => e.text === text && (counts === undefined || e.counts === counts)
	);
	expect(hits, `estimate ${text}`).toHaveLength(1);
	return hits[0]!;
};

describe('the shipped article: who said each quote', () => {
	it.each([
		['an immediate classified briefing', 'Mike Turner'],
		['They are not wearing their own uniforms', 'Kim Yong-hyun'],
		['in contact', 'Vladimir Putin'],
		['We have never doubted', 'Vladimir Putin'],
		['What exactly they are doing', 'Lloyd Austin'],
		['We will continue to pull this thread', 'Lloyd Austin'],
		['an indication that [Putin]', 'Lloyd Austin'],
		['North Korea is not sending troops', 'Kim Yong-hyun'],
		['will probably first be deployed in Kursk', 'Ruben Brekelmans'],
		['the first North Korean military will be used', 'Ukrainian intelligence'],
		['These troop movements, if true', 'Mike Turner'],
		['North Korean troops, either attacking Ukraine', 'Mike Turner']
	])('“%s…” — %s', (start, speaker) => {
		const quote = claims.quotes.find((q) => q.text.startsWith(start));
		expect(quote, start).toBeDefined();
		expect(speakerName(quote!.speaker)).toBe(speaker);
	});

	it('finds every quote in the article and nothing else', () => {
		const marks = article.sections
			.flatMap((s) => s.paragraphs)
			.reduce((n, p) => n + (p.text.match(/“/g)?.length ?? 0), 0);
		expect(claims.quotes).toHaveLength(marks);
		for (const q of claims.quotes) {
			const sentence = article.sections
				.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
				.find((s) => s.id === q.sentence)!;
			// The quote starts in the sentence it names, exactly as written.
			expect(sentence.text).toContain(q.text.split(/(?<=[.?!]) /)[0]!);
		}
	});
});

describe('the shipped article: whose figure is whose', () => {
	it('South Korea: at least 1,500 soldiers, a lower bound', () => {
		const e = estimate('at least 1,500');
		expect(speakerName(e.source)).toBe('South Korea');
		expect([e.value, e.low, e.high, e.hedge]).toEqual([1500, 1500, null, 'at least']);
	});

	it('Ukraine: roughly 12,000 troops, with 500 officers and three generals', () => {
		const e = estimate('roughly 12,000');
		expect(speakerName(e.source)).toBe('Ukraine');
		expect([e.value, e.low, e.high, e.hedge]).toEqual([12000, null, null, 'roughly']);
		expect(speakerName(estimate('500', 'officers').source)).toBe('Ukraine');
		const generals = estimate('three', 'generals');
		expect([speakerName(generals.source), generals.value]).toEqual(['Ukraine', 3]);
	});

	it('the U.S.: 3,000 soldiers, a quarter of the Ukrainian figure', () => {
		const us = estimate('3,000');
		expect(speakerName(us.source)).toBe('U.S. intelligence');
		expect(us.value / estimate('roughly 12,000').value).toBe(1 / 4);
		const sentence = article.sections
			.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
			.find((s) => s.id === us.sentence)!;
		expect(sentence.text).toContain('only a quarter of the number estimated by Ukraine');
	});

	it('U.S. officials: 300,000 Russian casualties', () => {
		const e = estimate('300,000');
		expect([speakerName(e.source), e.counts]).toEqual(['U.S. officials', 'casualties']);
	});

	it('South Korea: the armaments figures', () => {
		for (const [text, counts] of [
			['4,300', 'tanks'],
			['8,800', 'artillery pieces'],
			['810', 'fighter planes'],
			['70', 'submarines']
		] as const) {
			expect(speakerName(estimate(text, counts).source), text).toBe('South Korea');
		}
	});

	it('figures nobody is credited with belong to the article itself', () => {
		expect(estimate('nearly 1.3 million').source).toBe('article');
		expect(estimate('nearly 1.3 million').high).toBe(1_300_000);
		expect(estimate('5.9 million').source).toBe('article');
	});

	it('has no other figures (dates and durations are not estimates)', () => {
		expect(claims.estimates.map((e) => e.text).sort()).toEqual(
			[
				'at least 1,500',
				'roughly 12,000',
				'500',
				'three',
				'3,000',
				'300,000',
				'nearly 1.3 million',
				'5.9 million',
				'4,300',
				'8,800',
				'810',
				'70'
			].sort()
		);
	});

	it('the troop estimates of South Korea, Ukraine and the U.S. conflict, and nothing else does', () => {
		expect(claims.conflicts).toHaveLength(1);
		const sources = claims.conflicts[0]!.estimates.map((id) => {
			const e = claims.estimates.find((x) => x.id === id)!;
			return `${speakerName(e.source)}: ${e.text}`;
		});
		expect(sources.sort()).toEqual([
			'South Korea: at least 1,500',
			'U.S. intelligence: 3,000',
			'Ukraine: roughly 12,000'
		]);
	});
});

describe('the shipped article: speakers, events and the writer’s voice', () => {
	it('knows each person by their fullest name, role and country', () => {
		const kim = claims.speakers.find((s) => s.name === 'Kim Yong-hyun')!;
		expect(kim).toMatchObject({ kind: 'person', org: 'South Korea' });
		expect(kim.role).toMatch(/Defense Minister/);
		expect(kim.aliases).toContain('Kim');
		expect(claims.speakers.find((s) => s.name === 'Vladimir Putin')?.org).toBe('Russia');
		expect(claims.speakers.find((s) => s.name === 'Lloyd Austin')?.role).toBe('Defense Secretary');
	});

	it('dates the first arrivals as South Korean intelligence reported them', () => {
		const arrival = claims.events.find((e) => e.when === 'between October 8 and 13')!;
		expect(speakerName(arrival.source!)).toBe('South Korean intelligence');
	});

	it('hears the writer, not a source, in “bloodthirsty war”', () => {
		const voice = claims.authorVoice.map((v) => v.text);
		expect(voice).toContain('bloodthirsty war');
		expect(voice).toContain('pariah state');
		// Words inside quotes are the speakers', never the writer's.
		expect(voice.some((v) => /cannon-fodder|mercenaries/.test(v))).toBe(false);
	});

	it('marks every claim as extracted or reviewed, and the corrections as reviewed', () => {
		const all = [...claims.speakers, ...claims.quotes, ...claims.estimates, ...claims.events];
		expect(all.every((c) => c.origin === 'extracted' || c.origin === 'reviewed')).toBe(true);
		expect(estimate('three', 'generals').origin).toBe('reviewed');
		expect(claims.quotes.every((q) => q.origin === 'extracted')).toBe(true);
	});
});

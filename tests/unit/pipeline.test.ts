import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_STAGES } from '../../src/lib/bank/build';
import { handleBuild, type BuildReply } from '../../src/lib/pipeline/messages';

const dir = 'questions/north-korean-troops/';
const shipped = {
	slug: 'north-korean-troops',
	article: readFileSync(`${dir}article.md`, 'utf8'),
	review: JSON.parse(readFileSync(`${dir}review.json`, 'utf8')) as unknown
};
const version = (JSON.parse(readFileSync(`${dir}bank.json`, 'utf8')) as { version: string })
	.version;

function run(request: Parameters<typeof handleBuild>[0]) {
	const replies: BuildReply[] = [];
	let t = 0;
	handleBuild(
		request,
		(r) => replies.push(r),
		() => (t += 5)
	);
	return replies;
}

describe('building a bank in the worker', () => {
	it('tells each stage in order, then answers with the same bank the build makes', () => {
		const replies = run({ id: 7, ...shipped });
		expect(replies.filter((r) => r.type === 'stage').map((r) => r.stage)).toEqual([
			...BUILD_STAGES
		]);
		const done = replies.at(-1)!;
		expect(done).toMatchObject({ id: 7, type: 'done', ms: 5 });
		if (done.type !== 'done') return;
		expect(done.built.bank.version).toBe(version);
		// What the extractor found before the review, for the teacher to correct.
		expect(done.built.extracted.quotes.length).toBeGreaterThan(0);
		expect(done.built.extracted.estimates.some((e) => e.origin === 'reviewed')).toBe(false);
	});

	it('answers a text it cannot read with the pipeline’s own sentence, and never throws', () => {
		const empty = run({ id: 1, slug: 'x', article: '' }).at(-1)!;
		expect(empty).toMatchObject({ id: 1, type: 'failed' });
		const noQuotes = run({ id: 2, slug: 'x', article: 'A Title\nNobody said anything.\n' }).at(-1)!;
		expect(noQuotes).toMatchObject({ type: 'failed', error: expect.stringMatching(/no quotes/) });
		const badReview = run({ id: 3, ...shipped, review: { fixes: 'no' } }).at(-1)!;
		expect(badReview).toMatchObject({ type: 'failed', error: expect.stringMatching(/^review/) });
		// Not even text: what a damaged message could carry.
		const notText = run({ id: 4, slug: 'x', article: 42 as unknown as string }).at(-1)!;
		expect(notText).toMatchObject({ id: 4, type: 'failed' });
	});
});

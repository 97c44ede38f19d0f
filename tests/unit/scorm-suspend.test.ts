import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '$lib/quiz/state';
import type { StoredProgress } from '$lib/progress/schema';
import { decodeSuspend, encodeSuspend, SUSPEND_MAX } from '$lib/scorm/suspend';

const progress = (sections: StoredProgress['sections']): StoredProgress => ({
	version: 1,
	sections
});

const checked = {
	...emptyRecord(),
	answers: { q1: 'c1', q2: { i1: 'c2' } },
	checks: 1,
	first: { q1: true, q2: false },
	firstAnswers: { q1: 'c1', q2: { i1: 'c3' } },
	results: { q1: true, q2: false },
	misses: { q2: 1 },
	best: 1
};

describe('suspend data', () => {
	it('gives back the assignment’s sections as they were, and only those', async () => {
		const data = progress({ s1: checked, s2: { ...emptyRecord(), answers: { q9: 'x' } } });
		const text = await encodeSuspend(data, ['s1']);
		expect(text).not.toBeNull();
		expect(text!.length).toBeLessThanOrEqual(SUSPEND_MAX);
		expect(await decodeSuspend(text!)).toEqual(progress({ s1: checked }));
	});

	it('refuses progress that would not fit in 4,096 characters', async () => {
		// Answers nobody can compress: 2,000 questions with random-looking ids.
		const answers = Object.fromEntries(
			Array.from({ length: 2000 }, (_, i) => [`q${(i * 7919).toString(36)}${i}`, `c${i * 31}`])
		);
		expect(await encodeSuspend(progress({ s1: { ...emptyRecord(), answers } }), ['s1'])).toBeNull();
	});

	it('reads nothing from an LMS’s empty, foreign or damaged suspend data', async () => {
		const good = (await encodeSuspend(progress({ s1: checked }), ['s1']))!;
		for (const text of ['', 'lesson=3;page=7', 'cc1.', 'cc1.!!!', good.slice(0, -3), `${good}x`])
			expect(await decodeSuspend(text)).toBeNull();
		// Valid JSON that is not progress.
		const other = (await encodeSuspend(progress({}), []))!;
		expect(await decodeSuspend(other)).toEqual(progress({}));
	});

	it('never throws on any text', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
				const read = await decodeSuspend(`cc1.${s}`);
				expect(read === null || typeof read === 'object').toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});

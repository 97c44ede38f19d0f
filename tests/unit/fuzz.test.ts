import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BankBuildError, buildBank } from '$lib/bank/build';
import { apply, mutations } from '../fuzz/mutate';

// Property: whatever is done to a real article — paragraphs dropped, doubled, shuffled; quote marks
// unbalanced or changed; CR, CRLF, a BOM; odd Unicode; very long sentences; odd numbers; empty headings —
// building a bank gives a bank or a BankBuildError with a one-line reason, never an internal error.
// `npm run fuzz` runs the same property over 10,000 cases.
const SOURCES = [
	'tests/fixtures/practice/03-protest.md',
	'tests/fixtures/practice/04-blockade.md',
	'questions/north-korean-troops/article.md'
].map((path) => readFileSync(path, 'utf8'));

describe('the generator on mutated articles', () => {
	it('gives a bank or one clear BankBuildError, never an internal error', () => {
		fc.assert(
			fc.property(fc.constantFrom(...SOURCES), mutations, (source, ms) => {
				const text = apply(source, ms);
				try {
					const { bank } = buildBank(text, { slug: 'fuzz' });
					expect(bank.questions.length).toBeGreaterThan(0);
				} catch (err) {
					expect(err, String(err)).toBeInstanceOf(BankBuildError);
					expect((err as Error).message).toMatch(/^[\w .]+: \S/);
					expect((err as Error).message).not.toMatch(/\n|Cannot read|undefined|is not a function/);
				}
			}),
			{ numRuns: 150, seed: 20261201 }
		);
		// A generous ceiling for a slow machine: this checks outcomes, not speed (npm run bench does).
	}, 300_000);
});

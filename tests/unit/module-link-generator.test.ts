import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/lib/assign/checksum';
import { buildBank } from '../../src/lib/bank/build';
import { GENERATOR_VERSION } from '../../src/lib/generate/version';

/**
 * What GENERATOR_VERSION promises: the same article and corrections give the same questions. This
 * record holds, for the generator version it names, the bank version (a hash of all questions) built
 * from fixed inputs, with a CRC of each input so that an edited input is told apart from a changed
 * generator. The inputs are the shipped article with its corrections and the practice articles, which
 * nobody tunes the rules for, so most changes of the rules change at least one of these banks.
 *
 * When this test fails because the questions changed: bump GENERATOR_VERSION in
 * src/lib/generate/version.ts and write the new number and bank versions here, in the same commit.
 * Links made before then still open, with a note that their questions may differ.
 */
const RECORD = {
	generator: 1,
	banks: {
		'questions/north-korean-troops': { input: '46418c67', bank: 'keafzp1p' },
		'tests/fixtures/practice/01-flood': { input: 'ba543186', bank: '75hbp33t' },
		'tests/fixtures/practice/02-wildfire': { input: '1f9a8e8c', bank: '2tgfr312' },
		'tests/fixtures/practice/03-protest': { input: 'bc8c13a9', bank: 'j1bkr5md' },
		'tests/fixtures/practice/04-blockade': { input: '0c732709', bank: 'yaf4bd30' }
	} as Record<string, { input: string; bank: string }>
};

function built(name: string) {
	const article = readFileSync(
		name.startsWith('questions/') ? `${name}/article.md` : `${name}.md`,
		'utf8'
	);
	const review: unknown = name.startsWith('questions/')
		? JSON.parse(readFileSync(`${name}/review.json`, 'utf8'))
		: { fixes: [] };
	return {
		input: crc32(JSON.stringify([article, review])),
		bank: buildBank(article, { slug: 'generator-version', review }).bank.version
	};
}

describe('GENERATOR_VERSION', () => {
	it('is the version the record below was made with', () => {
		expect(
			GENERATOR_VERSION,
			'GENERATOR_VERSION changed: write it and the bank versions this test prints into RECORD'
		).toBe(RECORD.generator);
	});

	it('changes whenever the questions built from the same inputs change', () => {
		const problems: string[] = [];
		for (const [name, recorded] of Object.entries(RECORD.banks)) {
			const now = built(name);
			if (now.input !== recorded.input)
				problems.push(
					`${name} was edited: record ${JSON.stringify(now)} for it (an edited input alone needs no bump).`
				);
			else if (now.bank !== recorded.bank)
				problems.push(
					`${name} now builds bank ${now.bank}, not ${recorded.bank}, with the same input: the questions changed, so bump GENERATOR_VERSION to ${GENERATOR_VERSION + 1} and record ${JSON.stringify(now)}.`
				);
		}
		expect(problems).toEqual([]);
	});
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/lib/bank/build';
import { bankToMarkdown } from '../../src/lib/bank/markdown';
import { parseBank } from '../../src/lib/bank/parse';

// Every committed bank must be what `npm run generate` would write now.
const slugs = readdirSync('questions', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(`questions/${d.name}/article.md`))
	.map((d) => d.name);

describe.each(slugs)('questions/%s', (slug) => {
	const dir = `questions/${slug}`;
	const source = readFileSync(`${dir}/article.md`, 'utf8');
	it('has a bank.json and bank.md that match a fresh build', () => {
		const reviewFile = `${dir}/review.json`;
		const review = existsSync(reviewFile)
			? (JSON.parse(readFileSync(reviewFile, 'utf8')) as unknown)
			: undefined;
		const { bank, article } = buildBank(source, { slug, review });
		expect(existsSync(`${dir}/bank.json`), 'run npm run generate').toBe(true);
		const committed: unknown = JSON.parse(readFileSync(`${dir}/bank.json`, 'utf8'));
		expect(committed, `${dir}/bank.json is stale: run npm run generate`).toEqual(bank);
		expect(parseBank(committed).version).toBe(bank.version);
		expect(readFileSync(`${dir}/bank.md`, 'utf8'), `${dir}/bank.md is stale`).toBe(
			bankToMarkdown(bank, article)
		);
	});
});

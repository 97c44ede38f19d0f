import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_META, readConfig, tally } from '$lib/scorm/config';

const config = { key: 'crosscheck:v1:demo:a-x', sections: ['s1', 's3'], total: 5, mastery: 70 };

describe('the package config a page reads', () => {
	it('reads what the export writes', () => {
		expect(readConfig(JSON.stringify(config))).toEqual(config);
		expect(readConfig(JSON.stringify({ ...config, mastery: null }))?.mastery).toBeNull();
	});

	it('is null for no meta, or one that is not ours', () => {
		for (const content of [
			null,
			'',
			'{',
			'[]',
			'null',
			JSON.stringify({ ...config, total: 0 }),
			JSON.stringify({ ...config, mastery: 101 }),
			JSON.stringify({ ...config, mastery: 50.5 }),
			JSON.stringify({ ...config, sections: [1] }),
			JSON.stringify({ ...config, key: 3 })
		])
			expect(readConfig(content)).toBeNull();
	});
});

describe('tally', () => {
	it('counts first-check results of the assignment’s sections only', () => {
		const sections = {
			s1: { first: { a: true, b: false } },
			s2: { first: { c: true } },
			s3: { first: { d: true } }
		};
		expect(tally(sections, config)).toEqual({ right: 2, answered: 3, total: 5 });
	});

	it('counts nothing for unchecked sections, and never more than asked', () => {
		expect(tally({ s1: { first: null } }, config)).toEqual({ right: 0, answered: 0, total: 5 });
		const many = { s1: { first: Object.fromEntries([...'abcdefg'].map((k) => [k, true])) } };
		expect(tally(many, config)).toEqual({ right: 5, answered: 5, total: 5 });
	});
});

describe('the meta a packaged page is found by', () => {
	it('is the one the layout looks for before it loads the bridge', () => {
		const layout = readFileSync('src/routes/+layout.svelte', 'utf8');
		expect(layout).toContain(`meta[name="${CONFIG_META}"]`);
	});
});

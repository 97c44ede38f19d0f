import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentVersion } from '../../scripts/lib/content-version.js';

function site(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'crosscheck-version-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('the build version name', () => {
	const files = {
		'src/routes/+page.svelte': '<h1>Hi</h1>',
		'questions/a/bank.json': '{}',
		'package-lock.json': '{}'
	};

	it('is the same for the same sources, wherever they are checked out', () => {
		expect(contentVersion(site(files), {})).toBe(contentVersion(site(files), {}));
		expect(contentVersion(site(files))).toMatch(/^[0-9a-f]{12}$/);
	});

	it('changes when a page, the question bank or a dependency changes', () => {
		const v = contentVersion(site(files));
		expect(
			contentVersion(site({ ...files, 'src/routes/+page.svelte': '<h1>Hello</h1>' }))
		).not.toBe(v);
		expect(contentVersion(site({ ...files, 'questions/a/bank.json': '{"v":2}' }))).not.toBe(v);
		expect(contentVersion(site({ ...files, 'package-lock.json': '{"x":1}' }))).not.toBe(v);
		expect(contentVersion(site({ ...files, 'static/robots.txt': '' }))).not.toBe(v);
	});

	it('changes with the article and the base path the site is built for', () => {
		const root = site(files);
		const v = contentVersion(root, {});
		expect(contentVersion(root, { ARTICLE: 'other' })).not.toBe(v);
		expect(contentVersion(root, { BASE_PATH: '/crosscheck' })).not.toBe(v);
		expect(contentVersion(root, { HOME: '/elsewhere' })).toBe(v);
	});
});

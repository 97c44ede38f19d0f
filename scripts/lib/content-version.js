// The build's version name: a hash of everything that goes into the site. The same sources give the
// same version, so rebuilding unchanged code does not make every student's browser download the whole
// offline copy again; any change to a page, the article or a dependency gives a new one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = [
	'src',
	'static',
	'questions',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

/** @param {string} path @returns {string[]} files under path, sorted, so the hash is stable */
function filesUnder(path) {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.sort()
		.flatMap((name) => filesUnder(join(path, name)));
}

/** Build settings that change the site without changing a file. */
const SETTINGS = ['ARTICLE', 'BASE_PATH'];

/** @param {string} [root] @param {Record<string, string | undefined>} [env] */
export function contentVersion(root = '.', env = process.env) {
	const hash = createHash('sha256');
	for (const name of SETTINGS) hash.update(`${name}=${env[name] ?? ''}\0`);
	for (const file of INPUTS.flatMap((p) => filesUnder(join(root, p)))) {
		hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex').slice(0, 12);
}

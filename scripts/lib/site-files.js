// The list of the built site's files that a SCORM package copies (src/lib/export/scorm-package.ts):
// written by the adapter into the build as package-files.json, so the teacher's page in the browser
// and the export CLI both know what to fetch or read. Precompressed copies (.gz, .br) and the service
// worker stay out: an LMS serves the files itself, and a package must not install a worker on the
// LMS's site.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SITE_FILES = 'package-files.json';

/** @param {string} name */
const packed = (name) =>
	!/\.(gz|br)$/.test(name) && name !== 'service-worker.js' && name !== SITE_FILES;

/** @param {string} dir @param {string} [root] @returns {string[]} */
function filesUnder(dir, root = dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return filesUnder(path, root);
		return packed(e.name) ? [relative(root, path).split(sep).join('/')] : [];
	});
}

/** The files of the built site in `dir` a package copies, '/'-separated and sorted. @param {string} dir */
export const siteFiles = (dir) => filesUnder(dir).sort();

/** Writes `dir`/package-files.json. @param {string} dir */
export function writeSiteFiles(dir) {
	const files = siteFiles(dir);
	writeFileSync(
		join(dir, SITE_FILES),
		`${JSON.stringify({ format: 'crosscheck-site-files', version: 1, files })}\n`
	);
	return files;
}

/**
 * A SCORM 1.2 package of an assignment: the built site's files (package-files.json lists them), each
 * page told by a `<meta name="crosscheck-scorm">` that it runs inside an LMS package, a start page
 * that opens the assignment, and an imsmanifest.xml with one SCO. The pages then report to the LMS
 * (src/lib/scorm/bridge.ts). Plain data in, files out: the teacher's page and the CLI share it.
 */
import { assignmentScope } from '../student/assignment';
import { progressKey } from '../progress/store';
import { CONFIG_META, type PackageConfig } from '../scorm/config';
import { scormManifest } from '../scorm/manifest';
import { encodeAssignment } from '../assign/assignment';
import type { Assignment } from '../assign/types';
import { chosenQuestions, chosenSections, type ExportSource } from './chosen';
import { escapeXml } from './xml';

/**
 * The teacher's pages and the author page stay out: a student inside the LMS has no use for them, and
 * the answer key and the questions' export file should not sit beside their assignment.
 */
const TEACHERS_ONLY = /^(teacher|author)\//;

/** The page the LMS launches; the site's own index.html stays its home page. */
export const START_PAGE = 'start.html';

export class ScormExportError extends Error {}

const attr = escapeXml;

/** SvelteKit's inline service-worker registration, which a package turns off (see site-files.js). */
const REGISTER = "if ('serviceWorker' in navigator)";

/** A built page as a package serves it: the package's meta first in its head, no service worker. */
export function packagedPage(html: string, config: PackageConfig): string {
	if (!/<head>/i.test(html)) throw new ScormExportError('A page of the site has no <head>.');
	const meta = `<meta name="${CONFIG_META}" content="${attr(JSON.stringify(config))}">`;
	return html
		.replace(/<head>/i, (head) => `${head}\n\t\t${meta}`)
		.split(REGISTER)
		.join('if (false)');
}

/** Where the assignment opens, relative to the package's root. */
export function launchTarget(source: ExportSource, code: string): string {
	return source.module === null ? `a/#${code}` : `m/?a=${code}#${source.module}`;
}

function startPage(title: string, target: string): string {
	const t = attr(title);
	const href = attr(target);
	// A script rather than a refresh, so the LMS's frame keeps its history clean; a link without it.
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t}</title>
<script>location.replace(${JSON.stringify(target).replace(/</g, '\\u003c')});</script>
</head>
<body>
<p><a href="${href}">Open “${t}”</a></p>
</body>
</html>
`;
}

export interface ScormExport {
	source: ExportSource;
	assignment: Assignment;
	/** Percent right to pass (0–100), or null: then finishing completes the activity. */
	mastery: number | null;
	/** The built site: path → content, every file package-files.json lists. */
	site: ReadonlyMap<string, Uint8Array>;
}

/** The package's files, ready to zip. Throws ScormExportError with a sentence on bad input. */
export function scormPackageFiles(input: ScormExport): Record<string, Uint8Array | string> {
	const { source, assignment, mastery, site } = input;
	if (mastery !== null && !(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100))
		throw new ScormExportError('The pass mark must be a whole number from 0 to 100.');
	const questions = chosenQuestions(source, assignment);
	if (questions.length === 0) throw new ScormExportError('The assignment asks no questions.');
	if (!site.has('index.html') || ![...site.keys()].some((p) => p.startsWith('_app/')))
		throw new ScormExportError('The site’s files are incomplete: build the site again.');
	const code = encodeAssignment(assignment);
	const config: PackageConfig = {
		key: progressKey(source.slug, assignmentScope(assignment)),
		sections: chosenSections(source, assignment).map((s) => s.id),
		total: questions.length,
		mastery
	};
	const decoder = new TextDecoder();
	const files: Record<string, Uint8Array | string> = {};
	for (const [path, body] of site) {
		if (TEACHERS_ONLY.test(path)) continue;
		files[path] = path.endsWith('.html') ? packagedPage(decoder.decode(body), config) : body;
	}
	files[START_PAGE] = startPage(assignment.title, launchTarget(source, code));
	files['imsmanifest.xml'] = scormManifest({
		identifier: `crosscheck-${config.key.replace(/[^\w-]+/g, '-')}`,
		title: assignment.title,
		launch: START_PAGE,
		files: Object.keys(files).sort(),
		masteryScore: mastery
	});
	return files;
}

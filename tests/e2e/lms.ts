import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';

/** Where the test LMS serves a package: an origin of its own, as an LMS's file server is. */
export const LMS = 'http://lms.test';

/**
 * The LMS side of SCORM 1.2: scorm-again's Scorm12API, in a parent page that launches the package's
 * start page in a frame. Between launches it keeps what the SCO committed and, as an LMS does, gives
 * the next launch a fresh API with that suspend data and entry "resume". `?fail` makes LMSSetValue
 * and LMSCommit refuse with error 101, as a broken LMS would.
 */
const harness = (mastery: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test LMS</title>
<script src="/__lms/scorm12.js"></script>
<script>
const failing = new URLSearchParams(location.search).has('fail');
// What the LMS read from the manifest's adlcp:masteryscore, as an LMS gives it to the SCO.
const MASTERY = ${JSON.stringify(mastery)};
const lms = (window.lms = { saved: null, launches: 0, finishes: 0 });
let api;
function fresh() {
	api = new Scorm12API({ autocommit: false, logLevel: 5 });
	const resume = lms.saved && lms.saved.suspend;
	api.loadFromJSON(
		{
			core: { entry: resume ? 'resume' : 'ab-initio', student_name: 'Doe, Jane' },
			student_data: { mastery_score: MASTERY },
			suspend_data: resume ? lms.saved.suspend : ''
		},
		''
	);
}
function keep() {
	const c = api.renderCMIToJSONObject().cmi;
	lms.saved = {
		raw: c.core.score.raw, min: c.core.score.min, max: c.core.score.max,
		status: c.core.lesson_status, exit: c.core.exit, suspend: c.suspend_data,
		time: c.core.session_time
	};
}
fresh();
window.API = {
	LMSInitialize: (a) => (lms.launches++, api.LMSInitialize(a)),
	LMSFinish: (a) => { const r = api.LMSFinish(a); keep(); lms.finishes++; fresh(); return r; },
	LMSGetValue: (k) => api.LMSGetValue(k),
	LMSSetValue: (k, v) => (failing ? 'false' : api.LMSSetValue(k, v)),
	LMSCommit: (a) => { if (failing) return 'false'; const r = api.LMSCommit(a); keep(); return r; },
	LMSGetLastError: () => (failing ? '101' : api.LMSGetLastError()),
	LMSGetErrorString: (c) => (failing ? 'General exception' : api.LMSGetErrorString(c)),
	LMSGetDiagnostic: (c) => api.LMSGetDiagnostic(c)
};
</script>
</head>
<body>
<main aria-label="Test LMS">
<h1>Test LMS</h1>
<iframe title="Assignment" src="/start.html" style="width: 100%; height: 80vh"></iframe>
</main>
</body>
</html>`;

const TYPES: Record<string, string> = {
	html: 'text/html',
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	xml: 'application/xml',
	txt: 'text/plain'
};

/** The zip a download saved, as path → bytes. */
export async function unzipDownload(download: Download): Promise<Record<string, Uint8Array>> {
	return unzipSync(new Uint8Array(readFileSync((await download.path())!)));
}

/** Serves the package's files and the test LMS at LMS, for every page of the context. */
export async function serveLms(context: BrowserContext, files: Record<string, Uint8Array>) {
	const scormAgain = readFileSync('node_modules/scorm-again/dist/scorm12.min.js');
	const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
	const mastery = /<adlcp:masteryscore>(\d+)</.exec(manifest)?.[1] ?? '';
	await context.route(`${LMS}/**`, async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
		if (path === 'lms.html')
			return route.fulfill({ body: harness(mastery), contentType: 'text/html' });
		if (path === '__lms/scorm12.js')
			return route.fulfill({ body: scormAgain, contentType: 'text/javascript' });
		const file = files[path === '' || path.endsWith('/') ? `${path}index.html` : path];
		if (!file) return route.fulfill({ status: 404, body: 'Not in the package' });
		const type = TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
		return route.fulfill({
			body: Buffer.from(file),
			contentType: path.endsWith('/') ? 'text/html' : type
		});
	});
}

/** What the LMS holds of the last commit or finish. */
export const lmsSaved = (page: Page) =>
	page.evaluate(
		() =>
			(
				window as unknown as {
					lms: {
						saved: null | Record<string, string>;
						launches: number;
						finishes: number;
					};
				}
			).lms
	);

import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { articleTag, decodeAssignment, questionTag } from '../../src/lib/assign/assignment';
import type { Assignment } from '../../src/lib/assign/types';
import {
	launchTarget,
	packagedPage,
	ScormExportError,
	scormPackageFiles,
	START_PAGE
} from '../../src/lib/export/scorm-package';
import { CONFIG_META, readConfig } from '../../src/lib/scorm/config';
import { SCHEMAS, validateXml } from './xsd';
import { article, bank, shippedSource } from './shipped';

const source = shippedSource;
const s2 = bank.questions.filter((q) => q.section === article.sections[1]!.id);
const assignment: Assignment = {
	version: 2,
	article: articleTag('north-korean-troops'),
	bank: bank.version,
	title: 'Week 5: <b>who</b> & “why”',
	sections: [2, 4],
	mode: 'graded',
	requireName: false,
	omit: [questionTag(s2[0]!.id)]
};

/** A page as SvelteKit builds one: its head, and its inline service-worker registration. */
const PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link href="../_app/immutable/entry/start.js" rel="modulepreload">
	</head>
	<body><script>
		if ('serviceWorker' in navigator) {
			addEventListener('load', function () { navigator.serviceWorker.register('../service-worker.js'); });
		}
	</script></body>
</html>`;
const bytes = (s: string) => new TextEncoder().encode(s);
const site = new Map<string, Uint8Array>([
	['index.html', bytes(PAGE)],
	['a/index.html', bytes(PAGE)],
	['section/2/index.html', bytes(PAGE)],
	['section/2/__data.json', bytes('{"type":"data"}')],
	['_app/immutable/entry/start.js', bytes('export {};')],
	['_app/immutable/assets/0 main.css', bytes('body{}')],
	['favicon.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
	['teacher/print/index.html', bytes(PAGE)],
	['teacher/export.json', bytes('{}')],
	['author/index.html', bytes(PAGE)]
]);
const text = (body: Uint8Array | string) =>
	typeof body === 'string' ? body : new TextDecoder().decode(body);

/** The meta's content as a browser reads it: the attribute's entities decoded. */
function metaContent(html: string): string | null {
	const m = new RegExp(`<meta name="${CONFIG_META}" content="([^"]*)">`).exec(html);
	if (!m) return null;
	return m[1]!
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

describe('a SCORM package of an assignment', () => {
	const files = scormPackageFiles({ source, assignment, mastery: 70, site });

	it('tells every page the assignment’s progress key, sections, question count and pass mark', () => {
		const asked = bank.questions.filter(
			(q) =>
				[article.sections[1]!.id, article.sections[3]!.id].includes(q.section) && q.id !== s2[0]!.id
		);
		for (const path of ['index.html', 'a/index.html', 'section/2/index.html']) {
			const config = readConfig(metaContent(text(files[path]!)));
			expect(config, path).not.toBeNull();
			expect(config!.sections).toEqual([article.sections[1]!.id, article.sections[3]!.id]);
			expect(config!.total).toBe(asked.length);
			expect(config!.mastery).toBe(70);
			expect(config!.key).toMatch(/^crosscheck:v1:north-korean-troops:a-/);
		}
	});

	it('turns the service worker off and copies other files as they are', () => {
		for (const path of ['index.html', 'a/index.html'])
			expect(text(files[path]!)).not.toContain("'serviceWorker' in navigator");
		expect(files['section/2/__data.json']).toBe(site.get('section/2/__data.json'));
		expect(files['service-worker.js']).toBeUndefined();
	});

	it('leaves out the teacher’s pages (the answer key among them) and the author page', () => {
		expect(Object.keys(files).filter((p) => /^(teacher|author)\//.test(p))).toEqual([]);
	});

	it('starts on the assignment’s page, with its code', () => {
		const start = text(files[START_PAGE]!);
		const target = /location\.replace\("([^"]+)"\)/.exec(start)![1]!;
		expect(target).toMatch(/^a\/#/);
		const decoded = decodeAssignment(target.slice(3));
		expect(decoded.ok && decoded.value).toEqual({ ...assignment, titleTag: undefined });
		// The title is text in the page, never markup.
		expect(start).toContain('Week 5: &lt;b&gt;who&lt;/b&gt; &amp; “why”');
	});

	it('has a manifest valid against the SCORM 1.2 schemas, listing every file, with the pass mark', async () => {
		const manifest = text(files['imsmanifest.xml']!);
		const result = await validateXml(SCHEMAS.scormManifest, [
			{ name: 'imsmanifest.xml', text: manifest }
		]);
		expect(result.errors).toBe('');
		const doc = new DOMParser().parseFromString(manifest, 'application/xml');
		const listed = Array.from(doc.getElementsByTagName('file')).map((f) =>
			decodeURI(f.getAttribute('href')!)
		);
		// Every file but the manifest itself, which no resource needs to name.
		expect(listed.sort()).toEqual(
			Object.keys(files)
				.filter((p) => p !== 'imsmanifest.xml')
				.sort()
		);
		const resource = doc.getElementsByTagName('resource')[0]!;
		expect(resource.getAttribute('href')).toBe(START_PAGE);
		expect(doc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe('70');
	}, 120_000);

	it('opens a module’s assignment inside the module', () => {
		expect(launchTarget({ ...source, module: 'm1abc' }, 'CODE')).toBe('m/?a=CODE#m1abc');
	});

	it('refuses what it cannot package, with a sentence', () => {
		const bad = [
			() => scormPackageFiles({ source, assignment, mastery: 101, site }),
			() => scormPackageFiles({ source, assignment, mastery: 50.5, site }),
			() => scormPackageFiles({ source, assignment, mastery: null, site: new Map() }),
			() =>
				scormPackageFiles({
					source: { ...source, questions: [] },
					assignment,
					mastery: null,
					site
				}),
			() =>
				packagedPage(
					'<html><body></body></html>',
					readConfig(metaContent(text(files['index.html']!)))!
				)
		];
		for (const f of bad) expect(f).toThrow(ScormExportError);
	});
});

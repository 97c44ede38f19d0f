import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ScormPackageError,
	scormManifest,
	type ScormManifestOptions
} from '../../src/lib/scorm/manifest';
import { SCHEMAS, validateXml } from './xsd';

const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

const normal: ScormManifestOptions = {
	identifier: 'crosscheck-7KQ2F',
	title: 'Who sent the troops? Sections 1–3',
	launch: 'index.html',
	files: ['index.html', 'app.js', 'style.css', 'media/map.png'],
	masteryScore: 70
};

const hostile: ScormManifestOptions = {
	identifier: '7KQ 2F/ü',
	title: '  <b>&"\'\u0000\u0007\u001B\uFFFE\uD800 Quiz\r\n\tof 🇰🇵 👩‍🏫 </b>  ',
	launch: 'start page.html',
	files: [
		'start page.html',
		'media/map of korea (2024).png',
		'notes #1 & 100%?.txt',
		'ünïcödé/файл "q".js',
		"it's.css",
		'start page.html'
	],
	masteryScore: 62.5
};

const noMastery: ScormManifestOptions = {
	identifier: 'x',
	title: 'A'.repeat(150) + ' ' + 'B'.repeat(150),
	launch: 'a/b/c.html',
	files: ['a/b/c.html'],
	masteryScore: null
};

/** Parses with xmldom, failing on any warning or error, as a strict LMS would. */
const parse = (xml: string) =>
	new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml');

function read(xml: string) {
	const doc = parse(xml);
	const one = (ns: string, name: string) => {
		const found = doc.getElementsByTagNameNS(ns, name);
		expect(found.length, name).toBeGreaterThan(0);
		return found[0] as Element;
	};
	const resource = one(CP, 'resource');
	const item = one(CP, 'item');
	return {
		root: doc.documentElement as Element,
		schema: one(CP, 'schema').textContent,
		schemaversion: one(CP, 'schemaversion').textContent,
		organizations: one(CP, 'organizations'),
		organization: one(CP, 'organization'),
		item,
		resource,
		titles: Array.from(doc.getElementsByTagNameNS(CP, 'title')).map((t) => t.textContent),
		mastery: Array.from(doc.getElementsByTagNameNS(ADLCP, 'masteryscore')).map(
			(m) => m.textContent
		),
		files: Array.from(resource.getElementsByTagNameNS(CP, 'file')).map((f) =>
			decodeURIComponent(f.getAttribute('href') ?? '')
		)
	};
}

describe('scormManifest read back', () => {
	it('is a SCORM 1.2 manifest: schemaversion 1.2, one item pointing at one sco, every file', () => {
		const m = read(scormManifest(normal));
		expect(m.root.localName).toBe('manifest');
		expect(m.root.namespaceURI).toBe(CP);
		expect(m.root.getAttribute('identifier')).toBe('crosscheck-7KQ2F');
		expect(m.schema).toBe('ADL SCORM');
		expect(m.schemaversion).toBe('1.2');
		expect(m.organizations.getAttribute('default')).toBe(m.organization.getAttribute('identifier'));
		expect(m.item.getAttribute('identifierref')).toBe(m.resource.getAttribute('identifier'));
		expect(m.resource.getAttribute('type')).toBe('webcontent');
		expect(m.resource.getAttributeNS(ADLCP, 'scormtype')).toBe('sco');
		expect(m.resource.getAttribute('href')).toBe('index.html');
		expect(m.titles).toEqual([normal.title, normal.title]);
		expect(m.mastery).toEqual(['70']);
		expect(m.files).toEqual(normal.files);
	});

	it('escapes a hostile title, drops what XML forbids, and percent-encodes file names', () => {
		const xml = scormManifest(hostile);
		const m = read(xml);
		expect(m.titles).toEqual(['<b>&"\' Quiz of 🇰🇵 👩‍🏫 </b>', '<b>&"\' Quiz of 🇰🇵 👩‍🏫 </b>']);
		expect(m.root.getAttribute('identifier')).toBe('id-7KQ-2F-');
		expect(m.resource.getAttribute('href')).toBe('start%20page.html');
		expect(xml).toContain('href="notes%20%231%20%26%20100%25%3F.txt"');
		expect(xml).toContain('href="it&apos;s.css"');
		// Every file once (the duplicate launch page too), its name back after decoding.
		expect(m.files).toEqual([...new Set(hostile.files)]);
		expect(m.mastery).toEqual(['62.5']);
	});

	it('cuts a long title to the 200 characters the schema allows, and leaves out no mastery', () => {
		const m = read(scormManifest(noMastery));
		expect(m.titles[0]).toHaveLength(200);
		expect(m.titles[0]).toMatch(/^A{150} B{48}…$/);
		expect(m.mastery).toEqual([]);
	});

	it('writes mastery scores as plain decimals', () => {
		const of = (masteryScore: number) => read(scormManifest({ ...normal, masteryScore })).mastery;
		expect([0, 100, 1e-7, 33.333].map(of)).toEqual([['0'], ['100'], ['0'], ['33.33']]);
	});
});

describe('scormManifest refuses bad input with a ScormPackageError', () => {
	const bad: [string, Partial<ScormManifestOptions>, RegExp][] = [
		['an empty title', { title: ' \u0000\t\n ' }, /title is empty/],
		['a mastery score under 0', { masteryScore: -1 }, /not a percentage/],
		['a mastery score over 100', { masteryScore: 101 }, /not a percentage/],
		['a mastery score of NaN', { masteryScore: NaN }, /not a percentage/],
		['a launch page not among the files', { launch: 'other.html' }, /not among/],
		['no files', { files: [] }, /not among/],
		['a path out of the package', { files: ['index.html', '../secret'] }, /not a relative path/],
		['an absolute path', { files: ['index.html', '/etc/passwd'] }, /not a relative path/],
		['an empty segment', { files: ['index.html', 'media//a.png'] }, /not a relative path/],
		['a backslash', { files: ['index.html', 'media\\a.png'] }, /not a relative path/],
		['an empty path', { files: ['index.html', ''] }, /not a relative path/],
		['a broken character', { files: ['index.html', 'a\uD800.png'] }, /broken character/],
		['a path over 2,000 characters', { files: ['index.html', 'a'.repeat(2001)] }, /too long/],
		['an empty identifier', { identifier: '  ' }, /identifier is empty/]
	];
	for (const [what, change, message] of bad) {
		it(what, () => {
			let thrown: unknown;
			try {
				scormManifest({ ...normal, ...change });
			} catch (error) {
				thrown = error;
			}
			expect(thrown).toBeInstanceOf(ScormPackageError);
			expect(thrown).toMatchObject({ name: 'ScormPackageError', message });
		});
	}
});

/** Fuzzed options that should all make a manifest: any title with a letter, any safe file names. */
const segment = fc
	.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
	.filter((s) => !s.includes('/') && !s.includes('\\') && s !== '.' && s !== '..');
const options = fc.record({
	identifier: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
	title: fc
		.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))
		.map(([a, b]) => `${a}T${b}`),
	files: fc.uniqueArray(
		fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')),
		{
			minLength: 1,
			maxLength: 6
		}
	),
	masteryScore: fc.option(fc.double({ min: 0, max: 100, noNaN: true }))
});
const fuzzed = fc
	.sample(options, { numRuns: 25, seed: 1234 })
	.map((o) => ({ ...o, launch: o.files[0] as string }));

describe('scormManifest fuzzed', () => {
	it('parses, and lists every file, for any title and file names', () => {
		fc.assert(
			fc.property(options, (o) => {
				const m = read(scormManifest({ ...o, launch: o.files[o.files.length - 1] as string }));
				expect(m.files).toEqual(o.files);
				expect(Array.from(m.titles[0] ?? '').length).toBeLessThanOrEqual(200);
				expect(m.titles[0]).toMatch(/T/);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('scormManifest against the ADL SCORM 1.2 schemas (libxml2)', () => {
	it('validates a normal, a hostile, a title-cut and 25 fuzzed manifests', async () => {
		const files = [normal, hostile, noMastery, ...fuzzed].map((o, i) => ({
			name: `manifest-${i}.xml`,
			text: scormManifest(o)
		}));
		const result = await validateXml(SCHEMAS.scormManifest, files);
		expect(result.errors).toBe('');
		expect(result.valid).toBe(true);
	}, 120_000);

	// The schemas cannot catch everything: <schemaversion> is imscp's (any string up to 20), not
	// adlcp's enumeration, and adlcp:masteryscore is any string; the read-back tests check those.
	it('fails what the schemas forbid, so the check above means something', async () => {
		const xml = scormManifest(normal);
		const broken = [
			xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'),
			// Two elements with one xs:ID, and an ID that is no NCName: what cleanIdentifier prevents.
			xml.replace('identifier="crosscheck-7KQ2F-sco"', 'identifier="crosscheck-7KQ2F-org"'),
			xml.replace('identifier="crosscheck-7KQ2F"', 'identifier="7KQ2F"'),
			xml.replace(/<title>[^<]*<\/title>/, `<title>${'x'.repeat(201)}</title>`)
		];
		expect(broken).not.toContain(xml);
		const result = await validateXml(
			SCHEMAS.scormManifest,
			broken.map((text, i) => ({ name: `broken-${i}.xml`, text }))
		);
		expect(result.valid).toBe(false);
		for (const i of broken.keys())
			expect(result.errors).toContain(`broken-${i}.xml fails to validate`);
	}, 120_000);
});

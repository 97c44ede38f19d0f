/**
 * The `imsmanifest.xml` of a SCORM 1.2 package holding one SCO (the assignment's page): IMS Content
 * Packaging 1.1.2 with ADL's adlcp extensions, as tests/unit/scorm-manifest.test.ts validates against
 * the official schemas. Plain string work, so the teacher's page can build it in the browser. Write
 * the result as UTF-8 bytes (new TextEncoder().encode), which its XML declaration says it is.
 *
 * No xsi:schemaLocation: it would point LMSs at schema files the package would then have to carry,
 * and LMSs read the manifest without them.
 */

import { escapeXml } from '../export/xml';

export interface ScormManifestOptions {
	/** The package's identifier, e.g. an assignment code; made a valid xs:ID ('7KQ 2F' → 'id-7KQ-2F'). */
	identifier: string;
	/** The activity's name in the LMS (teacher text); cleaned, and cut to the schema's 200 characters. */
	title: string;
	/** The page the LMS opens, one of `files`. */
	launch: string;
	/** Every file of the package but the manifest, as paths in the zip: 'index.html', 'media/a b.png'. */
	files: readonly string[];
	/** The pass mark in percent (0–100), written as adlcp:masteryscore; null for none. */
	masteryScore: number | null;
}

/** Bad input to scormManifest, with a sentence saying what is wrong. */
export class ScormPackageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ScormPackageError';
	}
}

const CP_NAMESPACE = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP_NAMESPACE = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/** The schema's maxLength for titles (imscp titleType) and for hrefs (attr.href). */
const MAX_TITLE = 200;
const MAX_HREF = 2000;
/** Room for the suffixes ('-org', '-item', '-sco') in an LMS's identifier column (Moodle: 255). */
const MAX_IDENTIFIER = 200;

/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and return; lone surrogates; U+FFFE and
 * U+FFFF), and the ones it discourages (DEL, C1 controls), which are invisible in a title anyway.
 * With the u flag the surrogate range matches only a lone half: an emoji's pair is one code point.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * A teacher's title as the LMS shows it: forbidden characters dropped, whitespace runs (a pasted
 * newline) one space, and at most 200 characters (code points, as the schema counts), ending in '…'
 * when cut. Throws when nothing is left: an LMS would list a nameless activity.
 */
function cleanTitle(title: string): string {
	const cleaned = String(title).replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
	if (cleaned === '') {
		throw new ScormPackageError(
			'The title is empty (after removing spaces and control characters); the LMS needs a name to list the activity under.'
		);
	}
	const chars = Array.from(cleaned);
	return chars.length <= MAX_TITLE
		? cleaned
		: `${chars
				.slice(0, MAX_TITLE - 1)
				.join('')
				.trimEnd()}…`;
}

/**
 * `identifier` as an xs:ID (an NCName): characters other than ASCII letters, digits, '.', '-' and '_'
 * become '-' (a run of them one), and 'id-' goes before one that would start with a digit, '.' or '-' ('2024 quiz' →
 * 'id-2024-quiz').
 */
function cleanIdentifier(identifier: string): string {
	const safe = String(identifier)
		.trim()
		.replace(/[^A-Za-z0-9._-]+/g, '-');
	if (safe === '') throw new ScormPackageError('The package identifier is empty.');
	const id = /^[A-Za-z_]/.test(safe) ? safe : `id-${safe}`;
	return id.slice(0, MAX_IDENTIFIER);
}

/**
 * A file's path in the zip as a URI reference relative to the package: each segment percent-encoded
 * ('media/a b#1.png' → 'media/a%20b%231.png'), so a space, '#', '?' or '%' in a name reaches the LMS
 * as part of the name. Throws on paths that leave the package or are not text.
 */
function fileHref(path: string): string {
	const segments = String(path).split('/');
	if (
		path === '' ||
		segments.some((s) => s === '' || s === '.' || s === '..') ||
		path.includes('\\')
	) {
		throw new ScormPackageError(
			`The file path ${JSON.stringify(path)} is not a relative path inside the package (like "media/photo.png").`
		);
	}
	let href: string;
	try {
		href = segments.map(encodeURIComponent).join('/');
	} catch {
		// encodeURIComponent throws URIError on a lone surrogate: a damaged name, not a file name.
		throw new ScormPackageError(`The file path ${JSON.stringify(path)} has a broken character.`);
	}
	if (href.length > MAX_HREF) {
		throw new ScormPackageError(
			`The file path ${JSON.stringify(path.slice(0, 40))}… is too long: SCORM 1.2 allows ${MAX_HREF} characters.`
		);
	}
	return href;
}

/** A pass mark as the manifest writes it: at most 2 decimals, never an exponent ('70', '62.5'). */
function masteryText(score: number): string {
	if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
		throw new ScormPackageError(
			`The mastery score ${String(score)} is not a percentage from 0 to 100.`
		);
	}
	// 1e-7 would print '1e-7', which no LMS reads as a number; rounded to 2 decimals it is '0'.
	return String(Math.round(score * 100) / 100);
}

/**
 * The imsmanifest.xml for `options`: one organization with one item, whose resource is the SCO at
 * `launch` listing every file. Throws ScormPackageError, with a sentence, on bad input.
 */
export function scormManifest(options: ScormManifestOptions): string {
	const id = cleanIdentifier(options.identifier);
	const title = escapeXml(cleanTitle(options.title));
	const files = [...new Set(options.files)];
	const hrefs = files.map(fileHref);
	const launchIndex = files.indexOf(options.launch);
	if (launchIndex < 0) {
		throw new ScormPackageError(
			`The launch page ${JSON.stringify(options.launch)} is not among the package's files.`
		);
	}
	const mastery =
		options.masteryScore === null
			? ''
			: `\n\t\t\t\t<adlcp:masteryscore>${masteryText(options.masteryScore)}</adlcp:masteryscore>`;
	const fileLines = hrefs.map((href) => `\n\t\t\t<file href="${escapeXml(href)}"/>`).join('');

	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1" xmlns="${CP_NAMESPACE}" xmlns:adlcp="${ADLCP_NAMESPACE}">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="${id}-org">
		<organization identifier="${id}-org">
			<title>${title}</title>
			<item identifier="${id}-item" identifierref="${id}-sco">
				<title>${title}</title>${mastery}
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(hrefs[launchIndex] as string)}">${fileLines}
		</resource>
	</resources>
</manifest>
`;
}

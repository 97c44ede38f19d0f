import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';

/**
 * Validates XML against the official XSDs in tests/fixtures/schemas (copied from ../shared/schemas,
 * whose README gives their origin) with xmllint-wasm: libxml2's own validator, not a reader of ours.
 * Every schema is preloaded by its relative path, so their relative imports resolve as for the CLI.
 */
const ROOT = 'tests/fixtures/schemas';

function xsdFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
		const path = posix.join(dir, e.name);
		if (e.isDirectory()) return xsdFiles(path);
		return e.name.endsWith('.xsd') ? [path] : [];
	});
}

const bytes = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));

/** The entry schemas: QTI 3.0 items and tests, a QTI package manifest, a SCORM 1.2 manifest. */
export const SCHEMAS = {
	qtiItem: 'qti3/imsqti_asiv3p0p1_v1p0.xsd',
	qtiManifest: 'qti3/imsqtiv3p0_imscpv1p2_v1p0.xsd',
	// No imsmd: metadata in our manifests: libxml2 2.13 cannot compile the IMS MD 1.2.1 schema.
	scormManifest: 'scorm12/adlcp_rootv1p2.xsd'
} as const;

export interface XmlFile {
	/** A file name for the messages, e.g. `items/q1.xml`. */
	name: string;
	text: string;
}

/**
 * Validates the files against one entry schema. `errors` is xmllint's own output for the invalid
 * ones ('' when all are valid). Compiling a schema takes seconds: pass every file in one call.
 */
export async function validateXml(
	schema: (typeof SCHEMAS)[keyof typeof SCHEMAS],
	files: readonly XmlFile[]
): Promise<{ valid: boolean; errors: string }> {
	const dir = schema.split('/')[0] as string;
	const preload = xsdFiles(dir)
		.filter((p) => p !== schema)
		.map((p) => ({ fileName: p, contents: bytes(p) }));
	const result = await validateXML({
		// Named inside the schema's folder, so nothing of ours shadows a schema file.
		xml: files.map((f) => ({
			fileName: `doc/${f.name.replace(/[^\w.-]/g, '_')}`,
			contents: f.text
		})),
		schema: [{ fileName: schema, contents: bytes(schema) }],
		preload,
		// The QTI schema does not compile in the default 32 MiB.
		maxMemoryPages: memoryPages.GiB,
		modifyArguments: (args) => ['--nonet', ...args]
	});
	return { valid: result.valid, errors: result.valid ? '' : result.rawOutput };
}

/**
 * The teacher's page's export, loaded only when a teacher asks for a file: fetch what it needs (the
 * built-in article's questions, the site's files for a SCORM package), build it, hand it to the browser
 * as a download.
 */
import type { Assignment } from '../assign/types';
import { buildExport, ExportError, type ExportFile, type ExportFormat } from './build';
import type { ExportSource } from './chosen';
import { downloadText } from '../report/files';

type Fetch = (url: string) => Promise<Response>;

/** At most this many files are fetched at once, so a slow school network is not flooded. */
const PARALLEL = 6;

const NOT_ONLINE =
	'The site’s files could not be fetched. Check that you are online (a SCORM package copies the whole site), then try again.';

/** The built site's files, as package-files.json (written by the build) lists them. */
export async function fetchSite(
	root: string,
	get: Fetch = fetch
): Promise<Map<string, Uint8Array>> {
	let list: unknown;
	try {
		const response = await get(`${root}package-files.json`);
		if (!response.ok) throw new Error(String(response.status));
		list = await response.json();
	} catch {
		throw new ExportError(NOT_ONLINE);
	}
	const given = (list as { files?: unknown } | null)?.files;
	if (!Array.isArray(given) || !given.every((f) => typeof f === 'string' && !f.startsWith('/')))
		throw new ExportError('The site’s list of files is damaged: the site needs building again.');
	const files = given as string[];
	const site = new Map<string, Uint8Array>();
	let next = 0;
	async function worker() {
		while (next < files.length) {
			const path = files[next++]!;
			let response: Response;
			try {
				response = await get(root + path.split('/').map(encodeURIComponent).join('/'));
			} catch {
				throw new ExportError(NOT_ONLINE);
			}
			if (!response.ok)
				throw new ExportError(`The site’s file ${path} is missing (${response.status}).`);
			site.set(path, new Uint8Array(await response.arrayBuffer()));
		}
	}
	await Promise.all(Array.from({ length: PARALLEL }, worker));
	return site;
}

/** The built-in article's questions, as the build wrote them for exports. */
export async function fetchBuiltinSource(root: string, get: Fetch = fetch): Promise<ExportSource> {
	try {
		const response = await get(`${root}teacher/export.json`);
		if (!response.ok) throw new Error(String(response.status));
		return (await response.json()) as ExportSource;
	} catch {
		throw new ExportError(
			'The article’s questions could not be fetched. Check that you are online, then try again.'
		);
	}
}

export async function makeExport(
	format: ExportFormat,
	given: ExportSource | null,
	assignment: Assignment,
	mastery: number | null,
	root: string
): Promise<ExportFile> {
	const source = given ?? (await fetchBuiltinSource(root));
	const site = format === 'scorm' ? await fetchSite(root) : undefined;
	return buildExport({ format, source, assignment, mastery, site });
}

/** Saves the file through the browser's downloads. */
export const download = (file: ExportFile) =>
	downloadText(file.name, file.bytes as Uint8Array<ArrayBuffer>, file.type);

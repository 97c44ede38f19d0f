/**
 * Zip files with fflate (small, well kept, the same in the browser and in Node). Text is written as
 * UTF-8; file dates are fixed, so the same export gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** 1 January 2020, a date every zip reader takes (zip dates start in 1980). */
const MTIME = new Date(Date.UTC(2020, 0, 1));

export function zipFiles(files: Record<string, Uint8Array | string>): Uint8Array {
	const entries: Zippable = {};
	for (const [path, body] of Object.entries(files))
		entries[path] = [typeof body === 'string' ? strToU8(body) : body, { mtime: MTIME }];
	return zipSync(entries, { level: 6 });
}

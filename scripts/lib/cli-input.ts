/**
 * What the CLIs (generate, export) share: the error that becomes their one line on stderr, and reading
 * a file or a JSON file with a message that names it.
 */
import { readFileSync } from 'node:fs';

/** Bad input: the CLI prints its message as one line and exits 1. */
export class UsageError extends Error {}

export function readText(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch (err) {
		const code = (err as NodeJS.ErrnoException).code;
		throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
	}
}

export function readJson(file: string): unknown {
	const text = readText(file);
	try {
		return JSON.parse(text);
	} catch (err) {
		throw new UsageError(`${file} is not valid JSON: ${(err as Error).message}`);
	}
}

import type { MapEntry } from './types';

/** The other names the article gives a source at its entries, in order, each once. */
export function aliasesOf(entries: readonly MapEntry[]): string[] {
	return [...new Set(entries.flatMap((e) => (e.namedAs ? [e.namedAs] : [])))];
}

import { shortHash } from '../generate/hash';
import type { Question } from '../generate/types';

/** The bank's `version`: a short hash of its questions, so a stored answer can tell the bank changed. */
export function questionsVersion(questions: readonly Question[]): string {
	return shortHash(canonical(questions), 8);
}

/** JSON with object keys sorted, so the hash does not depend on the order fields were written in. */
export function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

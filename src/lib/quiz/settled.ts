import type { SectionRecord } from './state';

// Apart from record.ts, so pages that only ask whether a section is done (the sources map) load this alone.

/** A question can still be answered: not yet right and its answer not shown. */
export function isOpen(r: SectionRecord, id: string): boolean {
	return r.results[id] !== true && !r.revealed.includes(id);
}

/**
 * Whether a section's answers may be seen from another page: checked with nothing left to try again
 * (self-study and practice), or handed in (a graded assignment). Until then, a figure stated there would
 * give away the answer to one of its questions.
 */
export function sectionSettled(record: SectionRecord | undefined, handedIn: boolean): boolean {
	if (handedIn) return true;
	if (!record || record.checks === 0) return false;
	return !Object.entries(record.results).some(([id, right]) => !right && isOpen(record, id));
}

/**
 * Whether this page is inside an LMS that takes its results, for the assignment page: there the
 * student's name comes from the LMS and there is nothing to hand in. Set by the bridge while the LMS
 * accepts what it is sent; null otherwise (no package, no LMS, or an LMS that refuses: then the
 * student hands in as usual).
 */
export const LMS_EVENT = 'crosscheck-lms';

export interface LmsPresence {
	/** The student's name as the LMS has it, written “First Last”; '' if it gave none. */
	studentName: string;
}

let current: LmsPresence | null = null;

export const lmsPresence = () => current;

export function announceLms(presence: LmsPresence | null) {
	if (current?.studentName === presence?.studentName && (current === null) === (presence === null))
		return;
	current = presence;
	globalThis.dispatchEvent?.(new CustomEvent(LMS_EVENT));
}

/** SCORM 1.2 writes names “Last, First” (`Doe, Jane` → `Jane Doe`); anything else is kept as it is. */
export function lmsName(scormName: string): string {
	const name = scormName.replace(/\s+/g, ' ').trim();
	const parts = name.split(',').map((p) => p.trim());
	if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
	return name;
}

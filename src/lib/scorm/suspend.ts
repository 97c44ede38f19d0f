/**
 * An assignment's progress as SCORM 1.2 `cmi.suspend_data`: the stored progress of its sections as
 * JSON, raw-deflated and base64url'd, so a student who leaves resumes where they were, on any
 * computer the LMS opens it on. SCORM 1.2 gives suspend_data 4,096 characters.
 */
import { fromBase64url, toBase64url } from '../module/base64url';
import { deflateRaw, inflateRaw } from '../module/deflate';
import { isStoredProgress, type StoredProgress } from '../progress/schema';

export const SUSPEND_MAX = 4096;
/** Marks our format and its version, so other data an LMS holds is never read as ours. */
const PREFIX = 'cc1.';
/** Far more than 4,096 characters of deflated text can honestly inflate to. */
const MAX_INFLATED = 1_000_000;

/**
 * The suspend data of the assignment's sections of `data` (other sections stay out), or null when it
 * would be longer than SCORM 1.2 allows.
 */
export async function encodeSuspend(
	data: StoredProgress,
	sections: readonly string[]
): Promise<string | null> {
	const kept = Object.fromEntries(
		sections.flatMap((id) => (data.sections[id] ? [[id, data.sections[id]]] : []))
	);
	const json = JSON.stringify({ ...data, sections: kept });
	const text = PREFIX + toBase64url(await deflateRaw(new TextEncoder().encode(json)));
	return text.length <= SUSPEND_MAX ? text : null;
}

/** The progress in suspend data, or null for '' or anything that is not ours and whole. Never throws. */
export async function decodeSuspend(text: string): Promise<StoredProgress | null> {
	if (typeof text !== 'string' || !text.startsWith(PREFIX) || text.length > SUSPEND_MAX)
		return null;
	const bytes = fromBase64url(text.slice(PREFIX.length));
	if (!bytes) return null;
	const inflated = await inflateRaw(bytes, MAX_INFLATED);
	if (!(inflated instanceof Uint8Array)) return null;
	try {
		const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
		return isStoredProgress(parsed) ? parsed : null;
	} catch {
		return null;
	}
}

import { NAME_MAX, textProblem } from '../assign/text';
import { browserStorage } from '../progress/store';

/** What an assignment keeps besides answers: the student's name and when they handed in. */
export interface StudentMeta {
	student: string;
	handedInAt: string | null;
}

const empty = (): StudentMeta => ({ student: '', handedInAt: null });

/** Reads the meta of an assignment; anything unreadable counts as nothing yet. */
export function readMeta(key: string): StudentMeta {
	try {
		const raw = browserStorage()?.getItem(`${key}:student`);
		const x: unknown = raw ? JSON.parse(raw) : null;
		if (
			typeof x === 'object' &&
			x !== null &&
			typeof (x as StudentMeta).student === 'string' &&
			((x as StudentMeta).handedInAt === null || typeof (x as StudentMeta).handedInAt === 'string')
		) {
			// A name no hand-in could carry (saved by an older build: a tab, a NUL) is asked for again.
			const name = (x as StudentMeta).student;
			return {
				student: textProblem(name, 1, NAME_MAX) === null ? name : '',
				handedInAt: (x as StudentMeta).handedInAt
			};
		}
	} catch {
		// Blocked or corrupt: the student simply enters the name again.
	}
	return empty();
}

export function writeMeta(key: string, meta: StudentMeta): boolean {
	try {
		browserStorage()?.setItem(`${key}:student`, JSON.stringify(meta));
		return true;
	} catch {
		return false;
	}
}

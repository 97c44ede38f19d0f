import { decodeAssignment, encodeAssignment } from '../assign/assignment';
import type { Assignment, Decoded } from '../assign/types';

export { codeFromHash } from './code';

/** What the site has: the article's tag, the bank version and the number of sections. */
export interface Site {
	articleTag: string;
	bank: string;
	sections: number;
}

/**
 * Reads an assignment code and checks it against this site, in the order a teacher would want to hear
 * about problems: a damaged code, another article, an older set of questions, sections that do not exist.
 */
export function openAssignment(code: string, site: Site): Decoded<Assignment> {
	const decoded = decodeAssignment(code);
	if (!decoded.ok) return decoded;
	const a = decoded.value;
	if (a.article !== site.articleTag) {
		return {
			ok: false,
			error: 'This link was made for another article than the one on this site.'
		};
	}
	if (a.bank !== site.bank) {
		return {
			ok: false,
			error:
				'This link was made for an earlier version of the questions, which this site no longer has. Ask your teacher for a new link.'
		};
	}
	const missing = a.sections.filter((n) => n > site.sections);
	if (missing.length) {
		return {
			ok: false,
			error: `This link asks for section ${missing.join(', ')}, but this article has ${site.sections} sections.`
		};
	}
	return decoded;
}

/**
 * Progress of an assignment is kept apart from self-study: a scope derived from the assignment itself
 * (re-encoded, so an upper-case or escaped copy of the same link shares its progress).
 */
export function assignmentScope(assignment: Assignment): string {
	const code = encodeAssignment(assignment);
	let h = 2166136261;
	for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
	return `a-${(h >>> 0).toString(36)}`;
}

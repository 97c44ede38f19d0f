import { assignmentIdentity, decodeAssignment } from '../assign/assignment';
import type { Assignment, Decoded } from '../assign/types';

export { codeFromHash } from './code';

/** What the site has: the article's tag, the bank version and the number of sections. */
export interface Site {
	articleTag: string;
	bank: string;
	/** Earlier bank versions this site still reads (questions/<slug>/archive): their links keep working. */
	earlier?: readonly string[];
	sections: number;
	/** A shared module rather than the site's own article: said so when a link is for another. */
	kind?: 'module';
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
			error:
				site.kind === 'module'
					? 'This assignment was made for another article than this module’s: open the link your teacher gave for it.'
					: 'This link was made for another article than the one on this site.'
		};
	}
	if (a.bank !== site.bank && !site.earlier?.includes(a.bank)) {
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
 * True when the link was made for an earlier version of the questions than the site's: the student
 * answers today's questions, and answers to questions that did not change are kept (same ids).
 */
export function madeForEarlierQuestions(a: Assignment, site: Pick<Site, 'bank'>): boolean {
	return a.bank !== site.bank;
}

/** An earlier bank version, with how many of each section's questions (by section id) are new since. */
export interface EarlierVersion {
	version: string;
	changed: Record<string, number>;
}

/**
 * What to tell a student whose link was made before the questions were updated, or null when it was not:
 * how many of the assigned sections' questions are new, and that answers to the others are kept.
 */
export function updateNote(
	a: Assignment,
	site: { bank: string; sectionIds: readonly string[]; questionCounts: readonly number[] },
	earlier: readonly EarlierVersion[]
): string | null {
	if (!madeForEarlierQuestions(a, site)) return null;
	const from = earlier.find((e) => e.version === a.bank);
	if (!from) return null;
	let changed = 0;
	let total = 0;
	for (const n of a.sections) {
		changed += from.changed[site.sectionIds[n - 1] ?? ''] ?? 0;
		total += site.questionCounts[n - 1] ?? 0;
	}
	if (changed === 0)
		return 'The questions were updated after your teacher made this link; the questions of your sections are the same.';
	return `The questions were updated after your teacher made this link: ${changed} of the ${total} questions in your sections ${changed === 1 ? 'is' : 'are'} new. Answers you gave to the others are kept.`;
}

/**
 * Progress of an assignment is kept apart from self-study: a scope derived from the assignment itself
 * (its identity, so an upper-case or escaped copy of the same link, or its typed code, shares its
 * progress).
 */
export function assignmentScope(assignment: Assignment): string {
	const code = assignmentIdentity(assignment);
	let h = 2166136261;
	for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
	return `a-${(h >>> 0).toString(36)}`;
}

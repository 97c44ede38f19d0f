import { questionTag } from '../assign/assignment';

interface Choosable {
	number: number;
	questions: Array<{ id: string }>;
}

/** The left-out questions of the chosen sections as an assignment names them: tags, ascending, once. */
export function omitTags(sections: readonly Choosable[], left: readonly string[]): string[] {
	const ids = new Set(left);
	const tags = sections.flatMap((s) =>
		s.questions.filter((q) => ids.has(q.id)).map((q) => questionTag(q.id))
	);
	return [...new Set(tags)].sort();
}

/**
 * Why this choice of questions cannot be assigned, as a sentence, or null: a section with every question
 * left out (untick the section instead), or a kept question that shares its tag with a left-out one.
 */
export function omitProblem(
	sections: readonly Choosable[],
	left: readonly string[]
): string | null {
	const ids = new Set(left);
	const empty = sections.find(
		(s) => s.questions.length > 0 && s.questions.every((q) => ids.has(q.id))
	);
	if (empty)
		return `Every question of section ${empty.number} is left out: keep at least one, or untick the section.`;
	const tags = new Set(omitTags(sections, left));
	const clash = sections.some((s) =>
		s.questions.some((q) => !ids.has(q.id) && tags.has(questionTag(q.id)))
	);
	// Two questions share a 3-character tag about once in 46,656 pairs: then both go or both stay.
	if (clash)
		return 'Two of these questions share a short tag in the link, so one cannot be left out without the other: leave both out or keep both.';
	return null;
}

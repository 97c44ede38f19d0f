import type { SectionConflict } from './section';

/** A conflict as a sources panel may show it: the figures it may show, and where the others are. */
export interface ConflictView {
	shown: SectionConflict['marks'];
	/** Sections, in order, whose figures for this quantity are held back until they are settled. */
	heldBack: number[];
}

/**
 * The part of a conflict that a section's panel shows: the figures of that section and of every settled
 * section; for the others only the section number (“another source gives a figure in section 4”), so the
 * panel of section 2 never answers section 4's questions before the student has done them.
 */
export function conflictView(
	conflict: SectionConflict,
	section: number,
	settled: (n: number) => boolean
): ConflictView {
	const open = (n: number) => n === section || settled(n);
	return {
		shown: conflict.marks.filter((m) => open(m.ref.section)),
		heldBack: [...new Set(conflict.marks.map((m) => m.ref.section).filter((n) => !open(n)))].sort(
			(a, b) => a - b
		)
	};
}

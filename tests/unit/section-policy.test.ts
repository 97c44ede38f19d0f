import { describe, expect, it } from 'vitest';
import type { AssignmentMode } from '../../src/lib/assign/types';
import { sectionPolicy } from '../../src/lib/student/section-policy';

const assigned = (mode: AssignmentMode, handedIn = false) => ({
	assignment: { sections: [1, 3], mode },
	scope: 'a-xyz',
	handedIn
});

describe('what a section page allows', () => {
	it('reads in self-study without an assignment: answers shown, progress of its own', () => {
		expect(sectionPolicy(2, null)).toMatchObject({
			inAssignment: false,
			mode: 'self-study',
			verdicts: true,
			answersHidden: false,
			scope: 'self'
		});
	});

	it('practice shows right and wrong and keeps the assignment’s progress apart', () => {
		expect(sectionPolicy(1, assigned('practice'))).toMatchObject({
			inAssignment: true,
			mode: 'practice',
			verdicts: true,
			scope: 'a-xyz'
		});
	});

	it('graded work shows right and wrong only after the hand-in', () => {
		expect(sectionPolicy(3, assigned('graded')).verdicts).toBe(false);
		expect(sectionPolicy(3, assigned('graded', true)).verdicts).toBe(true);
		expect(sectionPolicy(3, assigned('graded')).mode).toBe('graded');
	});

	it('never shows answers when the teacher hid them, even after the hand-in', () => {
		const p = sectionPolicy(1, assigned('graded-hidden', true));
		expect(p).toMatchObject({ mode: 'graded', verdicts: false, answersHidden: true });
		expect(p.handedInGraded(1)).toBe(false);
	});

	it('reads a section the assignment does not ask for in self-study, its answers kept with the assignment', () => {
		const p = sectionPolicy(2, assigned('graded-hidden'));
		expect(p).toMatchObject({
			inAssignment: false,
			mode: 'self-study',
			verdicts: true,
			answersHidden: false,
			scope: 'a-xyz'
		});
	});

	it('lets a handed-in graded assignment’s sections give their figures away, and only those', () => {
		const p = sectionPolicy(1, assigned('graded', true));
		expect([1, 2, 3].map(p.handedInGraded)).toEqual([true, false, true]);
		expect([1, 3].map(sectionPolicy(1, assigned('graded')).handedInGraded)).toEqual([false, false]);
		expect([1, 3].map(sectionPolicy(1, assigned('practice', true)).handedInGraded)).toEqual([
			false,
			false
		]);
	});
});

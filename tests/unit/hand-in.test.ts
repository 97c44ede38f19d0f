import { describe, expect, it } from 'vitest';
import { handInNote } from '../../src/lib/student/hand-in';

describe('what a student is told after handing in', () => {
	it('says the file was saved and still has to be sent', () => {
		const note = handInNote({ kind: 'file', fileName: 'crosscheck-Week-3-Ana.json' }, false);
		expect(note).toMatch(/^Saved to your downloads as “crosscheck-Week-3-Ana\.json”\. Now send/);
		expect(note).toContain('it has not reached them yet');
		expect(note).not.toMatch(/handed in/i);
	});

	it('says a copied code has to be pasted and sent, and how to copy one that was not copied', () => {
		expect(handInNote({ kind: 'code', copied: true }, false)).toMatch(
			/^Your results code is copied\. Now paste it/
		);
		expect(handInNote({ kind: 'code', copied: false }, false)).toMatch(
			/^Copy your results code from the box below/
		);
	});

	it('in graded work, adds that the answers are now shown', () => {
		expect(handInNote({ kind: 'code', copied: true }, true)).toMatch(
			/The section pages now show the right answers\.$/
		);
		expect(handInNote({ kind: 'code', copied: true }, false)).not.toContain('right answers');
	});
});

import { describe, expect, it } from 'vitest';
import { codeFromHash, codeFromQuery } from '../../src/lib/student/code';

const at = (href: string) => new URL(href, 'https://school.example');

describe('the assignment code in an address', () => {
	it('is the fragment on the assignment page, decoded and trimmed', () => {
		expect(codeFromHash(at('/a/#1jrq.Week%203'))).toBe('1jrq.Week 3');
		expect(codeFromHash(at('/a/'))).toBe('');
		// A stray “%” is passed on as typed, for the decoder to explain.
		expect(codeFromHash(at('/a/#1jrq.50%'))).toBe('1jrq.50%');
	});

	it('is also read from the query forms an LMS or mail client may produce', () => {
		expect(codeFromHash(at('/a/?c=1jrq.Week%203'))).toBe('1jrq.Week 3');
		expect(codeFromHash(at('/a/?a=1jrq.x'))).toBe('1jrq.x');
		// The fragment wins when both are there.
		expect(codeFromHash(at('/a/?c=other#1jrq.x'))).toBe('1jrq.x');
	});

	it('is only the `a` query on a section page: a fragment there names a sentence', () => {
		expect(codeFromQuery(at('/section/2/?a=1jrq.Week%203#p2s3'))).toBe('1jrq.Week 3');
		expect(codeFromQuery(at('/section/4/#p6s2'))).toBe('');
		expect(codeFromQuery(at('/section/1/#main'))).toBe('');
	});
});

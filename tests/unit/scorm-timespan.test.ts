import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmiTimespan } from '../../src/lib/scorm/timespan';

/** SCORM 1.2 RTE's CMITimespan: HHHH:MM:SS.SS, 2 to 4 digits of hours, up to 2 decimals. */
const CMI_TIMESPAN = /^(\d{2,4}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?$/;

describe('cmiTimespan', () => {
	it('writes hours, minutes, seconds and centiseconds, rounding down', () => {
		expect(cmiTimespan(0)).toBe('0000:00:00.00');
		expect(cmiTimespan(9)).toBe('0000:00:00.00');
		expect(cmiTimespan(((1 * 60 + 2) * 60 + 3) * 1000 + 459)).toBe('0001:02:03.45');
		expect(cmiTimespan(36 * 3_600_000)).toBe('0036:00:00.00');
	});

	it('writes 0 for a clock set back or no clock at all, and caps at 9999 hours', () => {
		expect(cmiTimespan(-5000)).toBe('0000:00:00.00');
		expect(cmiTimespan(NaN)).toBe('0000:00:00.00');
		expect(cmiTimespan(10_000 * 3_600_000)).toBe('9999:59:59.99');
	});

	it('always matches CMITimespan and reads back as the milliseconds rounded down', () => {
		fc.assert(
			fc.property(fc.oneof(fc.integer({ min: 0, max: 9999 * 3_600_000 }), fc.double()), (ms) => {
				const span = cmiTimespan(ms);
				const [, h, m, s, cs] = CMI_TIMESPAN.exec(span) ?? [];
				expect(h).toBeDefined();
				const centis = ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 100 + Number(cs);
				const expected = Number.isFinite(ms) ? Math.floor(Math.max(0, ms) / 10) : 0;
				expect(centis).toBe(Math.min(expected, 3_599_999_999));
			}),
			{ numRuns: 500 }
		);
	});
});

/**
 * SCORM 1.2's CMITimespan, the type of `cmi.core.session_time`: `HHHH:MM:SS.SS`, hours in 2 to 4
 * digits, seconds with up to 2 decimals. We always write 4-digit hours and 2 decimals, e.g. 1 h 2 min
 * 3.45 s is `0001:02:03.45` (SCORM 2004's ISO 8601 `PT1H2M3.45S` is not valid here).
 */

/** The longest span the format holds: 9999 hours, 59 minutes, 59.99 seconds, in centiseconds. */
const MAX_CENTISECONDS = ((9999 * 60 + 59) * 60 + 59) * 100 + 99;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * `milliseconds` as a CMITimespan, rounded down to the centisecond. A negative or non-finite span (a
 * clock set back while the page was open, say) is `0000:00:00.00`; a span past 9999 hours is capped.
 */
export function cmiTimespan(milliseconds: number): string {
	const total = Number.isFinite(milliseconds)
		? Math.min(MAX_CENTISECONDS, Math.max(0, Math.floor(milliseconds / 10)))
		: 0;
	// Integer arithmetic on centiseconds, so 0.1 + 0.2 style errors cannot print `00:00:00.30000004`.
	const centis = total % 100;
	const seconds = Math.floor(total / 100) % 60;
	const minutes = Math.floor(total / 6000) % 60;
	const hours = Math.floor(total / 360000);
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centis, 2)}`;
}

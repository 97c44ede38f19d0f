import type { SettledEstimate as Estimate } from '../extract/types';
import { certaintyOf } from './how-sure';
import { formatNumber } from './text';

/** What a figure may stand for: the fewest and most it allows. */
interface Span {
	low: number;
	high: number;
}

/** What a bound or range allows, as an interval, and how to say it; null for a bare or rough number. */
export function bounds(e: Estimate): (Span & { words: string }) | null {
	const n = (x: number) => formatNumber(x);
	switch (certaintyOf(e)) {
		case 'lower':
			return { low: e.low ?? e.value, high: Infinity, words: `${n(e.low ?? e.value)} or more` };
		case 'upper':
			return { low: 0, high: e.high ?? e.value, words: `${n(e.high ?? e.value)} or fewer` };
		case 'near':
			return { low: e.value * 0.9, high: e.value, words: `just under ${n(e.value)}` };
		case 'range':
			return { low: e.low!, high: e.high!, words: `between ${n(e.low!)} and ${n(e.high!)}` };
		default:
			return null;
	}
}

/** The values a plain or approximate figure may stand for: approximate ones a fifth either way. */
export function spread(e: Estimate): Span {
	return certaintyOf(e) === 'approximate'
		? { low: e.value * 0.8, high: e.value * 1.2 }
		: { low: e.value, high: e.value };
}

/**
 * Whether two figures of one quantity can both be right, if they count the same thing at the same time:
 * `both` (“at least 200” and 450), `not-both` (“about 300” and 900), or `unclear` when it depends on
 * how rough a number is (“about 300” and 330). The “can both be right?” question and the sources map both
 * read it from here, so the map never labels as rivals two figures a question says can both be right.
 */
export type Fit = 'both' | 'not-both' | 'unclear';

export interface FitReading {
	fit: Fit;
	/** Why, in plain words computed from the figures (“at least 200” means 200 or more, …). */
	why: string;
}

export function fitOf(a: Estimate, b: Estimate): FitReading {
	const [ba, bb] = [bounds(a), bounds(b)];
	if (ba && bb) {
		// Two bounds or ranges: right together when some number satisfies both.
		const overlap = Math.max(ba.low, bb.low) <= Math.min(ba.high, bb.high);
		return {
			fit: overlap ? 'both' : 'not-both',
			why: `“${a.text}” means ${ba.words}, and “${b.text}” means ${bb.words}: ${
				overlap ? 'some numbers fit both' : 'no number fits both'
			}`
		};
	}
	if (ba || bb) {
		// A bound and a number: right together when every value the number may stand for is inside it.
		const [bound, other, words] = ba ? [a, b, ba] : [b, a, bb!];
		const s = spread(other);
		const inside = s.low >= words.low && s.high <= words.high;
		const outside = s.high < words.low || s.low > words.high;
		const relation = other.value > bound.value ? 'more than' : 'fewer than';
		const said = `“${bound.text}” means ${words.words}, and ${formatNumber(other.value)} is ${relation} ${formatNumber(bound.value)}`;
		if (inside) return { fit: 'both', why: said };
		if (outside) return { fit: 'not-both', why: said };
		return { fit: 'unclear', why: roughness(bound, other) };
	}
	// Two numbers: apart when even their rough spreads do not meet; equal plain numbers agree.
	const [sa, sb] = [spread(a), spread(b)];
	if (sa.high < sb.low || sb.high < sa.low) {
		const [small, large] = a.value < b.value ? [a, b] : [b, a];
		return { fit: 'not-both', why: `${small.text} is well below ${large.text}` };
	}
	if (sa.low === sa.high && sb.low === sb.high && a.value === b.value)
		return { fit: 'both', why: 'they are the same number' };
	return { fit: 'unclear', why: roughness(a, b) };
}

/** “It depends how rough “about” is”: the words of the hedge that leaves it open. */
function roughness(a: Estimate, b: Estimate): string {
	const hedge = [a, b].find((e) => certaintyOf(e) === 'approximate')?.hedge;
	return hedge
		? `it depends how rough “${hedge}” is`
		: `it depends how close ${a.text} and ${b.text} have to be`;
}

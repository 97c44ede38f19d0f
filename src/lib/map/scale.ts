/** A linear axis from zero with round ticks: the honest scale for counts. */

const STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step (1, 2, 2.5 or 5 × 10^k) that is at least `raw`. */
export function niceStep(raw: number): number {
	if (!(raw > 0) || !Number.isFinite(raw)) return 1;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = STEPS.find((s) => s * power >= raw * (1 - 1e-9)) ?? 10;
	return step * power;
}

/** Numbers as the article writes them: thousands separated by commas. */
export function formatNumber(n: number): string {
	return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * An axis from 0 that holds `largest` with about a tenth to spare (room for an open-ended arrow), in
 * `about` steps or a few more. Always starts at zero: bars and distances compare honestly.
 */
export function linearScale(largest: number, about = 4): { max: number; ticks: number[] } {
	const top = largest > 0 ? largest * 1.1 : 1;
	const step = niceStep(top / about);
	const max = Math.ceil(top / step - 1e-9) * step;
	const ticks: number[] = [];
	for (let i = 0; i * step <= max + step * 1e-9; i++)
		ticks.push(Number((i * step).toPrecision(12)));
	return { max, ticks };
}

import type { MarkKind } from '$lib/map/types';

/** How each kind of mark is drawn and what it means, for the chart's legend and labels. */
export const MARK_LEGEND: Record<MarkKind, { shape: string; meaning: string; short: string }> = {
	exact: { shape: 'filled dot', meaning: 'a figure given without a hedge', short: 'no hedge' },
	approximate: {
		shape: 'open dot in a hatched band',
		meaning: 'an approximate figure (“roughly”, “about”); the band only shows it is not exact',
		short: 'approximate'
	},
	'at-least': {
		shape: 'diamond with an arrow to the right edge',
		meaning: 'a lower bound (“at least”, “more than”): the real number could be higher',
		short: 'could be more'
	},
	'at-most': {
		shape: 'diamond with an arrow to the left',
		meaning: 'an upper bound (“nearly”, “under”, “up to”): the real number could be lower',
		short: 'could be fewer'
	},
	range: {
		shape: 'bar from the low to the high end',
		meaning: 'a range (“between … and …”)',
		short: 'a range'
	}
};

export const MARK_ORDER: MarkKind[] = ['exact', 'approximate', 'at-least', 'at-most', 'range'];

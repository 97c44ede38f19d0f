import type { MarkKind } from '$lib/map/types';

/** How each kind of mark is drawn and what it means, in plain words, for the legend and labels. */
export const MARK_LEGEND: Record<MarkKind, { shape: string; meaning: string; short: string }> = {
	exact: {
		shape: 'filled dot',
		meaning: 'stated as fact: a plain number, with no word like “about” or “at least”',
		short: 'stated as fact'
	},
	approximate: {
		shape: 'open dot in a striped band',
		meaning: 'a rough figure (“roughly”, “about”); the band only shows that it is not exact',
		short: 'rough figure'
	},
	'at-least': {
		shape: 'diamond with an arrow to the right edge',
		meaning: 'the least it could be (“at least”, “more than”): the real number could be higher',
		short: 'could be more'
	},
	'at-most': {
		shape: 'diamond with an arrow to the left',
		meaning: 'the most it could be (“nearly”, “under”, “up to”): the real number could be lower',
		short: 'could be fewer'
	},
	range: {
		shape: 'bar from the low to the high end',
		meaning: 'somewhere between two numbers (“between … and …”)',
		short: 'somewhere between'
	}
};

export const MARK_ORDER: MarkKind[] = ['exact', 'approximate', 'at-least', 'at-most', 'range'];

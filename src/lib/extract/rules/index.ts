/** Every rule of the extractor, for the generic test and for `npm run eval -- DIR --rules`. */
import { FIGURE } from './figures';
import { FRAME } from './frames';
import { QUOTE } from './quotes';
import { RESOLVE } from './resolve';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
	...Object.values(RESOLVE),
	...Object.values(FRAME),
	...Object.values(QUOTE),
	...Object.values(FIGURE)
];

export type { Rule, RuleExample, Expectation } from './types';

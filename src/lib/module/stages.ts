import type { BuildStage } from '../bank/build';

/** What the page says while the worker is at each stage of building a module's questions. */
export const STAGE_LABELS: Record<BuildStage, string> = {
	article: 'Reading the article…',
	extract: 'Finding who said what…',
	'review.json': 'Applying your teacher’s corrections…',
	generate: 'Writing questions…',
	bank: 'Checking the questions…'
};

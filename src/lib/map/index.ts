export { buildSourcesMap, markKind, MARK_MEANING, ARTICLE_NAME, type MapArticle } from './build';
export { formatNumber, linearScale, niceStep } from './scale';
export type * from './types';

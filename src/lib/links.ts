import { resolve } from '$app/paths';

// Pages are prerendered as folders (trailingSlash: 'always'), so links carry the slash: no redirect hop.
export const homeHref = () => resolve('/');
export const sectionHref = (n: number) => `${resolve('/section/[n]', { n: String(n) })}/`;
export const progressHref = () => `${resolve('/progress')}/`;

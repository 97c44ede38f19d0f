import { resolve } from '$app/paths';

// Pages are prerendered as folders (trailingSlash: 'always'), so links carry the slash: no redirect hop.
export const homeHref = () => resolve('/');
export const sectionHref = (n: number) => `${resolve('/section/[n]', { n: String(n) })}/`;
export const progressHref = () => `${resolve('/progress')}/`;
export const reviewHref = () => `${resolve('/review')}/`;
export const teacherHref = () => `${resolve('/teacher')}/`;
/** The class report, optionally already set to one assignment. */
export const reportHref = (code = '') => `${resolve('/teacher/report')}/${code ? `#${code}` : ''}`;
export const assignmentHref = () => `${resolve('/a')}/`;
/** A section page inside an assignment: the code rides along in the query. */
export const assignedSectionHref = (n: number, code: string) =>
	`${sectionHref(n)}?a=${encodeURIComponent(code)}`;
export const mapHref = () => `${resolve('/map')}/`;
/** A section's claims for its sources panel, one static JSON file per section. */
export const sectionSourcesHref = (n: number) => `${sectionHref(n)}sources.json`;
/** The module player: a shared module rides in the fragment (`/m/#m1…`), a section in `?s=`. */
export const moduleHref = () => `${resolve('/m')}/`;

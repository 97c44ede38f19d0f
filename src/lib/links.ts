import { resolve } from '$app/paths';

// Pages are prerendered as folders (trailingSlash: 'always'), so links carry the slash: no redirect hop.
export const homeHref = () => resolve('/');
export const sectionHref = (n: number) => `${resolve('/section/[n]', { n: String(n) })}/`;
export const progressHref = () => `${resolve('/progress')}/`;
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
/** The teacher's page, set to assign a shared module rather than the built-in article. */
export const moduleTeacherHref = (link: string) => `${teacherHref()}#${link}`;
/** The class report for a shared module, optionally set to one of its assignments. */
export const moduleReportHref = (link: string, code = '') =>
	`${resolve('/teacher/report')}/${code ? `?a=${encodeURIComponent(code)}` : ''}#${link}`;

import { moduleHref, reportHref, teacherHref } from '../links';
import { moduleAddress } from './address';

// Apart from $lib/links, which every page loads: only the pages that deal with modules need these.

/** A module's assignment page, or one of its sections, as its link gives it to students. */
export const moduleAssignmentHref = (link: string, code: string, section: number | null = null) =>
	moduleAddress(moduleHref(), link, section, code);
/** The teacher's page, set to assign a shared module rather than the built-in article. */
export const moduleTeacherHref = (link: string) => `${teacherHref()}#${link}`;
/** The class report for a shared module, optionally set to one of its assignments. */
export const moduleReportHref = (link: string, code = '') =>
	`${reportHref()}${code ? `?a=${encodeURIComponent(code)}` : ''}#${link}`;

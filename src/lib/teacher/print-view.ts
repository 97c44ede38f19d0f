import { resolve } from '$app/paths';

/** What the print page shows: the students' worksheet, or the teacher's answer key. */
export type PrintView = 'worksheet' | 'key';

/**
 * One page prints both (`/teacher/print/#CODE` and `/teacher/print/?show=key#CODE`): a route of its own
 * for each would add to the route table that every student page downloads.
 */
export const printView = (url: URL): PrintView =>
	url.searchParams.get('show') === 'key' ? 'key' : 'worksheet';

export const printHref = (code: string, view: PrintView) =>
	`${resolve('/teacher/print')}/${view === 'key' ? '?show=key' : ''}#${code}`;

/**
 * The same for an assignment of a module: the fragment is the module link (the page rebuilds the
 * module's questions from it), so the code rides in the query (`?a=CODE`), as on the module's pages.
 */
export const modulePrintHref = (link: string, code: string, view: PrintView) =>
	`${resolve('/teacher/print')}/?a=${encodeURIComponent(code)}${view === 'key' ? '&show=key' : ''}#${link}`;

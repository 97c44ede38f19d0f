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

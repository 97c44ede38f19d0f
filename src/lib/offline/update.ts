// What a tab does when the site it runs has been replaced by another version (a deploy while the
// tab was open, or, offline, a worker whose cache holds an older one). A tab keeps running its own
// code; a link it follows would fetch the other version's page data into that code. So a link
// followed after a change loads the next page fully, and the tab offers to reload the page it shows.
// The layout wires these rules to SvelteKit's `updated` check.

/** The part of a SvelteKit navigation these rules read. */
export interface Navigation {
	type: string;
	willUnload: boolean;
	from: { url: URL } | null;
	to: { url: URL } | null;
}

/** Whether a navigation stays in this tab's code and needs the version checked before it lands. */
export function checksVersion(nav: Navigation): boolean {
	if (nav.willUnload || !nav.to) return false;
	// A link within one page (#evidence) loads nothing.
	const from = nav.from?.url;
	return !(from && sameDocument(from, nav.to.url));
}

function sameDocument(a: URL, b: URL): boolean {
	return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
}

/**
 * How to load a page fully instead of in this tab's code: replacing the history entry when the
 * browser has already moved to it (Back, Forward), adding one otherwise.
 */
export function fullLoad(nav: Navigation): { href: string; replace: boolean } | null {
	if (!nav.to) return null;
	return { href: nav.to.url.href, replace: nav.type === 'popstate' };
}

/**
 * The answer of a version check, or `false` (carry on) when it has not come within `ms`: a slow
 * network must not hold a link up for long, and a check that fails says nothing either way.
 */
export function answerWithin(
	check: Promise<boolean>,
	ms: number,
	timer: (done: () => void, ms: number) => unknown = setTimeout
): Promise<boolean> {
	return new Promise((resolve) => {
		timer(() => resolve(false), ms);
		check.then(resolve, () => resolve(false));
	});
}

/**
 * Pages whose work lives only on the page until the teacher acts on it: a link's title and sections,
 * imported results. Everything a student does is saved as it happens.
 */
const UNSAVED_ON_PAGE: [path: string, what: string][] = [
	['/teacher/', 'the title and sections you chose'],
	['/teacher/report/', 'the results you imported']
];

/** What the notice says on the page at this path: that the site changed, and what a reload keeps. */
export function updateNotice(pathname: string): string {
	// The site may live under a base path (/crosscheck/teacher/), so the page is known by its end.
	const clears = UNSAVED_ON_PAGE.find(([path]) => pathname.endsWith(path))?.[1];
	return clears
		? `Crosscheck has been updated since this page was opened. The next page you open has the update; reloading this one now clears ${clears}.`
		: 'Crosscheck has been updated since this page was opened. Reload to get the update: your answers are kept.';
}

/**
 * The assignment page's code: `/a/#CODE`, or — as an LMS or a mail client may rewrite a link —
 * `/a/?c=CODE` or `/a/?a=CODE` (the form section pages use).
 */
export const codeFromHash = (url: URL): string =>
	clean(url.hash.replace(/^#/, '')) ||
	clean(url.searchParams.get('c') ?? '') ||
	clean(url.searchParams.get('a') ?? '');

/**
 * Where an assignment address that lost its `#` should go: `/a/%23CODE` (the mark percent-encoded by
 * a mail client) or `/a/CODE` land on the not-found page, which sends them to `/a/#CODE`. `assignmentPath`
 * is the assignment page's path (`/a/`, or `/sub/a/` under a sub-path); null for any other address.
 */
export function misplacedAssignment(url: URL, assignmentPath: string): string | null {
	if (!url.pathname.startsWith(assignmentPath)) return null;
	const rest = url.pathname
		.slice(assignmentPath.length)
		.replace(/^(?:%23|#)/i, '')
		.replace(/\/$/, '');
	if (!rest || rest.includes('/')) return null;
	return `${assignmentPath}#${rest}`;
}

/**
 * The code a section page was opened with: `?a=CODE`. A `#fragment` on a section page names a
 * sentence (`#p6s2`) or a place on the page (`#main`), never an assignment.
 */
export const codeFromQuery = (url: URL): string => clean(url.searchParams.get('a') ?? '');

function clean(raw: string): string {
	try {
		return decodeURIComponent(raw).trim();
	} catch {
		// A hand-typed address with a stray “%”: let the decoder say what is wrong with it.
		return raw.trim();
	}
}

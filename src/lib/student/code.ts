/**
 * The assignment page's code: `/a/#CODE`, or — as an LMS or a mail client may rewrite a link —
 * `/a/?c=CODE` or `/a/?a=CODE` (the form section pages use).
 */
export const codeFromHash = (url: URL): string =>
	clean(url.hash.replace(/^#/, '')) ||
	clean(url.searchParams.get('c') ?? '') ||
	clean(url.searchParams.get('a') ?? '');

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

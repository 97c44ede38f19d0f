/** The assignment code in a page address: `#CODE` on the assignment page, `?a=CODE` on section pages. */
export function codeFromUrl(url: URL): string {
	const raw = url.searchParams.get('a') ?? url.hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw).trim();
	} catch {
		// A hand-typed address with a stray “%”: let the decoder say what is wrong with it.
		return raw.trim();
	}
}

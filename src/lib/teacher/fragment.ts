/**
 * What the fragment of a teacher's page holds. `/teacher/#m1…` and `/teacher/print/?a=CODE#m1…` carry
 * a module link: it starts with `m` and its format digit. Without one, the pages are the built-in
 * article's, as before (and load no module code).
 */
const MODULE_LINK = /^m\d/;

/** Places on these pages that an in-page link puts in the fragment: the skip link's `#main`. */
const IN_PAGE = /^main$/;

export type Fragment =
	/** A module link, to open. */
	| { kind: 'module'; link: string }
	/** An in-page link moved the fragment: keep what is open, and put its fragment back in the address. */
	| { kind: 'keep'; fragment: string }
	/** Anything else: the built-in article's page, reading the fragment as it always has. */
	| { kind: 'builtin'; fragment: string };

/**
 * Reads a teacher's page's fragment (`location.hash`, with or without `#`). `open` is the fragment of
 * what the page shows now (a module link or an assignment code), or null when it shows nothing yet.
 */
export function readFragment(hash: string, open: string | null): Fragment {
	const fragment = hash.replace(/^#/, '');
	if (MODULE_LINK.test(fragment)) return { kind: 'module', link: fragment };
	if (open !== null && open !== '' && IN_PAGE.test(fragment))
		return { kind: 'keep', fragment: open };
	return { kind: 'builtin', fragment };
}

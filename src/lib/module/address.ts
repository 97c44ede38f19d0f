/**
 * Where the module pages are: `/m/#<link>` is the module's home and `/m/?s=2#<link>` its section 2; an
 * assignment of the module adds its code, `/m/?a=CODE#<link>` (the assignment's page) and
 * `/m/?a=CODE&s=2#<link>`, as the built-in section pages carry `?a=`; `/m/?review#<link>` is the
 * module's review. The fragment is always the module link (browsers never send it to a server), so the
 * section and the assignment go in the query. An in-page link (a sentence, a question, the skip link)
 * puts its own id in the fragment for a moment; the page reads it as a place to go and puts the module
 * link back. A link from another of the module's pages to a sentence carries it in `?at=` instead, so
 * that it still opens the module in a new tab.
 */

import { codeFromQuery } from '../student/code';

/** What an in-page link puts in the fragment: a sentence or paragraph, a question, the evidence bar, main. */
const IN_PAGE = /^(?:p\d{1,4}(?:s\d{1,4})?|q-[0-9a-z]{1,32}|evidence-bar|main)$/;

export interface ModuleAddress {
	/** The module link (without `#`), '' when the address has none. */
	link: string;
	/** The section asked for (`?s=`), or null for the module's home (also for a malformed number). */
	section: number | null;
	/** The assignment code (`?a=`), '' when the page is not opened from an assignment. */
	assignment: string;
	/** An element to go to on the page (`#p3s2` from a link inside the module, or `?at=p3s2`), else null. */
	target: string | null;
	/** The module's review (`?review`) rather than its home; false on a section or an assignment. */
	review: boolean;
}

/** Reads an address of the module pages. `remembered` is the link this visit already opened, if any. */
export function readAddress(url: URL, remembered: string | null): ModuleAddress {
	const s = url.searchParams.get('s');
	const section = s !== null && /^[1-9]\d{0,3}$/.test(s) ? Number(s) : null;
	const assignment = codeFromQuery(url);
	const review = s === null && assignment === '' && url.searchParams.has('review');
	const at = url.searchParams.get('at') ?? '';
	const place = section !== null && IN_PAGE.test(at) ? at : null;
	const hash = url.hash.slice(1);
	if (remembered && (hash === '' || IN_PAGE.test(hash)))
		return { link: remembered, section, assignment, target: hash === '' ? place : hash, review };
	return { link: hash, section, assignment, target: place, review };
}

/**
 * The address of the module's home (`section` null) or of one of its sections, under `base` (`/m/`);
 * with an assignment code, the assignment's page or one of its sections.
 */
export function moduleAddress(
	base: string,
	link: string,
	section: number | null = null,
	assignment = ''
): string {
	const query = [
		assignment && `a=${encodeURIComponent(assignment)}`,
		section !== null && `s=${section}`
	].filter(Boolean);
	return `${base}${query.length ? `?${query.join('&')}` : ''}#${link}`;
}

/** The module's review page. */
export const moduleReviewAddress = (base: string, link: string) => `${base}?review#${link}`;

/** A sentence of section `section`, from another of the module's pages (the review's evidence). */
export const moduleSentenceAddress = (
	base: string,
	link: string,
	section: number,
	sentence: string
) => `${base}?s=${section}&at=${encodeURIComponent(sentence)}#${link}`;

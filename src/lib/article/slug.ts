/** A URL-safe slug: lower case ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’'‘]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Makes `slug` unique among `taken` by appending -2, -3, …; records the result in `taken`. */
export function uniqueSlug(slug: string, taken: Set<string>): string {
	let candidate = slug || 'section';
	for (let n = 2; taken.has(candidate); n++) candidate = `${slug || 'section'}-${n}`;
	taken.add(candidate);
	return candidate;
}

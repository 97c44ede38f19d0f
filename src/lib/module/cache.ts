/**
 * Built banks for this visit, by moduleId: moving between a module's sections (one SvelteKit page that
 * stays loaded) never builds the questions again. A failure is not kept, so a reload tries afresh.
 */
const built = new Map<string, Promise<unknown>>();

export function buildOnce<T extends { ok: boolean }>(
	id: string,
	build: () => Promise<T>
): Promise<T> {
	const known = built.get(id) as Promise<T> | undefined;
	if (known) return known;
	const started = build().then((outcome) => {
		if (!outcome.ok) built.delete(id);
		return outcome;
	});
	built.set(id, started);
	return started;
}

/** The scope of a module's progress and bank: its own, never the built-in article's. */
export const moduleSlug = (id: string) => `m-${id}`;

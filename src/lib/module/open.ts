/**
 * Opening a module link in the browser: decode it, build its questions in the worker (once per visit
 * for each module) and say in one sentence why it does not open. The student's pages, the teacher's
 * assignment sheet and the class report all open a module this way, so they agree on its questions.
 */
import type { BuiltBank } from '../bank/build';
import type { BuildStage } from '../bank/limits';
import { BankBuilder } from '../pipeline/build-client';
import { buildOnce, moduleSlug } from './cache';
import { moduleId } from './id';
import { decodeModule } from './link';
import type { ModuleData } from './types';

/** A module link that opened: what it carries, its questions, and its place in storage and codes. */
export interface OpenedModule {
	link: string;
	data: ModuleData;
	/** moduleId of the link: its progress and assignments name it by this. */
	id: string;
	/** The module's slug (`m-<id>`), where the built-in article has its own. */
	slug: string;
	built: BuiltBank;
	/** Made with another generator version: one sentence for the page, else null. */
	warning: string | null;
}

/** The module, or one sentence saying why it does not open (the link, or the article in it). */
export type OpenOutcome = { ok: true; module: OpenedModule } | { ok: false; error: string };

// One worker for the visit, started by the first module opened.
let builder: BankBuilder | null = null;

export async function openModuleLink(
	link: string,
	onStage?: (stage: BuildStage) => void
): Promise<OpenOutcome> {
	// The worker starts while the link is decoded.
	const worker = (builder ??= new BankBuilder());
	worker.warm();
	const decoded = await decodeModule(link);
	if (!decoded.ok) return decoded;
	const { article, review } = decoded.value;
	const id = moduleId(decoded.value);
	const slug = moduleSlug(id);
	const outcome = await buildOnce(id, () => worker.build({ slug, article, review }, onStage));
	// Said so that it holds for a student and for the teacher in the report alike.
	if (!outcome.ok)
		return {
			ok: false,
			error: `Crosscheck could not make questions from this module’s article (${outcome.error}): ask for the link to be made again.`
		};
	return {
		ok: true,
		module: { link, data: decoded.value, id, slug, built: outcome.built, warning: decoded.warning }
	};
}

/**
 * Opening a module on the teacher's pages. Loaded with import() only when the fragment holds a module
 * link, so the built-in article's teacher and print pages never download the decoder or the worker.
 */
import type { BuildStage } from '../bank/limits';
import { openModuleLink } from '../module/open';
import { STAGE_LABELS } from '../module/stages';
import { moduleTarget, type ModuleTarget } from './target';

export { moduleAssignment } from './target';

/** The stages as a teacher reads them: the corrections are the module's, not “your teacher’s”. */
const TEACHER_STAGES: Record<BuildStage, string> = {
	...STAGE_LABELS,
	'review.json': 'Applying the module’s corrections…'
};

export type OpenedTarget = { ok: true; target: ModuleTarget } | { ok: false; error: string };

/** Decodes a module link and builds its questions (in the worker), telling each stage as a sentence. */
export async function openModuleTarget(
	link: string,
	onStage: (label: string) => void
): Promise<OpenedTarget> {
	const outcome = await openModuleLink(link, (stage) => onStage(TEACHER_STAGES[stage]));
	return outcome.ok ? { ok: true, target: moduleTarget(outcome.module) } : outcome;
}

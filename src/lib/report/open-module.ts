/**
 * Opening a module link for the class report, loaded by the report page only when its address holds
 * a module link (`#m1…`), so the built-in article's report carries none of this.
 */
import { openModuleLink } from '../module/open';
import { STAGE_LABELS } from '../module/stages';
import { moduleReportData } from './module';
import type { ReportData } from './types';

export type ModuleReport =
	{ ok: true; data: ReportData; warning: string | null } | { ok: false; error: string };

/** The report made with another generator: what that means for grading, in one sentence. */
export const OTHER_GENERATOR_REPORT =
	'This module link was made with another version of Crosscheck’s question writer: results are graded on the questions this site writes from it.';

/**
 * Decodes the link and builds its questions (in the worker, once per visit), telling each stage as
 * the page shows it; then the module's report data, or why the link does not open in one sentence.
 */
export async function openModuleReport(
	link: string,
	builtIn: string,
	onStage?: (label: string) => void
): Promise<ModuleReport> {
	const outcome = await openModuleLink(link, (stage) => onStage?.(STAGE_LABELS[stage]));
	if (!outcome.ok) return outcome;
	const { built, data, slug, warning } = outcome.module;
	return {
		ok: true,
		data: moduleReportData(built, { slug, omit: data.omit }, builtIn),
		warning: warning ? OTHER_GENERATOR_REPORT : null
	};
}

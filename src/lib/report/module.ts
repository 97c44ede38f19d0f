/**
 * The class report for a module: the report data the built-in article's page is prerendered with,
 * made in the browser from the questions the worker built for the module link.
 */
import type { BuiltBank } from '../bank/build';
import { toReportData } from './data';
import type { ReportData } from './types';

/**
 * A module's report data: its bank's questions less those the teacher left out of the module (its
 * pages never ask them, so they are neither read nor graded), under the module's own slug. `builtIn`
 * is the built-in article's slug, to tell its results from another module's.
 */
export function moduleReportData(
	built: Pick<BuiltBank, 'bank' | 'article'>,
	module: { slug: string; omit: readonly string[] },
	builtIn: string
): ReportData {
	const left = new Set(module.omit);
	const bank = { ...built.bank, questions: built.bank.questions.filter((q) => !left.has(q.id)) };
	return {
		...toReportData(bank, built.article, module.slug),
		module: { title: built.article.title, builtIn }
	};
}

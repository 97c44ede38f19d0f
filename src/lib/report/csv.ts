import type { ClassReport } from './report';

/** Byte order mark: tells spreadsheet programs the file is UTF-8 (names with accents stay intact). */
const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180). Text is always quoted, quotes doubled. Text that a spreadsheet would run as a
 * formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe, so a student
 * named “=HYPERLINK(…)” stays a name — and so does every part after a comma or a semicolon, because a
 * spreadsheet whose list separator is “;” (German, French, Dutch) may split the text there: “Ana;=1+1”
 * must not become a live “=1+1” cell. Numbers are written as they are.
 */
export function csvField(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const text = value.replace(/^(?=[=+\-@\t\r])/, "'").replace(/([,;])([\s]*)(?=[=+\-@])/g, "$1$2'");
	return `"${text.replace(/"/g, '""')}"`;
}

/** Rows joined with CRLF, as RFC 4180 asks; ends with CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
	return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The class table as rows: one per student, a column per section with the number right (the header
 * says out of how many, so no cell looks like a date to a spreadsheet), totals and a percentage.
 */
export function classTableRows(report: ClassReport): Array<Array<string | number>> {
	const header = [
		'Student',
		'Source',
		...report.sections.map(
			(s) =>
				`${s.number}. ${s.heading} (of ${report.questions.filter((q) => q.section === s.id).length})`
		),
		'Total right',
		'Total questions',
		'Percent'
	];
	const rows = report.students.map((s) => [
		s.label,
		s.source,
		...s.sections.map((x) => x.right),
		s.total.right,
		s.total.total,
		percent(s.total.right, s.total.total)
	]);
	return [header, ...rows];
}

export const percent = (right: number, total: number) =>
	total ? Math.round((100 * right) / total) : 0;

/** The class table as a CSV file's text (UTF-8 with BOM, CRLF, RFC 4180 quoting, formula-safe). */
export const classTableCsv = (report: ClassReport) => toCsv(classTableRows(report));

/**
 * The exports as the teacher's page offers them: what each is for and where a school's LMS imports
 * it, and the pass mark a SCORM package reports against. Small and plain, for the page to show; the
 * exporters themselves (build.ts) load only when a teacher asks for a file.
 */
import type { ExportFormat } from './build';

export interface FormatInfo {
	format: ExportFormat;
	title: string;
	what: string;
	/** Where it goes, LMS by LMS. */
	where: string[];
	button: string;
}

export const FORMAT_INFO: readonly FormatInfo[] = [
	{
		format: 'scorm',
		title: 'SCORM 1.2 package: the assignment as one activity',
		what: 'Students read and answer on these same pages inside your LMS, which records each score in its gradebook and lets a student who leaves carry on later.',
		where: [
			'Moodle: Add an activity or resource → SCORM package → upload the zip.',
			'Canvas: the course’s SCORM page (in the course menu, once your Canvas administrator has turned SCORM on) → upload the zip.'
		],
		button: 'Download the SCORM package'
	},
	{
		format: 'gift',
		title: 'Moodle questions (GIFT)',
		what: 'The questions, answers and explanations, to use in your own Moodle quizzes. Students do not see the article there: give them its link too.',
		where: ['Moodle: Question bank → Import → format “GIFT” → upload the file.'],
		button: 'Download the GIFT file'
	},
	{
		format: 'qti',
		title: 'QTI 3.0 question package',
		what: 'The questions in the standard format of question banks, with right answers and explanations, for LMSs and item banks that import QTI 3.0. Students do not see the article there: give them its link too.',
		where: [
			'Canvas: Settings → Import course content → “QTI .zip file”. Canvas reads QTI 1.2 and 2.x best and may refuse 3.0; the SCORM package always works there, as an activity.',
			'Other systems: look for “Import QTI” in the question bank.'
		],
		button: 'Download the QTI package'
	}
];

/** The pass mark as typed: empty for none, else a whole percentage. */
export function readPassMark(
	text: string
): { ok: true; value: number | null } | { ok: false; error: string } {
	const t = text.trim().replace(/%$/, '').trim();
	if (t === '') return { ok: true, value: null };
	if (!/^\d{1,3}$/.test(t) || Number(t) > 100)
		return {
			ok: false,
			error: 'The pass mark is a whole number from 0 to 100, or empty for none.'
		};
	return { ok: true, value: Number(t) };
}

/**
 * One export as a file: Moodle GIFT text, a QTI 3.0 zip or a SCORM 1.2 zip of an assignment's
 * questions. The teacher's page (which loads this only when asked) and the CLI both call it.
 */
import type { Assignment } from '../assign/types';
import { chosenQuestions, chosenSections, fileStem, type ExportSource } from './chosen';
import { toGift } from './gift';
import { toQtiPackage } from './qti';
import { scormPackageFiles } from './scorm-package';
import { zipFiles } from './zip';

export const FORMATS = ['gift', 'qti', 'scorm'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportRequest {
	format: ExportFormat;
	source: ExportSource;
	assignment: Assignment;
	/** SCORM only: percent right to pass, or null. */
	mastery: number | null;
	/** SCORM only: the built site's files. */
	site?: ReadonlyMap<string, Uint8Array>;
}

export interface ExportFile {
	name: string;
	type: string;
	bytes: Uint8Array;
}

export class ExportError extends Error {}

/** The export as a file. Throws ExportError (or the format's own error) with a sentence. */
export function buildExport(request: ExportRequest): ExportFile {
	const { format, source, assignment } = request;
	const questions = chosenQuestions(source, assignment);
	if (questions.length === 0) throw new ExportError('The assignment asks no questions.');
	const stem = fileStem(assignment.title);
	const sections = chosenSections(source, assignment);
	if (format === 'gift') {
		// General feedback: in Moodle a student who picked a wrong choice sees the explanation too, when
		// the quiz's review options show feedback (the teacher's choice there, as the mode is here).
		const text = toGift(questions, { sections, category: assignment.title, generalFeedback: true });
		return {
			name: `${stem}-moodle-gift.txt`,
			type: 'text/plain',
			bytes: new TextEncoder().encode(text)
		};
	}
	if (format === 'qti') {
		const files = toQtiPackage(questions, {
			title: assignment.title,
			sections,
			identifier: `${source.slug}-${stem}`
		});
		const zip = zipFiles(Object.fromEntries(files.map((f) => [f.path, f.text])));
		return { name: `${stem}-qti3.zip`, type: 'application/zip', bytes: zip };
	}
	if (!request.site) throw new ExportError('A SCORM package needs the site’s files.');
	const files = scormPackageFiles({
		source,
		assignment,
		mastery: request.mastery,
		site: request.site
	});
	return { name: `${stem}-scorm12.zip`, type: 'application/zip', bytes: zipFiles(files) };
}

// The codecs of src/lib/assign that the class report uses, in one place.
import { readAssignment } from '../assign/assignment';
import { cleanResultsCode } from '../assign/codec';
import type { Assignment, Decoded } from '../assign/types';

export {
	articleTag,
	assignmentIdentity,
	assignmentQuestions,
	decodeAssignment,
	decodeResultsCode,
	encodeAssignment,
	encodeResultsCode,
	MAX_FILE_BYTES,
	MAX_RESULTS_CODE_LENGTH,
	parseResultsFile,
	toResultsFile
} from '../assign/codec';

/**
 * The assignment a results code names, read before its answers: decodeResultsCode needs the assignment's
 * questions. Follows the layout documented in assign/results-code.ts (`CR1` check+time `.` head `.` title
 * `.` name `.` answers); the code's own checksum is verified by decodeResultsCode afterwards.
 */
export function resultsCodeAssignment(code: string): Decoded<Assignment> | null {
	const parts = cleanResultsCode(code).slice(3).split('.');
	if (parts.length !== 5) return null;
	const decoded = readAssignment(parts[1]!, parts[2]!, false);
	return decoded.ok ? decoded : null;
}

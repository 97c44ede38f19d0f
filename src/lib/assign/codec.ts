/** Everything the pages and the class report use, from one place. */
export {
	articleTag,
	assignmentIdentity,
	assignmentProblem,
	decodeAssignment,
	encodeAssignment,
	MAX_CODE_LENGTH,
	MAX_SECTIONS,
	groupedCode,
	MODES,
	questionTag,
	typedCode
} from './assignment';
export { crc32, checkDigits, fnv1a32 } from './checksum';
export {
	MAX_FILE_BYTES,
	parseResultsFile,
	RESULTS_FORMAT,
	resultsChecksum,
	resultsFileName,
	toResultsFile
} from './results-file';
export {
	answersLength,
	assignmentQuestions,
	cleanResultsCode,
	decodeResultsCode,
	encodeResultsCode,
	MAX_RESULTS_CODE_LENGTH,
	type BankQuestionLike
} from './results-code';
export { NAME_MAX, TITLE_MAX } from './text';
export type { Assignment, AssignmentMode, Decoded, Results } from './types';

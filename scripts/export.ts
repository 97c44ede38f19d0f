/**
 * Exports an assignment for a school's LMS: Moodle GIFT, QTI 3.0 or SCORM 1.2. Run with
 * `npm run export -- --format gift|qti|scorm --out FILE` (`-- --help` for the choices); the work is in
 * scripts/lib/export-cli.ts.
 */
import { runExport } from './lib/export-cli';

process.exitCode = await runExport(process.argv.slice(2));

// The exports of a whole-article assignment: the file each makes (bytes) and how long it takes (median
// of several warm runs), GIFT and QTI from the bank, the SCORM package from the built site in build/
// (npm run bench builds it first). Run: npx tsx scripts/bench-export.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { articleTag } from '../src/lib/assign/assignment';
import type { Assignment } from '../src/lib/assign/types';
import { buildExport, FORMATS } from '../src/lib/export/build';
import type { ExportSource } from '../src/lib/export/chosen';
import { SUSPEND_MAX, encodeSuspend } from '../src/lib/scorm/suspend';
import { check } from '../src/lib/quiz/record';
import { emptyRecord } from '../src/lib/quiz/state';
import type { StoredProgress } from '../src/lib/progress/schema';

const RUNS = 5;
const SITE = 'build';
if (!existsSync(join(SITE, 'package-files.json'))) {
	console.error('bench-export: no built site in build/: run "npm run build" first.');
	process.exit(1);
}
const source = JSON.parse(
	readFileSync(join(SITE, 'teacher', 'export.json'), 'utf8')
) as ExportSource;
const { files } = JSON.parse(readFileSync(join(SITE, 'package-files.json'), 'utf8')) as {
	files: string[];
};
const site = new Map(files.map((f) => [f, new Uint8Array(readFileSync(join(SITE, f)))]));
const assignment: Assignment = {
	version: 2,
	article: articleTag(source.slug),
	bank: source.bank,
	title: 'Whole article',
	sections: source.sections.map((s) => s.number),
	mode: 'graded',
	requireName: true,
	omit: []
};

console.log(
	`\nExports of the whole article (${source.questions.length} questions), median of ${RUNS}`
);
for (const format of FORMATS) {
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		bytes = buildExport({ format, source, assignment, mastery: 70, site }).bytes.length;
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	console.log(
		`  ${format.padEnd(6)} ${bytes.toLocaleString('en').padStart(10)} bytes  ${times[RUNS >> 1]!.toFixed(0)} ms`
	);
}

// The largest suspend data a student can give: every section checked, every question answered.
const data: StoredProgress = { version: 1, sections: {} };
for (const s of source.sections) {
	const questions = source.questions.filter((q) => q.section === s.id);
	const answers = Object.fromEntries(
		questions.map((q) => [
			q.id,
			q.kind === 'match-estimates'
				? Object.fromEntries(q.items.map((item) => [item.id, q.choices[0]!.id]))
				: q.choices[0]!.id
		])
	);
	data.sections[s.id] = check({ ...emptyRecord(), answers }, questions, 'graded');
}
const suspend = await encodeSuspend(
	data,
	source.sections.map((s) => s.id)
);
console.log(
	`  suspend data, every question answered: ${suspend?.length.toLocaleString('en') ?? 'over the limit'} of ${SUSPEND_MAX.toLocaleString('en')} characters`
);

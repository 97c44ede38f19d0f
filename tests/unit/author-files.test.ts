import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../scripts/lib/generate-cli';
import { slugify } from '../../src/lib/article/slug';
import type { BuiltBank } from '../../src/lib/bank/build';
import { parseBank } from '../../src/lib/bank/parse';
import { reviewQueue } from '../../src/lib/corrections/queue';
import { recordEdit, type Edit } from '../../src/lib/corrections/record';
import { articleOf, readPaste, repositoryFiles, speakerChoices } from '../../src/lib/drafts/steps';
import type { Review } from '../../src/lib/extract/review';
import { GENERATOR_VERSION } from '../../src/lib/generate/version';
import { decodeModule, encodeModule, moduleId } from '../../src/lib/module';
import { moduleSlug } from '../../src/lib/module/cache';
import { moduleView } from '../../src/lib/module/view';
import { handleBuild } from '../../src/lib/pipeline/messages';
import { toQuizQuestion } from '../../src/lib/quiz/question';

// What the author page does, step by step, in process: paste → read → build (as the worker answers) →
// corrections of each kind → leave a question out → the downloads → `npm run generate` on a folder
// laid out as questions/. The page itself, with its real downloads, is tests/e2e/author-files.e2e.ts.

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-author-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const practice = readdirSync('tests/fixtures/practice')
	.filter((f) => f.endsWith('.md') && f !== 'README.md')
	.sort();

/** The bank as the worker answers the page (through postMessage, so a copy). */
function build(slug: string, article: string, review: Review): BuiltBank {
	let built: BuiltBank | null = null;
	handleBuild({ id: 1, slug, article, review }, (reply) => {
		if (reply.type === 'failed') throw new Error(reply.error);
		if (reply.type === 'done') built = structuredClone(reply.built);
	});
	return built!;
}

// Five builds of an article each (about a second apiece on a busy machine), and the CLI's sixth.
describe(
	'a module made on the author page, downloaded and built with npm run generate',
	{
		timeout: 60_000
	},
	() => {
		it.each(practice)('%s: the same bank as the browser built', async (file) => {
			const read = readPaste(readFileSync(`tests/fixtures/practice/${file}`, 'utf8'));
			if (!read.ok) throw new Error(read.error);
			const made = articleOf(read.proposal);
			if (!made.ok) throw new Error(made.error);
			const { article } = made;
			// As the page names the folder (questions/<slug>/) and builds its preview.
			const slug = slugify(read.proposal.title) || 'article';

			let review: Review = { fixes: [] };
			let built = build(slug, article, review);
			const edit = (e: Edit) => {
				const recorded = recordEdit(built.extracted, review, e);
				if (!recorded.ok) throw new Error(recorded.error);
				review = recorded.review;
				built = build(slug, article, review);
				return recorded;
			};

			// Each kind of correction the page offers: add a source, credit an undecided claim to it,
			// credit a decided quote to someone else, remove a claim.
			const added = edit({
				kind: 'add-speaker',
				name: 'Ruth Abara',
				speakerKind: 'person',
				role: 'teacher',
				org: ''
			}).speaker!;
			const undecided = reviewQueue(built.bank.claims, built.article).find(
				(i) => i.speaker === null
			)!;
			expect(undecided, 'the practice article has a claim the rules left undecided').toBeDefined();
			edit({ kind: 'attribute', target: undecided.target, claim: undecided.id, speaker: added });
			const quote = reviewQueue(built.bank.claims, built.article).find(
				(i) => i.target === 'quotes' && i.speaker !== null && !i.reviewed
			)!;
			const other = speakerChoices(built.bank.claims, 'quotes').find(
				(c) => c.id !== quote.speaker && c.id !== added
			)!;
			edit({ kind: 'attribute', target: 'quotes', claim: quote.id, speaker: other.id });
			const removed = reviewQueue(built.bank.claims, built.article).find(
				(i) => i.target === 'paraphrases' && !i.reviewed
			)!;
			edit({ kind: 'remove', target: 'paraphrases', claim: removed.id });
			expect(review.fixes.map((f) => f.target)).toEqual([
				'speakers',
				undecided.target,
				'quotes',
				'paraphrases'
			]);
			// The corrections are in the bank the page shows.
			expect(built.bank.claims.speakers.map((s) => s.id)).toContain(added);
			const settled = built.bank.claims[undecided.target].find((c) => c.id === undecided.id)!;
			expect('speaker' in settled ? settled.speaker : settled.source).toBe(added);
			expect(built.bank.claims.quotes.find((q) => q.id === quote.id)!.speaker).toBe(other.id);
			expect(built.bank.claims.paraphrases.map((p) => p.id)).not.toContain(removed.id);

			// One question left out, as a teacher unticks it.
			const left = built.bank.questions[0]!.id;
			const omit = [left];

			// The downloads, into a folder laid out as questions/, built as `npm run generate` builds it.
			const files = repositoryFiles(article, review);
			expect(files.map((f) => f.name)).toEqual(['article.md', 'review.json']);
			const questions = join(dir, file.replace(/\.md$/, ''));
			mkdirSync(join(questions, slug), { recursive: true });
			for (const f of files) writeFileSync(join(questions, slug, f.name), f.text);
			const errors: string[] = [];
			const status = await runGenerate(['--questions', questions], {
				log: () => {},
				error: (line) => errors.push(line)
			});
			expect(errors).toEqual([]);
			expect(status).toBe(0);
			const generated = parseBank(
				JSON.parse(readFileSync(join(questions, slug, 'bank.json'), 'utf8'))
			);

			// The bank the browser built, whole: version, claims, every question (ids, prompts, choices,
			// keys, evidence) and the slug the page suggests for the folder.
			expect(generated).toEqual(built.bank);
			expect(generated.version).toBe(built.bank.version);

			// review.json as the repository keeps JSON: Prettier (its config) leaves it as it is.
			const reviewFile = files.find((f) => f.name === 'review.json')!.text;
			const config = (await resolveConfig('questions/bank.json')) ?? {};
			expect(await format(reviewFile, { ...config, parser: 'json', plugins: [] })).toBe(reviewFile);

			// The link carries the same article and corrections as the files, and the question left out.
			const link = await encodeModule({ article, review, generator: GENERATOR_VERSION, omit });
			const decoded = await decodeModule(link);
			if (!decoded.ok) throw new Error(decoded.error);
			expect(decoded.value.article).toBe(files[0]!.text);
			expect(decoded.value.review).toEqual(JSON.parse(reviewFile));
			expect(decoded.value.omit).toEqual([left]);

			// What a student's browser builds from the link: the same questions and version, under the
			// module's own slug; what the student is asked is those, less the one left out.
			const student = build(
				moduleSlug(moduleId(decoded.value)),
				decoded.value.article,
				decoded.value.review
			);
			expect({ ...student.bank, article: generated.article }).toEqual(generated);
			const asked = moduleView(student, decoded.value.omit).sections.flatMap((s) => s.questions);
			expect(asked).toEqual(generated.questions.filter((q) => q.id !== left).map(toQuizQuestion));
			// The files say nothing of the question left out: the generated bank, and its pages, keep it.
			expect(generated.questions.map((q) => q.id)).toContain(left);
		});
	}
);

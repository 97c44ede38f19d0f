/**
 * Earlier question banks that assignment links may still name. When `npm run generate` changes a bank's
 * version, the questions of the version it replaces are kept in questions/<slug>/archive/<version>.json —
 * what reading and grading hand-ins made for it needs (ids, kinds, choices, answers, prompts), not the
 * claims — so a link handed out before an update still opens and its results can still be graded.
 */
import * as v from 'valibot';
import { SINGLE_CHOICE_KINDS } from '../generate/types';
import type { Bank } from './schema';

const Choice = v.object({ id: v.string(), text: v.string(), ref: v.optional(v.string()) });
const ArchivedQuestion = v.variant('kind', [
	v.object({
		id: v.string(),
		section: v.string(),
		kind: v.picklist(SINGLE_CHOICE_KINDS),
		prompt: v.string(),
		choices: v.array(Choice),
		answer: v.string()
	}),
	v.object({
		id: v.string(),
		section: v.string(),
		kind: v.literal('match-estimates'),
		prompt: v.string(),
		choices: v.array(Choice),
		items: v.array(Choice),
		answer: v.record(v.string(), v.string())
	})
]);

export const ArchivedBankSchema = v.object({
	version: v.pipe(v.string(), v.regex(/^[0-9a-z]{8}$/)),
	questions: v.array(ArchivedQuestion)
});

export type ArchivedBank = v.InferOutput<typeof ArchivedBankSchema>;
export type ArchivedQuestion = ArchivedBank['questions'][number];

/** What of a bank is kept once a newer version replaces it. */
export function archiveOf(bank: Bank): ArchivedBank {
	return {
		version: bank.version,
		questions: bank.questions.map((q) => {
			const choice = (c: { id: string; text: string; ref?: string }) =>
				c.ref === undefined ? { id: c.id, text: c.text } : { id: c.id, text: c.text, ref: c.ref };
			const base = {
				id: q.id,
				section: q.section,
				prompt: q.prompt,
				choices: q.choices.map(choice)
			};
			return q.kind === 'match-estimates'
				? { ...base, kind: q.kind, items: q.items.map(choice), answer: q.answer }
				: { ...base, kind: q.kind, answer: q.answer };
		})
	};
}

/** Reads an archive file; throws an Error naming the problem when it is not one. */
export function parseArchive(json: unknown, where: string): ArchivedBank {
	const parsed = v.safeParse(ArchivedBankSchema, json);
	if (!parsed.success) {
		const issue = parsed.issues[0]!;
		throw new Error(`${where}: ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
	}
	return parsed.output;
}

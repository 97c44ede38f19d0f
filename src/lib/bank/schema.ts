import * as v from 'valibot';
import type { Claims } from '../extract/types';
import { MATCHING_KINDS, SINGLE_CHOICE_KINDS, type Question } from '../generate/types';

/**
 * The bank format (questions/<slug>/bank.json) as a valibot schema: parseBank validates with it and
 * questions/bank.schema.json is generated from it, so the two never disagree. Checks a JSON Schema cannot
 * express (answers pointing at choices, claims pointing at speakers) live in parse.ts.
 */

/** Bump when a field changes meaning or a required field is added; loaders reject other versions. */
export const BANK_SCHEMA_VERSION = 2;

const text = v.pipe(v.string(), v.minLength(1));
const sentenceId = v.pipe(v.string(), v.regex(/^p\d+s\d+$/), v.description('Sentence id, `p7s1`.'));
const sentenceIds = v.array(sentenceId);
const origin = v.pipe(
	v.picklist(['extracted', 'reviewed']),
	v.description('Found by the extractor, or corrected/added by a person in review.json.')
);

const SpeakerSchema = v.object({
	id: text,
	name: text,
	kind: v.picklist(['person', 'organisation']),
	role: v.string(),
	org: v.string(),
	aliases: v.array(v.string()),
	evidence: sentenceIds,
	origin
});

/** How an attribution was made: the extractor's rules (joined by “+”, or `review` for a person) and how sure. */
const attributed = {
	rule: v.pipe(text, v.description('The rules that made the attribution, joined by “+”.')),
	confidence: v.pipe(
		v.number(),
		v.minValue(0),
		v.maxValue(1),
		v.description('How sure the rules are, 0–1; below the threshold the speaker or source is null.')
	)
};

const QuoteSchema = v.object({
	id: text,
	text: text,
	speaker: v.pipe(
		v.nullable(text),
		v.description('Speaker id, or null: the extractor was not sure and a person must decide.')
	),
	sentence: sentenceId,
	evidence: sentenceIds,
	section: text,
	kind: v.picklist(['full', 'partial']),
	...attributed,
	origin
});

const ParaphraseSchema = v.object({
	id: text,
	text: text,
	speaker: text,
	sentence: sentenceId,
	section: text,
	origin
});

const EstimateSchema = v.object({
	id: text,
	text: text,
	value: v.number(),
	low: v.nullable(v.number()),
	high: v.nullable(v.number()),
	hedge: v.nullable(v.string()),
	counts: v.string(),
	quantity: v.string(),
	source: v.pipe(
		v.nullable(text),
		v.description('Speaker id, "article" when nobody is credited, or null: a person must decide.')
	),
	citedFrom: v.pipe(
		v.nullable(v.string()),
		v.description('Speaker id of the original source when `source` only repeats the figure.')
	),
	sentence: sentenceId,
	section: text,
	...attributed,
	origin
});

const EventSchema = v.object({
	id: text,
	what: text,
	when: text,
	source: v.nullable(v.string()),
	sentence: sentenceId,
	section: text,
	origin
});

const ConflictSchema = v.object({
	id: text,
	quantity: v.string(),
	estimates: v.pipe(v.array(text), v.minLength(2)),
	origin
});

const AuthorVoiceSchema = v.object({
	id: text,
	text: text,
	sentence: sentenceId,
	section: text,
	origin
});

export const ClaimsSchema = v.object({
	speakers: v.array(SpeakerSchema),
	quotes: v.array(QuoteSchema),
	paraphrases: v.array(ParaphraseSchema),
	estimates: v.array(EstimateSchema),
	events: v.array(EventSchema),
	conflicts: v.array(ConflictSchema),
	authorVoice: v.array(AuthorVoiceSchema)
});

const ChoiceSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^c[0-9a-z]{7}$/), v.description('Hash of the choice text.')),
	text: text,
	ref: v.optional(
		v.pipe(
			v.string(),
			v.description('Claim or speaker id this choice stands for ("article": the writer).')
		)
	)
});

const ItemSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^i[0-9a-z]{7}$/)),
	text: text,
	ref: v.optional(v.string())
});

const questionId = v.pipe(
	v.string(),
	v.regex(/^q[0-9a-z]{10}$/),
	v.description('Hash of kind, subject, answer and evidence: stable across regenerations.')
);
const section = v.pipe(text, v.description('Section id of the article.'));
const choices = v.pipe(v.array(ChoiceSchema), v.minLength(2));
const evidence = v.pipe(sentenceIds, v.minLength(1));
const claimIds = v.pipe(
	v.array(v.string()),
	v.description('Ids of the claims the question tests.')
);

// Fields are listed in the order bank.json shows them.
const SingleChoiceQuestionSchema = v.object({
	id: questionId,
	section,
	kind: v.picklist(SINGLE_CHOICE_KINDS),
	prompt: text,
	choices,
	answer: v.pipe(v.string(), v.description('The id of the right choice.')),
	evidence,
	explanation: text,
	claimIds
});

const MatchingQuestionSchema = v.object({
	id: questionId,
	section,
	kind: v.picklist(MATCHING_KINDS),
	prompt: text,
	items: v.pipe(
		v.array(ItemSchema),
		v.minLength(2),
		v.description('Left-hand column (sources); `choices` is the right-hand one (figures).')
	),
	choices,
	answer: v.pipe(
		v.record(v.string(), v.string()),
		v.description('Item id → id of the choice it pairs with, for every item.')
	),
	evidence,
	explanation: text,
	claimIds
});

export const QuestionSchema = v.variant('kind', [
	SingleChoiceQuestionSchema,
	MatchingQuestionSchema
]);

export const BankSchema = v.pipe(
	v.object({
		schemaVersion: v.literal(BANK_SCHEMA_VERSION),
		version: v.pipe(
			v.string(),
			v.regex(/^[0-9a-z]{8}$/),
			v.description('Short hash of `questions`: changes whenever any question does.')
		),
		article: v.object({ slug: text, title: text }),
		claims: ClaimsSchema,
		questions: v.array(QuestionSchema)
	}),
	v.title('Crosscheck question bank'),
	v.description('Generated by `npm run generate` from questions/<slug>/article.md; do not edit.')
);

export type Bank = v.InferOutput<typeof BankSchema>;

// The schema and the TypeScript models must describe the same data, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const claimsMatch: Same<v.InferOutput<typeof ClaimsSchema>, Claims> = true;
const questionsMatch: Same<v.InferOutput<typeof QuestionSchema>, Question> = true;
void claimsMatch;
void questionsMatch;

import * as v from 'valibot';

/** What is stored under one key: version 1 of the progress format. */
export const STORED_VERSION = 1;

const Answer = v.union([v.string(), v.record(v.string(), v.string())]);

export const SectionRecordSchema = v.object({
	answers: v.record(v.string(), Answer),
	checks: v.pipe(v.number(), v.integer(), v.minValue(0)),
	first: v.nullable(v.record(v.string(), v.boolean())),
	results: v.record(v.string(), v.boolean()),
	misses: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
	revealed: v.array(v.string()),
	best: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))
});

export const StoredProgressSchema = v.object({
	version: v.literal(STORED_VERSION),
	sections: v.record(v.string(), SectionRecordSchema)
});

export type StoredProgress = v.InferOutput<typeof StoredProgressSchema>;

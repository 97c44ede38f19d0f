import * as v from 'valibot';
import type { Article } from '../article/types';
import { findConflicts } from './conflicts';
import { ARTICLE_SOURCE, type Claims } from './types';

/**
 * questions/<slug>/review.json: a short list of human corrections to what the extractor found for one
 * article. Each fix names the kind of claim it touches, a reason, and one of:
 * - `match` + `set`: change fields of the one claim whose fields equal `match`;
 * - `match` + `remove: true`: drop that claim;
 * - `add`: a claim the extractor missed (its id and section are filled in; `sentence` must exist).
 */
const Target = v.picklist([
	'speakers',
	'quotes',
	'paraphrases',
	'estimates',
	'events',
	'authorVoice'
]);
const Fields = v.record(v.string(), v.unknown());
const Fix = v.union([
	v.strictObject({
		target: Target,
		reason: v.pipe(v.string(), v.minLength(3)),
		match: Fields,
		set: Fields
	}),
	v.strictObject({
		target: Target,
		reason: v.pipe(v.string(), v.minLength(3)),
		match: Fields,
		remove: v.literal(true)
	}),
	v.strictObject({ target: Target, reason: v.pipe(v.string(), v.minLength(3)), add: Fields })
]);
export const ReviewSchema = v.strictObject({ fixes: v.array(Fix) });
export type Review = v.InferOutput<typeof ReviewSchema>;

type Claim = { id: string; origin: string } & Record<string, unknown>;

const describe = (fields: Record<string, unknown>) => JSON.stringify(fields).slice(0, 80);

/** Fields every added claim of a kind must carry (beyond id, section and origin, which are filled in). */
const REQUIRED: Record<v.InferOutput<typeof Target>, string[]> = {
	speakers: ['id', 'name', 'kind', 'role', 'org'],
	quotes: ['text', 'speaker', 'sentence'],
	paraphrases: ['text', 'speaker', 'sentence'],
	estimates: ['text', 'value', 'counts', 'quantity', 'source', 'sentence'],
	events: ['what', 'when', 'sentence'],
	authorVoice: ['text', 'sentence']
};

/**
 * Applies questions/<slug>/review.json (human corrections) to extracted claims; corrected and added
 * claims get origin 'reviewed'. Throws an Error with a one-line message when the review is malformed or a
 * fix matches nothing or more than one claim.
 */
export function applyReview(claims: Claims, review: unknown, article: Article): Claims {
	const parsed = v.safeParse(ReviewSchema, review);
	if (!parsed.success) {
		const issue = parsed.issues[0]!;
		const path = v.getDotPath(issue) ?? '(top level)';
		throw new Error(`fix ${path}: ${issue.message}`);
	}
	const sectionOf = new Map<string, string>();
	for (const s of article.sections)
		for (const p of s.paragraphs) for (const x of p.sentences) sectionOf.set(x.id, s.id);

	const out = structuredClone(claims);
	const lists = out as unknown as Record<string, Claim[]>;
	parsed.output.fixes.forEach((fix, n) => {
		const where = `fix ${n + 1} (${fix.target})`;
		const list = lists[fix.target]!;
		if ('add' in fix) {
			const missing = REQUIRED[fix.target].filter((k) => !(k in fix.add));
			if (missing.length) throw new Error(`${where}: an added claim needs ${missing.join(', ')}`);
			const claim = { ...fix.add, origin: 'reviewed' } as Claim;
			// A person's word settles an attribution: no rule, full confidence.
			if (fix.target === 'quotes' || fix.target === 'estimates') {
				claim.rule ??= 'review';
				claim.confidence ??= 1;
			}
			if (fix.target !== 'speakers') {
				const sentence = String(claim.sentence);
				const section = sectionOf.get(sentence);
				if (!section) throw new Error(`${where}: no sentence “${sentence}” in the article`);
				claim.section = section;
				claim.id = `r${n + 1}`;
				if (fix.target === 'quotes' && !('evidence' in claim)) claim.evidence = [sentence];
				if (fix.target === 'quotes' && !('kind' in claim)) claim.kind = 'full';
				if (fix.target === 'estimates') {
					claim.low ??= null;
					claim.high ??= null;
					claim.hedge ??= null;
					claim.citedFrom ??= null;
				}
				if (fix.target === 'events') claim.source ??= null;
			} else {
				claim.aliases ??= [];
				claim.evidence ??= [];
			}
			list.push(claim);
			return;
		}
		const hits = list.filter((c) => Object.entries(fix.match).every(([k, val]) => c[k] === val));
		if (hits.length !== 1) {
			throw new Error(
				`${where}: “match” ${describe(fix.match)} finds ${hits.length} claims, not exactly one`
			);
		}
		const hit = hits[0]!;
		if ('remove' in fix) list.splice(list.indexOf(hit), 1);
		else {
			const settles = 'speaker' in fix.set || 'source' in fix.set;
			Object.assign(
				hit,
				fix.set,
				{ origin: 'reviewed' },
				settles ? { rule: 'review', confidence: 1 } : {}
			);
		}
	});

	// References must still point at speakers that exist.
	const speakers = new Set(out.speakers.map((s) => s.id));
	const check = (ref: string | null, what: string) => {
		if (ref !== null && ref !== ARTICLE_SOURCE && !speakers.has(ref)) {
			throw new Error(`${what} names speaker “${ref}”, which is not in the claims`);
		}
	};
	for (const q of out.quotes) check(q.speaker, `quote “${q.text.slice(0, 40)}”`);
	for (const p of out.paraphrases) check(p.speaker, `paraphrase “${p.text.slice(0, 40)}”`);
	for (const e of out.estimates) {
		check(e.source, `estimate ${e.text}`);
		check(e.citedFrom, `estimate ${e.text}`);
	}
	for (const e of out.events) check(e.source, `event “${e.when}”`);

	// Conflicts follow the corrected estimates.
	const reviewed = new Set(out.estimates.filter((e) => e.origin === 'reviewed').map((e) => e.id));
	out.conflicts = findConflicts(out.estimates).map((c) => ({
		...c,
		origin: c.estimates.some((id) => reviewed.has(id)) ? 'reviewed' : 'extracted'
	}));
	return out;
}

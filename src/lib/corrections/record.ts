import { slugify, uniqueSlug } from '../article/slug';
import type { Review } from '../extract/review';
import type { Claims, Speaker } from '../extract/types';

/** The kinds of claim whose source a teacher settles in the review. */
export type Attributable = 'quotes' | 'paraphrases' | 'estimates';

/** One thing a teacher does in the review, before it becomes a fix of review.json. */
export type Edit =
	| { kind: 'attribute'; target: Attributable; claim: string; speaker: string }
	| { kind: 'remove'; target: Attributable; claim: string }
	| {
			kind: 'add-speaker';
			name: string;
			speakerKind: Speaker['kind'];
			role: string;
			org: string;
	  };

export type Fix = Review['fixes'][number];

/** Why a fix is there, as review.json records it: the teacher's word, not a rule. */
export const TEACHER_REASON = 'Settled by the teacher in the review.';

export type Recorded =
	{ ok: true; review: Review; speaker?: string } | { ok: false; error: string };

type AnyClaim = { id: string; text: string; sentence: string };

/**
 * The fields that pick one claim out in review.json: its sentence and its words, which stay the same when
 * the extractor's numbering changes; its id only where two claims share both (one sentence quoting the
 * same words twice).
 */
function matchOf(list: readonly AnyClaim[], claim: AnyClaim): Record<string, unknown> {
	const same = list.filter((c) => c.sentence === claim.sentence && c.text === claim.text);
	return same.length === 1 ? { sentence: claim.sentence, text: claim.text } : { id: claim.id };
}

const sameMatch = (a: Fix, target: string, match: Record<string, unknown>) =>
	a.target === target &&
	'match' in a &&
	JSON.stringify(a.match) === JSON.stringify(match) &&
	!('add' in a);

/**
 * Records one edit as a fix of review.json, on the claims the extractor found (`extracted`). A second
 * edit of the same claim replaces the first, so the file says what the teacher decided last, once. Never
 * throws: an edit that names nothing gets a sentence instead.
 */
export function recordEdit(extracted: Claims, review: Review, edit: Edit): Recorded {
	if (edit.kind === 'add-speaker') {
		const name = edit.name.trim().replace(/\s+/g, ' ');
		if (!name) return { ok: false, error: 'Type the name of the person or body first.' };
		const known = [
			...extracted.speakers,
			...review.fixes.flatMap((f) => (f.target === 'speakers' && 'add' in f ? [f.add] : []))
		];
		if (known.some((s) => String(s.name).toLowerCase() === name.toLowerCase()))
			return { ok: false, error: `“${name}” is already one of the article’s sources.` };
		const id = uniqueSlug(slugify(name) || 'source', new Set(known.map((s) => String(s.id))));
		const fix: Fix = {
			target: 'speakers',
			reason: TEACHER_REASON,
			add: { id, name, kind: edit.speakerKind, role: edit.role.trim(), org: edit.org.trim() }
		};
		return { ok: true, review: { fixes: [...review.fixes, fix] }, speaker: id };
	}
	const list = extracted[edit.target] as unknown as AnyClaim[];
	const claim = list.find((c) => c.id === edit.claim);
	if (!claim) return { ok: false, error: 'That claim is no longer in the article.' };
	const match = matchOf(list, claim);
	const kept = review.fixes.filter((f) => !sameMatch(f, edit.target, match));
	if (edit.kind === 'remove') {
		const fix: Fix = { target: edit.target, reason: TEACHER_REASON, match, remove: true };
		return { ok: true, review: { fixes: [...kept, fix] } };
	}
	const speakers = new Set([
		...extracted.speakers.map((s) => s.id),
		...review.fixes.flatMap((f) =>
			f.target === 'speakers' && 'add' in f ? [String(f.add.id)] : []
		)
	]);
	const field = edit.target === 'estimates' ? 'source' : 'speaker';
	if (!speakers.has(edit.speaker) && !(field === 'source' && edit.speaker === 'article'))
		return { ok: false, error: 'Choose one of the article’s people or bodies, or add one.' };
	const fix: Fix = {
		target: edit.target,
		reason: TEACHER_REASON,
		match,
		set: { [field]: edit.speaker }
	};
	return { ok: true, review: { fixes: [...kept, fix] } };
}

/** The review without its fix number `index` (0-based); the same review for an index it has not. */
export function undoFix(review: Review, index: number): Review {
	return { fixes: review.fixes.filter((_, i) => i !== index) };
}

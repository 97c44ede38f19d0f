import { ARTICLE_SOURCE, type SettledEstimate as Estimate } from '../extract/types';
import { bothRight, highest, shares } from './compare';
import type { Context } from './context';
import { pickSpeakers } from './distractors';
import { conflictEstimates, credited, sourcesOfFigure } from './estimates';
import { headlineQuestion } from './headline';
import { howSureFigure } from './how-sure';
import { noSourceQuestion } from './no-source';
import { matchEstimates } from './match-estimates';
import { quoteOrParaphraseQuote, quoteOrParaphraseReport } from './quote-or-paraphrase';
import { clash, type RevealContext } from './reveal';
import { authorPhrases, authorQuestion, sourceQuestion } from './source-or-author';
import { howSureStatement } from './statement-sure';
import { statement } from './true-false';
import type { Question } from './types';
import { whatSaid } from './what-said';
import { timeKey, whenQuestion } from './when';
import { whoIs, peopleWithRoles } from './who-is';
import { quoteEvidence, whoSaid } from './who-said';
import { whyDiffer } from './why-differ';
import { figureGroups, whoseEstimate } from './whose-estimate';

/**
 * One thing worth asking about (a quote, a group of figures, an event …) and the questions that could
 * ask it, best first. A slot yields at most one question, so no claim is asked about twice over.
 */
export interface Slot {
	/** Required slots keep the coverage rules (every quote, every credited figure, each conflict). */
	required: boolean;
	candidates: Candidate[];
	/** Questions asked about the same thing at most once across slots (`when|thursday`). */
	once?: string;
}

export interface Candidate {
	/** What balancing counts: the kind and, for two-option kinds, the answer (`true-false:true`). */
	key: string;
	question: Question | null;
	/** Preference among the slot's candidates (lower first); by default the position in the list. */
	rank?: number;
}

const slot = (required: boolean, candidates: Candidate[], once?: string): Slot =>
	once === undefined ? { required, candidates } : { required, candidates, once };

/** Every slot of the article, in the order they are filled: what must be asked before what may be. */
export function slots(ctx: Context): Slot[] {
	const out: Slot[] = [];
	// Conflicts: the matching question and the highest figure are required; the rest enrich.
	for (const conflict of ctx.claims.conflicts) {
		const estimates = conflictEstimates(ctx, conflict.estimates);
		if (estimates.length < 2) continue;
		out.push(slot(true, [{ key: 'match', question: matchEstimates(ctx, conflict, estimates) }]));
		out.push(slot(true, [{ key: 'compare', question: highest(ctx, conflict.id, estimates) }]));
		// A share the article states is checked against the figures, so it is always asked.
		for (const q of shares(ctx, conflict.id, estimates)) {
			out.push(slot(true, [{ key: 'compare', question: q }]));
		}
		out.push(slot(false, [{ key: 'compare', question: bothRight(ctx, conflict.id, estimates) }]));
		out.push(slot(false, [{ key: 'why-differ', question: whyDiffer(ctx, conflict) }]));
	}
	// Credited figures, one slot per sentence and source.
	for (const group of figureGroups(ctx)) {
		const first = group[0]!;
		const wrong = wrongSource(ctx, group);
		out.push(
			slot(true, [
				{ key: 'whose-estimate', question: whoseEstimate(ctx, group) },
				{
					key: 'true-false:true',
					question: statement(ctx, group, first.source, first.section),
					rank: 1
				},
				{
					key: 'true-false:false',
					question: wrong ? statement(ctx, group, wrong, first.section) : null,
					rank: 1
				}
			])
		);
	}
	// Quotes, in article order; the one the headline quotes is asked about through the headline.
	const headline = headlineQuestion(ctx);
	for (const quote of ctx.claims.quotes) {
		const viaHeadline =
			headline?.claimIds[0] === quote.id ? [{ key: 'headline', question: headline, rank: -1 }] : [];
		const { evidence, said } = quoteEvidence(ctx, quote);
		const sure = {
			key: 'how-sure:statement',
			question: howSureStatement(ctx, { ...quote, evidence: [...evidence, said] }, true)
		};
		const exact = {
			key: 'quote-or-paraphrase:exact',
			question: quoteOrParaphraseQuote(ctx, quote)
		};
		out.push(
			slot(
				true,
				quote.kind === 'full'
					? [
							...viaHeadline,
							{ key: 'who-said', question: whoSaid(ctx, quote) },
							{ key: 'what-said', question: whatSaid(ctx, quote) },
							exact,
							sure
						]
					: [
							...viaHeadline,
							{ key: 'source-or-author', question: sourceQuestion(ctx, quote) },
							sure,
							exact
						]
			)
		);
	}
	// Which claim has no source: a figure of the writer's own among credited ones, once per section.
	for (const e of ctx.claims.estimates) {
		out.push(
			slot(
				false,
				[{ key: 'no-source', question: noSourceQuestion(ctx, e) }],
				`no-source|${e.section}`
			)
		);
	}
	// Hedged figures, the article's own included: what the hedge claims.
	for (const e of ctx.claims.estimates) {
		out.push(slot(false, [{ key: 'how-sure:figure', question: howSureFigure(ctx, e) }]));
	}
	// Who-is questions draw their wrong choices from the same few roles: after one, the next is answered by
	// elimination. One question for every three people with roles keeps each set of choices fresh.
	peopleWithRoles(ctx).forEach((person, i) => {
		out.push(
			slot(false, [{ key: 'who-is', question: whoIs(ctx, person) }], `who-is|${Math.floor(i / 3)}`)
		);
	});
	for (const event of ctx.claims.events) {
		out.push(
			slot(
				false,
				[{ key: 'when', question: whenQuestion(ctx, event) }],
				`when|${timeKey(event.when)}`
			)
		);
	}
	for (const voice of authorPhrases(ctx)) {
		out.push(slot(false, [{ key: 'source-or-author', question: authorQuestion(ctx, voice) }]));
	}
	// Paraphrases, except those that only restate a figure (the figure's own questions ask about it).
	for (const p of ctx.claims.paraphrases) {
		const restatesFigure = ctx.claims.estimates.some(
			(e) => e.sentence === p.sentence && p.text.includes(e.text)
		);
		if (restatesFigure) continue;
		out.push(
			slot(false, [
				// A hedged report is best asked about its hedge.
				{
					key: 'how-sure:statement',
					question: howSureStatement(ctx, { ...p, evidence: [p.sentence] }, false)
				},
				{ key: 'quote-or-paraphrase:paraphrase', question: quoteOrParaphraseReport(ctx, p) }
			])
		);
	}
	return out;
}

/** A source to credit a group of figures to falsely: another source of the same quantity first. */
function wrongSource(ctx: Context, group: readonly Estimate[]): string | undefined {
	const first = group[0]!;
	const rivals = ctx.claims.conflicts
		.filter((c) => c.estimates.includes(first.id))
		.flatMap((c) => conflictEstimates(ctx, c.estimates).map((e) => e.source));
	const [wrong] = pickSpeakers(ctx, {
		rightIds: [first.source, ...group.flatMap((e) => sourcesOfFigure(ctx, e))],
		tiers: [rivals, credited(ctx).map((e) => e.source), ctx.claims.speakers.map((s) => s.id)].map(
			(t) => t.filter((id) => id !== ARTICLE_SOURCE)
		),
		section: first.section,
		seed: first.id,
		evidence: [first.sentence],
		max: 1
	});
	return wrong;
}

/**
 * At most this many questions of a section ask only whether words are quoted or paraphrased: a useful
 * check, but one that leaves the reading of sources untested when it is half of a section.
 */
export const MAX_QUOTE_OR_PARAPHRASE = 2;

/** At most this many questions of one section test the same figure. */
export const MAX_PER_FIGURE = 2;

/** Every section with claims gets at least this many questions. */
export const MIN_PER_SECTION = 4;
/** Optional questions stop once a section has this many, so long sections do not swamp the rest. */
export const MAX_PER_SECTION = 12;

/**
 * Fills the slots in order. Each slot takes the candidate that gives away nothing already chosen in its
 * section (nor is given away), then the one whose kind and answer have been used least (so who-said and
 * what-said alternate, true and false balance), then the one that would clash with fewest questions still
 * to come. A slot that cannot avoid a clash is left out, even if its section then has fewer than
 * MIN_PER_SECTION questions; a thin section only lifts the cap on optional questions.
 */
export function select(ctx: Context, all: Slot[], rc: RevealContext): Question[] {
	const picked: Question[] = [];
	const usage = new Map<string, number>();
	const done = new Set<string>();
	const deferred: Slot[] = [];
	// Look-ups by id, by section and prompt, and by section, so each check costs the section's size, not
	// the article's.
	const pickedIds = new Set<string>();
	const pickedPrompts = new Set<string>();
	const pickedIn = new Map<string, Question[]>();
	const promptKey = (q: Question) => `${q.section}\n${q.prompt}`;
	// No more than two questions of a section on one figure: a third asks the same thing again. Questions
	// about a conflict (matching, comparing) are about how figures relate, and are not counted.
	const perFigure = new Map<string, number>();
	const quoteOrParaphraseIn = new Map<string, number>();
	const figureKeys = (q: Question) =>
		q.kind === 'match-estimates' || q.kind === 'compare'
			? []
			: q.claimIds.filter((id) => estimateIds.has(id)).map((id) => `${q.section}|${id}`);
	const estimateIds = new Set(ctx.claims.estimates.map((e) => e.id));
	// Never the same question twice, nor two with one prompt (“Which of these did X say?”) in a section.
	const live = (s: Slot) =>
		s.candidates.filter(
			(c): c is Candidate & { question: Question } =>
				c.question !== null &&
				!pickedIds.has(c.question.id) &&
				!pickedPrompts.has(promptKey(c.question)) &&
				figureKeys(c.question).every((k) => (perFigure.get(k) ?? 0) < MAX_PER_FIGURE) &&
				(c.question.kind !== 'quote-or-paraphrase' ||
					(quoteOrParaphraseIn.get(c.question.section) ?? 0) < MAX_QUOTE_OR_PARAPHRASE) &&
				balanced(c.key)
		);
	// Two-option answers stay within two of each other (as many “True” as “False”, as many exact words
	// as paraphrases), so always picking one never pays.
	const OPPOSITE: Record<string, string> = {
		'true-false:true': 'true-false:false',
		'true-false:false': 'true-false:true',
		'quote-or-paraphrase:exact': 'quote-or-paraphrase:paraphrase',
		'quote-or-paraphrase:paraphrase': 'quote-or-paraphrase:exact'
	};
	function balanced(key: string): boolean {
		const other = OPPOSITE[key];
		return other === undefined || (usage.get(key) ?? 0) - (usage.get(other) ?? 0) < 2;
	}
	const kindOf = (key: string) => key.split(':')[0]!;
	const clashes = (q: Question, others: ReadonlyMap<string, readonly Question[]>) =>
		(others.get(q.section) ?? []).filter((o) => clash(q, o, rc)).length;
	// What optional questions may still come, per section; a sample is enough to steer the choice.
	const UPCOMING_SAMPLE = 40;
	const upcoming = new Map<string, Question[]>();
	for (const s of all) {
		if (s.required) continue;
		for (const c of live(s)) {
			const list = upcoming.get(c.question.section) ?? [];
			if (list.length < UPCOMING_SAMPLE) list.push(c.question);
			upcoming.set(c.question.section, list);
		}
	}
	const record = (q: Question) => {
		picked.push(q);
		pickedIds.add(q.id);
		pickedPrompts.add(promptKey(q));
		pickedIn.set(q.section, [...(pickedIn.get(q.section) ?? []), q]);
		for (const k of figureKeys(q)) perFigure.set(k, (perFigure.get(k) ?? 0) + 1);
		if (q.kind === 'quote-or-paraphrase')
			quoteOrParaphraseIn.set(q.section, (quoteOrParaphraseIn.get(q.section) ?? 0) + 1);
	};

	// Required slots still to come, per section: an optional question early in the order (a conflict's
	// comparison) must leave them room under MAX_PER_SECTION.
	const sectionOfSlot = (s: Slot) => s.candidates.find((c) => c.question)?.question?.section;
	const requiredLeft = new Map<string, number>();
	for (const s of all) {
		const section = s.required ? sectionOfSlot(s) : undefined;
		if (section) requiredLeft.set(section, (requiredLeft.get(section) ?? 0) + 1);
	}
	const take = (s: Slot, ignoreCap: boolean) => {
		if (s.once !== undefined && done.has(s.once)) return true;
		const options = live(s).map((c, index) => ({
			c,
			pref: c.rank ?? index,
			hard: clashes(c.question, pickedIn),
			soft: s.required ? clashes(c.question, upcoming) : 0,
			use: (usage.get(c.key) ?? 0) + (usage.get(kindOf(c.key)) ?? 0)
		}));
		const cost = (o: (typeof options)[number]) => o.use + 10 * o.soft + 2 * o.pref;
		options.sort((x, y) => x.hard - y.hard || cost(x) - cost(y) || x.pref - y.pref);
		const best = options[0];
		if (!best) return true;
		// A question that gives another away, or asks it again, is never worth having: a thin section
		// keeps fewer questions instead.
		if (best.hard > 0) return false;
		const full = pickedIn.get(best.c.question.section)?.length ?? 0;
		const reserved = requiredLeft.get(best.c.question.section) ?? 0;
		if (!s.required && !ignoreCap && full + reserved >= MAX_PER_SECTION) return false;
		record(best.c.question);
		for (const k of new Set([best.c.key, kindOf(best.c.key)]))
			usage.set(k, (usage.get(k) ?? 0) + 1);
		if (s.once !== undefined) done.add(s.once);
		return true;
	};

	for (const s of all) {
		const taken = take(s, false);
		if (!taken) deferred.push(s);
		// A required slot left out keeps its room: the safety net after selection may still ask about it.
		const section = s.required && taken ? sectionOfSlot(s) : undefined;
		if (section) requiredLeft.set(section, (requiredLeft.get(section) ?? 1) - 1);
	}

	// Thin sections take back what was left out, then ask a second question about a quote or figure.
	const sectionsOf = (s: Slot) =>
		new Set(s.candidates.flatMap((c) => (c.question ? [c.question.section] : [])));
	const bySection = (slots: readonly Slot[]) => {
		const map = new Map<string, Slot[]>();
		for (const s of slots)
			for (const section of sectionsOf(s)) map.set(section, [...(map.get(section) ?? []), s]);
		return map;
	};
	const deferredIn = bySection(deferred);
	const requiredIn = bySection(all.filter((x) => x.required));
	for (const section of ctx.sectionIds) {
		const count = () => pickedIn.get(section)?.length ?? 0;
		if (count() >= MIN_PER_SECTION) continue;
		const mine = (s: Slot) => live(s).some((c) => c.question.section === section);
		for (const s of (deferredIn.get(section) ?? []).filter(mine))
			if (count() < MIN_PER_SECTION) take(s, true);
		// Each round may add one more question from a quote's or figure's slot.
		for (let round = 0; round < 2; round++)
			for (const s of (requiredIn.get(section) ?? []).filter(mine))
				if (count() < MIN_PER_SECTION) take(s, true);
	}
	return picked;
}

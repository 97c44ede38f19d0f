/**
 * The last step of extraction: the passes' results become the claims table (types.ts). Attributions below
 * the threshold lose their speaker or source (null: a person decides); only entities that some kept claim
 * names become speakers; ids are given in article order.
 */
import type { Article } from '../article/types';
import { round } from './confidence';
import { findConflicts } from './conflicts';
import type { Doc } from './document';
import { canonicalName, type Entities, type Entity } from './entities';
import type { EstimateClaim } from './estimates';
import type { EventClaim } from './events';
import { slug } from './names';
import type { ParaphraseClaim } from './paraphrases';
import { placeNames, placeOf } from './places';
import type { QuoteClaim } from './quotes';
import {
	ARTICLE_SOURCE,
	type ClaimEvent,
	type Claims,
	type Estimate,
	type Paraphrase,
	type Quote,
	type Speaker
} from './types';
import { findAuthorVoice } from './voice';

export interface PassResults {
	quotes: readonly QuoteClaim[];
	estimates: readonly EstimateClaim[];
	paraphrases: readonly ParaphraseClaim[];
	events: readonly EventClaim[];
}

function speakerOf(e: Entity, id: string, places: Set<string>): Speaker {
	const name = canonicalName(e);
	const kind = e.kind === 'person' ? 'person' : 'organisation';
	const role = e.kind === 'person' ? (e.roles[0] ?? '') : 'organisation';
	const org = e.kind === 'person' ? e.org || placeOf(role, places) : placeOf(name, places) || name;
	return {
		id,
		name,
		kind,
		role,
		org,
		aliases: [...new Set([...e.names, ...e.aliases])].filter((a) => a !== name),
		evidence: [...e.namedIn],
		origin: 'extracted'
	};
}

export function assembleClaims(
	article: Article,
	doc: Doc,
	entities: Entities,
	found: PassResults,
	threshold: number
): Claims {
	const sure = (c: { confidence: number }) => c.confidence >= threshold;
	const order = new Map(doc.sentences.map((s) => [s.id, s.order]));
	const used = new Set<number>();
	for (const q of found.quotes) if (q.entity !== null && sure(q)) used.add(q.entity);
	for (const e of found.estimates) {
		if (typeof e.source === 'number' && sure(e)) {
			used.add(e.source);
			if (e.citedFrom !== null) used.add(e.citedFrom);
		}
	}
	for (const p of found.paraphrases) if (sure(p)) used.add(p.entity);
	for (const e of found.events) if (e.source !== null && sure(e)) used.add(e.source);

	const places = placeNames(article);
	const ids = new Map<number, string>();
	const taken = new Set<string>([ARTICLE_SOURCE]);
	const speakers: Speaker[] = [];
	for (const e of entities.entities) {
		if (!used.has(e.id)) continue;
		const base = slug(canonicalName(e));
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(e.id, id);
		speakers.push(speakerOf(e, id, places));
	}
	const idOf = (entity: number) => ids.get(entity)!;

	const quotes: Quote[] = found.quotes.map((q, i) => {
		const speaker = q.entity !== null && sure(q) ? idOf(q.entity) : null;
		const evidence = [...q.evidence];
		// “…,” he insisted: the evidence also shows where the speaker is named.
		if (q.entity !== null) {
			const e = entities.entities[q.entity]!;
			const last = Math.max(...evidence.map((id) => order.get(id) ?? 0));
			const namedHere = e.namedIn.some((id) => evidence.includes(id));
			const naming = e.namedIn.filter((id) => (order.get(id) ?? 0) <= last).at(-1);
			if (!namedHere && naming) evidence.unshift(naming);
		}
		return {
			id: `q${i + 1}`,
			text: q.span.text,
			speaker,
			sentence: q.sentence.id,
			evidence: [...new Set(evidence)].sort((a, b) => order.get(a)! - order.get(b)!),
			section: doc.paragraphs[q.span.paragraph]!.sectionId,
			kind: q.kind,
			rule: q.rule,
			confidence: round(q.confidence),
			origin: 'extracted'
		};
	});

	const estimates: Estimate[] = found.estimates.map((e, i) => {
		const source =
			e.source === null || !sure(e)
				? null
				: e.source === 'article'
					? ARTICLE_SOURCE
					: idOf(e.source);
		return {
			id: `e${i + 1}`,
			text: e.figure.text,
			value: e.figure.value,
			low: e.figure.low,
			high: e.figure.high,
			hedge: e.figure.hedge,
			counts: e.counts,
			quantity: e.quantity,
			source,
			citedFrom: source !== null && e.citedFrom !== null ? idOf(e.citedFrom) : null,
			sentence: e.sentence.id,
			section: e.paragraph.sectionId,
			rule: e.rule,
			confidence: round(e.confidence),
			origin: 'extracted'
		};
	});

	const paraphrases: Paraphrase[] = found.paraphrases.filter(sure).map((p, i) => ({
		id: `p${i + 1}`,
		text: p.text,
		speaker: idOf(p.entity),
		sentence: p.sentence.id,
		section: doc.paragraphs[p.sentence.paragraph]!.sectionId,
		origin: 'extracted'
	}));

	const events: ClaimEvent[] = found.events.filter(sure).map((e, i) => ({
		id: `t${i + 1}`,
		what: e.what,
		when: e.when,
		source: e.source !== null ? idOf(e.source) : null,
		sentence: e.sentence.id,
		section: doc.paragraphs[e.sentence.paragraph]!.sectionId,
		origin: 'extracted'
	}));

	return {
		speakers,
		quotes,
		paraphrases,
		estimates,
		events,
		conflicts: findConflicts(estimates),
		authorVoice: findAuthorVoice(article, quotes, paraphrases)
	};
}

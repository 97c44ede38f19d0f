import { PERSON_ROLE_WORDS } from './lexicon';
import { phraseAtEnd } from './mentions';
import type { Context, Registry } from './registry';
import { readAppositive } from './attribution';
import type { SentenceRef } from './text';

/** A capitalised run (with “of”, “on”, “at” between names), plus lower-case institution words after it. */
const NAMED =
	/\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|on|at|for)\s+)?\p{Lu}[\p{L}’'.-]*)*(?:\s+(?:foreign|trade|finance|health|interior|defense|defence|state|national)?\s*(?:ministry|navy|army|police|intelligence|officials|government|department|office|council|agency))?/gu;

const FEMALE_ROLES = /\b(wife|mother|daughter|sister|woman|grandmother|widow)\b/i;
const MALE_ROLES = /\b(husband|father|son|brother|man|grandfather|widower)\b/i;

/**
 * Registers the people and bodies a sentence introduces even when they say nothing there, so later
 * references resolve: “His wife, Amaka Idowu, runs the Seafarers’ Welfare Network, a charity …”.
 */
export function registerNames(masked: string, sentence: SentenceRef, registry: Registry) {
	const ctx: Context = {
		sentenceId: sentence.id,
		order: sentence.order,
		sentenceText: sentence.text
	};
	const text = masked.slice(sentence.start, sentence.start + sentence.text.length);
	// Comma-separated chunks: “Name, appositive,” and “appositive, Name,” pairs.
	const chunks = text.split(/,\s*|\s+—\s+|;\s*/);
	for (let i = 0; i < chunks.length; i++) {
		const chunk = chunks[i]!.replace(/[«»·]+/g, ' ')
			.replace(/[!?]|(?<!\b\p{L})\.(?=\s|$)/gu, ' ')
			.trim();
		// Organisations and titled people named anywhere (“runs the Seafarers’ Welfare Network”);
		// other full names are remembered for a later surname.
		for (const run of chunk.matchAll(NAMED)) {
			const m = phraseAtEnd(run[0].replace(/[’']s$/, ''));
			if (!m) continue;
			if (m.kind === 'organisation' && /\p{Lu}/u.test(m.name)) {
				const e = registry.resolve(m, ctx);
				// “The International Office for Displaced Persons (IODP)”: the acronym is another name.
				const acronym = /^\s*\(([A-Z]{2,})\)/.exec(chunk.slice(run.index + run[0].length));
				if (e && acronym && !e.names.includes(acronym[1]!)) e.names.push(acronym[1]!);
			}
			if (m.kind === 'person') registry.resolve(m, ctx);
			if (m.kind === 'name' && /\s/.test(m.name)) registry.noteName(m.name);
		}
		// “Garin was appointed the government’s special envoy”: a later title is the speaker's too.
		const appointed =
			/^(.*?)\s+(?:was|has been|had been|is)\s+(?:later\s+)?(?:appointed|named|made|promoted to|elected|confirmed as)\s+(?:as\s+)?(.+)$/.exec(
				chunk
			);
		if (appointed) {
			const who = phraseAtEnd(appointed[1]!);
			const e = who ? registry.resolve(who, ctx) : null;
			if (e && e.kind === 'person') {
				const role = appointed[2]!.replace(/\s+(?:on|in|at|by|for|last|this)\s.*$/i, '');
				const read = readAppositive(/^(the|a|an)\s/i.test(role) ? role : `the ${role}`);
				for (const w of (read?.role || role).toLowerCase().split(/\s+/))
					e.roleWords.add(w.replace(/[’']s$/, ''));
				e.role = read?.role || role;
			}
		}
		// An untitled name next to a person description: “Ellen Sauer, who …”, “His wife, Amaka Idowu”.
		const m = phraseAtEnd(chunk);
		// A person is introduced by a full name; a lone capitalised word is a place or a body.
		if (!m || m.kind !== 'name' || !chunk.endsWith(m.text)) continue;
		// The description stands right after the name, or (for a name alone) right before it.
		const neighbours = [chunks[i + 1], chunk === m.text ? chunks[i - 1] : undefined].filter(
			(c): c is string => !!c
		);
		let kind: 'person' | 'organisation' | null = null;
		const described = neighbours.find((c) => {
			// “Gary Pearce, 58, has driven …”: an age marks a person too.
			if (/^\d{1,3}$/.test(c.trim())) {
				kind = 'person';
				return true;
			}
			if (
				!/^(?:(?:then|now|formerly)\s+)?(?:a|an|the|his|her|its|their|who|which)\s/i.test(c.trim())
			)
				return false;
			const ap = readAppositive(c) ?? null;
			const head = c.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
			if (ap?.hint === 'person' || PERSON_ROLE_WORDS.has(head) || /^who\b/i.test(c.trim()))
				kind = 'person';
			else if (ap?.hint === 'organisation') kind = 'organisation';
			return kind !== null;
		});
		if (!described || !kind || (kind === 'person' && !/\s/.test(m.name))) continue;
		const e = registry.resolveName(m, ctx, kind);
		if (e.kind !== 'person') continue;
		const around = neighbours.join(' ');
		if (FEMALE_ROLES.test(around) && !e.gender) e.gender = 'f';
		if (MALE_ROLES.test(around) && !e.gender) e.gender = 'm';
	}
}

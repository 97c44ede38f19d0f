import {
	FEMALE_HONORIFICS,
	MALE_HONORIFICS,
	ORG_WORDS,
	PERSON_ROLE_WORDS,
	TITLE_WORDS
} from './lexicon';
import type { Mention } from './mentions';
import { normalise } from './text';

/** A person or body the article names, with everything learned about it so far. */
export interface Entity {
	key: number;
	kind: 'person' | 'organisation';
	/** Every form seen; the canonical name is the fullest. */
	names: string[];
	/** Title before the name (`Defense Minister`) or role from an appositive (`the agency’s director`). */
	role: string;
	org: string;
	/** Lower-case title and role words, for resolving “Governor Dossou” or “the sheriff”. */
	roleWords: Set<string>;
	/** Other verbatim references (surname, title + surname, descriptions). */
	aliases: Set<string>;
	gender: 'f' | 'm' | null;
	evidence: Set<string>;
	/** Sentences that name it (not just “he” or “it”), in article order. */
	namedIn: Array<{ id: string; order: number }>;
	/** Article order of the last sentence that mentioned it: recency decides between candidates. */
	lastSeen: number;
}

/** First words that make an untitled two-word name a place rather than a person (“South Korea”). */
const PLACE_STARTS = new Set(
	'north south east west northern southern eastern western new united upper lower central saint san santa los las el port mount lake fort'.split(
		' '
	)
);

/** Heads that name a loose group of people rather than one body (“officials”, “experts”). */
const GROUP_HEADS = new Set(
	'officials experts analysts researchers scientists diplomats forecasters investigators prosecutors residents workers members'.split(
		' '
	)
);

/** Words for a business: “the company” can be “Velden Group” or “Castellan Shipping”. */
const COMPANY_HEADS = new Set(
	'company firm business group corporation operator owner carrier maker manufacturer retailer insurer lender inc ltd corp analytics'.split(
		' '
	)
);

const HONORIFICS = new Set([...FEMALE_HONORIFICS, ...MALE_HONORIFICS]);
const tokens = (name: string) => normalise(name).split(' ').filter(Boolean);

export function canonicalName(e: Entity): string {
	return e.names.reduce(
		(best, n) => (tokens(n).length > tokens(best).length ? n : best),
		e.names[0]!
	);
}

function addRoleWords(e: Entity, text: string) {
	for (const w of text.toLowerCase().split(/[^\p{L}.-]+/u))
		if (w) e.roleWords.add(w.replace(/’s$|'s$/, ''));
}

/** Where an entity is being looked up: the sentence, for recency and to rule out people named in it. */
export interface Context {
	sentenceId: string;
	order: number;
	sentenceText: string;
}

export class Registry {
	readonly entities: Entity[] = [];
	/** Full names seen in the text (“Mira Kostan, 34, was waiting”), for a later bare surname. */
	private readonly fullNames: string[] = [];

	/** Remembers a two- or three-word name the text has used, in case a surname refers to it later. */
	noteName(name: string) {
		this.fullNames.push(name.replace(/[’']s$/, ''));
	}

	private create(kind: Entity['kind'], name: string, ctx: Context): Entity {
		const e: Entity = {
			key: this.entities.length,
			kind,
			names: [name],
			role: kind === 'organisation' ? 'organisation' : '',
			org: kind === 'organisation' ? name : '',
			roleWords: new Set(),
			aliases: new Set(),
			gender: null,
			evidence: new Set([ctx.sentenceId]),
			namedIn: [{ id: ctx.sentenceId, order: ctx.order }],
			lastSeen: ctx.order
		};
		this.entities.push(e);
		return e;
	}

	/** Marks `e` as mentioned by `text` in this sentence. */
	touch(e: Entity, ctx: Context, text?: string): Entity {
		e.lastSeen = Math.max(e.lastSeen, ctx.order);
		e.evidence.add(ctx.sentenceId);
		if (text && !e.namedIn.some((n) => n.id === ctx.sentenceId)) {
			e.namedIn.push({ id: ctx.sentenceId, order: ctx.order });
		}
		if (text && normalise(text) !== normalise(canonicalName(e))) e.aliases.add(text);
		return e;
	}

	/** The most recently mentioned entity that passes `test`. */
	recent(test: (e: Entity) => boolean): Entity | null {
		let best: Entity | null = null;
		for (const e of this.entities) if (test(e) && (!best || e.lastSeen > best.lastSeen)) best = e;
		return best;
	}

	/** Finds or creates the entity a mention refers to; null when it cannot tell. */
	resolve(m: Mention, ctx: Context, hint: Entity['kind'] | null = null): Entity | null {
		switch (m.kind) {
			case 'pronoun':
				return this.resolvePronoun(m, ctx);
			case 'person':
				return this.resolvePerson(m, ctx);
			case 'organisation':
				return this.resolveOrganisation(m.name, ctx, m.text);
			case 'description':
				return this.resolveDescription(m, ctx);
			case 'name':
				return this.resolveName(m, ctx, hint);
		}
	}

	private resolvePronoun(m: Mention, ctx: Context): Entity | null {
		if (m.name === 'he' || m.name === 'she') {
			const e = this.recent(
				(x) => x.kind === 'person' && (x.gender === null || x.gender === m.gender)
			);
			if (e && e.gender === null) e.gender = m.gender;
			return e ? this.touch(e, ctx) : null;
		}
		if (m.name === 'it' || m.name === 'they') {
			const e = this.recent((x) => x.kind === 'organisation');
			return e ? this.touch(e, ctx) : null;
		}
		return null;
	}

	private resolvePerson(m: Mention, ctx: Context): Entity {
		let e: Entity | null = null;
		if (/\s/.test(m.name.trim())) {
			e =
				this.entities.find(
					(x) => x.kind === 'person' && x.names.some((n) => normalise(n) === normalise(m.name))
				) ?? null;
		} else {
			e = this.bySurname(m, ctx) ?? this.byNotedName(m, ctx);
		}
		if (!e) e = this.create('person', m.name, ctx);
		else if (!e.names.includes(m.name)) e.names.push(m.name);
		this.learn(e, m);
		return this.touch(e, ctx, m.text);
	}

	/** Adds what a mention says about a person: its title, place and gender. */
	learn(e: Entity, m: Mention) {
		const title = m.title.replace(/^(the|a|an)\s+/i, '');
		const titleWords = title.toLowerCase().split(/\s+/);
		const honorificOnly = titleWords.every((w) => HONORIFICS.has(w));
		if (title && !honorificOnly) {
			addRoleWords(e, title);
			// “House Permanent Select Committee on Intelligence Chairman”: the body, then the title.
			const split =
				/^(.*\b(?:[A-Z][a-z]+\s+)*(?:Committee|Commission|Council|Agency|Ministry|Department|Office|Party|Court|Bureau|Authority|Board)(?:\s+(?:on|of|for)\s+[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*)?)\s+((?:[A-Z][a-z]+\s*)+)$/u.exec(
					title
				);
			if (
				split &&
				[...split[2]!.trim().split(/\s+/)].every((w) => TITLE_WORDS.has(w.toLowerCase()))
			) {
				if (!e.role) e.role = split[2]!.trim();
				if (!e.org) e.org = split[1]!;
			} else if (!e.role) e.role = title;
		}
		if (m.gender && !e.gender) e.gender = m.gender;
		if (m.of && !e.org) e.org = m.of;
	}

	/**
	 * A surname whose full name the text gave earlier outside any attribution (“Gary Pearce, 58, has
	 * driven …” then “Mr Pearce said”), and that no known person of the right gender carries.
	 */
	private byNotedName(m: Mention, ctx: Context): Entity | null {
		const key = normalise(m.name);
		const taken = new Set(this.entities.flatMap((x) => x.names.map(normalise)));
		const full = this.fullNames.findLast((n) => {
			const ws = normalise(n).split(' ');
			return ws.length >= 2 && (ws.at(-1) === key || ws[0] === key) && !taken.has(normalise(n));
		});
		if (!full) return null;
		const e = this.create('person', full, ctx);
		if (m.gender) e.gender = m.gender;
		this.learn(e, m);
		return e;
	}

	/** A lone surname, possibly with a title: picks among people who share it. */
	private bySurname(m: Mention, ctx: Context): Entity | null {
		const surname = normalise(m.name);
		const carries = (n: string) => {
			const full = normalise(n);
			return full === surname || full.endsWith(` ${surname}`) || full.startsWith(`${surname} `);
		};
		let candidates = this.entities.filter((x) => x.kind === 'person' && x.names.some(carries));
		if (candidates.length === 0) return null;
		if (candidates.length === 1 && !m.gender) return candidates[0]!;
		const titleWords = m.title
			.toLowerCase()
			.split(/\s+/)
			.filter((w) => w && !HONORIFICS.has(w));
		if (titleWords.length) {
			const titled = candidates.filter((x) => titleWords.every((w) => x.roleWords.has(w)));
			if (titled.length) candidates = titled;
		}
		if (m.gender) {
			const fits = candidates.filter((x) => x.gender === null || x.gender === m.gender);
			// “Mr Pearce” when the only Pearce known is a woman: someone not yet known.
			if (fits.length === 0) return null;
			candidates = fits;
		}
		// Someone else named in the same sentence (“the governor’s claim”) is not the speaker.
		const sentence = ctx.sentenceText.toLowerCase();
		const others = candidates.filter(
			(x) => ![...x.roleWords].some((w) => w.length > 3 && sentence.includes(`the ${w}`))
		);
		if (others.length) candidates = others;
		return candidates.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
	}

	resolveOrganisation(name: string, ctx: Context, text = name): Entity {
		const clean = name.replace(/^(the|a|an)\s+/i, '');
		const key = normalise(clean);
		const want = new Set(tokens(clean));
		let e =
			this.entities.find(
				(x) => x.kind === 'organisation' && x.names.some((n) => normalise(n) === key)
			) ?? null;
		// A shorter form of a known name (“the Red Crescent”), or a fuller one.
		if (!e) {
			e = this.recent(
				(x) =>
					x.kind === 'organisation' &&
					x.names.some((n) => {
						const have = tokens(n);
						// A shorter form resolves to a fuller known name; a fuller form absorbs a known
						// name only when that name is more than one generic word (“Intelligence”).
						const shorter = [...want].every((w) => have.includes(w));
						const fuller =
							have.length >= 2 &&
							!have.every((w) => ORG_WORDS.has(w)) &&
							have.every((w) => want.has(w));
						return shorter || fuller;
					})
			);
			if (e) e.names.push(clean);
		}
		if (!e) e = this.create('organisation', clean, ctx);
		return this.touch(e, ctx, text);
	}

	private resolveDescription(m: Mention, ctx: Context): Entity | null {
		const head = m.head;
		const modifiers = tokens(m.title || m.name).filter((w) => w !== head);
		if (PERSON_ROLE_WORDS.has(head)) {
			// “the task force chair”: the person with that role, else the person the text is about.
			const e =
				this.recent(
					(x) =>
						x.kind === 'person' &&
						x.roleWords.has(head) &&
						modifiers.every((w) => x.roleWords.has(w))
				) ??
				this.recent((x) => x.kind === 'person' && x.roleWords.has(head)) ??
				(/^the\s/i.test(m.text) ? this.recent((x) => x.kind === 'person') : null);
			return e ? this.touch(e, ctx, m.text) : null;
		}
		if (ORG_WORDS.has(head)) {
			const byName = (x: Entity, all: boolean) =>
				x.kind === 'organisation' &&
				x.names.some((n) => {
					const have = tokens(n);
					return have.includes(head) && (!all || modifiers.every((w) => have.includes(w)));
				});
			// “the agency” with no agency named: the body the text was just talking about.
			const e =
				this.recent((x) => byName(x, true)) ??
				(modifiers.length === 0 ? this.recent((x) => byName(x, false)) : null) ??
				(modifiers.length === 0 && /^the\s/i.test(m.text) && !GROUP_HEADS.has(head)
					? this.fallbackBody(head)
					: null);
			if (e) return this.touch(e, ctx, m.text);
			// “The finance ministry” with nothing to point back to is a body of its own.
			return this.resolveOrganisation(m.name || m.title, ctx, m.text);
		}
		return null;
	}

	/**
	 * “the company” when no name says company: the body the text was just about, preferring one whose
	 * name does not call it something else (“the company” is not “the Marine Institute”).
	 */
	private fallbackBody(head: string): Entity | null {
		const isBody = (x: Entity) =>
			x.kind === 'organisation' && !tokens(canonicalName(x)).some((w) => GROUP_HEADS.has(w));
		if (!COMPANY_HEADS.has(head)) return this.recent(isBody);
		// “the company”: a business, not the ministry or the institute mentioned since.
		return (
			this.recent(
				(x) =>
					isBody(x) &&
					!tokens(canonicalName(x)).some((w) => ORG_WORDS.has(w) && !COMPANY_HEADS.has(w))
			) ?? this.recent(isBody)
		);
	}

	/**
	 * A capitalised name with no title: a known person (by full name or surname), a known body (by a
	 * shorter or fuller form), else a new person or body — `hint` comes from an appositive
	 * (“, a schoolteacher,” or “, an analytics firm,”).
	 */
	resolveName(m: Mention, ctx: Context, hint: Entity['kind'] | null = null): Entity {
		const nameTokens = tokens(m.name);
		const key = normalise(m.name);
		const exact = this.entities.find((x) => x.names.some((n) => normalise(n) === key));
		if (exact) return this.touch(exact, ctx, m.text);
		if (!/\s/.test(m.name.trim())) {
			const person = this.bySurname(m, ctx) ?? this.byNotedName(m, ctx);
			if (person) return this.touch(person, ctx, m.text);
		}
		const org = this.recent(
			(x) =>
				x.kind === 'organisation' &&
				x.names.some((n) => {
					const have = tokens(n);
					return nameTokens.every((w) => have.includes(w));
				})
		);
		if (org) return this.touch(org, ctx, m.text);
		const place = PLACE_STARTS.has(nameTokens[0] ?? '');
		const person = hint === 'person' || (hint === null && nameTokens.length >= 2 && !place);
		if (person) return this.resolvePerson({ ...m, kind: 'person' }, ctx);
		return this.resolveOrganisation(m.name, ctx, m.text);
	}
}

/**
 * Pass 2: entity resolution. Reads the mentions in article order and decides, for each, which person or
 * body it refers to — an earlier one (a surname, “the trust”, “she”) or a new one (a full name, a body
 * named for the first time, “a senior official”) — with the rule that decided and how sure it is. The
 * registry is the only writer of entities; finding and creating are separate calls.
 */
import type { Doc } from './document';
import { NO_HINTS, type Hints } from './hints';
import {
	COURTESY_TITLES,
	COMPANY_WORDS,
	FIGURE_NOUNS,
	GROUP_WORDS,
	ORG_WORDS,
	PERSON_ROLE_WORDS,
	SPEECH_VERBS,
	TITLES,
	TITLE_MODIFIERS,
	VERB_LEAD
} from './lexicon';
import type { Apposition, Mention, Mentions } from './mentions';
import { normalise, nameTokens } from './names';
import { RESOLVE } from './rules/resolve';
import type { Token } from './tokens';

export interface Entity {
	id: number;
	kind: 'person' | 'org' | 'group';
	/** Every name form seen (`Ruth Akande`, `Akande`); the canonical name is the fullest. */
	names: string[];
	/** Roles as written (`head of research`, `Councillor`). */
	roles: string[];
	/** Lower-case words of its titles, roles and descriptions, for “the councillor”, “the charity”. */
	roleWords: Set<string>;
	/** The body a person belongs to or speaks for, as written; a body's own name for a body. */
	org: string;
	gender: 'f' | 'm' | null;
	/** Described, never named (“a senior official”). */
	unnamed: boolean;
	/** Something showed it is a person: a full name given with an age, “who …”, or speech. */
	personEvidence: boolean;
	/** A body known so far only by a description (“the state’s wildlife agency”). */
	describedOnly: boolean;
	/** A country, region or city: a source when it speaks (“South Korea estimated”), never “the agency”. */
	place: boolean;
	/** Every verbatim reference (`Dr Akande`, `the trust’s head of research`). */
	aliases: Set<string>;
	/** Sentences that name or describe it (not just “she”), in article order. */
	namedIn: string[];
	/** Sentences where any mention refers to it. */
	evidence: Set<string>;
	lastSeen: number;
}

/** Which entity a mention refers to, by which rule, how sure. `entity` null: no one. */
export interface Resolution {
	entity: number | null;
	rule: string;
	confidence: number;
}

export interface Entities {
	entities: readonly Entity[];
	/** Mention id → resolution, for every mention that can stand for a source. */
	links: ReadonlyMap<number, Resolution>;
}

/** Adjectives before a role that do not change whose role it is (“the incoming chief executive”). */
const ROLE_ADJECTIVES = new Set(
	'new incoming outgoing former current next acting interim then senior top local young veteran longtime long-time retired own'.split(
		' '
	)
);

/** Role words that mean the same role (“the commission chairwoman” for someone who chairs it). */
const SAME_ROLE: Readonly<Record<string, string>> = {
	chairman: 'chair',
	chairwoman: 'chair',
	chairperson: 'chair',
	chairs: 'chair',
	spokesman: 'spokesperson',
	spokeswoman: 'spokesperson',
	heads: 'head',
	leads: 'leader',
	lead: 'leader',
	runs: 'head',
	directs: 'director',
	manages: 'manager',
	councilman: 'councillor',
	councilwoman: 'councillor',
	councilor: 'councillor'
};

const isTitle = (word: string) => TITLES.has(word) || TITLES.has(`${word}.`);

const roleWordsOf = (text: string) =>
	normalise(text)
		.split(' ')
		.filter((w) => w && !ROLE_ADJECTIVES.has(w))
		.map((w) => TITLES.get(w) ?? TITLES.get(`${w}.`) ?? w)
		.map((w) => SAME_ROLE[w] ?? w);

export class Registry {
	private readonly list: Entity[] = [];

	get entities(): readonly Entity[] {
		return this.list;
	}

	create(kind: Entity['kind'], name: string, m: Mention, unnamed = false): Entity {
		const e: Entity = {
			id: this.list.length,
			kind,
			names: [name],
			roles: [],
			roleWords: new Set(),
			org: kind === 'org' ? name : '',
			gender: null,
			unnamed,
			personEvidence: unnamed,
			describedOnly: false,
			place: false,
			aliases: new Set(),
			namedIn: [],
			evidence: new Set(),
			lastSeen: m.order
		};
		this.list.push(e);
		this.touch(e, m);
		return e;
	}

	/** Records that `m` refers to `e`. */
	touch(e: Entity, m: Mention) {
		e.lastSeen = Math.max(e.lastSeen, m.order);
		e.evidence.add(m.sentence);
		if (m.kind !== 'pronoun') {
			if (!e.namedIn.includes(m.sentence)) e.namedIn.push(m.sentence);
			// The phrase as written (“Defense Minister Kim”) and, for a person, the name in it (“Kim”).
			for (const text of [m.text, m.kind === 'person' || m.kind === 'name' ? m.name : ''].map((t) =>
				t.replace(/[’']s?$/, '').replace(/^the\s+/i, '')
			)) {
				if (text && normalise(text) !== normalise(canonicalName(e))) e.aliases.add(text);
			}
		}
	}

	learnRole(e: Entity, role: string, org = '') {
		const words = role
			.replace(/^(?:the|a|an)\s+/i, '')
			.trim()
			.split(/\s+/);
		while (words.length && COURTESY_TITLES.has(words[0]!.toLowerCase())) words.shift();
		// “epidemiologist Dr.”: a courtesy title between the role and the name is no part of the role.
		while (words.length && COURTESY_TITLES.has(words.at(-1)!.toLowerCase())) words.pop();
		const clean = words.join(' ');
		if (!clean) return;
		if (!e.roles.includes(clean)) e.roles.push(clean);
		for (const w of roleWordsOf(clean)) e.roleWords.add(w);
		if (org && !e.org) e.org = org.replace(/^the\s+/i, '');
	}

	addName(e: Entity, name: string) {
		if (!e.names.some((n) => normalise(n) === normalise(name))) e.names.push(name);
	}

	/** People whose full name equals `name`, ignoring case and punctuation. */
	byFullName(name: string): Entity[] {
		const key = normalise(name);
		return this.list.filter((e) => e.names.some((n) => normalise(n) === key));
	}

	/** People one of whose names ends or starts with the single word `word` (a surname or first name). */
	byNameWord(word: string): Entity[] {
		const w = normalise(word);
		return this.list.filter(
			(e) =>
				e.kind === 'person' &&
				e.names.some((n) => {
					const ts = nameTokens(n);
					return ts.length >= 2 && (ts.at(-1) === w || ts[0] === w);
				})
		);
	}

	/** Bodies whose name has every word of `tokens` (a shorter form), or is wholly inside it (a fuller one). */
	orgsLike(tokens: readonly string[]): Entity[] {
		const want = new Set(tokens);
		return this.list.filter(
			(e) =>
				e.kind === 'org' &&
				!e.place &&
				e.names.some((n) => {
					const have = nameTokens(n);
					const shorter = tokens.length > 0 && tokens.every((w) => have.includes(w));
					const fuller =
						have.length >= 2 &&
						!have.every((w) => ORG_WORDS.has(w)) &&
						have.every((w) => want.has(w));
					return shorter || fuller;
				})
		);
	}

	/**
	 * Bodies whose name or description has the head noun (`trust`, `department`); for “the company” or
	 * “the firm”, any body whose name or description makes it a business (“a research group” does not).
	 */
	orgsWithHead(head: string): Entity[] {
		const business = (w: string) => COMPANY_WORDS.has(w) && w !== 'group';
		return this.list.filter(
			(e) =>
				e.kind === 'org' &&
				!e.place &&
				(e.names.some((n) => nameTokens(n).includes(head)) ||
					e.roleWords.has(head) ||
					(COMPANY_WORDS.has(head) &&
						(e.names.some((n) => nameTokens(n).some((w) => COMPANY_WORDS.has(w))) ||
							[...e.roleWords].some(business))))
		);
	}

	/**
	 * People and groups whose roles include every word of `words` (`councillor`; `chief executive`); a
	 * word may also be their body's (“the commission chairwoman” for the chair of the commission).
	 */
	withRole(words: readonly string[]): Entity[] {
		return this.list.filter((e) => {
			if (e.kind === 'org' || words.length === 0) return false;
			const org = new Set(nameTokens(e.org));
			return (
				words.every((w) => e.roleWords.has(w) || org.has(w)) &&
				words.some((w) => e.roleWords.has(w))
			);
		});
	}
}

export function canonicalName(e: Entity): string {
	return e.names.reduce(
		(best, n) => (nameTokens(n).length > nameTokens(best).length ? n : best),
		e.names[0]!
	);
}

/** Whether a verb of saying stands right after the mention, or right before it after a quote. */
function speaks(tokens: readonly Token[], m: Mention): boolean {
	let k = m.to;
	while (k < tokens.length && VERB_LEAD.has(tokens[k]!.lower)) k++;
	if (SPEECH_VERBS.has(tokens[k]?.lower ?? '')) return true;
	const before = tokens[m.from - 1];
	return (
		!!before &&
		SPEECH_VERBS.has(before.lower) &&
		(tokens[m.from - 2]?.type === 'quote' || tokens[m.from - 2]?.text === ',')
	);
}

/** Words that set a group apart from the sources already named: “other experts”, “independent analysts”. */
const QUALIFIED_GROUP = new Set([
	'other',
	'some',
	'independent',
	'outside',
	'many',
	'several',
	'most'
]);

/**
 * Whether `short` abbreviates `full`: its last word, in capitals, is the initials of the words of `full`
 * after the words they share (“California ISO”, “California Independent System Operator”; “ORS”, “Office
 * for Road Safety”). Small words (of, for, the, and) may be skipped.
 */
export function abbreviates(short: string, full: string): boolean {
	const s = short.replace(/^the\s+/i, '').split(/\s+/);
	const f = full.replace(/^the\s+/i, '').split(/\s+/);
	const acronym = s.at(-1)!;
	if (!/^\p{Lu}{2,6}$/u.test(acronym) || s.length >= f.length) return false;
	const lead = s.slice(0, -1);
	if (lead.some((w, i) => w.toLowerCase() !== f[i]?.toLowerCase())) return false;
	const rest = f.slice(lead.length);
	const all = rest.map((w) => w[0]!).join('');
	const content = rest
		.filter((w) => !/^(?:of|for|the|and|on|in)$/i.test(w))
		.map((w) => w[0]!)
		.join('');
	return acronym === all.toUpperCase() || acronym === content.toUpperCase();
}

const mostRecent = (es: readonly Entity[]) =>
	es.reduce<Entity | null>((a, b) => (a === null || b.lastSeen > a.lastSeen ? b : a), null);

const NO_ONE: Resolution = { entity: null, rule: 'resolve.none', confidence: 0 };

/**
 * The words a description of a body chose (“wildlife” of “the state’s wildlife agency”), not the names of
 * places inside it (“Ardlinn” of “the orthopaedic clinic at Ardlinn Royal Infirmary”).
 */
function describing(e: Entity): string[] {
	const text = e.names[0] ?? '';
	return (text.match(/(?<![\p{L}’'])\p{Ll}[\p{L}-]*/gu) ?? []).map((w) => w.toLowerCase());
}

/** Prepositions whose object is a place or a thing rather than someone acting (“in Hesk”). */
const GOVERNING_LEAD = new Set('in at from of to for near outside inside into across'.split(' '));

/** Prepositions whose object is seldom what a later pronoun of the sentence stands for: those, and more. */
const OBJECT_LEAD = new Set([
	...GOVERNING_LEAD,
	...'about with on against over toward towards than by'.split(' ')
]);

/** Resolves one sentence's mentions in order, with what its appositions say. */
class Resolver {
	readonly registry = new Registry();
	readonly links = new Map<number, Resolution>();
	/** Entities referred to in each sentence, in order, for pronouns. */
	private readonly recentBySentence: Array<{
		order: number;
		paragraph: number;
		entities: Entity[];
		/** Those met other than as an owner (“Yoon’s decree”): the ones a later “he” can continue. */
		named: Set<Entity>;
		/** Those the sentence calls by name (“Dr Vale”), not only by a role or a pronoun. */
		byName: Set<Entity>;
	}> = [];
	/** Bodies a spokesperson has spoken for: a later “the spokesperson” may be theirs. */
	private readonly spokenFor = new Set<Entity>();
	/** The same for the sentence being read. */
	private namedHere = new Set<Entity>();
	private byNameHere = new Set<Entity>();

	constructor(
		private readonly mentions: Mentions,
		private readonly hints: Hints
	) {}

	private link(m: Mention, e: Entity | null, rule: string, confidence: number): Resolution {
		const r: Resolution = e ? { entity: e.id, rule, confidence } : { ...NO_ONE, rule };
		if (e && rule === 'resolve.spokesperson') this.spokenFor.add(e);
		this.links.set(m.id, r);
		if (e) this.registry.touch(e, m);
		return r;
	}

	/** The one candidate by the sure rule; the most recent of several by the ambiguous one; else null. */
	private oneOf(
		m: Mention,
		candidates: readonly Entity[],
		sure: keyof typeof RESOLVE,
		ambiguous: keyof typeof RESOLVE
	): Resolution | null {
		if (candidates.length === 1) return this.link(m, candidates[0]!, sure, this.conf(sure));
		if (candidates.length > 1)
			return this.link(m, mostRecent(candidates), ambiguous, this.conf(ambiguous));
		return null;
	}

	private conf(rule: keyof typeof RESOLVE) {
		return RESOLVE[rule].confidence;
	}

	/** A person's or body's name (`Dr Ruth Akande`, `Akande`, `the Lantern Trust`, `Cifra`). */
	private resolveName(m: Mention, hint: 'person' | 'org' | null): Resolution {
		const reg = this.registry;
		const words = nameTokens(m.name);
		if (words.length === 0) return this.link(m, null, 'resolve.none', 0);
		// “the Collector”, “the Divisional Controller”: a capitalised title standing alone is a role.
		if (
			m.determiner === 'the' &&
			m.kind === 'name' &&
			words.length <= 3 &&
			isTitle(words.at(-1)!) &&
			words.every((w) => isTitle(w) || TITLE_MODIFIERS.has(w))
		) {
			const r = this.oneOf(
				m,
				reg.withRole(roleWordsOf(m.name)),
				'resolve.definite-role',
				'resolve.role-ambiguous'
			);
			if (r) return r;
		}
		const kind = m.kind === 'person' ? 'person' : m.kind === 'org' ? 'org' : hint;
		const exact = reg
			.byFullName(m.name)
			.filter((e) => !kind || e.kind === kind || m.kind === 'name');
		if (exact.length === 1) {
			// “the ORS” for the Office for Road Safety: a short name the article gave in brackets.
			const short =
				/^\p{Lu}{2,6}$/u.test(m.name) && normalise(canonicalName(exact[0]!)) !== normalise(m.name);
			const rule = short ? 'resolve.acronym' : 'resolve.known-name';
			return this.link(m, exact[0]!, rule, this.conf(rule));
		}
		// “California ISO” for the California Independent System Operator: initials of a known body's name.
		const initialled = reg.entities.filter(
			(e) => e.kind === 'org' && e.names.some((n) => abbreviates(m.name, n))
		);
		if (initialled.length === 1) {
			reg.addName(initialled[0]!, m.name);
			return this.link(m, initialled[0]!, 'resolve.acronym', this.conf('resolve.acronym'));
		}
		// “the SP” after “Superintendent of Police Vikram Sethi”: the initials of one person's title.
		const titled = /^\p{Lu}{2,4}$/u.test(m.name)
			? reg.entities.filter(
					(e) =>
						e.kind === 'person' && e.roles.some((r) => /^\p{Lu}/u.test(r) && abbreviates(m.name, r))
				)
			: [];
		if (initialled.length === 0) {
			if (titled.length === 1) reg.addName(titled[0]!, m.name);
			const r = this.oneOf(m, titled, 'resolve.title-initials', 'resolve.role-ambiguous');
			if (r) return r;
		}
		// A bare word of a body's name (“Keller” of “Keller Holdings”) is that body, unless a person has it
		// as a name: “Trump” after “Donald Trump” and “the Trump Organization” is the man.
		const personNamed =
			words.length === 1 && reg.byNameWord(words[0]!).some((e) => e.kind === 'person');
		if (
			kind === 'org' ||
			(kind === null && words.length === 1 && !personNamed && reg.orgsLike(words).length > 0)
		) {
			const like = reg.orgsLike(words);
			if (like.length === 1) {
				reg.addName(like[0]!, m.name);
				return this.link(m, like[0]!, 'resolve.org-form', this.conf('resolve.org-form'));
			}
			if (like.length > 1)
				return this.link(
					m,
					mostRecent(like),
					'resolve.org-ambiguous',
					this.conf('resolve.org-ambiguous')
				);
			if (kind === 'org') {
				// “The state’s wildlife agency …. The Marlow Division of Wildlife said”: a body described first
				// and named in the next sentences is one body.
				const stem = (w: string) => w.slice(0, 5);
				const stems = new Set(words.map(stem));
				const described = reg.entities.filter(
					(e) =>
						e.kind === 'org' &&
						e.describedOnly &&
						m.order - e.lastSeen <= 3 &&
						describing(e).some((w) => !ORG_WORDS.has(w) && w.length >= 4 && stems.has(stem(w)))
				);
				if (described.length === 1) {
					const e = described[0]!;
					e.describedOnly = false;
					e.names.unshift(m.name);
					return this.link(
						m,
						e,
						'resolve.named-after-description',
						this.conf('resolve.named-after-description')
					);
				}
				return this.link(
					m,
					reg.create('org', m.name, m),
					'resolve.new-org',
					this.conf('resolve.new-org')
				);
			}
		}
		if (words.length === 1) return this.resolveSingleWord(m, hint);
		// “Red Crescent” after “the Kessaro Red Crescent Society”: a shorter form of a known body.
		if (m.kind === 'name' && hint !== 'person') {
			const like = reg.orgsLike(words);
			if (like.length === 1)
				return this.link(m, like[0]!, 'resolve.org-form', this.conf('resolve.org-form'));
		}
		// A full name: the same person as a known one whose name ends with it (“Bambang Soelistyo”).
		const longer = reg.entities.filter(
			(e) =>
				e.kind === 'person' && e.names.some((n) => normalise(n).endsWith(` ${normalise(m.name)}`))
		);
		if (longer.length === 1)
			return this.link(m, longer[0]!, 'resolve.known-name', this.conf('resolve.known-name'));
		const e = reg.create('person', m.name, m);
		e.gender = m.gender ?? this.givenNameGender(m.name);
		if (m.title) reg.learnRole(e, m.title);
		if (m.of) e.org = m.of;
		return this.link(m, e, 'resolve.new-person', this.conf('resolve.new-person'));
	}

	/**
	 * The gender of the given name: the word before the surname (skipping initials), so a title the
	 * mentions pass left inside the name (“County Sheriff Ana Reyes”) does not lend its first word; the
	 * first word only for a short name (“Mary Ann Reyes”, whose “Ann” says nothing).
	 */
	private givenNameGender(name: string): 'f' | 'm' | null {
		const words = name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|I{2,3}|IV)\.?$/.test(w));
		const given = words.slice(0, -1).filter((w) => !/^\p{Lu}\.?$/u.test(w));
		if (given.length === 0) return this.hints.firstNameGender(words[0]!);
		return (
			this.hints.firstNameGender(given.at(-1)!) ??
			(words.length <= 3 ? this.hints.firstNameGender(given[0]!) : null)
		);
	}

	/** One capitalised word (`Akande`, `Cifra`), perhaps with a title (`Ms Fenwick`). */
	private resolveSingleWord(m: Mention, hint: 'person' | 'org' | null): Resolution {
		const reg = this.registry;
		let people = reg.byNameWord(m.name);
		if (people.length === 0 && m.kind === 'person' && m.title) {
			// “Cllr Fenwick” before any full name: someone new, known only by title and surname.
			const e = reg.create('person', m.name, m);
			if (m.gender) e.gender = m.gender;
			reg.learnRole(e, m.title);
			return this.link(m, e, 'resolve.titled-surname', this.conf('resolve.titled-surname'));
		}
		if (people.length === 1 && (!m.gender || !people[0]!.gender || people[0]!.gender === m.gender))
			return this.link(m, people[0]!, 'resolve.surname', this.conf('resolve.surname'));
		if (people.length > 1) {
			// Two people share the name: the title, then the gender, tell them apart.
			const titleWords = roleWordsOf(m.title).filter(
				(w) => !['mr', 'mrs', 'ms', 'miss', 'mx'].includes(w)
			);
			if (titleWords.length) {
				// “Dr Vale” when one Vale was introduced as “Dr Ana Vale”: a title counts as a role here.
				const calledSo = (e: Entity, w: string) =>
					e.roleWords.has(w) ||
					[...e.aliases].some((a) => roleWordsOf(a.split(/\s+/)[0] ?? '')[0] === w);
				const titled = people.filter((e) => titleWords.every((w) => calledSo(e, w)));
				if (titled.length) people = titled;
			}
			if (m.gender) {
				// “Mr. Serban” when one Serban is known to be a woman: the other one.
				const fits = people.filter((e) => e.gender === m.gender);
				const open = people.filter((e) => e.gender === null || e.gender === m.gender);
				people = fits.length ? fits : open.length ? open : people;
			}
			if (people.length === 1) {
				if (m.gender && !people[0]!.gender) people[0]!.gender = m.gender;
				return this.link(
					m,
					people[0]!,
					'resolve.surname-told-apart',
					this.conf('resolve.surname-told-apart')
				);
			}
			return this.link(
				m,
				mostRecent(people),
				'resolve.surname-ambiguous',
				this.conf('resolve.surname-ambiguous')
			);
		}
		const orgs = reg.orgsLike(nameTokens(m.name));
		if (orgs.length === 1)
			return this.link(m, orgs[0]!, 'resolve.org-form', this.conf('resolve.org-form'));
		// “Ukraine said”: a country speaks through its government.
		if (!hint && this.hints.placeName(m.name)) {
			const e = reg.create('org', m.name, m);
			e.place = true;
			return this.link(m, e, 'resolve.place', this.conf('resolve.place'));
		}
		// Never introduced: a body or person named once. The appositive, if any, says which.
		const e = reg.create(hint === 'org' ? 'org' : 'person', m.name, m);
		if (m.gender) e.gender = m.gender;
		return this.link(
			m,
			e,
			hint ? 'resolve.new-single-name' : 'resolve.unknown-single-name',
			this.conf(hint ? 'resolve.new-single-name' : 'resolve.unknown-single-name')
		);
	}

	/** A description or group: `the councillor`, `a department spokeswoman`, `the trust`, `officials`. */
	private resolveDescription(m: Mention): Resolution {
		const reg = this.registry;
		// “no student”, “any driver”: nobody in particular, and no one a later “she” can mean.
		if (!m.determiner && /^(?:no|any|every|each|neither)$/.test(m.lead))
			return this.link(m, null, 'resolve.none', 0);
		const owner = m.owner !== null ? this.links.get(m.owner) : undefined;
		const ownerEntity = owner?.entity != null ? reg.entities[owner.entity]! : null;
		const orgHead = ORG_WORDS.has(m.head) && !PERSON_ROLE_WORDS.has(m.head);
		const definite = /^(?:the|this|that|these|those)$/.test(m.determiner);
		const spokes = /^spokes(?:man|woman|person)$/.test(m.head);

		// “Gov. Ray Lindell’s office”, “the mayor’s team”: a body that belongs to a person.
		const ownerMention = m.owner !== null ? this.mentions.all[m.owner]! : null;
		const namedOwner =
			ownerMention !== null &&
			(ownerMention.kind === 'place' ||
				(ownerMention.kind !== 'description' &&
					ownerMention.kind !== 'pronoun' &&
					ownerMention.kind !== 'group' &&
					(ownerEntity === null || ownerEntity.kind === 'person')));
		// “the governor’s office”: a body that belongs to someone the article describes.
		if (
			orgHead &&
			ownerMention?.kind === 'description' &&
			PERSON_ROLE_WORDS.has(ownerMention.head) &&
			!ORG_WORDS.has(ownerMention.head)
		) {
			const name = `${ownerMention.name} ${m.name}`.replace(/\s+/g, ' ');
			const known = reg.byFullName(name);
			const e = known[0] ?? reg.create('org', name, m);
			return this.link(m, e, 'resolve.owned-body', this.conf('resolve.owned-body'));
		}
		if (orgHead && m.owner !== null && namedOwner) {
			const name = `${this.mentions.all[m.owner]!.text} ${m.name}`.replace(/\s+/g, ' ');
			const known = reg.byFullName(name);
			const e = known[0] ?? reg.create('org', name, m);
			// “Kasmara’s election commission” may be named in a moment (“the Independent Electoral Commission”).
			if (!known[0] && ownerMention?.kind === 'place') {
				e.describedOnly = true;
				for (const w of roleWordsOf(m.name)) e.roleWords.add(w);
			}
			return this.link(m, e, 'resolve.owned-body', this.conf('resolve.owned-body'));
		}
		// A bare “office” or “council” with no determiner, no owner and no modifier points to nothing in
		// particular — unless it credits a figure (“according to council figures”).
		if (
			orgHead &&
			!m.determiner &&
			m.owner === null &&
			m.modifiers.length === 0 &&
			!/^(?:to|citing|by)$/.test(m.lead)
		)
			return this.link(m, null, 'resolve.none', 0);
		if (orgHead && !GROUP_WORDS.has(m.head)) {
			// “Its Ministry of Health said”: after “its”, a capitalised name is that body's own name.
			if ((m.determiner === 'its' || m.determiner === 'their') && /^\p{Lu}/u.test(m.name)) {
				const e = reg.byFullName(m.name)[0] ?? reg.create('org', m.name, m);
				return this.link(m, e, 'resolve.name-after-its', this.conf('resolve.name-after-its'));
			}
			// “its …” / “their …” point back to a body; “the trust” to the body it names or describes.
			const like = [
				...new Set([
					...reg.orgsWithHead(m.head),
					...reg.orgsLike(m.modifiers.filter((w) => !ROLE_ADJECTIVES.has(w)).concat(m.head))
				])
			].filter((e) =>
				m.modifiers.every(
					(w) =>
						ROLE_ADJECTIVES.has(w) ||
						e.names.some((n) => nameTokens(n).includes(w)) ||
						e.roleWords.has(w)
				)
			);
			// “a council report”: a report of the one council the article knows; the “a” is the report's.
			if (
				(m.determiner === 'a' || m.determiner === 'an') &&
				like.length === 1 &&
				!like[0]!.describedOnly &&
				(FIGURE_NOUNS.has(m.next) || m.next === 'statement')
			)
				return this.link(m, like[0]!, 'resolve.definite-body', this.conf('resolve.definite-body'));
			// “a local charity”: some body the article does not name, not one named before.
			if (m.determiner === 'a' || m.determiner === 'an') {
				const e = reg.create(
					'org',
					m.text.replace(/^(?:A|An)\b/, (w) => w.toLowerCase()),
					m,
					true
				);
				for (const w of roleWordsOf(m.name)) e.roleWords.add(w);
				return this.link(m, e, 'resolve.unnamed-body', this.conf('resolve.unnamed-body'));
			}
			if (like.length === 1)
				return this.link(m, like[0]!, 'resolve.definite-body', this.conf('resolve.definite-body'));
			// “the grid operator” for the one body named “… Operator”, though its name has no “grid”: most
			// likely that body — never a second one — but not sure enough to ask about.
			const loose = reg.orgsWithHead(m.head).filter((e) => !e.describedOnly);
			if (like.length === 0 && definite && loose.length === 1)
				return this.link(
					m,
					loose[0]!,
					'resolve.definite-body-loose',
					this.conf('resolve.definite-body-loose')
				);
			// “the company”, “the airline” with no body called so: the one body named so far that is no
			// public institution (“Castellan Shipping said … the company said”).
			if (like.length === 0 && COMPANY_WORDS.has(m.head) && definite) {
				const businesses = reg.entities.filter(
					(e) =>
						e.kind === 'org' &&
						!e.describedOnly &&
						!e.names.some((n) =>
							nameTokens(n).some((w) => ORG_WORDS.has(w) && !COMPANY_WORDS.has(w))
						) &&
						![...e.roleWords].some((w) => ORG_WORDS.has(w) && !COMPANY_WORDS.has(w))
				);
				if (businesses.length === 1)
					return this.link(
						m,
						businesses[0]!,
						'resolve.only-business',
						this.conf('resolve.only-business')
					);
			}
			if (like.length > 1)
				return this.link(
					m,
					mostRecent(like),
					'resolve.body-ambiguous',
					this.conf('resolve.body-ambiguous')
				);
			// “The finance ministry” with nothing to point back to: a body of its own.
			if (m.modifiers.length > 0 && m.determiner !== 'a' && m.determiner !== 'an') {
				const e = reg.create('org', m.name, m);
				e.describedOnly = true;
				for (const w of roleWordsOf(m.name)) e.roleWords.add(w);
				return this.link(
					m,
					e,
					'resolve.new-described-body',
					this.conf('resolve.new-described-body')
				);
			}
			return this.link(m, null, 'resolve.none', 0);
		}

		if (spokes && ownerEntity && ownerEntity.kind === 'person') {
			// “a sheriff’s spokeswoman”: the body the sheriff heads speaks, when the article names it.
			const body = ownerEntity.org ? reg.orgsLike(nameTokens(ownerEntity.org)) : [];
			if (body.length === 1)
				return this.link(m, body[0]!, 'resolve.spokesperson', this.conf('resolve.spokesperson'));
			return this.link(m, null, 'resolve.spokesperson-unknown-body', 0);
		}
		if (spokes) {
			// “a department spokeswoman”, “a spokesman for the ministry”: the body speaks.
			const bodyWords = [...m.modifiers, ...nameTokens(m.of)].filter(
				(w) => !ROLE_ADJECTIVES.has(w) && w !== 'the'
			);
			const bodies =
				ownerEntity?.kind === 'org'
					? [ownerEntity]
					: bodyWords.length
						? [
								...new Set([
									...reg.orgsLike(bodyWords),
									...bodyWords.flatMap((w) => reg.orgsWithHead(w))
								])
							]
						: [];
			if (bodies.length === 1)
				return this.link(m, bodies[0]!, 'resolve.spokesperson', this.conf('resolve.spokesperson'));
			// “a spokeswoman for the Morton County sheriff’s department”: a body named only here.
			if (bodies.length === 0 && m.of && ORG_WORDS.has(nameTokens(m.of).at(-1) ?? '')) {
				const e = reg.create('org', m.of.replace(/^the\s+/i, ''), m);
				return this.link(m, e, 'resolve.spokesperson', this.conf('resolve.spokesperson'));
			}
		}

		// “the monitor” after “the Oduna Casualty Monitor”: a word for a person and a body is the body the
		// article named with it.
		if (definite && ORG_WORDS.has(m.head) && m.modifiers.length === 0) {
			const bodies = reg.orgsWithHead(m.head).filter((e) => !e.describedOnly);
			if (bodies.length === 1)
				return this.link(
					m,
					bodies[0]!,
					'resolve.definite-body',
					this.conf('resolve.definite-body')
				);
		}
		// A person by role: “the councillor”, “the incoming chief executive”, “the trust’s head of research”.
		const words = roleWordsOf([...m.modifiers, m.head].join(' '));
		if (definite || m.determiner === '' || ownerEntity) {
			let people = reg.withRole(words);
			if (people.length === 0) people = reg.withRole([TITLES.get(m.head) ?? m.head]);
			// “the mother of four” is not “a mother of two”: a role “of” a different number is someone else.
			if (m.of && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/i.test(m.of))
				people = people.filter(
					(e) =>
						!e.roles.some((r) => {
							const of = /\bof\s+(\S+)$/i.exec(r)?.[1];
							return of !== undefined && of.toLowerCase() !== m.of.toLowerCase();
						})
				);
			if (ownerEntity) {
				const owned = people.filter(
					(e) => normalise(e.org) === normalise(canonicalName(ownerEntity)) || e.org === ''
				);
				if (owned.length) people = owned;
			}
			// “the spokesperson” after a named spokesman and another body's unnamed one: either of them.
			if (spokes && definite) people = [...new Set([...people, ...this.spokenFor])];
			if (people.length === 1 && people[0]!.kind !== 'person' && spokes)
				return this.link(m, people[0]!, 'resolve.spokesperson', this.conf('resolve.spokesperson'));
			if (people.length === 1 && !GROUP_WORDS.has(m.head))
				return this.link(
					m,
					people[0]!,
					'resolve.definite-role',
					this.conf('resolve.definite-role')
				);
			if (people.length > 1)
				return this.link(
					m,
					mostRecent(people),
					'resolve.role-ambiguous',
					this.conf('resolve.role-ambiguous')
				);
		}
		if (m.kind === 'group') {
			// “U.S. officials”, “Association officials”: a named group; bare “officials”: nobody in particular.
			// The head's own capital is the sentence's (“Officials said”); a modifier's names the group.
			const named = m.name
				.split(/\s+/)
				.slice(0, -1)
				.some((w) => /\p{Lu}/u.test(w));
			if (named) {
				const known = reg.byFullName(m.name);
				if (known.length === 1)
					return this.link(m, known[0]!, 'resolve.named-group', this.conf('resolve.named-group'));
				const e = reg.create('group', m.name, m);
				reg.learnRole(e, m.head);
				return this.link(m, e, 'resolve.named-group', this.conf('resolve.named-group'));
			}
			// “other experts”, “some analysts”: the article sets this group against the sources before it.
			if (QUALIFIED_GROUP.has(m.lead)) {
				const e = reg.create('group', `${m.lead} ${m.name}`, m, true);
				reg.learnRole(e, m.name);
				return this.link(m, e, 'resolve.qualified-group', this.conf('resolve.qualified-group'));
			}
			const e = reg.create('group', m.name, m, true);
			reg.learnRole(e, m.name);
			return this.link(m, e, 'resolve.vague-group', this.conf('resolve.vague-group'));
		}
		// “a senior commission official”, “one resident”: someone the article does not name.
		if (!definite && m.determiner !== 'its' && m.determiner !== 'their') {
			const e = reg.create(
				'person',
				m.text.replace(/^(?:A|An|One)\b/, (w) => w.toLowerCase()),
				m,
				true
			);
			reg.learnRole(e, m.name, ownerEntity ? canonicalName(ownerEntity) : m.of);
			if (m.gender) e.gender = m.gender;
			return this.link(m, e, 'resolve.unnamed-person', this.conf('resolve.unnamed-person'));
		}
		return this.link(m, null, 'resolve.none', 0);
	}

	/** “he”, “she”, “it”, “they”: the one compatible person or body mentioned just before. */
	private resolvePronoun(m: Mention, before: Entity[], unGoverned: Set<Entity>): Resolution {
		const wantPerson = m.name === 'he' || m.name === 'she';
		const fits = (e: Entity) =>
			wantPerson
				? e.kind === 'person' && (e.gender === null || e.gender === m.gender)
				: m.name === 'it'
					? e.kind === 'org'
					: e.kind === 'org' || e.kind === 'group';
		const window: Entity[] = [];
		const seen = new Set<number>();
		const named = new Set(this.namedHere);
		const add = (e: Entity) => {
			if (!seen.has(e.id) && fits(e)) {
				seen.add(e.id);
				window.push(e);
			}
		};
		[...before].reverse().forEach(add);
		const inSentence = window.length;
		// The window: this sentence before the pronoun, the sentences before it in the paragraph and the
		// paragraph before; if none fits, the paragraph before that.
		const here = this.mentions.all[m.id]!;
		const earlier = this.recentBySentence
			.slice(-12)
			.filter((r) => r.order < here.order && r.paragraph >= here.paragraph - 2);
		const read = (r: (typeof earlier)[number]) => {
			[...r.entities].reverse().forEach(add);
			for (const e of r.named) named.add(e);
		};
		for (const back of [0, 1])
			for (const r of earlier.filter((x) => x.paragraph === here.paragraph - back).reverse())
				read(r);
		if (window.length === 0)
			for (const r of earlier.filter((x) => x.paragraph === here.paragraph - 2).reverse()) read(r);
		if (window.length === 0) return this.link(m, null, 'resolve.pronoun-no-one', 0);
		// A person the article has shown to be one (a title, a role, an age, a gender) outranks a capitalised
		// word that might be a person (“Sometimes”, the name of a ship).
		const strong = wantPerson ? window.filter((e) => this.isPerson(e)) : window;
		const pool = strong.length ? strong : window;
		const pick = (e: Entity, rule: keyof typeof RESOLVE, weak = false) => {
			// A sure pick teaches the person's gender; a choice among several who fit does not.
			if (
				wantPerson &&
				e.gender === null &&
				this.conf(rule) >= 0.85 &&
				rule !== 'resolve.pronoun-paragraph-subject'
			)
				e.gender = m.gender;
			return this.link(m, e, rule, this.conf(rule) * (weak ? 0.85 : 1));
		};
		// The only one in reach is a weak answer when the article has not shown it fits: someone it never
		// names (a pronoun seldom stands for “an official” after a named resident), or of unknown gender.
		if (pool.length === 1) {
			const only = pool[0]!;
			const unshown = only.unnamed || (wantPerson && only.gender === null);
			return pick(only, 'resolve.pronoun-only-candidate', strong.length === 0 || unshown);
		}
		const nearest = pool[0]!;
		// Named in this sentence only after a preposition (“In a letter to the council, it said …”, “calls
		// about Orla Air, he said”): seldom what the pronoun stands for.
		const governedHere = window.indexOf(nearest) < inSentence && !unGoverned.has(nearest);
		// “Crane said she had asked …”: the person named earlier in the same sentence.
		const sameSentence = pool.filter((e) => window.indexOf(e) < inSentence);
		if (sameSentence.length === 1 && sameSentence[0] === nearest && !governedHere)
			return pick(nearest, 'resolve.pronoun-same-sentence');
		// “Lee said Yoon’s decree caused chaos. “…,” he said.”: the one who spoke, not the one owned of.
		const subjects = pool.filter((e) => named.has(e));
		if (wantPerson && subjects.length === 1 && !m.possessive)
			return pick(subjects[0]!, 'resolve.pronoun-not-owner');
		if (wantPerson && nearest.gender === m.gender && pool.slice(1).every((e) => e.gender === null))
			return pick(nearest, 'resolve.pronoun-nearest-known-gender');
		// “Dr Vale said she would … “…,” she said.”: the one this paragraph has named, not one from the
		// paragraph before.
		const inParagraph = new Set(this.byNameHere);
		for (const r of earlier)
			if (r.paragraph === here.paragraph) for (const e of r.byName) inParagraph.add(e);
		const namedInParagraph = pool.filter((e) => inParagraph.has(e));
		if (
			wantPerson &&
			namedInParagraph.length === 1 &&
			namedInParagraph[0] === nearest &&
			!governedHere
		)
			return pick(nearest, 'resolve.pronoun-paragraph-subject');
		return this.link(
			m,
			nearest,
			'resolve.pronoun-ambiguous',
			this.conf('resolve.pronoun-ambiguous')
		);
	}

	/** Whether the article has shown `e` to be a person: a title, a role, a gender, an age or a “who”. */
	private isPerson(e: Entity): boolean {
		return e.kind === 'person' && (e.roles.length > 0 || e.gender !== null || e.personEvidence);
	}

	/** “X, who was confirmed as the trust’s next chief executive”: a new role for X. */
	private learnAppointment(tokens: Token[], ms: Mention[]) {
		for (let i = 0; i < ms.length - 1; i++) {
			const who = ms[i]!;
			const r = this.links.get(who.id);
			if (r?.entity == null) continue;
			const between = tokens
				.slice(who.to, ms[i + 1]!.from)
				.map((t) => t.lower)
				.join(' ');
			if (
				!/\b(?:appointed|named|confirmed|promoted|elected|made|become|became)\b(?:.*\b(?:as|to))?\s*$/.test(
					between
				)
			)
				continue;
			if (/[.;]/.test(between)) continue;
			const role = ms[i + 1]!;
			if (role.kind !== 'description') continue;
			const e = this.registry.entities[r.entity]!;
			this.registry.learnRole(e, role.name);
			this.links.set(role.id, {
				entity: e.id,
				rule: 'resolve.apposition',
				confidence: this.conf('resolve.apposition')
			});
			this.registry.touch(e, role);
		}
	}

	run(): Entities {
		for (const sm of this.mentions.bySentence) {
			const entities: Entity[] = [];
			const apposed = new Map<number, Apposition>();
			for (const a of sm.appositions) apposed.set(a.mention, a);
			const describedBy = new Map<number, number>();
			// Who this sentence names other than as the object of a preposition (“calls about X”).
			const unGoverned = new Set<Entity>();
			for (const a of sm.appositions)
				if (a.description !== null) describedBy.set(a.description, a.mention);
			const acronymOf = new Map<number, number>();
			for (const a of sm.appositions)
				if (a.acronym !== undefined) acronymOf.set(a.acronym, a.mention);
			// A description before its name (“a police spokesman, Commander Anton Vik,”) waits for the name.
			const order = [...sm.mentions].sort((a, b) => {
				const da = describedBy.has(a.id) ? 1 : 0;
				const db = describedBy.has(b.id) ? 1 : 0;
				return da - db || a.start - b.start;
			});
			for (const m of order) {
				if (m.kind === 'time') continue;
				let r: Resolution;
				const nameOf = describedBy.get(m.id);
				const longName = acronymOf.get(m.id);
				if (longName !== undefined && this.links.get(longName)?.entity != null) {
					const e = this.registry.entities[this.links.get(longName)!.entity!]!;
					this.registry.addName(e, m.name);
					r = this.link(m, e, 'resolve.acronym', this.conf('resolve.acronym'));
				} else if (nameOf !== undefined && this.links.get(nameOf)?.entity != null) {
					const e = this.registry.entities[this.links.get(nameOf)!.entity!]!;
					// “a Harbourside spokeswoman”: the capitalised words before the role name whom it serves.
					const namedOrg = /^(?:an?|the)\s+((?:\p{Lu}[\p{L}’'-]*\s+)+)/u.exec(m.text)?.[1]?.trim();
					// A description, or a capitalised title (“The Minister for Roads, Ada Fenn,”).
					if (e.kind === 'person' && (m.kind === 'description' || m.kind === 'name'))
						this.registry.learnRole(
							e,
							m.name,
							m.owner !== null ? this.ownerName(m.owner) : m.of || namedOrg || ''
						);
					if (e.kind !== 'person') for (const w of roleWordsOf(m.head)) e.roleWords.add(w);
					if (m.gender && !e.gender) e.gender = m.gender;
					r = this.link(m, e, 'resolve.apposition', this.conf('resolve.apposition'));
				} else if (m.kind === 'pronoun') {
					r = this.resolvePronoun(m, entities, unGoverned);
				} else if (
					m.kind === 'description' &&
					m.lead === 'as' &&
					(m.determiner === 'a' || m.determiner === 'an') &&
					PERSON_ROLE_WORDS.has(m.head) &&
					entities.some((e) => e.kind === 'person')
				) {
					// “Tait spent years as an inspector”: a role of the person named before, not someone new.
					const e = entities.filter((x) => x.kind === 'person').at(-1)!;
					this.registry.learnRole(e, m.name, m.of);
					r = this.link(m, e, 'resolve.as-role', this.conf('resolve.as-role'));
				} else if (m.kind === 'description' || m.kind === 'group') {
					r = this.resolveDescription(m);
				} else if (m.kind === 'place') {
					// “South Korea estimated …”: a country or city speaks through its government.
					const known = this.registry.byFullName(m.name);
					// “Kestrel Point” after “Kestrel Point Research”: the body's short name, though a place's too.
					const words = nameTokens(m.name);
					const opens = this.registry.entities.filter(
						(e) =>
							e.kind === 'org' &&
							!e.place &&
							e.names.some((n) => {
								const have = nameTokens(n);
								return have.length > words.length && words.every((w, k) => have[k] === w);
							})
					);
					if (known.length === 0 && opens.length === 1) {
						r = this.link(m, opens[0]!, 'resolve.org-form', this.conf('resolve.org-form'));
					} else {
						const e = known[0] ?? this.registry.create('org', m.name, m);
						e.place = true;
						r = this.link(m, e, 'resolve.place', this.conf('resolve.place'));
					}
				} else {
					r = this.resolveName(m, apposed.get(m.id)?.hint ?? null);
					const e = r.entity !== null ? this.registry.entities[r.entity]! : null;
					if (
						e &&
						(apposed.get(m.id)?.hint === 'person' ||
							(nameTokens(m.name).length >= 2 && speaks(sm.tokens, m)))
					)
						e.personEvidence = true;
				}
				if (r.entity !== null) {
					const e = this.registry.entities[r.entity]!;
					if (!entities.includes(e)) entities.push(e);
					if (!OBJECT_LEAD.has(m.lead)) unGoverned.add(e);
					if (!m.possessive) this.namedHere.add(e);
					// Called by a name as someone who acts (“Dr Vale said”), not as a place (“in Hesk”).
					if (
						!m.possessive &&
						(m.kind === 'person' ||
							(m.kind === 'name' && (nameTokens(m.name).length >= 2 || this.isPerson(e)))) &&
						!GOVERNING_LEAD.has(m.lead)
					)
						this.byNameHere.add(e);
				}
			}
			this.learnAppointment(sm.tokens, sm.mentions);
			for (const a of sm.appositions) {
				if (!a.leads) continue;
				const who = this.links.get(a.mention);
				const body = this.links.get(a.leads.body);
				if (who?.entity == null) continue;
				const e = this.registry.entities[who.entity]!;
				const bodyName =
					body?.entity != null
						? canonicalName(this.registry.entities[body.entity]!)
						: this.mentions.all[a.leads.body]!.name;
				const noun =
					{
						chairs: 'chair',
						heads: 'head',
						leads: 'leader',
						runs: 'head',
						directs: 'director',
						manages: 'manager',
						founded: 'founder',
						'co-founded': 'co-founder'
					}[a.leads.verb] ?? a.leads.verb;
				this.registry.learnRole(e, `${noun} of the ${bodyName.replace(/^the\s+/i, '')}`, bodyName);
			}
			this.recentBySentence.push({
				order: sm.sentence.order,
				paragraph: sm.sentence.paragraph,
				entities,
				named: this.namedHere,
				byName: this.byNameHere
			});
			this.namedHere = new Set();
			this.byNameHere = new Set();
		}
		return { entities: this.registry.entities, links: this.links };
	}

	private ownerName(owner: number): string {
		const r = this.links.get(owner);
		return r?.entity != null ? canonicalName(this.registry.entities[r.entity]!) : '';
	}
}

/** Pass 2 over the whole document. */
export function resolveEntities(_doc: Doc, mentions: Mentions, hints: Hints = NO_HINTS): Entities {
	return new Resolver(mentions, hints).run();
}

import type { Speaker } from '../extract/types';
import { singleChoice } from './build-question';
import type { Context } from './context';
import { pickTexts } from './distractors';
import { citeNaming } from './evidence';
import { capitalize } from './text';
import type { SingleChoiceQuestion } from './types';

/** `Defense Minister (South Korea)`; the org is left out when the role already names it. */
export function describe(speaker: Speaker): string {
	const role = speaker.role.trim();
	const org = speaker.org.trim();
	const stem = (w: string) => w.toLowerCase().slice(0, Math.max(4, w.length - 3));
	const roleWords = role.toLowerCase().split(/\s+/);
	const named = org
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.every((w) => roleWords.some((r) => r.startsWith(stem(w))));
	return capitalize(!org || named ? role : `${role} (${org})`);
}

/**
 * Titles of people a student may know without reading (a head of state or government): asking who they
 * are tests general knowledge, not the article.
 */
const WELL_KNOWN =
	/\b(?:president|prime minister|premier|chancellor|king|queen|pope|emperor|leader)\b/i;

/**
 * A name as people have them: two capitalised words or more. “a senior official” is described, not named
 * (asking who they are answers itself), and a one-word name may be a place taken for a person.
 */
const PERSONAL_NAME = /^\p{Lu}\S*\s+(?:\S+\s+)*\p{Lu}/u;

/** The people the article names and gives a role: who-is questions are asked about them. */
export function peopleWithRoles(ctx: Context): Speaker[] {
	return ctx.claims.speakers.filter(
		(s) =>
			s.kind === 'person' &&
			PERSONAL_NAME.test(s.name) &&
			s.role.trim() !== '' &&
			s.role !== 'organisation' &&
			!WELL_KNOWN.test(s.role)
	);
}

/** “In the article, who is Kim Yong-hyun?”; wrong choices are other people's roles. */
export function whoIs(ctx: Context, person: Speaker): SingleChoiceQuestion | null {
	const people = peopleWithRoles(ctx);
	const answer = describe(person);
	const role = person.role.toLowerCase();
	const sentence =
		person.evidence.find((id) => ctx.sentenceText(id).toLowerCase().includes(role)) ??
		person.evidence[0];
	const section = sentence ? ctx.sectionOf(sentence) : undefined;
	if (!sentence || !section) return null;
	// “Teacher” and “Teacher at a school”: one role inside another could both be right.
	const nested = (a: string, b: string) => {
		const [x, y] = [a.toLowerCase().trim(), b.toLowerCase().trim()];
		return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
	};
	const others = people.filter(
		(p) => p.id !== person.id && !nested(p.role, person.role) && !nested(describe(p), answer)
	);
	// The bare role is right too (`Defense Minister` for `Defense Minister (South Korea)`).
	const wrong = pickTexts(others.map(describe), {
		right: [answer, person.role],
		seed: person.id
	});
	return singleChoice(ctx, {
		kind: 'who-is',
		section,
		subject: person.id,
		prompt: `In the article, who is ${person.name}?`,
		answer: { text: answer, ref: person.id },
		distractors: wrong.map((text) => ({
			text,
			ref: others.find((p) => describe(p) === text)?.id
		})),
		evidence: [sentence],
		explanation: `The article introduces ${person.name} by role: ${citeNaming(ctx, sentence, person.id)}`,
		claimIds: [person.id]
	});
}

/**
 * Times as an article writes them (“On Tuesday”, “between March 2 and 5”, “last week”), made
 * readable and put in order. General rules of news English: a weekday names a day within a week of the
 * article (a date is written for anything further away), “last” goes back a week, and what “will”
 * happen lies ahead. With the article's dateline the days are real dates; without it they are placed
 * around the publication day that puts the article's weekdays closest to it.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const UNITS: Record<string, number> = { day: 1, week: 7, weekend: 7, month: 30, year: 365 };

/** “On Tuesday” → “Tuesday”: “on” only places the time, and a capital only began the sentence. */
export function normaliseTime(when: string): string {
	const t = when
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/^on\s+/i, '');
	return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The time inside a sentence (“as of last Friday”): lower case unless it starts with a name. */
export function timeInSentence(when: string): string {
	const t = normaliseTime(when);
	const first = t.split(' ')[0]!.toLowerCase();
	const isName = WEEKDAYS.includes(first) || MONTHS.some((m) => first.startsWith(m));
	return isName ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

/** Words that put what happened ahead of the article (“will be used”, “is expected to”). */
const FUTURE = /\b(?:will|shall|going to|(?:is|are) (?:due|expected|set|scheduled) to)\b|['’]ll\b/i;

/** Whether an event lies ahead, read from its time (“next week”) or its words (“will arrive”). */
export function isFuture(when: string, what: string): boolean {
	if (/^(?:next|later this|by next|within)\b/i.test(normaliseTime(when))) return true;
	if (/^(?:last|earlier this)\b/i.test(normaliseTime(when))) return false;
	return FUTURE.test(what);
}

/**
 * Whether a time names a point (“Tuesday”, “last Friday”, “March 4”) rather than a span or a limit
 * (“since March 4”, “between Monday and Tuesday”, “by Friday”): only a point can date a report.
 */
export function isPointInTime(when: string): boolean {
	return !/^(?:since|by|until|from|before|after|between|within|in|over|during)\b/i.test(
		normaliseTime(when)
	);
}

/** A calendar date in a time expression: month (0–11), day and, when written, the year. */
function dateIn(t: string): { month: number; day: number; year: number | null } | null {
	const monthFirst = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?!\d)(?:,?\s+(\d{4}))?/i.exec(t);
	const dayFirst = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?(?:\s+(\d{4}))?/i.exec(t);
	for (const [m, d, y] of [
		monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : null,
		dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : null
	].filter((x) => x !== null)) {
		const month = MONTHS.indexOf(m!.toLowerCase() as (typeof MONTHS)[number]);
		if (month >= 0) return { month, day: Number(d), year: y ? Number(y) : null };
	}
	return null;
}

/** Days since 1970 of a date; the year defaults to the dateline's. */
const dayNumber = (year: number, month: number, day: number) =>
	Math.round(Date.UTC(year, month, day) / 86_400_000);

/** The article's dateline as a day number and a weekday, or null when it cannot be read. */
export function readDateline(date: string | undefined): { day: number; year: number } | null {
	if (!date) return null;
	const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
	if (iso) return { day: dayNumber(+iso[1]!, +iso[2]! - 1, +iso[3]!), year: +iso[1]! };
	const written = dateIn(date);
	if (written?.year)
		return { day: dayNumber(written.year, written.month, written.day), year: written.year };
	return null;
}

/** The dateline in words (“March 12, 2025”), or null when it cannot be read: nothing is guessed. */
export function datelineWords(date: string | undefined): string | null {
	const d = readDateline(date);
	return d
		? new Date(d.day * 86_400_000).toLocaleDateString('en-US', {
				timeZone: 'UTC',
				month: 'long',
				day: 'numeric',
				year: 'numeric'
			})
		: null;
}

/** A time, read as far as the rules go: a weekday (0 = Sunday) or a number of days from publication. */
type Reading =
	| { kind: 'weekday'; weekday: number; week: -1 | 0 | 1 }
	| { kind: 'offset'; days: number }
	| { kind: 'date'; month: number; day: number; year: number | null };

function read(when: string, future: boolean): Reading | null {
	const t = normaliseTime(when).toLowerCase();
	// “between Sunday and Monday”, “since Monday”: the first time named is when it starts.
	const weekday = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(t));
	if (weekday >= 0) {
		const week = /^last\b/.test(t) ? -1 : /^next\b/.test(t) || future ? 1 : 0;
		return { kind: 'weekday', weekday, week };
	}
	const date = dateIn(t);
	if (date) return { kind: 'date', ...date };
	if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(t))
		return { kind: 'offset', days: 0 };
	if (/\byesterday\b/.test(t)) return { kind: 'offset', days: -1 };
	if (/\btomorrow\b/.test(t)) return { kind: 'offset', days: 1 };
	const ago = /\b(\w+)\s+(day|week|month|year)s?\s+ago\b/.exec(t);
	if (ago) {
		const n = NUMBERS[ago[1]!] ?? Number(ago[1]);
		if (Number.isFinite(n)) return { kind: 'offset', days: -n * UNITS[ago[2]!]! };
	}
	const relative =
		/\b(last|next|this|later this|earlier this|over the|by next)\s+(week|weekend|month|year)\b/.exec(
			t
		);
	if (relative) {
		const sign = /last|earlier/.test(relative[1]!) ? -1 : /next|later/.test(relative[1]!) ? 1 : 0;
		return { kind: 'offset', days: sign * UNITS[relative[2]!]! };
	}
	return null;
}

/** Days from publication to a weekday: back to the latest one (0 = that day), or on to the next. */
function weekdayOffset(r: { weekday: number; week: -1 | 0 | 1 }, published: number): number {
	const back = (published - r.weekday + 7) % 7;
	if (r.week === -1) return -(back || 7);
	if (r.week === 1) return (r.weekday - published + 7) % 7 || 7;
	return -back;
}

/**
 * Without a dateline, the publication weekday that puts the article's weekdays closest to it: news
 * names a weekday only within a week of the article (“Monday” and “Tuesday” read as this week's,
 * so Monday comes first).
 */
function likelyWeekday(readings: Reading[]): number {
	const days = readings.filter((r) => r.kind === 'weekday');
	let best = 0;
	let bestCost = Infinity;
	for (let p = 0; p < 7; p++) {
		const cost = days.reduce((sum, r) => sum + Math.abs(weekdayOffset(r, p)), 0);
		if (cost < bestCost) [best, bestCost] = [p, cost];
	}
	return best;
}

export interface Timed {
	when: string;
	what: string;
}

/**
 * Items in the order of the times they name, as far as the article's times tell; an item whose time the
 * rules cannot place keeps its place in the article's order, and items at the same time keep theirs.
 *
 * `items` must be in article order. Without a dateline, a date (“March 2”) is more than a week before
 * (or, ahead, after) the weekdays, since news names a weekday only within a week of the article.
 */
export function inTimeOrder<T extends Timed>(items: readonly T[], dateline?: string): T[] {
	const readings = items.map((x) => read(x.when, isFuture(x.when, x.what)));
	const anchor = readDateline(dateline);
	const published = anchor
		? (((anchor.day + 4) % 7) + 7) % 7 // 1 January 1970 was a Thursday
		: likelyWeekday(readings.filter((r) => r !== null));
	const dated = readings.filter((r) => r?.kind === 'date');
	const latestYear = Math.max(0, ...dated.map((r) => r.year ?? 0));
	const keyOf = (r: Reading | null, future: boolean): number | null => {
		if (r === null) return null;
		if (r.kind === 'offset') return r.days;
		if (r.kind === 'weekday') return weekdayOffset(r, published);
		if (anchor) return dayNumber(r.year ?? anchor.year, r.month, r.day) - anchor.day;
		// A date without a dateline: beyond the week around the article, in calendar order.
		const order = dayNumber(r.year ?? latestYear, r.month, r.day) / 1e6;
		return future ? 8 + order : -8 - (1 - order);
	};
	const keys = items.map((x, i) => keyOf(readings[i]!, isFuture(x.when, x.what)));
	const placed = items
		.map((item, i) => ({ item, i, key: keys[i] }))
		.filter((x): x is { item: T; i: number; key: number } => x.key !== null)
		.sort((a, b) => a.key - b.key || a.i - b.i);
	// The placed items fill the slots placed items held; the others stay where the article has them.
	let next = 0;
	return items.map((item, i) => (keys[i] === null ? item : placed[next++]!.item));
}

import { HEDGES, MONTHS, NON_ESTIMATE_UNITS, SCALE_WORDS } from './lexicon';

/** A figure found in text, with its hedge and bounds, before anyone is credited with it. */
export interface Figure {
	/** Paragraph offsets of the whole text (hedge included). */
	start: number;
	end: number;
	text: string;
	value: number;
	low: number | null;
	high: number | null;
	hedge: string | null;
	/** Offset just after the number, where the counted noun begins. */
	after: number;
}

/** Cardinals written out, as wire style does below 10 (“three generals”); “one” is too often no count. */
export const WORD_NUMBERS: Readonly<Record<string, number>> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	hundred: 100,
	dozen: 12
};
// “half a million”: a half only before a scale word, which the patterns below require of words.
const WORD_NUMBER = String.raw`(?:${Object.keys(WORD_NUMBERS)
	.filter((w) => w !== 'hundred' && w !== 'dozen')
	.join('|')}|half\s+a)`;
const NUMBER = String.raw`(?:[$€£¥₹]\s?|Rs\.?\s)?(?:\d+(?:,\d{3})*(?:\.\d+)?|${WORD_NUMBER}(?=\s(?:million|billion|thousand|trillion|lakh|crore)\b))(?:[\s-](?:million|billion|thousand|trillion|lakh|crore)|(?:m|bn|k)\b)?(?:\s?(?:percent|per cent|%))?`;
const FIGURE = new RegExp(
	String.raw`(?<![\p{L}\d\-.,$€£¥₹])(?:between\s+(${NUMBER})\s+and\s+(${NUMBER})|(${NUMBER})(?:\s*(?:to|–|-)\s*(${NUMBER}))?)`,
	'giu'
);
const DATE = new RegExp(
	String.raw`\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|to|-|–)\s*\d{1,2})?(?:,?\s+\d{4})?|\b\d{1,2}\s+(?:${MONTHS})(?:\s+\d{4})?`,
	'g'
);

/** “estimated” as an adjective: after a possessive or a possessive determiner. */
const OWNED_ESTIMATE = /(?:\p{L}[’']s?|\b(?:the|its|their|his|her|our))\s+(estimated)\s+$/iu;

/** The unit after the next number of a short list (“, 15 years”, “ or 12 days”). */
const LISTED_UNIT = /^\s*(?:,|or|to)\s*\d{1,3}\s+(\p{L}+)/u;

/** Words that follow an hour (“around 9 and”, “at 7 when”) rather than a counted noun. */
const FUNCTION_AFTER_HOUR = new Set(
	'and or but when while that then on in this last the she he they we i'.split(' ')
);

/** A word of time before an hour, and the text before it: “knocked around ”, “open until ”. */
const HOUR_LEAD = /^([^]*?)\b(?:around|about|at|by|until|till|before|after|past)\s+$/i;

/** What makes “at 9” a count: “the toll stood at 9”, “rose to about 9”, “at least 9”. */
const COUNT_BEFORE =
	/\b(?:stood|stands?|was|were|is|are|be|been|put|puts|rose|rises?|fell|falls?|reached|reaches|climbed|climbs?|to|of|at|least|most)\s+(?:\S+\s+)?$/i;

/**
 * A clock time written as a bare number: “by 6 pm”, “at 10 o'clock”; a small number after a verb of
 * coming and going (“we left home at 6”, “reached only at 9.40”); or an hour in digits after a word of
 * time and before no noun (“knocked around 9 and …”). “The toll stood at 6” and “rose to about 9.” stay
 * counts.
 */
function isClockTime(raw: string, lead: string, rest: string, next: string): boolean {
	if (!/^\d{1,2}(?:\.[0-5]\d)?$/.test(raw) || Number(raw) > 24) return false;
	if (/^\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)(?!\p{L})/iu.test(rest)) return true;
	if (
		/\b(?:left|leave|leaves|arrived?|arrives|reached|reach|started?|starts|began|begins?|opened|opens?|closed|closes?|woke|wakes?|met|meets?|ended|ends?|returned|got there|got home)\b[^.,;]{0,30}\b(?:at|by|until|till|before|after)\s+$/i.test(
			lead
		)
	)
		return true;
	const hour = HOUR_LEAD.exec(lead);
	return (
		hour !== null &&
		/^\d{1,2}$/.test(raw) &&
		Number(raw) <= 12 &&
		!COUNT_BEFORE.test(hour[1]!) &&
		(next === '' || FUNCTION_AFTER_HOUR.has(next))
	);
}

/** A telephone number written out: “+44 20 7946 0018”, “(555) 010-4477”, “555-010-4477”. */
const PHONE = /\+\d{1,3}(?:[\s-]\(?\d{1,4}\)?){2,5}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b/g;

const NUMBER_PARTS = new RegExp(
	String.raw`(\d[\d,]*(?:\.\d+)?|${WORD_NUMBER})(?:[\s-](million|billion|thousand|trillion|lakh|crore)|(m|bn|k)\b)?`,
	'i'
);

export function parseNumber(text: string): number {
	const m = NUMBER_PARTS.exec(text);
	if (!m) return NaN;
	const word = m[1]!.toLowerCase();
	const written = /^half\s+a$/.test(word) ? 0.5 : WORD_NUMBERS[word];
	const base = written ?? Number(m[1]!.replace(/,/g, ''));
	const short: Record<string, number> = { m: 1e6, bn: 1e9, k: 1e3 };
	const scale = m[2] ? SCALE_WORDS[m[2].toLowerCase()]! : m[3] ? short[m[3].toLowerCase()]! : 1;
	return base * scale;
}

const HEDGE_LIST = [...HEDGES]
	.sort((a, b) => b.words.length - a.words.length)
	.map((h) => ({
		...h,
		re: new RegExp(`(?:^|[^\\p{L}])(${h.words.replace(/ /g, '\\s+')})\\s+$`, 'iu')
	}));

/** Nouns that put a number in a series rather than count (“category 2”, “level 4”), lower-case. */
const LABEL_BEFORE =
	/\b(?:category|grade|level|stage|phase|tier|class|type|step|band|zone|gate|platform|route|flight|bus|room|page|chapter|section|clause|item|number|no\.|channel|ward|division|exit|junction|terminal|pier|berth|lane|highway|interstate|stand|pitch|court|lot|unit|bay|block|row|seat|question)\s+$/i;

/** Emergency numbers of English-speaking countries; a count only when a plural noun follows (“999 people”). */
const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000']);
const PHONING_BEFORE =
	/\b(?:dial(?:s|led|ed|ing)?|call(?:s|ed|ing)?|ring(?:s|ing)?|rang|rung|phon(?:e|es|ed|ing)|text(?:s|ed|ing)?|reach|to)\s+$/i;
const SERVICE_NOUNS = new Set(
	'call calls caller callers dispatch dispatcher dispatchers operator operators line lines service services centre centres center centers system systems number emergency'.split(
		' '
	)
);

function isPhoneNumber(raw: string, lead: string, next: string): boolean {
	if (/\b(?:dial(?:s|led|ed|ing)?|ring(?:s|ing)?|rang|rung)\s+$/i.test(lead)) return true;
	if (!EMERGENCY_NUMBERS.has(raw)) return false;
	return PHONING_BEFORE.test(lead) || SERVICE_NOUNS.has(next) || !/^\p{Ll}+s$/u.test(next);
}

/** Finds the figures in a paragraph that can be estimates: not dates, years, ages, times or durations. */
export function findFigures(text: string): Figure[] {
	const blocked: Array<[number, number]> = [...text.matchAll(DATE), ...text.matchAll(PHONE)]
		.map((m): [number, number] => [m.index, m.index + m[0].length])
		.sort((x, y) => x[0] - y[0]);
	const out: Figure[] = [];
	let nextDate = 0;
	for (const m of text.matchAll(FIGURE)) {
		const start = m.index;
		const end = start + m[0].length;
		while (nextDate < blocked.length && blocked[nextDate]![1] <= start) nextDate++;
		if (nextDate < blocked.length && blocked[nextDate]![0] < end) continue;
		// What stands just before the figure; a window, so long paragraphs stay linear.
		const lead = text.slice(Math.max(0, start - 60), start);
		const next = (/^\s*([\p{L}’'.-]+)/u.exec(text.slice(end))?.[1]?.toLowerCase() ?? '').replace(
			/[’']$/,
			''
		);
		// A duration is no count (“for 12 hours”), unless it is a tally of hours or days (“discharged for
		// 1,820 hours”, “between 3,900 and 4,300 hours”): a hundred or more.
		const unit = next.replace(/\.$/, '');
		const tally =
			/^(?:hours?|days?|weeks?|minutes?)$/.test(unit) &&
			[m[1], m[2], m[3], m[4]].some((n) => n !== undefined && parseNumber(n) >= 100);
		if ((NON_ESTIMATE_UNITS.has(next) || NON_ESTIMATE_UNITS.has(unit)) && !tally) continue;
		// “10, 15 years”, “10 or 12 days”: the first of a list of durations is one too.
		const listed = LISTED_UNIT.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
		if (listed && NON_ESTIMATE_UNITS.has(listed)) continue;
		// An ordinal (“the 10th-largest”) or a number joined to its noun (“a 72-hour pause”, “a
		// 10-year note”): a description, not a count.
		if (/^(?:st|nd|rd|th)\b/i.test(text.slice(end, end + 3))) continue;
		if (/^-\p{L}/u.test(text.slice(end, end + 2)) && !/[$£€%]/.test(m[0])) continue;
		if (/^[:.]\d/.test(text.slice(end, end + 2))) continue; // a time or a version number
		if (/\d:$/.test(lead)) continue; // the minutes of a time (“by 8:30”)
		// “£120,00-a-year”: a misprinted number is not read as its first digits.
		if (/^,\d/.test(text.slice(end, end + 2))) continue;
		if (/\bmagnitude\s+$/i.test(lead)) continue;
		// A rate a body has set (“raised interest rates to 4.5%”, “its decision to hold rates at 5%”): a
		// decision, not a count. A forecast of one (“expects it to keep rates at 5%”) is an estimate.
		if (
			/%|per ?cent/.test(m[0]) &&
			/\b(?:(?:raised|increased|cut|lowered|lifted|hiked|reduced|held|kept|left)|decision to (?:raise|increase|cut|lower|lift|hike|reduce|hold|keep|leave))\s+(?:\S+\s+){0,3}?rates?\s+(?:to|at)\s+$/i.test(
				lead
			)
		)
			continue;
		const single = m[3] !== undefined && m[4] === undefined;
		const raw = single ? m[3]! : m[0];
		// A bare four-digit year (in 2019, since 1998).
		if (single && /^(1[89]|20)\d\d$/.test(raw)) continue;
		// A number inside a name (Route 9, Flight 17).
		const prevWord = /(\S+)\s*$/.exec(lead)?.[1] ?? '';
		if (
			// “Route 9”, “KVRT 7”: a name or call sign, then its number.
			(/^\p{Lu}\p{Ll}+$/u.test(prevWord) || /^\p{Lu}{2,6}$/u.test(prevWord)) &&
			!/^(About|Some|Nearly|Roughly|Around|Almost)$/.test(prevWord) &&
			start > 0 &&
			!/[.!?]\s*$/.test(lead.slice(0, Math.max(0, lead.length - prevWord.length))) &&
			single &&
			!/[,$]/.test(raw) &&
			Number(raw) < 1000
		)
			continue;
		// A label, not a count: “category 2 calls”, “stage 3”, “platform 9”.
		if (single && /^\d{1,3}$/.test(raw) && LABEL_BEFORE.test(lead)) continue;
		// A telephone number: “dial 999”, “calls to 911”, “the 911 dispatch centre”.
		if (single && /^\d{3}$/.test(raw) && isPhoneNumber(raw, lead, next)) continue;
		// Ages: “children under 10”, “who is 4”, “aged 71”, “a 34-year-old”.
		if (
			single &&
			(/\b(?:children|kids|people|adults|boys|girls|those|students|pupils|anyone|infants|babies)\s+(?:under|over|aged|older than|younger than)\s+$/i.test(
				lead
			) ||
				/\b(?:who is|who was|aged|age of|ages of)\s+$/i.test(lead))
		)
			continue;
		// “when I was 19”, “Gary will be 59”: a person's age.
		if (
			single &&
			/^\d{1,3}$/.test(raw) &&
			/\b(?:I|he|she|they|we|you|\p{Lu}\p{Ll}+)\s+(?:was|is|will be|would be|turned|turns|is now|was only|was just)\s+$/u.test(
				lead
			)
		)
			continue;
		if (single && isClockTime(raw, lead, text.slice(end), next)) continue;
		// An age set off by commas after a name or noun: “the mayor, 64, said”.
		if (single && /^\d{1,3}$/.test(raw) && /\p{L},\s*$/u.test(lead) && /^,/.test(text.slice(end)))
			continue;
		let low: number | null = null;
		let high: number | null = null;
		let value: number;
		if (!single) {
			low = parseNumber(m[1] ?? m[3]!);
			high = parseNumber(m[2] ?? m[4]!);
			if (!(low < high)) continue;
			// “from 2019 to 2024”: a span of years.
			if (
				[low, high].every((n) => Number.isInteger(n) && n >= 1800 && n <= 2100) &&
				!/[$£€%,]/.test(m[0])
			)
				continue;
			value = (low + high) / 2;
		} else {
			value = parseNumber(raw);
		}
		let hedge: string | null = null;
		let hedgeStart = start;
		if (single) {
			const before = lead;
			for (const h of HEDGE_LIST) {
				const hm = h.re.exec(before);
				if (hm) {
					hedge = hm[1]!;
					hedgeStart = start - (before.length - before.lastIndexOf(hm[1]!));
					if (h.bound === 'low') low = value;
					if (h.bound === 'high') high = value;
					break;
				}
			}
		}
		// “the state’s estimated 35 million”: an adjective after an owner; “it estimated 35” is a verb.
		const owned = single && !hedge ? OWNED_ESTIMATE.exec(lead) : null;
		if (owned) {
			hedge = owned[1]!;
			hedgeStart = start - (lead.length - lead.lastIndexOf(owned[1]!));
		}
		out.push({
			start: hedgeStart,
			end,
			text: text.slice(hedgeStart, end),
			value,
			low,
			high,
			hedge,
			after: end
		});
	}
	return out;
}

/**
 * Mutations of real articles for the fuzz test and `npm run fuzz`: what pasted, converted or damaged news
 * text looks like. Each mutation is a fast-check arbitrary over an article's source text.
 */
import fc from 'fast-check';

const lines = (text: string) => text.split('\n');
const paragraphsOf = (text: string) => text.split(/\n\s*\n/);

/** Odd characters a copy from a PDF or a web page brings along. */
const ODD = [
	'\u00a0',
	'\u200b',
	'\u202e',
	'\u2028',
	'\u0000',
	'\t',
	'\ufeff',
	'́',
	'🙂',
	'\ud800',
	'—',
	'…',
	'"',
	'“',
	'”',
	'‘',
	'’',
	"'",
	'«',
	'»',
	'#',
	'##',
	'*',
	'_',
	'---'
];
/** Numbers that are not quite numbers. */
const NUMBERS = [
	'1e9',
	'1,2,3',
	'0',
	'-5',
	'3.',
	'.5',
	'1,000,000,000,000',
	'99999999999999999999',
	'12:30',
	'2025',
	'$',
	'%',
	'50 percent',
	'between 5 and 3',
	'about'
];

type Mutation = (text: string) => string;

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	// Paragraphs dropped, doubled and shuffled.
	fc.nat().map((i): Mutation => (t) => {
		const ps = paragraphsOf(t);
		ps.splice(2 + (i % Math.max(1, ps.length - 2)), 1);
		return ps.join('\n\n');
	}),
	fc.nat().map((i): Mutation => (t) => {
		const ps = paragraphsOf(t);
		const k = 2 + (i % Math.max(1, ps.length - 2));
		ps.splice(k, 0, ps[k] ?? '');
		return ps.join('\n\n');
	}),
	fc.array(fc.nat(), { minLength: 1, maxLength: 6 }).map((swaps): Mutation => (t) => {
		const ps = paragraphsOf(t);
		for (const s of swaps) {
			const a = s % ps.length;
			const b = (s * 7 + 3) % ps.length;
			[ps[a], ps[b]] = [ps[b]!, ps[a]!];
		}
		return ps.join('\n\n');
	}),
	// Quote marks: unbalanced, straightened, curled, removed.
	fc
		.tuple(fc.nat(), fc.constantFrom('“', '”', '"', '‘', '’', "'"))
		.map(([i, mark]): Mutation => (t) => {
			const at = i % (t.length + 1);
			return t.slice(0, at) + mark + t.slice(at);
		}),
	fc.constantFrom<Mutation>(
		(t) => t.replace(/[“”]/g, '"'),
		(t) => t.replace(/"/g, '“'),
		(t) => t.replace(/[‘’]/g, "'"),
		(t) => t.replace(/[“”"]/g, ''),
		(t) => t.replace(/”/g, ''),
		(t) => t.replace(/“/g, '‘').replace(/”/g, '’')
	),
	// Line endings and a byte-order mark.
	fc.constantFrom<Mutation>(
		(t) => t.replace(/\n/g, '\r\n'),
		(t) => t.replace(/\n/g, '\r'),
		(t) => `\ufeff${t}`,
		(t) => t.replace(/\n\n/g, '\n'),
		(t) => t.replace(/\n/g, ' ')
	),
	// Odd Unicode anywhere.
	fc
		.tuple(fc.nat(), fc.constantFrom(...ODD), fc.integer({ min: 1, max: 40 }))
		.map(([i, ch, n]): Mutation => (t) => {
			const at = i % (t.length + 1);
			return t.slice(0, at) + ch.repeat(n) + t.slice(at);
		}),
	fc
		.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 30 }))
		.map(([i, s]): Mutation => (t) => {
			const at = i % (t.length + 1);
			return t.slice(0, at) + s + t.slice(at);
		}),
	// A very long sentence: a paragraph repeated without its full stops.
	fc.integer({ min: 5, max: 60 }).map((n): Mutation => (t) => {
		const ps = paragraphsOf(t);
		const long = (ps[3] ?? ps.at(-1) ?? '').replace(/[.!?]/g, ',');
		ps.splice(3, 0, Array.from({ length: n }, () => long).join(' '));
		return ps.join('\n\n');
	}),
	// Numbers that are not quite numbers, in place of a figure.
	fc.tuple(fc.nat(), fc.constantFrom(...NUMBERS)).map(([i, n]): Mutation => (t) => {
		let k = 0;
		return t.replace(/\d[\d,.]*/g, (m) => (k++ === i % 20 ? n : m));
	}),
	// Headings: emptied, doubled, removed, moved.
	fc.constantFrom<Mutation>(
		(t) => t.replace(/^## .*$/m, '## '),
		(t) => t.replace(/^## (.*)$/m, '## $1\n\n## $1'),
		(t) => t.replace(/^## .*$/gm, ''),
		(t) => t.replace(/^# .*$/m, ''),
		(t) => lines(t).reverse().join('\n'),
		(t) => t.replace(/^(## .*)$/gm, '$1\n\n'),
		(t) => t.slice(0, Math.floor(t.length / 3))
	)
);

/** One to four mutations in a row. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

export const apply = (text: string, ms: readonly Mutation[]) => ms.reduce((t, m) => m(t), text);

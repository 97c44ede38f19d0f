import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	QtiExportError,
	qtiPlainText,
	qtiTitle,
	toQtiPackage,
	type QtiFile,
	type QtiOptions
} from '../../src/lib/export/qti';
import type {
	Choice,
	MatchingQuestion,
	Question,
	SingleChoiceQuestion
} from '../../src/lib/generate/types';
import { SCHEMAS, validateXml } from './xsd';
import { article, bank } from './shipped';

const options: QtiOptions = {
	title: article.title,
	sections: article.sections,
	identifier: `north-korean-troops-${bank.version}`
};

const ASI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const CP = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** libxml2 compiles a schema per call (seconds): every test validates all its files in two calls. */
const SLOW = 120_000;

/** Parses with xmldom, failing on any warning, so a file it only half reads cannot pass. */
const parseXml = (text: string): Document =>
	new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'text/xml');

const all = (node: Document | Element, ns: string, tag: string): Element[] =>
	Array.from(node.getElementsByTagNameNS(ns, tag));
const one = (node: Document | Element, ns: string, tag: string): Element => {
	const found = all(node, ns, tag);
	expect(found, tag).toHaveLength(1);
	return found[0]!;
};

/** Validates the items and test against the ASI schema and the manifest against the CP one. */
async function expectValid(files: QtiFile[]) {
	const named = (list: QtiFile[]) => list.map((f) => ({ name: f.path, text: f.text }));
	const manifest = files.filter((f) => f.path === 'imsmanifest.xml');
	const others = files.filter((f) => f.path !== 'imsmanifest.xml');
	expect(manifest).toHaveLength(1);
	const [asi, cp] = await Promise.all([
		validateXml(SCHEMAS.qtiItem, named(others)),
		validateXml(SCHEMAS.qtiManifest, named(manifest))
	]);
	expect(asi.valid, asi.errors).toBe(true);
	expect(cp.valid, cp.errors).toBe(true);
}

interface ReadItem {
	identifier: string;
	title: string;
	prompt: string;
	/** Choice identifier → text, in document order (for matching: both sets). */
	choices: Map<string, string>;
	/** Matching only: the first set's identifiers. */
	items: string[];
	correct: string[];
	feedback: string;
}

/** An item as a QTI reader sees it, with its modal feedback tied to the FEEDBACK value set. */
function readItem(text: string): ReadItem {
	const doc = parseXml(text);
	const root = doc.documentElement!;
	expect(root.namespaceURI).toBe(ASI);
	expect(root.localName).toBe('qti-assessment-item');
	expect(root.getAttribute('time-dependent')).toBe('false');
	expect(root.getAttribute('adaptive')).toBe('false');
	expect(root.getAttribute('xml:lang')).toBe('en');
	const choices = new Map<string, string>();
	for (const tag of ['qti-simple-choice', 'qti-simple-associable-choice'])
		for (const c of all(doc, ASI, tag)) {
			const id = c.getAttribute('identifier')!;
			expect(id).toMatch(NCNAME);
			expect(choices.has(id), `choice identifier ${id} twice`).toBe(false);
			choices.set(id, c.textContent ?? '');
		}
	const sets = all(doc, ASI, 'qti-simple-match-set');
	const items = sets.length
		? all(sets[0]!, ASI, 'qti-simple-associable-choice').map((c) => c.getAttribute('identifier')!)
		: [];
	const declaration = one(doc, ASI, 'qti-response-declaration');
	const correct = all(one(declaration, ASI, 'qti-correct-response'), ASI, 'qti-value').map(
		(v) => v.textContent ?? ''
	);
	// The explanation shows when FEEDBACK holds the modal feedback's identifier: check RP sets it so.
	const feedback = one(doc, ASI, 'qti-modal-feedback');
	expect(feedback.getAttribute('outcome-identifier')).toBe('FEEDBACK');
	expect(feedback.getAttribute('show-hide')).toBe('show');
	const feedbackSet = all(one(doc, ASI, 'qti-response-processing'), ASI, 'qti-set-outcome-value')
		.filter((s) => s.getAttribute('identifier') === 'FEEDBACK')
		.map((s) => s.textContent);
	expect(feedbackSet).toEqual([feedback.getAttribute('identifier')]);
	return {
		identifier: root.getAttribute('identifier')!,
		title: root.getAttribute('title')!,
		prompt: one(doc, ASI, 'qti-prompt').textContent ?? '',
		choices,
		items,
		correct,
		feedback: one(feedback, ASI, 'qti-content-body').textContent ?? ''
	};
}

/** Checks one item file against the question it came from: texts, key and feedback. */
function expectSame(file: QtiFile, question: Question) {
	const read = readItem(file.text);
	expect(file.path).toBe(`items/${read.identifier}.xml`);
	expect(read.identifier).toMatch(NCNAME);
	expect(read.title).toBe(qtiTitle(question.id));
	expect(read.prompt).toBe(qtiPlainText(question.prompt));
	expect(read.feedback).toBe(qtiPlainText(question.explanation));
	const text = (list: Choice[], id: string) => qtiPlainText(list.find((c) => c.id === id)!.text);
	if (question.kind === 'match-estimates') {
		expect(read.items).toHaveLength(question.items.length);
		expect([...read.choices.values()]).toEqual(
			[...question.items, ...question.choices].map((c) => qtiPlainText(c.text))
		);
		// Every pair, read as texts, is the bank's item → choice.
		const pairs = read.correct.map((v) => v.split(' ').map((id) => read.choices.get(id)));
		expect(pairs).toEqual(
			question.items.map((item) => [
				qtiPlainText(item.text),
				text(question.choices, question.answer[item.id]!)
			])
		);
		for (const v of read.correct) expect(read.items).toContain(v.split(' ')[0]);
		return;
	}
	expect(read.items).toEqual([]);
	expect([...read.choices.values()]).toEqual(question.choices.map((c) => qtiPlainText(c.text)));
	expect(read.correct).toHaveLength(1);
	expect(read.choices.get(read.correct[0]!)).toBe(text(question.choices, question.answer));
}

/** The questions in test order: sections as given, questions as given within each. */
const inTestOrder = (questions: readonly Question[], sections: QtiOptions['sections']) =>
	sections.flatMap((s) => questions.filter((q) => q.section === s.id));

describe('QTI export of the shipped bank', () => {
	const files = toQtiPackage(bank.questions, options);
	const itemFiles = files.filter((f) => f.path.startsWith('items/'));
	const ordered = inTestOrder(bank.questions, article.sections);

	it(
		'validates against the QTI 3.0 schemas: every item and the test, and the manifest',
		async () => {
			expect(files.map((f) => f.path).slice(0, 2)).toEqual([
				'imsmanifest.xml',
				'assessment-test.xml'
			]);
			expect(itemFiles).toHaveLength(bank.questions.length);
			await expectValid(files);
		},
		SLOW
	);

	it('reads back with each question prompt, choices, correct response and explanation', () => {
		expect(ordered).toHaveLength(bank.questions.length);
		ordered.forEach((q, i) => expectSame(itemFiles[i]!, q));
		// The bank's text has nothing XML forbids, so what comes back is its text exactly.
		const texts = bank.questions.flatMap((q) => [
			q.prompt,
			q.explanation,
			...q.choices.map((c) => c.text),
			...(q.kind === 'match-estimates' ? q.items.map((c) => c.text) : [])
		]);
		expect(texts.filter((t) => qtiPlainText(t) !== t)).toEqual([]);
		// The bank's ids are NCNames already, so they are kept; the matching question is there.
		expect(itemFiles.map((f) => f.path)).toEqual(ordered.map((q) => `items/${q.id}.xml`));
		expect(itemFiles.filter((f) => f.text.includes('qti-match-interaction'))).toHaveLength(
			bank.questions.filter((q) => q.kind === 'match-estimates').length
		);
	});

	it('lists item refs in section then bank order, and the manifest lists exactly the files', () => {
		const test = parseXml(files.find((f) => f.path === 'assessment-test.xml')!.text);
		expect(test.documentElement!.getAttribute('identifier')).toBe(options.identifier);
		expect(test.documentElement!.getAttribute('title')).toBe(article.title);
		const sections = all(test, ASI, 'qti-assessment-section');
		const used = article.sections.filter((s) => bank.questions.some((q) => q.section === s.id));
		expect(sections.map((s) => s.getAttribute('title'))).toEqual(used.map((s) => s.heading));
		expect(sections.map((s) => all(s, ASI, 'qti-assessment-item-ref').length)).toEqual(
			used.map((s) => bank.questions.filter((q) => q.section === s.id).length)
		);
		const refs = all(test, ASI, 'qti-assessment-item-ref');
		expect(refs.map((r) => r.getAttribute('href'))).toEqual(itemFiles.map((f) => f.path));
		expect(refs.map((r) => r.getAttribute('identifier'))).toEqual(ordered.map((q) => q.id));
		// Feedback is off in a test unless its item session control turns it on.
		expect(one(test, ASI, 'qti-item-session-control').getAttribute('show-feedback')).toBe('true');

		const manifest = parseXml(files[0]!.text);
		expect(manifest.documentElement!.namespaceURI).toBe(CP);
		const resources = all(manifest, CP, 'resource');
		const hrefs = all(manifest, CP, 'file').map((f) => f.getAttribute('href'));
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect([...hrefs].sort()).toEqual(
			files
				.map((f) => f.path)
				.filter((p) => p !== 'imsmanifest.xml')
				.sort()
		);
		const [testResource, ...items] = resources;
		expect(testResource!.getAttribute('type')).toBe('imsqti_test_xmlv3p0');
		expect(testResource!.getAttribute('href')).toBe('assessment-test.xml');
		expect(items.map((r) => r.getAttribute('type'))).toEqual(
			itemFiles.map(() => 'imsqti_item_xmlv3p0')
		);
		expect(items.map((r) => r.getAttribute('href'))).toEqual(itemFiles.map((f) => f.path));
		for (const r of resources)
			expect(all(r, CP, 'file').map((f) => f.getAttribute('href'))).toEqual([
				r.getAttribute('href')
			]);
		expect(
			all(testResource!, CP, 'dependency').map((d) => d.getAttribute('identifierref'))
		).toEqual(items.map((r) => r.getAttribute('identifier')));
		// Same input, same bytes: the package is a function of the bank.
		expect(toQtiPackage(bank.questions, options)).toEqual(files);
	});
});

/** Text that has broken XML writers: markup, entities, CDATA ends, quotes, forbidden characters. */
const PIECES = [
	'<script>alert(1)</script>',
	'&amp;',
	'&',
	'&#0;',
	']]>',
	'<![CDATA[x',
	'<!-- c -->',
	'<?pi x?>',
	'"',
	"'",
	'\u0000',
	'\u0001',
	'\u0008',
	'\u000B',
	'\u001F',
	'\uFFFE',
	'\uFFFF',
	'\uD800',
	'x\uDC00',
	'\uDBFF\uDFFF',
	'😀',
	'👩🏽‍🚀',
	'\r\n',
	'\r',
	'\t',
	'\n',
	'\u0085',
	'\u00A0',
	'\u2028',
	'\u2029'
];
const hostileText = fc
	.array(
		fc.oneof(
			fc.constantFrom(...PIECES),
			fc.string({ unit: 'binary', maxLength: 6 }),
			fc.string({ unit: fc.constantFrom(...'<>&"\' \u0000\r;#x'.split('')), maxLength: 6 })
		),
		{ maxLength: 6 }
	)
	.map((parts) => parts.join(''));
const hostileId = fc.oneof(
	fc.constantFrom(
		'1st',
		'x y',
		'x:y',
		'X_Y',
		'',
		'-x',
		'.x',
		'é',
		'q\u0000',
		'😀',
		'x/../y',
		'CON'
	),
	fc.string({ unit: 'binary', maxLength: 8 })
);
const choices = (min: number) =>
	fc.uniqueArray(fc.record({ id: hostileId, text: hostileText }), {
		minLength: min,
		maxLength: 5,
		selector: (c) => c.id
	});

const SECTIONS = [
	{ id: 'part 1', heading: '<h1>One</h1> & "more"\u0000' },
	{ id: 'part:1', heading: "]]> it's\r\nthe second" },
	{ id: '2', heading: '😀\t\u0001' }
];
const base = { evidence: [], claimIds: [] };

const singleQuestion: fc.Arbitrary<SingleChoiceQuestion> = fc
	.record({
		id: hostileId,
		section: fc.constantFrom(...SECTIONS.map((s) => s.id)),
		kind: fc.constantFrom('who-said', 'true-false', 'when'),
		prompt: hostileText,
		choices: choices(1),
		pick: fc.nat(),
		explanation: hostileText
	})
	.map(({ pick, ...q }) => ({ ...base, ...q, answer: q.choices[pick % q.choices.length]!.id }));

const matchingQuestion: fc.Arbitrary<MatchingQuestion> = fc
	.record({
		id: hostileId,
		section: fc.constantFrom(...SECTIONS.map((s) => s.id)),
		prompt: hostileText,
		items: choices(1),
		choices: choices(1),
		picks: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
		explanation: hostileText
	})
	.map(({ picks, ...q }) => ({
		...base,
		...q,
		kind: 'match-estimates' as const,
		answer: Object.fromEntries(
			q.items.map((item, i) => [item.id, q.choices[picks[i]! % q.choices.length]!.id])
		)
	}));

/**
 * Ids that collide once made NCNames (`a b`, `a:b`, `A_B` → `a_b`), a Windows device name, and
 * choices that collide too.
 */
const colliding: Question[] = ['a b', 'a:b', 'A_B', 'CON'].map((id) => ({
	...base,
	id,
	section: 'part 1',
	kind: 'who-said',
	prompt: `Who said it? <b>${id}</b> \uD83D`,
	choices: [
		{ id: 'c 1', text: 'One & only' },
		{ id: 'c:1', text: 'Two <i>' },
		{ id: '1c', text: 'Three "quoted"' }
	],
	answer: 'c:1',
	explanation: 'Because ]]> said so.\u0000'
}));

describe('QTI escaping', () => {
	it('removes exactly the characters XML 1.0 forbids', () => {
		const allowed = (cp: number) =>
			cp === 0x9 ||
			cp === 0xa ||
			cp === 0xd ||
			(cp >= 0x20 && cp <= 0xd7ff) ||
			(cp >= 0xe000 && cp <= 0xfffd) ||
			cp >= 0x10000;
		expect(qtiPlainText('a\u0000b\u001Fc\uD800d\uFFFEe\uFFFF\t\r\n😀')).toBe('abcde\t\r\n😀');
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...PIECES))),
				(parts) => {
					const text = parts.join('');
					const kept = [...text].filter((c) => allowed(c.codePointAt(0)!)).join('');
					expect(qtiPlainText(text)).toBe(kept);
				}
			),
			{ numRuns: 200, seed: 20261203 }
		);
	});

	it(
		'hostile text and ids still validate and read back as their text',
		async () => {
			const [sampled] = fc.sample(
				fc.uniqueArray(fc.oneof(singleQuestion, matchingQuestion), {
					minLength: 20,
					maxLength: 20,
					selector: (q) => q.id
				}),
				{ numRuns: 1, seed: 20261203 }
			);
			const questions = [...colliding, ...sampled!];
			const hostile: QtiOptions = {
				title: '<title>Bank & "test"</title>\u0000\r\n😀',
				sections: SECTIONS,
				identifier: '1 bank: v2 <x>'
			};
			const files = toQtiPackage(questions, hostile);
			await expectValid(files);

			for (const f of files) {
				// Raw text never becomes markup: no element is named like the hostile tags.
				const doc = parseXml(f.text);
				for (const tag of ['script', 'b', 'i', 'h1'])
					expect(doc.getElementsByTagNameNS('*', tag)).toHaveLength(0);
				expect(f.text).not.toContain(']]>');
			}
			const itemFiles = files.filter((f) => f.path.startsWith('items/'));
			const ordered = inTestOrder(questions, SECTIONS);
			expect(itemFiles).toHaveLength(questions.length);
			ordered.forEach((q, i) => expectSame(itemFiles[i]!, q));

			// Identifiers are NCNames, distinct even ignoring case (they are file names too).
			const ids = itemFiles.map((f) => readItem(f.text).identifier);
			expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
			expect(ids.filter((id) => /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(id))).toEqual([]);
			expect(ids.slice(0, 4)).toEqual(['a_b', 'a_b-2', 'A_B-3', '_CON']);
			expect([...readItem(itemFiles[0]!.text).choices.keys()]).toEqual(['c_1', 'c_1-2', '_1c']);

			const test = parseXml(files[1]!.text).documentElement!;
			expect(test.getAttribute('identifier')).toBe('_1_bank__v2__x_');
			expect(test.getAttribute('title')).toBe(qtiTitle(hostile.title));
			const used = SECTIONS.filter((s) => questions.some((q) => q.section === s.id));
			expect(all(test, ASI, 'qti-assessment-section').map((s) => s.getAttribute('title'))).toEqual(
				used.map((s) => qtiTitle(s.heading))
			);
			const manifest = parseXml(files[0]!.text);
			expect(one(manifest, 'http://ltsc.ieee.org/xsd/LOM', 'string').textContent).toBe(
				qtiTitle(hostile.title)
			);
		},
		SLOW
	);
});

const good = (over: Partial<SingleChoiceQuestion> = {}): SingleChoiceQuestion => ({
	...base,
	id: 'qgood',
	section: 'one',
	kind: 'who-said',
	prompt: 'Who said the bridge would reopen?',
	choices: [
		{ id: 'ca', text: 'The mayor' },
		{ id: 'cb', text: 'The engineer' }
	],
	answer: 'ca',
	explanation: 'The mayor said so.',
	...over
});
const pairs = (answer: Record<string, string>): MatchingQuestion => ({
	...base,
	id: 'qpairs',
	section: 'one',
	kind: 'match-estimates',
	prompt: 'Match each source to its figure.',
	items: [
		{ id: 'ia', text: 'The city' },
		{ id: 'ib', text: 'The union' }
	],
	choices: [
		{ id: 'ca', text: '200' },
		{ id: 'cb', text: '500' }
	],
	answer,
	explanation: 'The city said 200 and the union 500.'
});
const oneSection: QtiOptions = {
	title: 'T',
	sections: [{ id: 'one', heading: 'One' }],
	identifier: 't'
};

/** The error `run` throws: a QtiExportError whose message is one sentence matching `reason`. */
function expectRefused(run: () => unknown, reason: RegExp) {
	let thrown: unknown;
	try {
		run();
	} catch (error) {
		thrown = error;
	}
	expect(thrown).toBeInstanceOf(QtiExportError);
	const message = (thrown as Error).message;
	expect(message).toMatch(reason);
	expect(message).toMatch(/^[A-Z].*\.$/s);
}

describe('QTI export refuses what it cannot export', () => {
	it('throws QtiExportError with a sentence for bad input', () => {
		expectRefused(() => toQtiPackage([], oneSection), /no questions/);
		expectRefused(
			() => toQtiPackage([good({ answer: 'cz' })], oneSection),
			/"cz", which is not one of its choices/
		);
		expectRefused(
			() => toQtiPackage([good({ choices: [] })], oneSection),
			/"qgood" has no choices/
		);
		expectRefused(
			() => toQtiPackage([good({ choices: [good().choices[0]!, good().choices[0]!] })], oneSection),
			/two choices with id "ca"/
		);
		expectRefused(() => toQtiPackage([pairs({ ia: 'ca' })], oneSection), /item "ib" no answer/);
		expectRefused(
			() => toQtiPackage([pairs({ ia: 'ca', ib: 'cz' })], oneSection),
			/item "ib" no answer/
		);
		expectRefused(
			() => toQtiPackage([pairs({ ia: 'ca', ib: 'cb', ic: 'ca' })], oneSection),
			/item "ic" that it does not have/
		);
		expectRefused(() => toQtiPackage([good(), good()], oneSection), /Two questions .*"qgood"/);
		expectRefused(
			() => toQtiPackage([good({ section: 'two' })], oneSection),
			/section "two", which is not among the sections given/
		);
		// Input the types forbid still fails as a QtiExportError, not a TypeError.
		expectRefused(
			() => toQtiPackage([good({ choices: undefined as unknown as Choice[] })], oneSection),
			/could not be exported/
		);
		// And good input passes, matching included.
		expect(toQtiPackage([good(), pairs({ ia: 'ca', ib: 'ca' })], oneSection)).toHaveLength(4);
	});
});

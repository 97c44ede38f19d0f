import type { Choice, MatchingQuestion, Question, SingleChoiceQuestion } from '../generate/types';
import { escapeXml, xmlPlainText } from './xml';

/**
 * QTI 3.0 content package of bank questions: a manifest, one assessment test with a section per article
 * section, and one item per question, titled with the question id, the explanation as feedback after
 * answering. Plain string work: no DOM, no Node APIs, so the browser and the CLI share it; the caller
 * zips the files. tests/unit/export-qti.test.ts validates the output against the 1EdTech schemas.
 */

export interface QtiFile {
	/** Relative to the package root, `/`-separated. */
	path: string;
	text: string;
}

export interface QtiOptions {
	/** Package/test title, e.g. the article's title. */
	title: string;
	/**
	 * The article's sections in order (`article.sections` fits): the test has one section per section
	 * that has questions, in this order, titled by heading.
	 */
	sections: readonly { id: string; heading: string }[];
	/** Stable identifier for the package and test (a slug + bank version, say); made a valid NCName. */
	identifier: string;
}

/** Input that cannot become a QTI package; the message is one sentence saying why. */
export class QtiExportError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = 'QtiExportError';
	}
}

/** The text a QTI reader gets back for `text`: it, less the characters XML 1.0 cannot carry. */
export const qtiPlainText = xmlPlainText;

/** A title as an attribute holds it: `normalizedString`, so tabs and line breaks become spaces. */
export function qtiTitle(text: string): string {
	return qtiPlainText(text)
		.replace(/[\t\n\r ]+/g, ' ')
		.trim();
}

const esc = escapeXml;

/** `"x"` for messages: quoted, control characters escaped. */
const q = (value: string) => JSON.stringify(value);

/**
 * Maps our ids to NCNames, deterministically in call order and unique: characters outside
 * `[A-Za-z0-9_.-]` become `_`, a name that cannot start one (or is a Windows device name) gets a
 * leading `_`, and a name already given (compared case-blind, since item names are file names too)
 * gets `-2`, `-3`… (`a b` → `a_b`, then `a:b` → `a_b-2`).
 */
function namer(): (id: string) => string {
	const taken = new Set<string>();
	return (id) => {
		let base = id.replace(/[^A-Za-z0-9_.-]/gu, '_').slice(0, 64);
		// Windows refuses these as file names, extension or not (`items/con.xml`).
		if (!/^[A-Za-z_]/.test(base) || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base))
			base = `_${base}`;
		let name = base;
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
		taken.add(name.toLowerCase());
		return name;
	};
}

/** Our id → NCName for a list of choices or items, refusing duplicates and an empty list. */
function names(list: readonly Choice[], name: (id: string) => string, what: string, id: string) {
	if (list.length === 0) throw new QtiExportError(`Question ${q(id)} has no ${what}.`);
	const map = new Map<string, string>();
	for (const c of list) {
		if (map.has(c.id))
			throw new QtiExportError(`Question ${q(id)} has two ${what} with id ${q(c.id)}.`);
		map.set(c.id, name(c.id));
	}
	return map;
}

const ASI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const CP = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>';
const asiRoot = (tag: string, attrs: string) =>
	`${DECL}\n<${tag} xmlns="${ASI}" ${XSI} xsi:schemaLocation="${ASI} ${XSD}imsqti_asiv3p0p1_v1p0.xsd" ${attrs}>`;

const setOutcome = (id: string, type: string, value: string) =>
	`<qti-set-outcome-value identifier="${id}"><qti-base-value base-type="${type}">${value}</qti-base-value></qti-set-outcome-value>`;

/**
 * match_correct written out, plus FEEDBACK. The template sets SCORE only and cannot be added to, so an
 * item naming it would never show its explanation; this is the template's own rule (SCORE 1 if the
 * response matches the correct one, else 0) followed by FEEDBACK, set after every attempt. Both forms
 * validate; only this one shows the feedback.
 */
const RESPONSE_PROCESSING = [
	'\t<qti-response-processing>',
	'\t\t<qti-response-condition>',
	'\t\t\t<qti-response-if>',
	'\t\t\t\t<qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>',
	`\t\t\t\t${setOutcome('SCORE', 'float', '1')}`,
	'\t\t\t</qti-response-if>',
	`\t\t\t<qti-response-else>${setOutcome('SCORE', 'float', '0')}</qti-response-else>`,
	'\t\t</qti-response-condition>',
	`\t\t${setOutcome('FEEDBACK', 'identifier', 'EXPLANATION')}`,
	'\t</qti-response-processing>'
];

interface Item {
	identifier: string;
	path: string;
	interaction: 'choiceInteraction' | 'matchInteraction';
	text: string;
}

function singleChoice(question: SingleChoiceQuestion): [string[], string[]] {
	const ids = names(question.choices, namer(), 'choices', question.id);
	const answer = ids.get(question.answer);
	if (answer === undefined)
		throw new QtiExportError(
			`Question ${q(question.id)} gives the answer ${q(question.answer)}, which is not one of its choices.`
		);
	const declaration = [
		'\t<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">',
		`\t\t<qti-correct-response><qti-value>${answer}</qti-value></qti-correct-response>`,
		'\t</qti-response-declaration>'
	];
	const body = [
		'\t\t<qti-choice-interaction response-identifier="RESPONSE" max-choices="1">',
		`\t\t\t<qti-prompt>${esc(question.prompt)}</qti-prompt>`,
		...question.choices.map(
			(c) =>
				`\t\t\t<qti-simple-choice identifier="${ids.get(c.id)}">${esc(c.text)}</qti-simple-choice>`
		),
		'\t\t</qti-choice-interaction>'
	];
	return [declaration, body];
}

function matching(question: MatchingQuestion): [string[], string[]] {
	// One namer for both sets: a pair `item choice` must not read two ways.
	const name = namer();
	const items = names(question.items, name, 'items', question.id);
	const choices = names(question.choices, name, 'choices', question.id);
	for (const key of Object.keys(question.answer))
		if (!items.has(key))
			throw new QtiExportError(
				`Question ${q(question.id)} answers an item ${q(key)} that it does not have.`
			);
	const pairs = question.items.map((item) => {
		const choice = choices.get(question.answer[item.id] ?? '');
		if (choice === undefined)
			throw new QtiExportError(
				`Question ${q(question.id)} gives item ${q(item.id)} no answer among its choices.`
			);
		return `\t\t\t<qti-value>${items.get(item.id)} ${choice}</qti-value>`;
	});
	const set = (list: readonly Choice[], ids: Map<string, string>, max: number) => [
		'\t\t\t<qti-simple-match-set>',
		...list.map(
			(c) =>
				`\t\t\t\t<qti-simple-associable-choice identifier="${ids.get(c.id)}" match-max="${max}">${esc(c.text)}</qti-simple-associable-choice>`
		),
		'\t\t\t</qti-simple-match-set>'
	];
	const n = question.items.length;
	const declaration = [
		'\t<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair">',
		'\t\t<qti-correct-response>',
		...pairs,
		'\t\t</qti-correct-response>',
		'\t</qti-response-declaration>'
	];
	// An item takes one figure; a figure may be the answer for every item.
	const body = [
		`\t\t<qti-match-interaction response-identifier="RESPONSE" max-associations="${n}">`,
		`\t\t\t<qti-prompt>${esc(question.prompt)}</qti-prompt>`,
		...set(question.items, items, 1),
		...set(question.choices, choices, n),
		'\t\t</qti-match-interaction>'
	];
	return [declaration, body];
}

function item(question: Question, identifier: string): Item {
	const isMatching = question.kind === 'match-estimates';
	const [declaration, body] = isMatching ? matching(question) : singleChoice(question);
	const text = [
		asiRoot(
			'qti-assessment-item',
			`identifier="${identifier}" title="${esc(qtiTitle(question.id))}" xml:lang="en" adaptive="false" time-dependent="false"`
		),
		...declaration,
		'\t<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>',
		'\t<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>',
		'\t<qti-item-body>',
		...body,
		'\t</qti-item-body>',
		...RESPONSE_PROCESSING,
		'\t<qti-modal-feedback outcome-identifier="FEEDBACK" show-hide="show" identifier="EXPLANATION" title="Explanation">',
		`\t\t<qti-content-body>${esc(question.explanation)}</qti-content-body>`,
		'\t</qti-modal-feedback>',
		'</qti-assessment-item>',
		''
	].join('\n');
	return {
		identifier,
		path: `items/${identifier}.xml`,
		interaction: isMatching ? 'matchInteraction' : 'choiceInteraction',
		text
	};
}

function test(
	identifier: string,
	part: string,
	title: string,
	sections: { identifier: string; heading: string; items: Item[] }[]
): string {
	return [
		asiRoot('qti-assessment-test', `identifier="${identifier}" title="${esc(qtiTitle(title))}"`),
		'\t<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>',
		`\t<qti-test-part identifier="${part}" navigation-mode="nonlinear" submission-mode="individual">`,
		// Feedback is off by default in a test; the explanation is the point of answering here.
		'\t\t<qti-item-session-control show-feedback="true"/>',
		...sections.flatMap((s) => [
			`\t\t<qti-assessment-section identifier="${s.identifier}" title="${esc(qtiTitle(s.heading))}" visible="true">`,
			...s.items.map(
				(i) => `\t\t\t<qti-assessment-item-ref identifier="${i.identifier}" href="${i.path}"/>`
			),
			'\t\t</qti-assessment-section>'
		]),
		'\t</qti-test-part>',
		'\t<qti-outcome-processing>',
		'\t\t<qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value>',
		'\t</qti-outcome-processing>',
		'</qti-assessment-test>',
		''
	].join('\n');
}

function manifest(identifier: string, testId: string, title: string, items: Item[]): string {
	const lom = 'http://ltsc.ieee.org/xsd/LOM';
	const qmd = 'http://www.imsglobal.org/xsd/imsqti_metadata_v3p0';
	const locations = `${CP} ${XSD}imsqtiv3p0_imscpv1p2_v1p0.xsd ${lom} https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd ${qmd} ${XSD}imsqti_metadatav3p0_v1p0.xsd`;
	return [
		DECL,
		`<manifest xmlns="${CP}" xmlns:lom="${lom}" xmlns:qmd="${qmd}" ${XSI} xsi:schemaLocation="${locations}" identifier="${identifier}">`,
		'\t<metadata>',
		'\t\t<schema>QTI Package</schema>',
		'\t\t<schemaversion>3.0.0</schemaversion>',
		`\t\t<lom:lom><lom:general><lom:title><lom:string language="en">${esc(qtiTitle(title))}</lom:string></lom:title></lom:general></lom:lom>`,
		'\t</metadata>',
		'\t<organizations/>',
		'\t<resources>',
		`\t\t<resource identifier="${testId}" type="imsqti_test_xmlv3p0" href="assessment-test.xml">`,
		'\t\t\t<file href="assessment-test.xml"/>',
		...items.map((i) => `\t\t\t<dependency identifierref="${i.identifier}"/>`),
		'\t\t</resource>',
		...items.flatMap((i) => [
			`\t\t<resource identifier="${i.identifier}" type="imsqti_item_xmlv3p0" href="${i.path}">`,
			`\t\t\t<metadata><qmd:qtiMetadata><qmd:timeDependent>false</qmd:timeDependent><qmd:interactionType>${i.interaction}</qmd:interactionType><qmd:feedbackType>nonadaptive</qmd:feedbackType><qmd:solutionAvailable>true</qmd:solutionAvailable></qmd:qtiMetadata></metadata>`,
			`\t\t\t<file href="${i.path}"/>`,
			'\t\t</resource>'
		]),
		'\t</resources>',
		'</manifest>',
		''
	].join('\n');
}

function build(questions: readonly Question[], options: QtiOptions): QtiFile[] {
	if (questions.length === 0)
		throw new QtiExportError('There are no questions to export: a QTI test needs at least one.');
	// One namer for every identifier of the package: the manifest's are xs:IDs, unique in it, and the
	// test's must not clash either. The caller's identifier first, then the items in the order given.
	const name = namer();
	const testId = name(options.identifier);
	const bySection = new Map<string, { heading: string; items: Item[] }>();
	for (const s of options.sections)
		if (!bySection.has(s.id)) bySection.set(s.id, { heading: s.heading, items: [] });
	const seen = new Set<string>();
	for (const question of questions) {
		if (seen.has(question.id))
			throw new QtiExportError(`Two questions have the id ${q(question.id)}.`);
		seen.add(question.id);
		const section = bySection.get(question.section);
		if (!section)
			throw new QtiExportError(
				`Question ${q(question.id)} is in section ${q(question.section)}, which is not among the sections given.`
			);
		section.items.push(item(question, name(question.id)));
	}
	const manifestId = name(`${testId}-manifest`);
	const partId = name('part');
	const sections = [...bySection]
		.filter(([, s]) => s.items.length > 0)
		.map(([id, s]) => ({ ...s, identifier: name(id) }));
	const items = sections.flatMap((s) => s.items);
	return [
		{ path: 'imsmanifest.xml', text: manifest(manifestId, testId, options.title, items) },
		{ path: 'assessment-test.xml', text: test(testId, partId, options.title, sections) },
		...items.map((i) => ({ path: i.path, text: i.text }))
	];
}

/**
 * The questions as the files of a QTI 3.0 content package: `imsmanifest.xml`, `assessment-test.xml`
 * and `items/<identifier>.xml`, one per question, in test order (sections in the order given, questions
 * in the order given within each). Throws QtiExportError, and nothing else, on input it cannot export.
 */
export function toQtiPackage(questions: readonly Question[], options: QtiOptions): QtiFile[] {
	try {
		return build(questions, options);
	} catch (error) {
		if (error instanceof QtiExportError) throw error;
		// Malformed input the types rule out (a missing list, say) still fails as the one error callers catch.
		const reason = error instanceof Error ? error.message : String(error);
		throw new QtiExportError(`The questions could not be exported as QTI (${reason}).`, {
			cause: error
		});
	}
}

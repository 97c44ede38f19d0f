import type { Choice, MatchingQuestion, Question, SingleChoiceQuestion } from '../generate/types';

/**
 * Moodle GIFT export of bank questions: one GIFT question per bank question, titled with the question
 * id, the explanation as the right answer's feedback. Plain string work: no DOM, no Node APIs, so the
 * browser and the CLI share it. tests/unit/export-gift.test.ts parses the output with gift-pegjs.
 */

export interface GiftSection {
	id: string;
	heading: string;
}

/** The only error toGift throws: a question it cannot write, in a sentence. */
export class GiftExportError extends Error {}

export interface GiftOptions {
	/**
	 * The article's sections (`article.sections` fits). When given, a `$CATEGORY:` line opens every run
	 * of questions from one section, named by its heading, so Moodle files each section in a category.
	 */
	sections?: readonly GiftSection[];
	/** The category the section categories sit under (the article's title, say); `a/b` nests. */
	category?: string;
	/**
	 * Give the explanation as general feedback (`####`), which Moodle shows whatever the answer (when
	 * the quiz's review options show feedback), instead of as the right answer's feedback, which a
	 * student who picked another choice never sees. Matching questions always get it: GIFT has no
	 * per-pair feedback.
	 */
	generalFeedback?: boolean;
}

/**
 * Invisible WORD JOINER, put where GIFT would otherwise read our text as syntax it has no escape for:
 * a leading `[html]`-like format tag, a leading `%50%` weight on a choice, `->` anywhere (Moodle takes
 * a question whose answers hold `=` and `->` for matching), and `&&`, which parsers' own escape
 * placeholders (`&&058;`) would turn into a character.
 */
const GUARD = '\u2060';

/**
 * The text a GIFT reader gets back for `text`: newlines kept (giftEscape writes them `\n`), runs of
 * other whitespace as one space, trimmed (GIFT readers collapse and trim them anyway), and GUARD
 * where GIFT needs it.
 */
export function giftPlainText(text: string, place: 'text' | 'choice' = 'text'): string {
	let out = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/\s{2,}/g, ' '))
		.join('\n')
		.trim()
		.replace(/&(?=&)/g, `&${GUARD}`);
	if (/^\[(?:html|markdown|plain|moodle)\]/i.test(out)) out = GUARD + out;
	if (place === 'choice' && out.startsWith('%')) out = GUARD + out;
	return out.replace(/-(?=>)/g, `-${GUARD}`);
}

/** `text` escaped for GIFT: `\` and `~ = # { } :` take a backslash, a newline is `\n`. */
export function giftEscape(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

const esc = (text: string, place?: 'text' | 'choice') => giftEscape(giftPlainText(text, place));

/** A `$CATEGORY:` path: one line, and `/` inside a name doubled as Moodle reads it. */
function categoryName(name: string): string {
	return name.replace(/\s+/g, ' ').trim().replace(/\//g, '//');
}

/** True/false in GIFT's own form when the choices are exactly True and False. */
function trueFalseAnswer(question: SingleChoiceQuestion): boolean | null {
	const texts = question.choices.map((c) => c.text);
	if (texts.length !== 2 || !texts.includes('True') || !texts.includes('False')) return null;
	const right = question.choices.find((c) => c.id === question.answer);
	return right ? right.text === 'True' : null;
}

function singleChoice(question: SingleChoiceQuestion, general: boolean): string[] {
	const feedback = esc(question.explanation);
	// Once, either for everyone (general) or on the right answer.
	const tail = general ? [`\t####${feedback}`] : [];
	const onRight = general ? '' : `#${feedback}`;
	if (!question.choices.some((c) => c.id === question.answer))
		throw new GiftExportError(`Question ${question.id} has no right answer among its choices.`);
	const isTrue = trueFalseAnswer(question);
	if (isTrue !== null) {
		// GIFT true/false feedback is `#wrong#right`: the explanation goes to the right answer.
		const tf = general ? [] : [`\t#`, `\t${onRight}`];
		return [`{${isTrue ? 'TRUE' : 'FALSE'}`, ...tf, ...tail, '}'];
	}
	const lines = question.choices.map((c: Choice) =>
		c.id === question.answer
			? `\t=${esc(c.text, 'choice')}${onRight}`
			: `\t~${esc(c.text, 'choice')}`
	);
	return ['{', ...lines, ...tail, '}'];
}

function matching(question: MatchingQuestion): string[] {
	const choices = new Map(question.choices.map((c) => [c.id, c]));
	const paired = new Set(Object.values(question.answer));
	const pairs = question.items.map((item) => {
		const choice = choices.get(question.answer[item.id] ?? '');
		if (!choice)
			throw new GiftExportError(`Question ${question.id}: item ${item.id} has no answer.`);
		return `\t=${esc(item.text)} -> ${esc(choice.text)}`;
	});
	// A figure no source gave: a distractor, an answer with no question (Moodle's `= -> text`).
	const extra = question.choices
		.filter((c) => !paired.has(c.id))
		.map((c) => `\t= -> ${esc(c.text)}`);
	return ['{', ...pairs, ...extra, `\t####${esc(question.explanation)}`, '}'];
}

function giftQuestion(question: Question, general: boolean): string {
	const body =
		question.kind === 'match-estimates' ? matching(question) : singleChoice(question, general);
	return [
		`::${giftEscape(question.id)}::${esc(question.prompt)} ${body[0]}`,
		...body.slice(1)
	].join('\n');
}

/**
 * The questions as a GIFT file, in the order given (the caller has already left out the sections and
 * questions it does not want), questions separated by a blank line.
 */
export function toGift(questions: readonly Question[], options: GiftOptions = {}): string {
	const headings = new Map((options.sections ?? []).map((s) => [s.id, s.heading]));
	const blocks: string[] = [];
	let section: string | null = null;
	for (const question of questions) {
		if (options.sections && question.section !== section) {
			section = question.section;
			const name = categoryName(headings.get(section) ?? section);
			const parent = options.category?.replace(/\s+/g, ' ').trim();
			const path = parent ? `${parent}/${name}` : name;
			blocks.push(`$CATEGORY: ${path}`);
		}
		blocks.push(giftQuestion(question, options.generalFeedback ?? false));
	}
	return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

import { questionTag } from '../assign/assignment';
import type { Assignment } from '../assign/types';
import type { PreviewQuestion, PreviewSection } from './preview';

/** The paragraphs of a section, as printed on a worksheet. */
export interface SectionText {
	number: number;
	paragraphs: string[];
}

/** A question as printed for students: numbered across the sheet, choices lettered, no answers. */
export interface SheetQuestion {
	/** Numbered across the whole sheet, so the worksheet and the key agree. */
	number: number;
	prompt: string;
	/** Lettered choices; for a matching question, the figures its items are matched to. */
	choices: Array<{ letter: string; text: string }>;
	/** A matching question's left column, each with a blank for a letter. */
	items: string[];
}

export interface SheetSection {
	number: number;
	heading: string;
	paragraphs: string[];
	questions: SheetQuestion[];
}

/** What the answer key says of one question: the same number and prompt, the answer, and why. */
export interface KeyEntry {
	number: number;
	section: number;
	prompt: string;
	/** The keyed choice as “B. text”; empty for a matching question. */
	answer: string;
	/** A matching question's items, each with its keyed “C. figure”. */
	items: Array<{ text: string; answer: string }>;
	explanation: string;
	evidence: Array<{ section: number; text: string }>;
}

const letter = (i: number) => String.fromCharCode(65 + (i % 26)).repeat(1 + Math.floor(i / 26));

/** The chosen sections with only the questions the assignment asks, numbered across the sheet. */
function asked(
	preview: readonly PreviewSection[],
	a: Pick<Assignment, 'sections' | 'omit'>
): Array<{ section: PreviewSection; questions: Array<{ number: number; q: PreviewQuestion }> }> {
	const omit = new Set(a.omit ?? []);
	let n = 0;
	return [...a.sections]
		.sort((x, y) => x - y)
		.flatMap((number) => {
			const section = preview.find((s) => s.number === number);
			if (!section) return [];
			const questions = section.questions
				.filter((q) => !omit.has(questionTag(q.id)))
				.map((q) => ({ number: ++n, q }));
			return [{ section, questions }];
		});
}

/** Lettered options: a choice question's choices, or the figures a matching question's items take. */
const options = (q: PreviewQuestion) =>
	q.choices.map((c, i) => ({ letter: letter(i), text: c.text }));

/**
 * The worksheet of an assignment: each chosen section's text followed by its questions, with nothing
 * that gives an answer away (no marks, explanations or evidence).
 */
export function worksheet(
	preview: readonly PreviewSection[],
	texts: readonly SectionText[],
	a: Pick<Assignment, 'sections' | 'omit'>
): SheetSection[] {
	return asked(preview, a).map(({ section, questions }) => ({
		number: section.number,
		heading: section.heading,
		paragraphs: texts.find((t) => t.number === section.number)?.paragraphs ?? [],
		questions: questions.map(({ number, q }) => ({
			number,
			prompt: q.prompt,
			choices: options(q),
			items: q.items.map((i) => i.text)
		}))
	}));
}

/** The answer key of the same assignment, numbered as its worksheet is. */
export function answerKey(
	preview: readonly PreviewSection[],
	a: Pick<Assignment, 'sections' | 'omit'>
): KeyEntry[] {
	return asked(preview, a).flatMap(({ section, questions }) =>
		questions.map(({ number, q }) => {
			const lettered = options(q);
			const labelOf = (text: string) => {
				const found = lettered.find((o) => o.text === text);
				return found ? `${found.letter}. ${text}` : text;
			};
			const right = q.choices.find((c) => c.right);
			return {
				number,
				section: section.number,
				prompt: q.prompt,
				answer: q.items.length === 0 && right ? labelOf(right.text) : '',
				items: q.items.map((i) => ({ text: i.text, answer: labelOf(i.answer) })),
				explanation: q.explanation,
				evidence: q.evidence.map((e) => ({ section: e.section, text: e.text }))
			};
		})
	);
}

import type { QuizQuestion as Question } from './question';
import { isAnswered, isCorrect, type Answer } from './grade';
import { isOpen } from './settled';
import type { SectionRecord } from './state';

export { emptyRecord, type SectionRecord } from './state';

/** How strict an attempt is: self-study reveals answers; graded keeps the first try (for assignments). */
export type Mode = 'self-study' | 'practice' | 'graded';

/** Whether a mode marks answers right or wrong as soon as they are checked. */
export const showsVerdicts = (mode: Mode) => mode !== 'graded';

/** Misses after which self-study shows the answer by itself. */
export const REVEAL_AFTER_MISSES = 2;

export function select(r: SectionRecord, id: string, answer: Answer): SectionRecord {
	if (!isEditable(r, id)) return r;
	return { ...r, answers: { ...r.answers, [id]: answer } };
}

/** The questions that take input but lack an answer: pointed out instead of being marked wrong. */
export function unanswered(r: SectionRecord, questions: Question[]): Question[] {
	return questions.filter((q) => isEditable(r, q.id) && !isAnswered(q, r.answers[q.id]));
}

/** Marks every open question right or wrong. Call only when `unanswered` is empty. */
export function check(r: SectionRecord, questions: Question[], mode: Mode): SectionRecord {
	const results = { ...r.results };
	const misses = { ...r.misses };
	const revealed = [...r.revealed];
	for (const q of questions) {
		if (!isEditable(r, q.id)) continue;
		const right = isCorrect(q, r.answers[q.id]);
		results[q.id] = right;
		if (!right) {
			misses[q.id] = (misses[q.id] ?? 0) + 1;
			if (mode === 'self-study' && misses[q.id]! >= REVEAL_AFTER_MISSES) revealed.push(q.id);
		}
	}
	const right = questions.filter((q) => results[q.id] === true).length;
	const first = r.first ?? Object.fromEntries(questions.map((q) => [q.id, results[q.id] === true]));
	const firstAnswers = r.firstAnswers ?? { ...r.answers };
	return {
		...r,
		checks: r.checks + 1,
		results,
		misses,
		revealed,
		first,
		firstAnswers,
		best: Math.max(r.best ?? 0, right)
	};
}

/** Try again: the missed questions reopen, their answers cleared; right ones stay right. */
export function retry(r: SectionRecord, questions: Question[]): SectionRecord {
	const answers = { ...r.answers };
	const results = { ...r.results };
	for (const q of questions) {
		if (isOpen(r, q.id) && r.results[q.id] === false) {
			delete answers[q.id];
			delete results[q.id];
		}
	}
	return { ...r, answers, results };
}

/** A question takes input: open and not waiting with its feedback for “Try again”. */
export function isEditable(r: SectionRecord, id: string): boolean {
	return isOpen(r, id) && r.results[id] === undefined;
}

/** Shows the right answer of a question; it no longer counts towards the best score. */
export function reveal(r: SectionRecord, id: string): SectionRecord {
	if (r.revealed.includes(id) || r.results[id] === true) return r;
	return { ...r, revealed: [...r.revealed, id] };
}

/** True when a check has been made and some questions can still be tried again (graded work has one try). */
export function canRetry(r: SectionRecord, questions: Question[], mode: Mode): boolean {
	if (mode === 'graded') return false;
	return questions.some((q) => isOpen(r, q.id) && r.results[q.id] === false);
}

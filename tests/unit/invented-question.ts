import type { QuizQuestion } from '$lib/quiz/question';

/** An invented one-choice question whose right choice is `r` (and wrong one `w`). */
export const inventedQuestion = (id: string, section = 's1'): QuizQuestion => ({
	id,
	section,
	kind: 'who-said',
	prompt: `Who said ${id}?`,
	choices: [
		{ id: 'r', text: 'Right' },
		{ id: 'w', text: 'Wrong' }
	],
	answer: 'r',
	evidence: [],
	explanation: ''
});

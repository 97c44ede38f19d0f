/** How a student's results left this page: saved as a file, or a code put on the clipboard (or not). */
export type HandInWay = { kind: 'file'; fileName: string } | { kind: 'code'; copied: boolean };

/**
 * What the page says after a hand-in step. A download or a copied code has not reached the teacher — a
 * static site sends nothing anywhere — so the note says what happened and what is left to do.
 */
export function handInNote(way: HandInWay, graded: boolean): string {
	const step =
		way.kind === 'file'
			? `Saved to your downloads as “${way.fileName}”. Now send this file to your teacher, the way they asked (by email or on your class page): it has not reached them yet.`
			: way.copied
				? 'Your results code is copied. Now paste it where your teacher asked (an email or your class page) and send it: it has not reached them yet.'
				: 'Copy your results code from the box below (select all of it), then paste it where your teacher asked and send it: it has not reached them yet.';
	return graded ? `${step} The section pages now show the right answers.` : step;
}

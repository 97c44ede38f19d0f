/**
 * Lines to paragraphs: joins the lines of one paragraph (lines.ts, hyphen.ts), places every recorded
 * change at the paragraph it touches, adds the notes and refuses a paste that is no article.
 */
import type { ArticleMeta } from '../article/types';
import { AuthorInputError, MESSAGES } from './errors';
import { joinHyphenated } from './hyphen';
import { joinReason, wrapWidth, type Gap, type JoinReason } from './lines';
import { headingNotes, paragraphNotes } from './notes';
import { short, type Line, type Pending } from './read-line';
import type { Change, CleanHeading, Cleaned, Note } from './types';

function tail(text: string, max = 40): string {
	return text.length > max ? `…${text.slice(-(max - 1))}` : text;
}

const JOIN_DESCRIPTION: Record<JoinReason, string> = {
	hyphen: 'Joined two lines where a word was broken at the end of a line.',
	sentence: 'Joined two lines that are one sentence: the second goes on in lower case.',
	wrap: 'Joined two lines of one paragraph that the text was wrapped at.',
	page: 'Joined two lines of one paragraph split by a page break.'
};

/** Joins lines into paragraphs, places every change, adds the notes and refuses what is no article. */
export function assemble(
	lines: Line[],
	pending: Pending[],
	meta: ArticleMeta,
	undo: Set<string>
): Cleaned {
	const texts = lines.filter((l) => l.kind === 'text');
	const wrap = wrapWidth(texts.map((l) => l.text));
	let gaps = 0;
	for (let i = 1; i < lines.length; i++) {
		if (lines[i]!.kind === 'blank' && lines[i - 1]!.kind !== 'blank') gaps++;
	}
	const blankSeparated = gaps >= 2;

	const paragraphs: string[] = [];
	const headings: CleanHeading[] = [];
	const home = new Map<Line, number | null>(); // the paragraph each line ended up in (null: a heading)
	let last: Line | null = null; // the last text line of the open paragraph
	let gap: Gap = 'none';
	let waiting: Line[] = []; // removed lines whose paragraph is the next one to get text
	const firstContent = lines.find((l) => l.kind === 'text' || l.kind === 'heading');

	for (const line of lines) {
		if (line.kind === 'blank') {
			if (gap === 'none') gap = 'blank';
			continue;
		}
		if (line.kind === 'removed') {
			if (line.junk === 'page-number') gap = 'page';
			waiting.push(line);
			continue;
		}
		if (line.kind === 'heading') {
			headings.push({
				level: line.level!,
				text: line.text,
				before: paragraphs.length,
				line: line.line
			});
			home.set(line, null);
			last = null;
			gap = 'none';
			continue;
		}
		const reason = last
			? joinReason(last.text, line.text, {
					gap,
					wrap,
					blankSeparated,
					first: last === firstContent
				})
			: null;
		const joinId = `joined-lines@${line.at}`;
		if (last && reason && !undo.has(joinId)) {
			const i = paragraphs.length - 1;
			const snippet = `${tail(last.text)}\n${short(line.text, 40)}`;
			if (reason === 'hyphen') {
				const keep = undo.has(`dehyphenated@${line.at}`);
				const joined = joinHyphenated(paragraphs[i]!, line.text, keep);
				paragraphs[i] = joined.text;
				if (joined.dropped) {
					pending.push({
						id: `dehyphenated@${line.at}`,
						kind: 'dehyphenated',
						description: `Joined “${joined.broken}”, broken at the end of a line, into “${joined.word}”.`,
						line: line.line,
						original: snippet,
						source: line,
						undoable: true
					});
				} else {
					pending.push({
						id: joinId,
						kind: 'joined-lines',
						description: `Joined two lines and kept the hyphen in “${joined.word}”.`,
						line: line.line,
						original: snippet,
						source: line,
						undoable: true
					});
				}
			} else {
				paragraphs[i] = `${paragraphs[i]!} ${line.text}`;
				pending.push({
					id: joinId,
					kind: 'joined-lines',
					description: JOIN_DESCRIPTION[reason],
					line: line.line,
					original: snippet,
					source: line,
					undoable: true
				});
			}
		} else {
			paragraphs.push(line.text);
		}
		home.set(line, paragraphs.length - 1);
		for (const w of waiting) home.set(w, paragraphs.length - 1);
		waiting = [];
		last = line;
		gap = 'none';
	}
	for (const w of waiting) home.set(w, paragraphs.length > 0 ? paragraphs.length - 1 : null);

	refuseNonArticles(lines, paragraphs, headings);

	const changes: Change[] = pending
		.map(({ source, ...change }) => ({
			...change,
			paragraph: source ? (home.get(source) ?? null) : null
		}))
		.sort((x, y) => x.line - y.line);
	const notes: Note[] = [
		...paragraphs.flatMap((p, i) => paragraphNotes(p, i)),
		...headings.flatMap(headingNotes)
	];
	return { paragraphs, headings, meta, changes, notes };
}

function refuseNonArticles(lines: Line[], paragraphs: string[], headings: CleanHeading[]): void {
	const content = lines.filter((l) => l.kind !== 'blank');
	if (content.length === 0) throw new AuthorInputError('empty', MESSAGES.empty);
	const numeric = (text: string) => /^[\p{N}\s.,;:%+\-–—/()#*]*$/u.test(text);
	if (paragraphs.length === 0) {
		const onlyNumbers = content.every((l) => l.junk === 'page-number' || numeric(l.text));
		throw onlyNumbers
			? new AuthorInputError('not-an-article', MESSAGES.onlyNumbers)
			: new AuthorInputError('no-paragraphs', MESSAGES.noParagraphs);
	}
	if (paragraphs.every(numeric)) throw new AuthorInputError('not-an-article', MESSAGES.onlyNumbers);
	if (!paragraphs.some((p) => /\p{L}/u.test(p))) {
		throw new AuthorInputError('not-an-article', MESSAGES.noWords);
	}
	if (paragraphs.length + headings.length < 2) {
		const oneLine = content.filter((l) => l.kind !== 'removed').length === 1;
		throw new AuthorInputError(
			'not-an-article',
			oneLine ? MESSAGES.oneLine : MESSAGES.oneParagraph
		);
	}
}

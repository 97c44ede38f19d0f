/**
 * cleanPaste: pasted text (plain, Markdown, a web page's or a PDF's text) to paragraphs and headings.
 * Every change to the text is recorded with a stable id so the page can show it and undo it (by running
 * again with `undo`); things only worth a look become notes. The steps, per pasted line: HTML tags
 * (html.ts), entities, spaces (spaces.ts), Markdown (markdown.ts), lines that are not article text
 * (junk.ts), in read-line.ts; then paragraphs.ts joins lines into paragraphs (lines.ts, hyphen.ts).
 */
import type { ArticleMeta } from '../article/types';
import { AuthorInputError, MAX_PASTE_BYTES, MESSAGES } from './errors';
import { hasTags, stripTags } from './html';
import { frontMatterOf } from './markdown';
import { assemble } from './paragraphs';
import { readLine, short, type Line, type Pending, type Recorder } from './read-line';
import { normalizeSpaces } from './spaces';
import type { Cleaned, CleanOptions } from './types';

/** UTF-8 length, stopping as soon as it passes `limit`, so a huge paste costs no more than needed. */
function utf8Exceeds(text: string, limit: number): boolean {
	if (text.length > limit) return true;
	if (text.length * 3 <= limit) return false;
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3; // a pair counts 2 + 2
		if (bytes > limit) return true;
	}
	return false;
}

export function cleanPaste(raw: string, options: CleanOptions = {}): Cleaned {
	if (typeof raw !== 'string' || raw.trim() === '') {
		throw new AuthorInputError('empty', MESSAGES.empty);
	}
	if (utf8Exceeds(raw, MAX_PASTE_BYTES)) throw new AuthorInputError('too-large', MESSAGES.tooLarge);
	const undo = new Set(options.undo ?? []);
	const pending: Pending[] = [];
	const record: Recorder = (kind, at, line, description, original, source, undoable = true) =>
		pending.push({
			id: `${kind}@${at}`,
			kind,
			description,
			line,
			original: short(original),
			source,
			undoable
		});

	const rawLines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
	let meta: ArticleMeta = {};
	let start = 0;
	const front = frontMatterOf(rawLines);
	if (front && !undo.has('front-matter@1')) {
		meta = Object.fromEntries(
			Object.entries(front.meta)
				.map(([k, v]) => [k, normalizeSpaces(v).text])
				.filter(([, v]) => v !== '')
		);
		start = front.length;
		const description =
			'Read the block at the top (between “---” lines) as the article’s details, not as text.';
		record('front-matter', '1', 1, description, rawLines.slice(0, start).join('\n'), null);
	}

	const lines: Line[] = [];
	for (let i = start; i < rawLines.length; i++) {
		const lineNo = i + 1;
		const rawLine = rawLines[i]!;
		const stripped = hasTags(rawLine) && !undo.has(`html@${lineNo}`);
		const pieces = stripped ? stripTags(rawLine) : [rawLine];
		const read = pieces.map((piece, k) => {
			const at = pieces.length > 1 ? `${lineNo}.${k + 1}` : `${lineNo}`;
			return readLine(
				piece,
				{ at, line: lineNo, kind: 'text', text: '', raw: rawLine },
				undo,
				record
			);
		});
		if (stripped) {
			// The change belongs to the first piece that kept text, so the page shows it by that paragraph.
			const home = read.find((l) => l.kind === 'text' || l.kind === 'heading') ?? null;
			const description = 'Removed HTML tags and kept the text between them.';
			record('html', `${lineNo}`, lineNo, description, rawLine, home);
		}
		lines.push(...read);
	}

	return assemble(lines, pending, meta, undo);
}

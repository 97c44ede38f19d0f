import type { ParagraphRef } from './text';

/** One pair of outer quote marks in a paragraph. Offsets are into the paragraph's text. */
export interface QuoteSpan {
	paragraph: ParagraphRef;
	/** Offset of the opening mark. */
	open: number;
	/** Offset of the closing mark, or the paragraph's length when the quote runs on to the next paragraph. */
	close: number;
	/** The characters between the marks. */
	text: string;
	/** False when the paragraph ends inside the quote (news style for a quote that goes on). */
	closed: boolean;
}

export type QuoteStyle = 'curly' | 'straight';

/** Curly quotes when the article uses any, else straight ones. */
export function quoteStyle(paragraphs: ParagraphRef[]): QuoteStyle {
	return paragraphs.some((p) => p.text.includes('“')) ? 'curly' : 'straight';
}

/** Outer double-quoted spans; single quotes inside them are nested quotes and stay part of the text. */
export function quoteSpans(para: ParagraphRef, style: QuoteStyle): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	const text = para.text;
	let open = -1;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const opens = style === 'curly' ? ch === '“' : ch === '"' && open < 0;
		const closes = style === 'curly' ? ch === '”' : ch === '"' && open >= 0;
		if (opens) {
			if (open < 0) open = i;
			else depth++;
		} else if (closes && open >= 0) {
			if (depth > 0) {
				depth--;
				continue;
			}
			spans.push({ paragraph: para, open, close: i, text: text.slice(open + 1, i), closed: true });
			open = -1;
		}
	}
	if (open >= 0) {
		spans.push({
			paragraph: para,
			open,
			close: text.length,
			text: text.slice(open + 1),
			closed: false
		});
	}
	return spans;
}

/** The paragraph text with every quote replaced by «···» of the same length, so offsets still match. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
	let out = text;
	for (const s of spans) {
		const end = Math.min(s.close + 1, text.length);
		const inner = '·'.repeat(Math.max(0, end - s.open - 2));
		const masked = s.closed ? `«${inner}»` : `«${inner}·`.slice(0, end - s.open);
		out = out.slice(0, s.open) + masked + out.slice(end);
	}
	return out;
}

import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The page as Chromium prints it to A4, read back by pdf.js: the text of each printed page. */
export async function printedPages(page: Page): Promise<string[]> {
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await doc.destroy();
	return pages;
}

/**
 * Text compared without its spacing: where a printed line breaks, or a font changes mid-line, pdf.js
 * splits the text into pieces, so “a long prompt” may come back as “a long” and “prompt”.
 */
export const unspaced = (text: string) => text.replace(/\s+/g, '');

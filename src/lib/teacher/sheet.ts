/**
 * The links of an assignment's sheet, and whether its link fits a QR code. The built-in article's
 * assignment lives at `/a/#CODE`, and a student can also type its short code there; a module's lives
 * inside the module's own pages (moduleSheetLinks in target.ts, loaded only for a module).
 */
import { assignmentHref, reportHref } from '../links';
import { printHref } from './print-view';

export interface SheetLinks {
	/** The link for students, whole (with the origin). */
	student: string;
	/** Where a student types the short code (`…/a/`), or null: a module has no code to type. */
	typeAt: string | null;
	report: string;
	worksheet: string;
	key: string;
}

/** The sheet's links for an assignment code of the built-in article. */
export const sheetLinks = (origin: string, code: string): SheetLinks => ({
	student: `${origin}${assignmentHref()}#${code}`,
	typeAt: `${origin}${assignmentHref()}`,
	report: reportHref(code),
	worksheet: printHref(code, 'worksheet'),
	key: printHref(code, 'key')
});

/** The most a QR code holds: 2,953 bytes (version 40, level L). A module link is usually longer. */
export const QR_MAX_BYTES = 2953;

/** The link's length in bytes, as a QR code counts them. */
export const qrBytes = (text: string) => new TextEncoder().encode(text).length;

/** False when the text cannot be a QR code at all, known without loading the QR library. */
export const mayFitQr = (text: string) => qrBytes(text) <= QR_MAX_BYTES;

/**
 * How wide to draw a QR code of `size` modules, in rem: 12 as for a short link, wider for a dense code
 * (a long link), so each module stays at least 1/8 rem (2 px on screen, about 0.5 mm on paper).
 */
export const qrWidth = (size: number) => Math.max(12, Math.ceil(size / 8));

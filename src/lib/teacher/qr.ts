import qrcode from 'qrcode-generator';

/**
 * A QR code as one SVG path (a unit square per dark module) and its size in modules, or null when the
 * text is more than a QR code holds. Level M (15% of the code may be lost) when the text fits it; else
 * level L (7%), which holds more: up to 2,953 bytes, where M holds 2,331.
 */
export function qrPath(text: string): { d: string; size: number } | null {
	for (const level of ['M', 'L'] as const) {
		const q = qrcode(0, level);
		q.addData(text);
		try {
			q.make();
		} catch {
			// “code length overflow”: too long for this level's largest code.
			continue;
		}
		const size = q.getModuleCount();
		let d = '';
		for (let r = 0; r < size; r++)
			for (let c = 0; c < size; c++) if (q.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
		return { d, size };
	}
	return null;
}

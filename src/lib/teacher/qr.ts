import qrcode from 'qrcode-generator';

/** A QR code as one SVG path (a unit square per dark module) and its size in modules. */
export function qrPath(text: string): { d: string; size: number } {
	const q = qrcode(0, 'M');
	q.addData(text);
	q.make();
	const size = q.getModuleCount();
	let d = '';
	for (let r = 0; r < size; r++)
		for (let c = 0; c < size; c++) if (q.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
	return { d, size };
}

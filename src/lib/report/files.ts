import { MAX_FILE_BYTES, splitCodes, type Input } from './import';

/** Reads dropped or picked files as inputs; files over the size limit are not read at all. */
export async function readFiles(files: Iterable<File>): Promise<Input[]> {
	return Promise.all(
		[...files].map(async (file): Promise<Input> => {
			const base = { kind: 'file' as const, source: file.name || 'Unnamed file', size: file.size };
			if (file.size > MAX_FILE_BYTES) return base;
			try {
				return { ...base, text: await file.text() };
			} catch {
				// Moved or deleted since it was picked: refused as unreadable.
				return base;
			}
		})
	);
}

/** Pasted text as inputs, one per code, labelled “Pasted code n” from `first` on. */
export function pastedInputs(
	text: string,
	first: number,
	isWhole?: (code: string) => boolean
): Input[] {
	return splitCodes(text, isWhole).map((code, i) => ({
		kind: 'code',
		source: `Pasted code ${first + i}`,
		text: code
	}));
}

/** Offers text (or bytes, such as a zip) as a file download (Blob + object URL); the URL is released right after. */
export function downloadText(
	filename: string,
	text: string | Uint8Array<ArrayBuffer>,
	type: string
): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

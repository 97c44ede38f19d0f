/**
 * Raw DEFLATE through the web's CompressionStream, which browsers, Web Workers and Node 20 all have,
 * so the link needs no compression library.
 */

/** Reads a stream whole, or stops once it gives more than `max` bytes (a decompression bomb). */
async function collect(
	readable: ReadableStream<Uint8Array>,
	max: number
): Promise<Uint8Array | 'too-large'> {
	const reader = readable.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > max) {
			await reader.cancel().catch(() => {});
			return 'too-large';
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** Feeds bytes into a transform without waiting: the reader drives it, and its errors surface there. */
function through(stream: CompressionStream | DecompressionStream, bytes: Uint8Array) {
	const writer = stream.writable.getWriter();
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return stream.readable as ReadableStream<Uint8Array>;
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	const out = await collect(through(new CompressionStream('deflate-raw'), bytes), Infinity);
	return out as Uint8Array;
}

/**
 * The inflated bytes; 'too-large' past `max` bytes; null when the data is not a whole deflate stream
 * (damaged or cut short). Never throws.
 */
export async function inflateRaw(
	bytes: Uint8Array,
	max: number
): Promise<Uint8Array | 'too-large' | null> {
	try {
		return await collect(through(new DecompressionStream('deflate-raw'), bytes), max);
	} catch {
		return null;
	}
}

import type { BuiltBank } from '../bank/build';
import type { BuildStage } from '../bank/limits';
import type { BuildReply, BuildRequest } from './messages';

export type BuildOutcome =
	{ ok: true; built: BuiltBank; ms: number } | { ok: false; error: string };

/**
 * Builds banks in one Web Worker for the page's lifetime. Each call is answered once; a request made
 * while another runs waits its turn (the worker handles messages in order).
 */
export class BankBuilder {
	#worker: Worker | null = null;
	#next = 1;
	#waiting = new Map<
		number,
		{ resolve: (o: BuildOutcome) => void; onStage?: (s: BuildStage) => void }
	>();

	#start(): Worker {
		const worker = new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<BuildReply>) => {
			const reply = event.data;
			const waiting = this.#waiting.get(reply.id);
			if (!waiting) return;
			if (reply.type === 'stage') return waiting.onStage?.(reply.stage);
			this.#waiting.delete(reply.id);
			waiting.resolve(
				reply.type === 'done'
					? { ok: true, built: reply.built, ms: reply.ms }
					: { ok: false, error: reply.error }
			);
		};
		// A worker that cannot start or dies answers everything still waiting, so no page hangs.
		worker.onerror = () => this.#failAll('The article could not be read in this browser.');
		return worker;
	}

	#failAll(error: string) {
		for (const w of this.#waiting.values()) w.resolve({ ok: false, error });
		this.#waiting.clear();
		this.#worker?.terminate();
		this.#worker = null;
	}

	/**
	 * Starts the worker ahead of the first build: fetching and compiling its script takes ~0.3 s, which
	 * can pass while the page does other work (decoding a link, the teacher reading the text).
	 */
	warm() {
		try {
			this.#worker ??= this.#start();
		} catch {
			// build() says so when it is asked for a bank.
		}
	}

	build(
		request: Omit<BuildRequest, 'id'>,
		onStage?: (stage: BuildStage) => void
	): Promise<BuildOutcome> {
		const id = this.#next++;
		return new Promise((resolve) => {
			this.#waiting.set(id, { resolve, onStage });
			try {
				this.#worker ??= this.#start();
				this.#worker.postMessage({ ...request, id } satisfies BuildRequest);
			} catch {
				this.#failAll('This browser cannot run the article reader (Web Workers are blocked).');
			}
		});
	}

	close() {
		this.#failAll('Closed.');
	}
}

import { BankBuildError, buildBank, type BuildStage, type BuiltBank } from '../bank/build';

/** What a page asks the worker: build the bank of this text, with these corrections. */
export interface BuildRequest {
	id: number;
	slug: string;
	article: string;
	review?: unknown;
}

/** What the worker answers: each stage as it starts, then the bank or one sentence of why not. */
export type BuildReply =
	| { id: number; type: 'stage'; stage: BuildStage }
	| { id: number; type: 'done'; built: BuiltBank; ms: number }
	| { id: number; type: 'failed'; error: string };

/**
 * Runs one request, in a worker or in a test. Never throws: a text the pipeline cannot read, and any
 * fault of the pipeline itself, become a `failed` reply, so the page always hears back.
 */
export function handleBuild(
	request: BuildRequest,
	reply: (message: BuildReply) => void,
	now: () => number = () => performance.now()
): void {
	const { id } = request;
	const start = now();
	try {
		const built = buildBank(request.article, {
			slug: request.slug,
			review: request.review,
			onStage: (stage) => reply({ id, type: 'stage', stage })
		});
		reply({ id, type: 'done', built, ms: now() - start });
	} catch (err) {
		const error =
			err instanceof BankBuildError
				? err.message
				: `Something went wrong while reading the article (${err instanceof Error ? err.message : String(err)}). Nothing you typed is lost.`;
		reply({ id, type: 'failed', error });
	}
}

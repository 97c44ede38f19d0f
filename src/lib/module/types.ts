/**
 * A whole module in a link: the article, the teacher's corrections and the questions left out. The
 * student's page rebuilds the questions from them with the same code (buildBank), so nothing else
 * travels and no server is needed.
 */
import type { Review } from '../extract/review';

export interface ModuleData {
	/** The article as article.md holds it (or plain text), exactly: the questions are built from it. */
	article: string;
	/** The corrections, in review.json's shape (`{ fixes: [] }` when there are none). */
	review: Review;
	/** GENERATOR_VERSION of the site that made the link. */
	generator: number;
	/** Ids of questions the teacher left out, ascending, each once. */
	omit: string[];
}

/**
 * A decoded module link. `warning` is a sentence for the page when the link was made with another
 * version of the question maker (the questions may differ from the teacher's), else null.
 */
export type DecodedModule =
	{ ok: true; value: ModuleData; warning: string | null } | { ok: false; error: string };

import type { Article } from '../article/types';
import type { Claims } from './types';

/** Extracts speakers, quotes, paraphrases, estimates, events, conflicts and the author's voice. */
export function extractClaims(article: Article): Claims {
	void article;
	// Interim: the rule-based extractor is being written in this folder.
	return {
		speakers: [],
		quotes: [],
		paraphrases: [],
		estimates: [],
		events: [],
		conflicts: [],
		authorVoice: []
	};
}

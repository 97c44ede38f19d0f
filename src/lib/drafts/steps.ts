import { AuthorInputError } from '../author/errors';
import { cleanPaste } from '../author/clean';
import { proposeArticle } from '../author/propose';
import { proposalToArticleMd } from '../author/to-markdown';
import type { Cleaned, Proposal } from '../author/types';
import type { Bank } from '../bank/schema';
import { ARTICLE_SOURCE, type Claims } from '../extract/types';
import type { Attributable } from '../corrections/record';
import type { Review } from '../extract/review';

export type Step<T> = ({ ok: true } & T) | { ok: false; error: string };

const failed = (err: unknown): { ok: false; error: string } => ({
	ok: false,
	error:
		err instanceof AuthorInputError
			? err.message
			: 'This text could not be read as an article. Nothing you pasted is lost: it is still in the box.'
});

/** The pasted text, cleaned (with the changes the teacher undid left undone) and proposed as an article. */
export function readPaste(
	pasted: string,
	undo: readonly string[] = []
): Step<{ cleaned: Cleaned; proposal: Proposal }> {
	try {
		const cleaned = cleanPaste(pasted, { undo });
		return { ok: true, cleaned, proposal: proposeArticle(cleaned) };
	} catch (err) {
		return failed(err);
	}
}

/** The proposal in the repository's article.md format, which the pipeline reads. */
export function articleOf(proposal: Proposal): Step<{ article: string }> {
	try {
		return { ok: true, article: proposalToArticleMd(proposal, proposal.meta) };
	} catch (err) {
		return failed(err);
	}
}

/** Who a claim can be credited to: the article's people and bodies, and for a figure the article itself. */
export function speakerChoices(
	claims: Claims,
	target: Attributable
): Array<{ id: string; name: string }> {
	const people = claims.speakers
		.map((s) => ({
			id: s.id,
			name: s.role && s.kind === 'person' ? `${s.name} (${s.role})` : s.name
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return target === 'estimates'
		? [...people, { id: ARTICLE_SOURCE, name: 'The article itself (no source named)' }]
		: people;
}

/** Why the module cannot be shared yet, or null: a module needs at least one question kept. */
export function shareProblem(bank: Bank | null, omit: readonly string[]): string | null {
	if (!bank) return 'Find who said what first: the questions are written from it.';
	const kept = bank.questions.filter((q) => !omit.includes(q.id)).length;
	return kept === 0 ? 'Keep at least one question: every question is left out.' : null;
}

/** A file of the module as the repository keeps it, in questions/<slug>/. */
export interface RepositoryFile {
	name: 'article.md' | 'review.json';
	text: string;
	type: string;
}

/**
 * The module as the repository keeps it, the files the share step offers: article.md (the article as
 * the questions are built from it) and review.json (the corrections, as Prettier formats the
 * repository's JSON). `npm run generate` builds the same bank from them as the browser does. The
 * questions left out are not in them: the repository has no place for them (its pages ask every one).
 */
export function repositoryFiles(article: string, review: Review): RepositoryFile[] {
	return [
		{ name: 'article.md', text: article, type: 'text/markdown' },
		{
			name: 'review.json',
			text: `${JSON.stringify(review, null, '\t')}\n`,
			type: 'application/json'
		}
	];
}

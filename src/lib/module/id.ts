import { canonical } from '../bank/version';
import { shortHash } from '../generate/hash';
import type { ModuleData } from './types';

/**
 * A short, stable name of a module (10 lower-case base-36 characters), for progress keys and
 * assignments: a hash of what its questions are built from, the article text exactly and the
 * corrections with their keys sorted. So two links to the same article and corrections name the same
 * module however they were encoded. Left-out questions and the generator version are not part of it:
 * they change which questions are shown, not which module it is, and the progress store already drops
 * answers to questions a rebuilt bank no longer has.
 */
export function moduleId(m: Pick<ModuleData, 'article' | 'review'>): string {
	return shortHash(JSON.stringify([m.article, canonical(m.review)]), 10);
}

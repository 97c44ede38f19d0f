import { sectionHref } from '$lib/links';
import type { SentenceRef } from '$lib/map/types';

/** The section page with the sentence as its fragment: it scrolls there and highlights it (:target). */
export const sentenceHref = (ref: SentenceRef) => `${sectionHref(ref.section)}#${ref.sentence}`;

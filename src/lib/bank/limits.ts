// Apart from build.ts, so a page that only checks or names these does not load the whole pipeline.

/**
 * The longest article the generator reads, in characters: about 30,000 words, several times the longest
 * news feature. Extraction and generation grow in step with the text, so a limit keeps any input quick
 * (a 100,000-character article takes about a second on a 2-core laptop; docs/benchmark.md).
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** The pipeline's stages, in order. */
export const BUILD_STAGES = ['article', 'extract', 'review.json', 'generate', 'bank'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

// Apart from build.ts, so the module link's decoder checks the length without loading the pipeline.

/**
 * The longest article the generator reads, in characters: about 30,000 words, several times the longest
 * news feature. Extraction and generation grow in step with the text, so a limit keeps any input quick
 * (a 100,000-character article takes about a second on a 2-core laptop; docs/benchmark.md).
 */
export const MAX_ARTICLE_CHARS = 200_000;

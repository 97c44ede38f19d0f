/**
 * The version of the question maker: everything that turns an article's text and its corrections into
 * questions (parse, extract, review, generate, and the word hints they lean on). A module link records
 * it, so a student's page can tell when it would build other questions than the teacher's page did.
 *
 * Bump it by one whenever the same article and corrections would give other questions. Nobody has to
 * remember: tests/unit/module-link-generator.test.ts rebuilds fixed articles and fails when a bank
 * version changes while this number does not, saying what to bump and what to record.
 */
export const GENERATOR_VERSION = 1;

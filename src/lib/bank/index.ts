export { buildBank, BankBuildError, type BuildOptions, type BuiltBank } from './build';
export { bankToMarkdown } from './markdown';
export { parseBank, BankFormatError } from './parse';
export { BANK_SCHEMA_VERSION, BankSchema, type Bank } from './schema';
export { readArticle } from './source';

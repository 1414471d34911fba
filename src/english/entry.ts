/**
 * arabic-diplomatic-ner/english: the English path alone, for extractors of the
 * Arabic-only entry: `createExtractor({ english })` from
 * `arabic-diplomatic-ner/arabic` then reads English texts too.
 */
export { english } from './index.js';
export type { LanguagePath } from './index.js';

/**
 * arabic-diplomatic-ner/arabic: the library without its English path (no
 * compromise in a bundle that imports only this entry). Public exports only;
 * the main entry (src/index.ts) is this plus English.
 */
export { extract, createExtractor, DEFAULT_MAX_LENGTH } from './extract.js';
export type { Extractor, ExtractorOptions, CustomEntry } from './extract.js';
export { normalizeArabic, normalizeText, DEFAULT_STEPS } from './normalize/index.js';
export type { NormalizeOptions, Normalized, OffsetMap, StepName } from './normalize/index.js';
export {
  foldAlef,
  foldAlefMaksura,
  foldTaMarbuta,
  foldHamzaSeats,
  removeDiacritics,
  removeTatweel,
  foldPersianLetters,
  foldDigits,
  foldPresentationForms,
  removeInvisibles,
  foldWhitespace,
  foldPunctuation,
} from './normalize/steps.js';
export { tokenize, procliticAnalyses } from './tokenize/index.js';
export type { Token, TokenKind, Sentence, Tokenized, Analysis } from './tokenize/index.js';
export { detectLanguage } from './lang/index.js';
export { resolveRole } from './roles.js';
export { gazetteerData } from './gazetteer/public.js';
export type { GazetteerData } from './gazetteer/records.js';
export type { ResolvedRole } from './roles.js';
export { DiplomaticNerError, ERROR_CODES } from './errors.js';
export type { ErrorCode } from './errors.js';
export type * from './types.js';
export type { LanguagePath } from './english/index.js';

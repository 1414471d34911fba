/**
 * arabic-diplomatic-ner: people, states, cities and organizations in Arabic
 * (and English) diplomatic news, and the meetings, calls, visits, messages and
 * agreements between them. Public exports only.
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

// The English path (compromise) registers itself explicitly: a bare side-effect
// import would be dropped by bundlers under "sideEffects": false.
import { extractEnglishText } from './english/index.js';
import { registerEnglish } from './extract.js';
registerEnglish(extractEnglishText);

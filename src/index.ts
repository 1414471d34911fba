/**
 * arabic-diplomatic-ner: people, states, cities and organizations in Arabic
 * (and English) diplomatic news, and the meetings, calls, visits, messages and
 * agreements between them. Public exports only: the Arabic-only entry
 * (src/arabic.ts) and the English path, which this entry's extractors take by
 * default (`language: 'auto'` reads English texts).
 */
import { createExtractor as createBare, type Extractor, type ExtractorOptions } from './extract.js';
import { english } from './english/index.js';
import type { ExtractOptions, ExtractResult } from './types.js';

export * from './arabic.js';
export { english } from './english/index.js';

/**
 * Builds an extractor: the gazetteer (with custom entries) is compiled once;
 * Arabic and English texts are read (`options.english` defaults to the English path).
 * @throws DiplomaticNerError E_OPTIONS / E_GAZETTEER_ENTRY for bad options or entries
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  if (typeof options === 'object' && options !== null && !Array.isArray(options) && !Object.hasOwn(options, 'english')) return createBare({ ...options, english });
  return createBare(options);
}

let shared: Extractor | undefined;

/**
 * Extracts entities and relations from an Arabic or English news text.
 * @param text the article
 * @param options publishedAt (YYYY-MM-DD or Date), language, maxLength
 * @throws DiplomaticNerError for a non-string text or bad options; never because of what the text says
 */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

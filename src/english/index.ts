/**
 * The English path: a plain value, `english`, that an extractor takes
 * (`createExtractor({ english })`): nothing registers itself, and a bundle
 * that never imports this module carries neither the path nor compromise.
 *
 * The value is small; the reader (src/english/reader.ts) is reached when an
 * extractor meets its first English text, through package.json "imports"
 * (`#english`) in the build: Node requires the reader's file then (importing
 * the library does not compile the English path), bundlers include it.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import type { ExtractResult } from '../types.js';
// ./reader.js becomes #english in the build (tsup.config.ts)
import { englishReader } from './reader.js';

/** A language path an extractor can take: builds, once per extractor and gazetteer, a reader of texts. */
export interface LanguagePath {
  readonly language: 'en';
  reader(g: Gazetteer): (text: string, day: string | null) => ExtractResult;
}

/** The English path: pass it to `createExtractor({ english })` (the main entry's extractors take it by default). */
export const english: LanguagePath = Object.freeze({
  language: 'en' as const,
  reader: (g: Gazetteer) => englishReader(g),
});

/**
 * The pipeline, in the order it runs. Each stage reads the document and adds
 * its part: normalize → tokenize → segment → match → resolve → relations.
 */
import type { Doc } from './document.js';
import type { Gazetteer } from './gazetteer/index.js';
import { normalizeArabic } from './normalize/index.js';
import { extractRelations } from './relations/index.js';
import { match, resolve } from './resolve/index.js';
import { segment } from './segment.js';
import { tokenize } from './tokenize/index.js';

export interface Stage {
  name: string;
  run(doc: Doc): void;
}

/** The stages of the Arabic path. Order matters. */
export const STAGES: readonly Stage[] = [
  {
    name: 'tokenize',
    run(doc) {
      const t = tokenize(doc.norm.text);
      doc.tokens = t.tokens;
      doc.sentences = t.sentences;
    },
  },
  { name: 'segment', run: (doc) => void (doc.items = segment(doc)) },
  { name: 'match', run: match },
  { name: 'resolve', run: resolve },
  { name: 'relations', run: extractRelations },
];

/** A fresh document: normalized, not yet tokenized. */
export function createDoc(text: string, gazetteer: Gazetteer, publishedAt: string | null, guessNames = false): Doc {
  return {
    original: text,
    norm: normalizeArabic(text),
    tokens: [],
    sentences: [],
    items: [],
    publishedAt,
    guessNames,
    gazetteer,
    matches: [],
    mentions: [],
    actors: [],
    personInfo: new Map(),
    relations: [],
  };
}

/** Runs every stage, or the stages up to `until`. */
export function runPipeline(doc: Doc, until?: string): Doc {
  for (const stage of STAGES) {
    stage.run(doc);
    if (stage.name === until) break;
  }
  return doc;
}

/**
 * What about: the topic phrases (data/topics.json) of the trigger's sentence
 * and of the sentences that continue it («وبحث الجانبان ...», «كما تناول ...»).
 */
import type { Doc } from '../document.js';
import { itemOf } from '../document.js';
import { findAll, selectLongest, type Match } from '../gazetteer/index.js';
import type { Grammar } from './grammar.js';
import type { TriggerHit } from './hits.js';

const cache = new WeakMap<Doc, Match<string>[]>();

/** Topic phrases of the whole document, found once. */
function topicMatches(doc: Doc): Match<string>[] {
  let ms = cache.get(doc);
  if (!ms) {
    ms = selectLongest(findAll(doc.tokens, doc.gazetteer.topics));
    cache.set(doc, ms);
  }
  return ms;
}

export function topicsOf(doc: Doc, grammar: Grammar, hit: TriggerHit, hits: TriggerHit[]): string[] {
  const codes = new Set<string>();
  const item = itemOf(doc, hit.first);
  const lastSentence = Math.min(doc.sentences.length - 1, hit.sentence + 3);
  for (let s = hit.sentence; s <= lastSentence; s++) {
    if (s > hit.sentence && hits.some((h) => h.sentence === s)) break;
    const sent = doc.sentences[s]!;
    if (itemOf(doc, sent.first) !== item) break;
    if (s > hit.sentence) {
      // a continuing sentence starts with «و», «ف», «كما», «خلال»
      const first = doc.tokens[sent.first]?.analyses[0]?.base ?? '';
      if (![...grammar.continuations].some((w) => first.startsWith(w))) break;
    }
    for (const m of topicMatches(doc)) if (m.first >= sent.first && m.last <= sent.last) for (const c of m.senses) codes.add(c);
  }
  return [...codes];
}

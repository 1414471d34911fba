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

/** «مبعوث الأمين العام إلى الجمهورية اليمنية»: words of a person's title are not what the encounter was about. */
function insidePersonPhrase(doc: Doc, token: number): boolean {
  return doc.actors.some((a) => a.type === 'person' && a.last - a.first > 1 && token >= a.first && token < a.last);
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
    for (const m of topicMatches(doc)) {
      if (m.first < sent.first || m.last > sent.last || insidePersonPhrase(doc, m.first)) continue;
      for (const c of m.senses) codes.add(c);
    }
  }
  // an encounter whose own sentences say nothing of its subject takes the subject of the item's lead,
  // unless its sentence turns to something else («وفي سياق آخر»)
  const own = doc.sentences[hit.sentence]!;
  const opening = (n: number) => doc.tokens.slice(own.first, own.first + n).map((t) => t.analyses[0]!.base).join(' ');
  const elsewhere = [2, 3, 4].some((n) => grammar.newTopicMarkers.has(opening(n)));
  if (codes.size === 0 && !elsewhere) {
    const lead = doc.sentences.find((x) => itemOf(doc, x.first) === item && x.last - x.first >= 8);
    if (lead && lead.index !== hit.sentence)
      for (const m of topicMatches(doc)) if (m.first >= lead.first && m.last <= lead.last && !insidePersonPhrase(doc, m.first)) for (const c of m.senses) codes.add(c);
  }
  return [...codes];
}

/**
 * What about: the topic phrases (data/topics.json) of the trigger's sentence
 * and of the sentences that continue it («وبحث الجانبان ...», «كما تناول ...»).
 */
import type { Doc, Item } from '../document.js';
import type { Sentence } from '../tokenize/index.js';
import { itemOf } from '../document.js';
import { findAll, selectLongest, type Match } from '../gazetteer/index.js';
import type { Grammar } from './grammar.js';
import type { TriggerHit } from './hits.js';

interface TopicIndex {
  /** Topic phrases by sentence. */
  bySentence: Map<number, Match<string>[]>;
  /** Tokens inside a person's phrase of two tokens or more. */
  personPhrase: Uint8Array;
}
const cache = new WeakMap<Doc, TopicIndex>();

/** Topic phrases of the whole document, found once, and the tokens of person phrases. */
function topicIndex(doc: Doc): TopicIndex {
  let index = cache.get(doc);
  if (!index) {
    const bySentence = new Map<number, Match<string>[]>();
    for (const m of selectLongest(doc.topicMatches ?? findAll(doc.tokens, doc.gazetteer.topics))) {
      const s = doc.tokens[m.first]!.sentence;
      const list = bySentence.get(s);
      if (list) list.push(m);
      else bySentence.set(s, [m]);
    }
    const personPhrase = new Uint8Array(doc.tokens.length);
    for (const a of doc.actors) if (a.type === 'person' && a.last - a.first > 1) for (let k = a.first; k < a.last; k++) personPhrase[k] = 1;
    index = { bySentence, personPhrase };
    cache.set(doc, index);
  }
  return index;
}

/** Topic codes of one sentence, outside person phrases («مبعوث الأمين العام إلى الجمهورية اليمنية» is no topic). */
function sentenceTopics(doc: Doc, sentence: number, into: Set<string>): void {
  const { bySentence, personPhrase } = topicIndex(doc);
  for (const m of bySentence.get(sentence) ?? []) if (!personPhrase[m.first]) for (const c of m.senses) into.add(c);
}

const leads = new WeakMap<object, Sentence | undefined>();
/** The lead of an item: its first sentence of eight tokens or more. */
function leadOf(doc: Doc, item: Item | undefined): Sentence | undefined {
  if (!item) return undefined;
  if (!leads.has(item)) leads.set(item, doc.sentences.find((x) => x.first >= item.first && x.first < item.last && x.last - x.first >= 8));
  return leads.get(item);
}

export function topicsOf(doc: Doc, grammar: Grammar, hit: TriggerHit, hitSentences: ReadonlySet<number>): string[] {
  const codes = new Set<string>();
  const item = itemOf(doc, hit.first);
  const lastSentence = Math.min(doc.sentences.length - 1, hit.sentence + 3);
  for (let s = hit.sentence; s <= lastSentence; s++) {
    if (s > hit.sentence && hitSentences.has(s)) break;
    const sent = doc.sentences[s]!;
    if (itemOf(doc, sent.first) !== item) break;
    if (s > hit.sentence) {
      // a continuing sentence starts with «و», «ف», «كما», «خلال»
      const first = doc.tokens[sent.first]?.analyses[0]?.base ?? '';
      if (![...grammar.continuations].some((w) => first.startsWith(w))) break;
    }
    sentenceTopics(doc, s, codes);
  }
  // an encounter whose own sentences say nothing of its subject takes the subject of the item's lead,
  // unless its sentence turns to something else («وفي سياق آخر»)
  const own = doc.sentences[hit.sentence]!;
  const opening = (n: number) => doc.tokens.slice(own.first, own.first + n).map((t) => t.analyses[0]!.base).join(' ');
  const elsewhere = [2, 3, 4].some((n) => grammar.newTopicMarkers.has(opening(n)));
  if (codes.size === 0 && !elsewhere) {
    const lead = leadOf(doc, item);
    if (lead && lead.index !== hit.sentence) sentenceTopics(doc, lead.index, codes);
  }
  return [...codes];
}

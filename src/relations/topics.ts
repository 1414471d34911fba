/**
 * What about: the topic phrases (data/topics.json) of the trigger's sentence
 * and of the sentences that continue it («وبحث الجانبان ...», «كما تناول ...»).
 */
import type { Doc, Item } from '../document.js';
import type { Sentence } from '../tokenize/index.js';
import { itemOf } from '../document.js';
import { findAll, phraseStarts, type Match } from '../gazetteer/index.js';
import type { Context } from './clause.js';
import { longestOf, type TriggerHit } from './hits.js';

export interface TopicIndex {
  /** Topic phrases by sentence. */
  bySentence: Map<number, Match<string>[]>;
  /** Tokens inside a person's phrase of two tokens or more (a set: few tokens, and no typed array to allocate outside the heap); marked when first needed. */
  personPhrase?: Set<number>;
}
/** Topic phrases of the whole document, found once (kept in the context). */
function topicIndex(ctx: Context): TopicIndex {
  const { doc } = ctx;
  let index = ctx.topics;
  if (!index) {
    const bySentence = new Map<number, Match<string>[]>();
    for (const m of longestOf(doc.topicMatches ?? findAll(doc.tokens, doc.gazetteer.topics))) {
      const s = doc.tokens[m.first]!.sentence;
      const list = bySentence.get(s);
      if (list) list.push(m);
      else bySentence.set(s, [m]);
    }
    index = { bySentence };
    ctx.topics = index;
  }
  return index;
}

/** Topic codes of one sentence, outside person phrases («مبعوث الأمين العام إلى الجمهورية اليمنية» is no topic). */
function sentenceTopics(ctx: Context, sentence: number, into: Set<string>): void {
  const index = topicIndex(ctx);
  const phrases = index.bySentence.get(sentence);
  if (!phrases) return;
  // (the person phrases are marked on the first sentence with a topic phrase: most texts name a topic in few sentences, or none)
  index.personPhrase ??= personPhrases(ctx.doc);
  for (const m of phrases) if (!index.personPhrase.has(m.first)) for (const c of m.senses) into.add(c);
}

/** The tokens of person phrases of two tokens or more. */
function personPhrases(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const a of doc.actors) if (a.type === 'person' && a.last - a.first > 1) for (let k = a.first; k < a.last; k++) out.add(k);
  return out;
}

/** The lead of an item: its first sentence of eight tokens or more. */
function leadOf(ctx: Context, item: Item | undefined): Sentence | undefined {
  if (!item) return undefined;
  const leads = (ctx.leads ??= new Map());
  if (!leads.has(item)) leads.set(item, ctx.doc.sentences.find((x) => x.first >= item.first && x.first < item.last && x.last - x.first >= 8));
  return leads.get(item);
}

function startsWithAny(word: string, prefixes: Iterable<string>): boolean {
  for (const w of prefixes) if (word.startsWith(w)) return true;
  return false;
}

export function topicsOf(ctx: Context, hit: TriggerHit): string[] {
  const { doc, grammar, hitSentences } = ctx;
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
      if (!startsWithAny(first, grammar.continuations)) break;
    }
    sentenceTopics(ctx, s, codes);
  }
  // an encounter whose own sentences say nothing of its subject takes the subject of the item's lead,
  // unless its sentence turns to something else («وفي سياق آخر»)
  const own = doc.sentences[hit.sentence]!;
  const elsewhere = () => {
    const words: string[] = [];
    for (let k = own.first; k < Math.min(doc.tokens.length, own.first + 4); k++) words.push(doc.tokens[k]!.analyses[0]!.base);
    // (two words or more start with the first: only a marker that starts with it can match)
    if (words.length >= 2 && !phraseStarts(grammar.newTopicMarkers).has(words[0]!)) return false;
    return [2, 3, 4].some((n) => grammar.newTopicMarkers.has(words.slice(0, n).join(' ')));
  };
  if (codes.size === 0 && !elsewhere()) {
    const lead = leadOf(ctx, item);
    if (lead && lead.index !== hit.sentence) sentenceTopics(ctx, lead.index, codes);
  }
  return [...codes];
}

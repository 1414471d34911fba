/**
 * The matching stage: every gazetteer phrase in the tokens (exact, and tolerant
 * of transliteration where nothing exact was found), longest first. The trigger
 * and topic phrases are found in the same pass (the relation stage selects from them).
 */
import type { Doc } from '../document.js';
import { selectLongest, skeleton, walkFrom, type Gazetteer, type Match, type Sense, type TrieNode } from '../gazetteer/index.js';
import type { Token, Word } from '../tokenize/index.js';

/** The children of each trie's root that a first-token key reaches (its skeleton's, for the tolerant trie), and the skeleton. */
interface Starts {
  any: boolean;
  entities: TrieNode<Sense> | undefined;
  tolerant: TrieNode<Sense> | undefined;
  triggers: TrieNode<number> | undefined;
  topics: TrieNode<string> | undefined;
  skeleton: string;
}

/** A reading that starts nothing (its skeleton is never read: only the whole token's is). */
const NONE: Starts = { any: false, entities: undefined, tolerant: undefined, triggers: undefined, topics: undefined, skeleton: '' };

function lookUp(g: Gazetteer, key: string): Starts {
  const skel = skeleton(key);
  const entities = g.entities.next.get(key);
  const tolerant = g.tolerant.next.get(skel);
  const triggers = g.triggers.next.get(key);
  const topics = g.topics.next.get(key);
  return { any: Boolean(entities || tolerant || triggers || topics), entities, tolerant, triggers, topics, skeleton: skel };
}

/** The starts of every reading of a word (one per analysis, the whole token first). */
function startsOfWord(g: Gazetteer, word: Word): Starts[] {
  const analyses = word.analyses;
  const out: Starts[] = [lookUp(g, analyses[0]!.base)];
  for (let a = 1; a < analyses.length; a++) {
    const s = lookUp(g, analyses[a]!.base);
    out.push(s.any ? s : NONE);
  }
  return out;
}

/**
 * The starts of the words seen, per gazetteer, in a direct-mapped cache indexed by word id: a token
 * costs no string hashing, and the cache stays bounded (a word is evicted by the one made SLOTS later).
 */
const SLOTS = 1 << 16;
class StartsCache {
  readonly ids = new Float64Array(SLOTS).fill(-1);
  readonly starts: Array<Starts[] | undefined> = new Array<Starts[] | undefined>(SLOTS);
  constructor(readonly g: Gazetteer) {}

  of(word: Word): Starts[] {
    const slot = word.id & (SLOTS - 1);
    let s = this.starts[slot];
    if (s === undefined || this.ids[slot] !== word.id) {
      this.starts[slot] = s = startsOfWord(this.g, word);
      this.ids[slot] = word.id;
    }
    return s;
  }
}

const caches = new WeakMap<Gazetteer, StartsCache>();

export function match(doc: Doc): void {
  const g = doc.gazetteer;
  const { tokens, words } = doc;
  let cache = caches.get(g);
  if (!cache) caches.set(g, (cache = new StartsCache(g)));
  const exact: Match<Sense>[] = [];
  const tolerant: Match<Sense>[] = [];
  const triggers: Match<number>[] = [];
  const topics: Match<string>[] = [];
  // a tolerant phrase walks over the skeletons of the whole tokens
  const tolerantKey = (_t: Token, j: number): string => cache.of(words[j]!)[0]!.skeleton;
  // one lookup per reading of a first token for the four tries (each list in the order findAll gives)
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.kind === 'punct') continue;
    const arabic = first.kind === 'arabic';
    const analyses = first.analyses;
    const starts = cache.of(words[i]!);
    for (let a = 0; a < analyses.length; a++) {
      const s = starts[a]!;
      if (!s.any) continue;
      const x = analyses[a]!;
      if (s.entities) walkFrom(tokens, i, s.entities, x.offset, x.prefix, exact, undefined, 16, false);
      if (arabic && s.tolerant) walkFrom(tokens, i, s.tolerant, x.offset, x.prefix, tolerant, tolerantKey, 16, true);
      if (s.triggers) walkFrom(tokens, i, s.triggers, x.offset, x.prefix, triggers, undefined, 16, false);
      if (s.topics) walkFrom(tokens, i, s.topics, x.offset, x.prefix, topics, undefined, 16, false);
    }
  }
  doc.triggerMatches = triggers;
  doc.topicMatches = topics;
  // a tolerant reading needs every word to be a real word of three letters or more («بوريطة قد» is not «بارات جاغديو»)
  const solid = tolerant.filter((m) => {
    for (let k = m.first; k < m.last; k++) {
      const t = doc.tokens[k]!;
      const text = k === m.first ? t.text.slice(m.offset) : t.text;
      if (text.length < 3 || g.inLexicon('functionWords', text)) return false;
    }
    return true;
  });
  doc.matches = selectLongest([...exact, ...solid]);
}

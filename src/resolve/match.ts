/**
 * The matching stage: every gazetteer phrase in the tokens (exact, and tolerant
 * of transliteration where nothing exact was found), longest first. The trigger
 * and topic phrases are found in the same pass (the relation stage selects from them).
 */
import type { Doc } from '../document.js';
import { selectLongest, skeleton, walkFrom, type Gazetteer, type Match, type Sense, type TrieNode } from '../gazetteer/index.js';
import type { Token } from '../tokenize/index.js';
import { withoutPatronymics } from './nasab.js';

/** The children of each trie's root that a first-token key reaches (its skeleton's, for the tolerant trie), and the skeleton. */
interface Starts {
  any: boolean;
  entities: TrieNode<Sense> | undefined;
  tolerant: TrieNode<Sense> | undefined;
  triggers: TrieNode<number> | undefined;
  topics: TrieNode<string> | undefined;
  skeleton: string;
}

/** Starts of the keys seen, per gazetteer, bounded (as the skeleton memo: short keys only, cleared when full). */
const startsMemo = new WeakMap<Gazetteer, Map<string, Starts>>();
const MEMO_MAX = 50_000;
/** V8 makes a slice of 13 units or more a view on the whole string: a longer key would keep its document alive. */
const MEMO_KEY = 12;

function lookUp(g: Gazetteer, key: string): Starts {
  const skel = skeleton(key);
  const entities = g.entities.next.get(key);
  const tolerant = g.tolerant.next.get(skel);
  const triggers = g.triggers.next.get(key);
  const topics = g.topics.next.get(key);
  return { any: Boolean(entities || tolerant || triggers || topics), entities, tolerant, triggers, topics, skeleton: skel };
}

function startsOf(g: Gazetteer, memo: Map<string, Starts>, key: string): Starts {
  if (key.length > MEMO_KEY) return lookUp(g, key);
  let s = memo.get(key);
  if (s === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, (s = lookUp(g, key)));
  }
  return s;
}

/**
 * «وهنأ الملك …» is not «هاني الملقي»: a word the gazetteer reads exactly as a
 * trigger, a title or an honorific is that word, not a misspelled word of a
 * name; the tokens so read, marked for the tolerant readings to pass over.
 */
function readExactly(n: number, exact: readonly Match<Sense>[], triggers: readonly Match<number>[]): Uint8Array {
  const read = new Uint8Array(n);
  for (const m of triggers) for (let k = m.first; k < m.last; k++) read[k] = 1;
  for (const m of exact) if (m.senses.some((x) => x.t === 'title' || x.t === 'honorific')) for (let k = m.first; k < m.last; k++) read[k] = 1;
  return read;
}

export function match(doc: Doc): void {
  const g = doc.gazetteer;
  const tokens = doc.tokens;
  let memo = startsMemo.get(g);
  if (!memo) startsMemo.set(g, (memo = new Map()));
  const exact: Match<Sense>[] = [];
  const tolerant: Match<Sense>[] = [];
  const triggers: Match<number>[] = [];
  const topics: Match<string>[] = [];
  // the starts of each token's whole-token reading, looked up once: as a first token, and for the skeleton a tolerant phrase walks over
  const wholeStarts: Array<Starts | undefined> = new Array(tokens.length);
  const startsAt = (j: number): Starts => (wholeStarts[j] ??= startsOf(g, memo, tokens[j]!.analyses[0]!.base));
  const tolerantKey = (_t: Token, j: number): string => startsAt(j).skeleton;
  // one lookup per reading of a first token for the four tries (each list in the order findAll gives)
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.kind === 'punct') continue;
    const arabic = first.kind === 'arabic';
    const analyses = first.analyses;
    for (let a = 0; a < analyses.length; a++) {
      const x = analyses[a]!;
      const s = a === 0 ? startsAt(i) : startsOf(g, memo, x.base);
      if (!s.any) continue;
      if (s.entities) walkFrom(tokens, i, s.entities, x.offset, x.prefix, exact, undefined, 16, false);
      if (arabic && s.tolerant) walkFrom(tokens, i, s.tolerant, x.offset, x.prefix, tolerant, tolerantKey, 16, true);
      if (s.triggers) walkFrom(tokens, i, s.triggers, x.offset, x.prefix, triggers, undefined, 16, false);
      if (s.topics) walkFrom(tokens, i, s.topics, x.offset, x.prefix, topics, undefined, 16, false);
    }
  }
  doc.triggerMatches = triggers;
  doc.topicMatches = topics;
  // a tolerant reading needs every word to be a real word of three letters or more («بوريطة قد» is not «بارات جاغديو»)
  const read = tolerant.length ? readExactly(tokens.length, exact, triggers) : undefined;
  const solid = tolerant.filter((m) => {
    for (let k = m.first; k < m.last; k++) {
      const t = doc.tokens[k]!;
      const text = k === m.first ? t.text.slice(m.offset) : t.text;
      if (text.length < 3 || g.inLexicon('functionWords', text) || read![k]) return false;
    }
    return true;
  });
  // «فهد بن سلطان بن عبدالعزيز»: a name after «بن» is the father's, inside the son's name (nasab.ts)
  doc.matches = selectLongest(withoutPatronymics(doc, [...exact, ...solid]));
}

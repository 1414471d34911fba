/**
 * A token trie (compromise's idea: phrase lists compiled once, reused for
 * every lookup) and the matcher that walks it over a token list, trying each
 * proclitic analysis of a phrase's first token.
 */
import type { Token } from '../tokenize/index.js';

/** Punctuation skipped inside a phrase: quotes («مجموعة «5+1»») and hyphens («جونغ-أون»). */
const QUOTES = new Set(['«', '»', '"', '“', '”', "'", '‘', '’', '-', '‐']);

export interface TrieNode<S> {
  next: Map<string, TrieNode<S>>;
  senses: S[] | undefined;
}

export const createTrie = <S>(): TrieNode<S> => ({ next: new Map(), senses: undefined });

/** Adds a phrase (its normalized tokens) with a sense; duplicates of a sense are kept once. */
export function insert<S>(root: TrieNode<S>, keys: readonly string[], sense: S, same?: (a: S, b: S) => boolean): void {
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = createTrie<S>();
      node.next.set(key, child);
    }
    node = child;
  }
  node.senses ??= [];
  if (same && node.senses.some((s) => same(s, sense))) return;
  node.senses.push(sense);
}

/** Removes every sense matching `pred` under the phrase. */
export function removeWhere<S>(root: TrieNode<S>, keys: readonly string[], pred: (s: S) => boolean): void {
  let node: TrieNode<S> | undefined = root;
  for (const key of keys) node = node?.next.get(key);
  if (node?.senses) node.senses = node.senses.filter((s) => !pred(s));
}

export interface Match<S> {
  /** First token index and last+1. */
  first: number;
  last: number;
  /** Characters of the first token taken by proclitics (the match starts after them). */
  offset: number;
  prefix: string;
  senses: S[];
  /** Matched through the tolerant (skeleton) trie. */
  tolerant: boolean;
}

export interface MatchOptions {
  /** Key of a token when it is not the first of a phrase (default: its text). */
  key?: (token: Token) => string;
  /** Keys of the first token's analyses (default: each analysis' base). */
  firstKeys?: (token: Token) => Array<{ key: string; offset: number; prefix: string }>;
  tolerant?: boolean;
  /** Longest phrase, in tokens. */
  maxTokens?: number;
}

/**
 * Walks the phrases that start with `start` (the children of the root reached by the first token's
 * key) from token i, adding a match wherever a phrase ends.
 */
export function walkFrom<S>(
  tokens: readonly Token[],
  i: number,
  start: TrieNode<S>,
  offset: number,
  prefix: string,
  out: Match<S>[],
  key: ((token: Token, index: number) => string) | undefined,
  maxTokens: number,
  tolerant: boolean,
): void {
  const n = tokens.length;
  const sentence = tokens[i]!.sentence;
  let node: TrieNode<S> | undefined = start;
  let j = i + 1;
  // a phrase never ends on a skipped mark («روسي -» is «روسي»)
  let skipped = false;
  while (node) {
    const senses: S[] | undefined = node.senses;
    if (senses && senses.length > 0 && !skipped) out.push({ first: i, last: j, offset, prefix, senses, tolerant });
    // a leaf (most phrase ends) ends the walk without looking the next token up
    if (node.next.size === 0 || j >= n || j - i >= maxTokens) break;
    const t: Token = tokens[j]!;
    if (t.sentence !== sentence) break;
    if (t.kind === 'punct' && QUOTES.has(t.text) && !node.next.has(t.text)) {
      j++;
      skipped = true;
      continue;
    }
    skipped = false;
    node = node.next.get(key ? key(t, j) : t.analyses[0]!.base);
    j++;
  }
}

/** Every phrase of the trie found in the tokens, with all proclitic readings of its first token. */
export function findAll<S>(tokens: readonly Token[], root: TrieNode<S>, options: MatchOptions = {}): Match<S>[] {
  const key = options.key;
  const firstKeys = options.firstKeys;
  const maxTokens = options.maxTokens ?? 16;
  const tolerant = options.tolerant ?? false;
  const rootNext = root.next;
  const out: Match<S>[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const first = tokens[i]!;
    if (first.kind === 'punct') continue;
    if (firstKeys) {
      for (const { key: k, offset, prefix } of firstKeys(first)) {
        const node = rootNext.get(k);
        if (node) walkFrom(tokens, i, node, offset, prefix, out, key, maxTokens, tolerant);
      }
    } else {
      const analyses = first.analyses;
      for (let a = 0; a < analyses.length; a++) {
        const x = analyses[a]!;
        const node = rootNext.get(x.base);
        if (node) walkFrom(tokens, i, node, x.offset, x.prefix, out, key, maxTokens, tolerant);
      }
    }
  }
  return out;
}

/** The order of the overlap rule: longest (in tokens), then leftmost, then fewer proclitic letters, then exact before tolerant. */
const preferred = <S>(a: Match<S>, b: Match<S>): number =>
  b.last - b.first - (a.last - a.first) || a.first - b.first || a.offset - b.offset || Number(a.tolerant) - Number(b.tolerant);

/** Lists up to this length are sorted by insertion (a document's matches, a clause's hits): no builtin call per comparison. */
const SHORT_LIST = 32;

/** A sorted copy, in the order of {@link preferred}; stable, as Array.prototype.sort. */
function byPreference<S>(matches: Match<S>[]): Match<S>[] {
  if (matches.length > SHORT_LIST) return [...matches].sort(preferred);
  const out = matches.slice();
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    let j = i - 1;
    for (; j >= 0 && preferred(out[j]!, m) > 0; j--) out[j + 1] = out[j]!;
    out[j + 1] = m;
  }
  return out;
}

/**
 * The overlap rule: longest match (in tokens) wins, then the leftmost, then the
 * one with fewer proclitic letters; accepted matches never overlap.
 */
export function selectLongest<S>(matches: Match<S>[], accept?: (m: Match<S>) => boolean): Match<S>[] {
  let end = 0;
  for (const m of matches) if (m.last > end) end = m.last;
  // the accepted match over each token (a match covers one token or more): the overlap test, and the output in token order without a second sort
  const owner = new Array<Match<S> | undefined>(end).fill(undefined);
  for (const m of byPreference(matches)) {
    let free = true;
    for (let k = m.first; k < m.last; k++) if (owner[k]) free = false;
    if (!free || (accept && !accept(m))) continue;
    for (let k = m.first; k < m.last; k++) owner[k] = m;
  }
  const out: Match<S>[] = [];
  for (let k = 0; k < end; k++) {
    const m = owner[k];
    if (m && m.first === k) out.push(m);
  }
  return out;
}

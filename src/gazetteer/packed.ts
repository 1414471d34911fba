/**
 * The tries of the compiled gazetteer, packed: each trie one string of node records, decoded
 * lazily, node by node, as the matcher walks it (a text visits a few thousand of the ~37k nodes).
 *
 *     trie   := root-offset FIELD record*
 *     record := codes (FIELD key KEY offset)* END
 *
 * codes: the node's senses, comma-separated (entity senses as in src/gazetteer/senses.ts, other
 * tries a base-36 number); offset: base-36 position of the child's record. The root's children
 * are sorted by key, and looked up by a binary search over its record: a loaded gazetteer builds
 * no map of the thousands of first words, only of those a text asks for.
 *
 * The keys are written in ASCII: each character that is not ASCII (the Arabic letters) stands as
 * an ASCII character that no key holds, by the trie's alphabet. The file is then ASCII wherever
 * it holds a trie: a letter costs one byte instead of two, and Node reads a trie as Latin-1,
 * without decoding it.
 */
import type { TrieNode } from './trie.js';

const KEY = '~';
const FIELD = '|';
const END = '^';
/** ASCII characters that never stand for another: the separators, the sense list's comma, what JSON escapes, the space. */
const RESERVED = new Set(['~', '|', '^', ',', '"', '\\', ' ']);

/**
 * The alphabet of keys (build time): each character of the keys that is not printable ASCII, paired
 * with the printable ASCII character that stands for it, one that no key holds. Written as one string,
 * the stand-in before the character.
 */
export function alphabetOf(keys: Iterable<string>): string {
  const used = new Set<string>();
  for (const k of keys) for (const ch of k) used.add(ch);
  const pool: string[] = [];
  for (let c = 0x21; c < 0x7f; c++) if (!used.has(String.fromCharCode(c)) && !RESERVED.has(String.fromCharCode(c))) pool.push(String.fromCharCode(c));
  const foreign = [...used].filter((ch) => !(ch.length === 1 && ch.charCodeAt(0) > 0x20 && ch.charCodeAt(0) < 0x7f)).sort();
  if (foreign.length > pool.length) throw new Error(`gazetteer: the keys hold ${foreign.length} characters beyond ASCII, more than the ${pool.length} free ASCII characters`);
  for (const ch of used) if (ch.length !== 1) throw new Error(`gazetteer: a key holds a character beyond the BMP: ${ch}`);
  return foreign.map((ch, i) => pool[i]! + ch).join('');
}

/** The keys of a trie (every key of every node), to compute an alphabet. */
export function* keysOfTrie<S>(root: TrieNode<S>): Generator<string> {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop())
    for (const [k, child] of node.next) {
      yield k;
      stack.push(child);
    }
}

/** A key written in the alphabet's ASCII (build time). */
function encoder(alphabet: string): (key: string) => string {
  const to = new Map<string, string>();
  for (let i = 0; i < alphabet.length; i += 2) to.set(alphabet[i + 1]!, alphabet[i]!);
  return (key) => {
    let out = '';
    for (const ch of key) out += to.get(ch) ?? ch;
    if (/[~|^]/.test(out) || !/^[\x21-\x7e]*$/.test(out)) throw new Error(`gazetteer: a key holds a character reserved as a separator (~ | ^): ${JSON.stringify(key)}`);
    return out;
  };
}

const byCodeUnits = (a: [string, unknown], b: [string, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Packs a trie (build time); `code` gives the code of a sense (no separator, no comma). */
export function packTrie<S>(root: TrieNode<S>, code: (s: S) => string, alphabet: string): string {
  const encode = encoder(alphabet);
  const parts: string[] = [];
  let length = 0;
  // records in preorder; a child's offset is known once it is written, so children are written first
  const write = (node: TrieNode<S>, sorted: boolean): number => {
    const children: Array<[string, number]> = [];
    for (const [k, child] of node.next) children.push([encode(k), write(child, false)]);
    if (sorted) children.sort(byCodeUnits);
    let rec = node.senses ? node.senses.map(code).join(',') : '';
    for (const [k, at] of children) rec += FIELD + k + KEY + at.toString(36);
    rec += END;
    const at = length;
    parts.push(rec);
    length += rec.length;
    return at;
  };
  const rootAt = write(root, true);
  // the root record goes last: its offset is written first, as a header
  return `${rootAt.toString(36)}${FIELD}${parts.join('')}`;
}

/** A trie's alphabet read back: each ASCII character as the key character it stands for, and the other way. */
export class Alphabet {
  /** The key character of each ASCII code (itself when it stands for none). */
  readonly chars: string[] = [];
  /** The ASCII code of each key character beyond ASCII; ASCII codes that stand for another character map to -1. */
  private readonly codes = new Map<number, number>();
  constructor(alphabet: string) {
    for (let c = 0; c < 0x80; c++) this.chars.push(String.fromCharCode(c));
    for (let i = 0; i < alphabet.length; i += 2) {
      const ascii = alphabet.charCodeAt(i);
      this.chars[ascii] = alphabet[i + 1]!;
      this.codes.set(alphabet.charCodeAt(i + 1), ascii);
      this.codes.set(ascii, -1);
    }
  }
  /** The key written in `text[start, end)`. */
  decode(text: string, start: number, end: number): string {
    let out = '';
    for (let k = start; k < end; k++) out += this.chars[text.charCodeAt(k)] ?? text[k];
    return out;
  }
  /** A key as the trie writes it, or undefined when no key of the trie can be it. */
  encode(key: string): string | undefined {
    let out = '';
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      const to = this.codes.get(c);
      if (to === -1 || (to === undefined && c >= 0x80)) return undefined;
      out += to === undefined ? key[k] : String.fromCharCode(to);
    }
    return out;
  }
}

/** A trie node decoded on first use from its packed record. */
class PackedNode<S> implements TrieNode<S> {
  private decodedNext: Map<string, TrieNode<S>> | undefined;
  private decodedSenses: S[] | undefined | null = null;
  constructor(
    private readonly trie: PackedTrie<S>,
    private readonly at: number,
  ) {}
  get next(): Map<string, TrieNode<S>> {
    return (this.decodedNext ??= this.trie.children(this.at));
  }
  set next(v: Map<string, TrieNode<S>>) {
    this.decodedNext = v;
  }
  get senses(): S[] | undefined {
    if (this.decodedSenses === null) this.decodedSenses = this.trie.senses(this.at);
    return this.decodedSenses;
  }
  set senses(v: S[] | undefined) {
    this.decodedSenses = v;
  }
}

/**
 * The root's children: a Map that holds the children looked up so far, found by a binary search
 * over the root's sorted record; anything that reads the map whole (size, iteration, writes) first
 * decodes every child.
 */
class RootChildren<S> extends Map<string, TrieNode<S>> {
  private complete = false;
  constructor(private readonly trie: PackedTrie<S>) {
    super();
  }
  override get(key: string): TrieNode<S> | undefined {
    const known = super.get(key);
    if (known !== undefined || this.complete) return known;
    const child = this.trie.rootChild(key);
    if (child) super.set(key, child);
    return child;
  }
  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  /** Every child, decoded (once). */
  private whole(): this {
    if (!this.complete) {
      for (const [k, child] of this.trie.children(this.trie.rootAt)) if (!super.has(k)) super.set(k, child);
      this.complete = true;
    }
    return this;
  }
  override get size(): number {
    this.whole();
    return super.size;
  }
  override set(key: string, value: TrieNode<S>): this {
    this.whole();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.whole();
    return super.delete(key);
  }
  override clear(): void {
    this.complete = true;
    super.clear();
  }
  override forEach(fn: (value: TrieNode<S>, key: string, map: Map<string, TrieNode<S>>) => void, thisArg?: unknown): void {
    this.whole();
    super.forEach(fn, thisArg);
  }
  override entries(): MapIterator<[string, TrieNode<S>]> {
    this.whole();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.whole();
    return super.keys();
  }
  override values(): MapIterator<TrieNode<S>> {
    this.whole();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, TrieNode<S>]> {
    return this.entries();
  }
}

/** A packed trie read lazily; `sense` turns a code into its sense. */
export class PackedTrie<S> {
  private readonly text: string;
  private readonly base: number;
  readonly rootAt: number;
  readonly root: PackedNode<S>;
  constructor(
    packed: string,
    private readonly alphabet: Alphabet,
    private readonly sense: (code: string) => S,
  ) {
    const head = packed.indexOf(FIELD);
    this.text = packed;
    this.base = head + 1;
    this.rootAt = this.base + parseInt(packed.slice(0, head), 36);
    this.root = new PackedNode(this, this.rootAt);
    this.root.next = new RootChildren(this);
  }
  senses(at: number): S[] | undefined {
    const text = this.text;
    let end = at;
    while (text[end] !== FIELD && text[end] !== END) end++;
    if (end === at) return undefined;
    return text.slice(at, end).split(',').map(this.sense);
  }
  /** The node of a child's record: FIELD key KEY offset, the offset ending at `stop`. */
  private child(key: number, stop: number): PackedNode<S> {
    return new PackedNode(this, this.base + parseInt(this.text.slice(key + 1, stop), 36));
  }
  children(at: number): Map<string, TrieNode<S>> {
    // FIELD key KEY offset, repeated up to END; read in place
    const next = new Map<string, TrieNode<S>>();
    const text = this.text;
    const end = text.indexOf(END, at);
    let field = text.indexOf(FIELD, at);
    while (field >= 0 && field < end) {
      const key = text.indexOf(KEY, field);
      let stop = text.indexOf(FIELD, key);
      if (stop < 0 || stop > end) stop = end;
      next.set(this.alphabet.decode(text, field + 1, key), this.child(key, stop));
      field = stop === end ? -1 : stop;
    }
    return next;
  }
  /** The root's child under `key` (a binary search over the root's record, whose keys are sorted), or undefined. */
  rootChild(key: string): PackedNode<S> | undefined {
    const wanted = this.alphabet.encode(key);
    if (wanted === undefined) return undefined;
    const text = this.text;
    let lo = text.indexOf(FIELD, this.rootAt);
    let hi = text.indexOf(END, this.rootAt);
    if (lo < 0 || lo > hi) return undefined;
    // [lo, hi): whole entries (FIELD key KEY offset) that may hold the key
    while (lo < hi) {
      const field = text.lastIndexOf(FIELD, (lo + hi) >>> 1);
      const keyEnd = text.indexOf(KEY, field);
      let next = text.indexOf(FIELD, keyEnd);
      if (next < 0 || next > hi) next = hi;
      const k = text.slice(field + 1, keyEnd);
      if (wanted < k) hi = field;
      else if (wanted > k) lo = next;
      else return this.child(keyEnd, next);
    }
    return undefined;
  }
}

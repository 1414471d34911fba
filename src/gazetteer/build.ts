/**
 * The derived indexes of a gazetteer: the tries the matcher walks, the
 * normalized lexicon lists, persons by given name, shared short forms.
 *
 * Built from the records (runtime, for custom gazetteers), or decoded from the
 * form that scripts/compile-gazetteer.mjs precompiles for the bundled data
 * (same code, run at build time), so that loading skips normalizing and
 * tokenizing ~30k forms. This module must not import src/generated.
 */
import { adjectiveForms, variantKeys } from './forms.js';
import type { GazetteerData, TriggerRecord } from './records.js';
import { skeleton } from './skeleton.js';
import { Alphabet, alphabetOf, keysOfTrie, packTrie, PackedTrie } from './packed.js';
import { decodeSense, senseEncoder, type SenseRecords } from './senses.js';
import { createTrie, insert, type TrieNode } from './trie.js';

/** What a matched phrase can mean. */
export type Sense =
  | { t: 'country'; id: string; form: 'name' | 'adjective' }
  | { t: 'city'; id: string }
  | { t: 'org'; id: string }
  | { t: 'region'; id: string }
  | { t: 'seat'; id: string }
  | { t: 'bodykind'; kind: string; construct: boolean }
  | { t: 'person'; id: string; short: boolean }
  | { t: 'title'; title: number; construct: boolean; several?: boolean }
  | { t: 'honorific' }
  | { t: 'counterpart' }
  | { t: 'reference' }
  | { t: 'pronoun' };

export interface Indexes {
  lexicon: Map<string, Set<string>>;
  /** The ids of the persons of each given name (a set when built, the packed list when loaded). */
  byGivenName: ReadonlyMap<string, Iterable<string>>;
  sharedShort: ReadonlySet<string>;
  entities: TrieNode<Sense>;
  tolerant: TrieNode<Sense>;
  triggers: TrieNode<number>;
  topics: TrieNode<string>;
}

/** Structural key of a sense (field order is fixed by the literals below). */
const senseKey = (s: Sense): string => JSON.stringify(s);

/** Variant keys, memoized: many forms repeat (adjectives, aliases, titles). */
function memoVariants(): (form: string) => string[][] {
  const cache = new Map<string, string[][]>();
  return (form) => {
    let v = cache.get(form);
    if (!v) {
      v = variantKeys(form);
      cache.set(form, v);
    }
    return v;
  };
}

/** Builds every index from the records. */
export function buildIndexes(d: GazetteerData): Indexes {
  const variants = memoVariants();
  const lexicon = new Map(
    Object.entries(d.lexicon ?? {})
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, new Set((v as string[]).map((w) => variants(w)[0]?.join(' ') ?? w))] as const),
  );
  // the function words of data/grammar.json, normalized alike, as lists named `grammar.<list>` (src/relations/grammar.ts)
  for (const [k, v] of Object.entries(d.grammar ?? {})) if (Array.isArray(v)) lexicon.set(`grammar.${k}`, new Set((v as string[]).map((w) => variants(w)[0]?.join(' ') ?? w)));
  const entities = createTrie<Sense>();
  const tolerant = createTrie<Sense>();
  const triggers = createTrie<number>();
  const topics = createTrie<string>();
  const byGivenName = new Map<string, Set<string>>();
  const sharedShort = new Set<string>();
  // sense objects interned by structure: equal senses are one object (sameSense dedup stays structural)
  const interned = new Map<string, Sense>();
  const sameSense = (a: Sense, b: Sense): boolean => a === b;
  const add = (form: string, sense0: Sense, tol = false): void => {
    const k = senseKey(sense0);
    let sense = interned.get(k);
    if (!sense) interned.set(k, (sense = sense0));
    for (const keys of variants(form)) {
      insert(entities, keys, sense, sameSense);
      if (tol) insert(tolerant, keys.map(skeleton), sense, sameSense);
    }
  };

  for (const c of d.countries) {
    for (const f of [c.name.ar, ...(c.aliases?.ar ?? [])]) add(f, { t: 'country', id: c.id, form: 'name' });
    for (const a of c.adjectives.ar ?? []) for (const f of adjectiveForms(a)) add(f, { t: 'country', id: c.id, form: 'adjective' });
  }
  for (const c of d.cities) for (const f of [c.name.ar, ...(c.aliases?.ar ?? [])]) add(f, { t: 'city', id: c.id });
  for (const o of d.organizations) for (const f of [o.name.ar, ...(o.aliases?.ar ?? [])]) add(f, { t: 'org', id: o.id });
  for (const x of d.regions ?? []) for (const f of [x.name.ar, ...(x.aliases?.ar ?? [])]) add(f, { t: 'region', id: x.id });
  for (const s of d.bodies.seats ?? []) for (const f of [s.name.ar, ...(s.aliases?.ar ?? [])]) add(f, { t: 'seat', id: s.id });
  for (const k of d.bodies.kinds ?? [])
    for (const f of k.ar) {
      add(f, { t: 'bodykind', kind: k.kind, construct: false });
      // «وزارة الخارجية» → «وزارة خارجية» + a country name
      const words = f.split(/\s+/);
      if (words.length === 2 && /^(ال|أل)/.test(words[1]!)) add(`${words[0]} ${words[1]!.slice(2)}`, { t: 'bodykind', kind: k.kind, construct: true });
    }
  const shortOwners = new Map<string, Set<string>>();
  for (const p of d.people) {
    const full = [p.name.ar, ...(p.aliases?.ar ?? [])];
    for (const f of full) {
      add(f, { t: 'person', id: p.id, short: false }, (variants(f)[0]?.length ?? 0) >= 2);
      const given = variants(f)[0]?.[0];
      if (given) {
        const set = byGivenName.get(given) ?? new Set<string>();
        set.add(p.id);
        byGivenName.set(given, set);
      }
    }
    for (const f of p.short?.ar ?? []) {
      const key = variants(f)[0]?.join(' ');
      if (!key) continue;
      const owners = shortOwners.get(key) ?? new Set<string>();
      owners.add(p.id);
      shortOwners.set(key, owners);
      add(f, { t: 'person', id: p.id, short: true }, skeleton(key).length >= 5);
    }
  }
  for (const [k, owners] of shortOwners) if (owners.size > 1) sharedShort.add(k);
  d.titles.titles.forEach((t, i) => {
    for (const f of t.ar) add(f, { t: 'title', title: i, construct: false });
    for (const f of t.construct ?? []) add(f, { t: 'title', title: i, construct: true });
    for (const f of t.several ?? []) add(f, { t: 'title', title: i, construct: false, several: true });
  });
  for (const f of d.titles.honorifics) add(f, { t: 'honorific' });
  for (const f of d.titles.counterparts) add(f, { t: 'counterpart' });
  for (const f of d.titles.references) add(f, { t: 'reference' });
  for (const f of d.titles.pronouns ?? []) add(f, { t: 'pronoun' });
  (d.triggers.triggers ?? []).forEach((t: TriggerRecord, i: number) => {
    for (const f of t.ar) {
      for (const keys of variants(f)) insert(triggers, keys, i);
      // nouns also with the article: «خلوة» → «الخلوة»
      if (t.pos === 'noun' && !/^(ال|أل|ل)/.test(f)) for (const keys of variants(`ال${f}`)) insert(triggers, keys, i);
    }
  });
  for (const t of d.topics.topics ?? []) for (const f of t.ar) for (const keys of variants(f)) insert(topics, keys, t.code);
  return { lexicon, byGivenName, sharedShort, entities, tolerant, triggers, topics };
}

// ---------------------------------------------------------------------------
// The precompiled form (JSON): the tables, and each trie packed as one string of
// node records (src/gazetteer/packed.ts), its entity senses written as short codes
// (src/gazetteer/senses.ts) and its keys in ASCII.

/** The tables of the precompiled form, parsed at load (small). */
export interface PackedTables {
  v: 3;
  lexicon: Array<[string, string[]]>;
  shared: string[];
  topicSenses: string[];
  /** The stand-in ASCII character of each key character beyond ASCII, before it (packed.ts alphabetOf). */
  alphabet: string;
}

/** Every index of the precompiled form, each a part of the compiled file. */
export interface PackedIndexes {
  index: PackedTables;
  /** The lines (in `people`) of the persons of each given name, base-36, comma-separated. */
  given: Record<string, string>;
  entities: string;
  tolerant: string;
  triggers: string;
  topics: string;
}

/** The names of the packed tries. */
export type TrieName = 'entities' | 'tolerant' | 'triggers' | 'topics';

/** The precompiled form of built indexes (run at build time); `d` is the data they were built from. */
export function packIndexes(x: Indexes, d: GazetteerData): PackedIndexes {
  const topicSenses: string[] = [];
  const topicIndex = new Map<string, number>();
  const topicCode = (s: string): string => {
    let i = topicIndex.get(s);
    if (i === undefined) topicIndex.set(s, (i = topicSenses.push(s) - 1));
    return i.toString(36);
  };
  const alphabet = alphabetOf([x.entities, x.tolerant, x.triggers, x.topics].flatMap((t: TrieNode<unknown>) => [...keysOfTrie(t)]));
  const entityCode = senseEncoder(d);
  const lineOf = new Map(d.people.map((p, i) => [p.id, i] as const));
  const given: Record<string, string> = {};
  for (const [k, ids] of x.byGivenName) given[k] = [...ids].map((id) => lineOf.get(id)!.toString(36)).join(',');
  return {
    index: { v: 3, lexicon: [...x.lexicon].map(([k, v]) => [k, [...v]]), shared: [...x.sharedShort], topicSenses, alphabet },
    given,
    entities: packTrie(x.entities, entityCode, alphabet),
    tolerant: packTrie(x.tolerant, entityCode, alphabet),
    triggers: packTrie(x.triggers, (i) => i.toString(36), alphabet),
    topics: packTrie(x.topics, topicCode, alphabet),
  };
}

/** What the precompiled indexes are read from: each part when first asked for, and the records that senses name. */
export interface PackedSource {
  index(): PackedTables;
  given(): Record<string, string>;
  trie(name: TrieName): string;
  records(): SenseRecords;
  /** The id of the person on a line, read without parsing the record. */
  personId(line: number): string;
}

/** Decodes the precompiled form: the tries stay packed until walked, the given names unparsed until asked for. */
export function unpackIndexes(p: PackedSource): Indexes {
  const tables = p.index();
  const alphabet = new Alphabet(tables.alphabet);
  // one sense object per code, shared by the exact and the tolerant trie
  const senses = new Map<string, Sense>();
  const entitySense = (code: string): Sense => {
    let s = senses.get(code);
    if (s === undefined) senses.set(code, (s = decodeSense(code, p.records(), p.personId)));
    return s;
  };
  return {
    lexicon: new Map(tables.lexicon.map(([k, v]) => [k, new Set(v)])),
    byGivenName: new GivenNames(p),
    sharedShort: new Set(tables.shared),
    entities: new PackedTrie(p.trie('entities'), alphabet, entitySense).root,
    tolerant: new PackedTrie(p.trie('tolerant'), alphabet, entitySense).root,
    triggers: new PackedTrie(p.trie('triggers'), alphabet, (code) => parseInt(code, 36)).root,
    topics: new PackedTrie(p.trie('topics'), alphabet, (code) => tables.topicSenses[parseInt(code, 36)]!).root,
  };
}

/** The persons of each given name, from the packed lines: the part parsed when first asked for, each list when first read. */
class GivenNames implements ReadonlyMap<string, readonly string[]> {
  private lines: Record<string, string> | undefined;
  private readonly lists = new Map<string, readonly string[]>();
  constructor(private readonly p: PackedSource) {}
  private all(): Record<string, string> {
    return (this.lines ??= this.p.given());
  }
  get(key: string): readonly string[] | undefined {
    let list = this.lists.get(key);
    if (list === undefined && Object.hasOwn(this.all(), key)) {
      list = this.all()[key]!.split(',').map((x) => this.p.personId(parseInt(x, 36)));
      this.lists.set(key, list);
    }
    return list;
  }
  has(key: string): boolean {
    return Object.hasOwn(this.all(), key);
  }
  get size(): number {
    return Object.keys(this.all()).length;
  }
  *entries(): MapIterator<[string, readonly string[]]> {
    for (const k of Object.keys(this.all())) yield [k, this.get(k)!];
  }
  *keys(): MapIterator<string> {
    yield* Object.keys(this.all());
  }
  *values(): MapIterator<readonly string[]> {
    for (const k of Object.keys(this.all())) yield this.get(k)!;
  }
  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entries();
  }
  forEach(fn: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** Every phrase of a trie with its senses, in a canonical order (to compare tries in checks). */
export function trieEntries<S>(root: TrieNode<S>): Array<[string[], S[]]> {
  const out: Array<[string[], S[]]> = [];
  const walk = (node: TrieNode<S>, path: string[]): void => {
    if (node.senses) out.push([path, node.senses]);
    for (const k of [...node.next.keys()].sort()) walk(node.next.get(k)!, [...path, k]);
  };
  walk(root, []);
  return out;
}

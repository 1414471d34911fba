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
// The precompiled form (JSON): the tables, and each trie as one string of node
// records that is decoded lazily, node by node, as the matcher walks it (a text
// visits a few thousand of the ~37k nodes).
//   record := senses (FIELD key KEY offset)* END
// senses: comma-separated base-36 indexes into the trie's sense table ('' for none);
// offset: base-36 position of the child's record. The separators are ASCII marks that
// normalized keys never hold (checked when packing): an ASCII character costs one byte
// of the bundle where a private-use one, written as a \u escape, costs six.

const KEY = '~';
const FIELD = '|';
const END = '^';
const SEPARATORS = /[~|^]/;

export interface PackedIndexes {
  v: 2;
  lexicon: Array<[string, string[]]>;
  given: Array<[string, string[]]>;
  shared: string[];
  /**
   * Sense tables and packed tries; the entity senses (thousands) as the JSON of each, parsed when
   * a node that holds them is read (the compile step writes them apart from the rest: src/gazetteer/compiled.ts).
   */
  entitySenses: string[];
  triggerSenses: number[];
  topicSenses: string[];
  entities: string;
  tolerant: string;
  triggers: string;
  topics: string;
}

function packTrie<S>(root: TrieNode<S>, id: (s: S) => number): string {
  const parts: string[] = [];
  let length = 0;
  // records in preorder; a child's offset is known once it is written, so children are written first
  const write = (node: TrieNode<S>): number => {
    const children: Array<[string, number]> = [];
    for (const [k, child] of node.next) {
      if (SEPARATORS.test(k)) throw new Error(`gazetteer: a key holds a character reserved as a separator (~ | ^): ${JSON.stringify(k)}`);
      children.push([k, write(child)]);
    }
    let rec = node.senses ? node.senses.map((s) => id(s).toString(36)).join(',') : '';
    for (const [k, at] of children) rec += FIELD + k + KEY + at.toString(36);
    rec += END;
    const at = length;
    parts.push(rec);
    length += rec.length;
    return at;
  };
  const rootAt = write(root);
  // the root record goes last: its offset is written first, as a header
  const body = parts.join('');
  return `${rootAt.toString(36)}${FIELD}${body}`;
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

class PackedTrie<S> {
  private readonly text: string;
  private readonly base: number;
  constructor(
    packed: string,
    private readonly table: SenseTable<S>,
  ) {
    const head = packed.indexOf(FIELD);
    this.text = packed;
    this.base = head + 1;
    this.root = new PackedNode(this, this.base + parseInt(packed.slice(0, head), 36));
  }
  readonly root: PackedNode<S>;
  senses(at: number): S[] | undefined {
    const text = this.text;
    let end = at;
    while (text[end] !== FIELD && text[end] !== END) end++;
    if (end === at) return undefined;
    return text
      .slice(at, end)
      .split(',')
      .map((x) => this.table.at(parseInt(x, 36)));
  }
  children(at: number): Map<string, TrieNode<S>> {
    // FIELD key KEY offset, repeated up to END; read in place (the root holds thousands of children)
    const next = new Map<string, TrieNode<S>>();
    const text = this.text;
    const end = text.indexOf(END, at);
    let field = text.indexOf(FIELD, at);
    while (field >= 0 && field < end) {
      const key = text.indexOf(KEY, field);
      let stop = text.indexOf(FIELD, key);
      if (stop < 0 || stop > end) stop = end;
      next.set(text.slice(field + 1, key), new PackedNode(this, this.base + parseInt(text.slice(key + 1, stop), 36)));
      field = stop === end ? -1 : stop;
    }
    return next;
  }
}

/** A sense table: the sense at an index. */
export interface SenseTable<S> {
  at(i: number): S;
}

/** The precompiled form of built indexes (run at build time). */
export function packIndexes(x: Indexes): PackedIndexes {
  const table = <S>(list: S[]) => {
    const index = new Map<S, number>();
    return (s: S): number => {
      let i = index.get(s);
      if (i === undefined) {
        i = list.length;
        list.push(s);
        index.set(s, i);
      }
      return i;
    };
  };
  const entitySenses: Sense[] = [];
  const triggerSenses: number[] = [];
  const topicSenses: string[] = [];
  const entityId = table(entitySenses);
  const entities = packTrie(x.entities, entityId);
  const tolerant = packTrie(x.tolerant, entityId);
  const triggers = packTrie(x.triggers, table(triggerSenses));
  const topics = packTrie(x.topics, table(topicSenses));
  return {
    v: 2,
    lexicon: [...x.lexicon].map(([k, v]) => [k, [...v]]),
    given: [...x.byGivenName].map(([k, v]) => [k, [...v]]),
    shared: [...x.sharedShort],
    entitySenses: entitySenses.map((s) => JSON.stringify(s)),
    triggerSenses,
    topicSenses,
    entities,
    tolerant,
    triggers,
    topics,
  };
}

/** Decodes the precompiled form (the tries stay packed until walked); `senses` gives the entity sense of each number. */
export function unpackIndexes(p: Omit<PackedIndexes, 'entitySenses'>, senses: SenseTable<Sense>): Indexes {
  return {
    lexicon: new Map(p.lexicon.map(([k, v]) => [k, new Set(v)])),
    byGivenName: new Map(p.given),
    sharedShort: new Set(p.shared),
    entities: new PackedTrie(p.entities, senses).root,
    tolerant: new PackedTrie(p.tolerant, senses).root,
    triggers: new PackedTrie(p.triggers, { at: (i) => p.triggerSenses[i]! }).root,
    topics: new PackedTrie(p.topics, { at: (i) => p.topicSenses[i]! }).root,
  };
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

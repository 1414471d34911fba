/**
 * The gazetteer at run time: the records of data/ (parsed once, lazily), their
 * indexes, and the tries that the matcher walks.
 */
// the loader of the compiled gazetteer: ./node.js in Node, ./browser.js for bundlers (package.json "imports": #gazetteer)
import { compiledGazetteer } from './node.js';
import { buildIndexes, unpackIndexes, type PackedSource, type Sense } from './build.js';
import { compiledFromBytes, compiledFromJson, LazyRecords, type Compiled, type CompiledBytes, type CompiledJson } from './compiled.js';
import { variantKeys } from './forms.js';
import type {
  BodyKindRecord,
  BodySeatRecord,
  CityRecord,
  CountryRecord,
  GazetteerData,
  OrganizationRecord,
  PersonRecord,
  RegionRecord,
  TitleRecord,
} from './records.js';
import type { TrieNode } from './trie.js';

export type * from './records.js';
export type { Sense } from './build.js';
export { skeleton } from './skeleton.js';
export { adjectiveForms, keysOf, variantKeys } from './forms.js';
export * from './trie.js';

/**
 * Every id of the compiled file starts so and holds no '~', the mark of persons outside the gazetteer
 * (`person:~slug`): scripts/compile-gazetteer.mjs checks it.
 */
const PERSON = 'person:';
const OUTSIDE = '~';

/**
 * The bundled people: one JSON record each, parsed the first time it is asked for, then kept, so
 * that every caller sees the same object. Loading the gazetteer parses none of them (they are four
 * fifths of the data); a document parses the few it names or needs. The line of an id is known once
 * a sense or a list of the indexes has named it; an id met no other way has every id read (once).
 */
export class BundledPeople implements ReadonlyMap<string, PersonRecord> {
  private readonly lineOf = new Map<string, number>();
  private complete = false;

  constructor(private readonly records: LazyRecords<PersonRecord>) {}

  /** The record on line `i` (and its line remembered under its id). */
  at(i: number): PersonRecord {
    const p = this.records.at(i);
    this.lineOf.set(p.id, i);
    return p;
  }
  /** The id of the record on line `i`, read without parsing it (and its line remembered). */
  idAt(i: number): string {
    const id = this.records.id(i);
    this.lineOf.set(id, i);
    return id;
  }
  /**
   * The line of an id: a line a sense, a list of the indexes or an office named; none for the id of
   * a person outside the gazetteer (`person:~…`) or of anything but a person (ids the compiled file
   * never holds); else every id is read, the first time one is asked for that nothing named.
   */
  private lineOfId(id: string): number | undefined {
    const i = this.lineOf.get(id);
    if (i !== undefined || this.complete || !id.startsWith(PERSON) || id.includes(OUTSIDE)) return i;
    this.records.allIds().forEach((x, k) => this.lineOf.set(x, k));
    this.complete = true;
    return this.lineOf.get(id);
  }

  get size(): number {
    return this.records.length;
  }
  /** How many records have been parsed so far. */
  parsed(): number {
    return this.records.parsed();
  }
  get(id: string): PersonRecord | undefined {
    const i = this.lineOfId(id);
    return i === undefined ? undefined : this.at(i);
  }
  has(id: string): boolean {
    return this.lineOfId(id) !== undefined;
  }
  all(): PersonRecord[] {
    const all = this.records.all();
    if (!this.complete) {
      all.forEach((p, i) => this.lineOf.set(p.id, i));
      this.complete = true;
    }
    return all;
  }
  *entries(): MapIterator<[string, PersonRecord]> {
    const ids = this.records.allIds();
    for (let i = 0; i < ids.length; i++) yield [ids[i]!, this.at(i)];
  }
  *keys(): MapIterator<string> {
    yield* this.records.allIds();
  }
  *values(): MapIterator<PersonRecord> {
    for (let i = 0; i < this.records.length; i++) yield this.at(i);
  }
  [Symbol.iterator](): MapIterator<[string, PersonRecord]> {
    return this.entries();
  }
  forEach(fn: (value: PersonRecord, key: string, map: ReadonlyMap<string, PersonRecord>) => void): void {
    for (const [id, p] of this.entries()) fn(p, id, this);
  }
}

/** The holders of each office in the bundled data, by `role|of`: the lists read when first asked for, their records parsed when the office is. */
export class BundledHolders {
  private readonly lists = new Map<string, PersonRecord[]>();
  private lines: Record<string, number[]> | undefined;
  private readonly read: () => Record<string, number[]>;
  constructor(
    lines: Record<string, number[]> | (() => Record<string, number[]>),
    private readonly people: BundledPeople,
  ) {
    this.read = typeof lines === 'function' ? lines : () => lines;
  }
  get(key: string): PersonRecord[] | undefined {
    let list = this.lists.get(key);
    const lines = (this.lines ??= this.read());
    if (!list && Object.hasOwn(lines, key)) {
      list = lines[key]!.map((i) => this.people.at(i));
      this.lists.set(key, list);
    }
    return list;
  }
}

let compiled: Compiled | undefined;
/** The compiled gazetteer, read on first use: Node reads the file's bytes, a bundle has it as JSON. */
function compiledBundle(): Compiled {
  if (!compiled) {
    // the Node loader gives the file's bytes, the bundlers' the parsed JSON
    const c = compiledGazetteer() as CompiledBytes | CompiledJson;
    compiled = 'format' in c ? compiledFromJson(c) : compiledFromBytes(c);
  }
  return compiled;
}

let bundledPeople: BundledPeople | undefined;
const peopleOfBundle = (): BundledPeople => (bundledPeople ??= new BundledPeople(compiledBundle().people));

let defaultData: GazetteerData | undefined;
/** The bundled data, parsed on first use; its `people` array only when first read. */
export function bundledData(): GazetteerData {
  if (!defaultData) {
    const { countries, cities, organizations, bodies, ...rest } = compiledBundle().raw();
    let people: PersonRecord[] | undefined;
    // the keys in the order of data/ (people after bodies), people as a getter that parses them all once
    defaultData = Object.defineProperty({ countries, cities, organizations, bodies } as GazetteerData, 'people', {
      get: () => (people ??= peopleOfBundle().all()),
      enumerable: true,
    });
    Object.assign(defaultData, rest);
  }
  return defaultData;
}

export interface EntityRecordView {
  id: string;
  type: 'person' | 'country' | 'city' | 'organization' | 'region';
  name: { en: string; ar: string };
  aliases: string[];
  iso2?: string;
  country?: string;
  body?: string;
  /** Non-state groups: their kind (`movement`, `armed-group` ...). */
  group?: string;
}

/** What the look-ups of a lexicon list need to know of it: every start of an entry that ends before a space, and the longest entry. */
interface ListFacts {
  heads: Set<string>;
  longest: number;
}

/** Facts of each list, computed on first use (not when the gazetteer loads); lists never change once built. */
const listFacts = new WeakMap<ReadonlySet<string>, ListFacts>();

function factsOf(list: ReadonlySet<string>): ListFacts {
  let facts = listFacts.get(list);
  if (facts) return facts;
  facts = { heads: new Set(), longest: 0 };
  for (const entry of list) {
    facts.longest = Math.max(facts.longest, entry.length);
    for (let k = entry.indexOf(' '); k >= 0; k = entry.indexOf(' ', k + 1)) facts.heads.add(entry.slice(0, k));
  }
  listFacts.set(list, facts);
  return facts;
}

/** Every start of an entry of the list that ends before a space: a word that is none of them begins no phrase of two words or more. */
export const phraseStarts = (list: ReadonlySet<string>): ReadonlySet<string> => factsOf(list).heads;

/** A built gazetteer: indexes and tries. Build once, use for many documents. */

export class Gazetteer {
  readonly data: GazetteerData;
  readonly countries = new Map<string, CountryRecord>();
  readonly cities = new Map<string, CityRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly regions = new Map<string, RegionRecord>();
  /** The state of each news agency tag, by the tag's normalized form («قنا» → QA). */
  readonly agencyStates: ReadonlyMap<string, string>;
  /** The role codes a role may use (empty when the data lists none: then any code passes). */
  readonly roleCodes: ReadonlySet<string>;
  readonly seats = new Map<string, BodySeatRecord>();
  readonly bodyKinds = new Map<string, BodyKindRecord>();
  readonly people: ReadonlyMap<string, PersonRecord>;
  readonly titles: TitleRecord[];
  /** Holders of each role, by `role|of`. */
  readonly holders: { get(key: string): PersonRecord[] | undefined };
  /** Persons by the first token of their Arabic names (for «الملك سلمان»). */
  readonly byGivenName: ReadonlyMap<string, Iterable<string>>;
  /** Short forms shared by several persons. */
  readonly sharedShort: ReadonlySet<string>;
  readonly entities: TrieNode<Sense>;
  readonly tolerant: TrieNode<Sense>;
  readonly triggers: TrieNode<number>;
  readonly topics: TrieNode<string>;
  readonly lexicon: Map<string, Set<string>>;

  constructor(data: GazetteerData) {
    this.data = data;
    this.titles = data.titles.titles;
    for (const c of data.countries) this.countries.set(c.iso2, c);
    for (const c of data.cities) this.cities.set(c.id, c);
    for (const o of data.organizations) this.organizations.set(o.id, o);
    for (const x of data.regions ?? []) this.regions.set(x.id, x);
    this.agencyStates = agencyStatesOf(data);
    this.roleCodes = new Set(data.roles?.roles ?? []);
    for (const s of data.bodies.seats ?? []) this.seats.set(s.id, s);
    for (const k of data.bodies.kinds ?? []) this.bodyKinds.set(k.kind, k);
    const bundled = data === defaultData;
    if (bundled) {
      const people = peopleOfBundle();
      this.people = people;
      this.holders = new BundledHolders(() => compiledBundle().holders(), people);
    } else {
      const people = new Map<string, PersonRecord>();
      const holders = new Map<string, PersonRecord[]>();
      for (const p of data.people) {
        people.set(p.id, p);
        for (const r of p.roles) {
          const key = `${r.role}|${r.of}`;
          const list = holders.get(key);
          // each holder once per office, however many terms they served
          if (list) {
            if (list.at(-1) !== p) list.push(p);
          } else holders.set(key, [p]);
        }
      }
      this.people = people;
      this.holders = holders;
    }
    // The bundled data comes with its indexes precompiled (scripts/compile-gazetteer.mjs); custom data is built here.
    const x = bundled ? unpackIndexes(packedSource(compiledBundle(), data, peopleOfBundle())) : buildIndexes(data);
    this.lexicon = x.lexicon;
    this.entities = x.entities;
    this.tolerant = x.tolerant;
    this.triggers = x.triggers;
    this.topics = x.topics;
    this.byGivenName = x.byGivenName;
    this.sharedShort = x.sharedShort;
  }

  /** True when the lexicon list `name` holds the normalized phrase. */
  inLexicon(name: string, phrase: string): boolean {
    return this.lexicon.get(name)?.has(phrase) ?? false;
  }

  /**
   * True when the list holds the two words `first second` (as inLexicon of
   * them joined by a space). The phrase is built only when an entry of the
   * list starts with `first` and a space: most words start none, and a joined
   * phrase is a new string to hash for every look-up.
   */
  inLexiconPair(name: string, first: string, second: string): boolean {
    return this.startsLexiconPhrase(name, first) && this.inLexicon(name, `${first} ${second}`);
  }

  /** True when a phrase of the list starts with `first` and a space (so a phrase of several words that starts so may be in it). */
  startsLexiconPhrase(name: string, first: string): boolean {
    const list = this.lexicon.get(name);
    return list !== undefined && factsOf(list).heads.has(first);
  }

  /** The length of the longest phrase of the list (0 for a list the gazetteer lacks): a longer phrase cannot be in it. */
  longestInLexicon(name: string): number {
    const list = this.lexicon.get(name);
    return list === undefined ? 0 : factsOf(list).longest;
  }

  /** The public view of any entity id. */
  view(id: string): EntityRecordView | undefined {
    if (id.startsWith('country:')) {
      const c = this.countries.get(id.slice(8));
      if (!c) return undefined;
      return { id, type: 'country', name: { en: c.name.en, ar: c.name.ar }, aliases: c.aliases?.en ?? [], iso2: c.iso2 };
    }
    if (id.startsWith('city:')) {
      const c = this.cities.get(id);
      if (!c) return undefined;
      return { id, type: 'city', name: { en: c.name.en, ar: c.name.ar }, aliases: c.aliases?.en ?? [], country: c.country };
    }
    if (id.startsWith('org:')) {
      const o = this.organizations.get(id);
      if (!o) return undefined;
      const v: EntityRecordView = { id, type: 'organization', name: { en: o.name.en, ar: o.name.ar }, aliases: o.aliases?.en ?? [] };
      if (o.group) v.group = o.group;
      return v;
    }
    if (id.startsWith('region:')) {
      const x = this.regions.get(id);
      if (!x) return undefined;
      const v: EntityRecordView = { id, type: 'region', name: { en: x.name.en, ar: x.name.ar }, aliases: x.aliases?.en ?? [] };
      if (x.country) v.country = x.country;
      return v;
    }
    if (id.startsWith('body:')) {
      const s = this.seats.get(id);
      if (s) return { id, type: 'organization', name: { en: s.name.en, ar: s.name.ar }, aliases: s.aliases?.en ?? [], country: s.country, body: s.kind };
      // generated: body:XX:kind
      const [, iso, kind] = id.split(':');
      const k = kind ? this.bodyKinds.get(kind) : undefined;
      const c = iso ? this.countries.get(iso) : undefined;
      if (!k || !c) return undefined;
      const adj = c.adjectives.en?.[0] ?? c.name.en;
      return {
        id,
        type: 'organization',
        name: { en: `${adj} ${k.en}`, ar: `${k.ar[0]} (${c.name.ar})` },
        aliases: [`${k.en} of ${c.name.en}`, k.en],
        country: c.iso2,
        body: k.kind,
      };
    }
    if (id.startsWith('person:')) {
      const p = this.people.get(id);
      if (!p) return undefined;
      // the country set after the object is built, in the same place as a spread would put it (a spread costs a copy)
      const v: EntityRecordView = { id, type: 'person', name: { en: p.name.en, ar: p.name.ar }, aliases: p.aliases?.en ?? [] };
      if (p.country) v.country = p.country;
      return v;
    }
    return undefined;
  }
}

/** The precompiled indexes of the bundled data: the parts of the compiled file, the records its senses name, the people's ids. */
function packedSource(c: Compiled, data: GazetteerData, people: BundledPeople): PackedSource {
  return { index: () => c.index(), given: () => c.given(), trie: (name) => c.trie(name), records: () => data, personId: (line) => people.idAt(line) };
}

/** Each agency tag, normalized as the text is («(واس)» is read as the token «واس»), with its state. */
function agencyStatesOf(data: GazetteerData): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of data.agencies?.agencies ?? []) for (const tag of a.tags) out.set(variantKeys(tag)[0]?.join(' ') ?? tag, a.country);
  return out;
}

let shared: Gazetteer | undefined;
/** The gazetteer built from the bundled data, built on first use. */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer(bundledData());
  return shared;
}

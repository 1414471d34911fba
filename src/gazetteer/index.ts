/**
 * The gazetteer at run time: the records of data/ (parsed once, lazily), their
 * indexes, and the tries that the matcher walks.
 */
// the loader of the compiled gazetteer: ./node.js in Node, ./browser.js for bundlers (package.json "imports": #gazetteer)
import { compiledGazetteer } from './node.js';
import { buildIndexes, unpackIndexes, type PackedSource, type Sense } from './build.js';
import { compiledFromBytes, compiledFromJson, LazyRecords, type Compiled, type CompiledBytes, type CompiledJson, type NameKeys, type NameTables } from './compiled.js';
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
export { adjectiveForms, keysOf, variantKeys, wordKeys } from './forms.js';
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
/** The lists of the bundled data before its people, in the order of data/. */
const BEFORE_PEOPLE = ['countries', 'cities', 'organizations', 'bodies'] as const;
/**
 * The bundled data: each list parsed when first read (the compiled file's reader parses a list of
 * `raw` on its first read), the `people` array when first read, parsing every person once.
 */
export function bundledData(): GazetteerData {
  if (!defaultData) {
    const raw = compiledBundle().raw();
    let people: PersonRecord[] | undefined;
    const data = {} as GazetteerData;
    const list = (key: keyof typeof raw): void => void Object.defineProperty(data, key, { get: () => raw[key], enumerable: true });
    // the keys in the order of data/ (people after bodies)
    BEFORE_PEOPLE.forEach(list);
    Object.defineProperty(data, 'people', { get: () => (people ??= peopleOfBundle().all()), enumerable: true });
    for (const key of Object.keys(raw) as Array<keyof typeof raw>) if (!Object.hasOwn(data, key)) list(key);
    defaultData = data;
  }
  return defaultData;
}

/** The name words of data/names.json, parsed when first asked for (the romanizer reads them). */
export function nameTables(): NameTables {
  return compiledBundle().names();
}

/** The normalized keys of each word list of data/names.json, computed at build time and parsed when first asked for (the person recognizer reads them). */
export function nameKeys(): NameKeys {
  return compiledBundle().nameKeys();
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
  readonly people: ReadonlyMap<string, PersonRecord>;
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

  // the tables by id, each built when first read (from lists that the bundled data parses when first read)
  private countriesById: Map<string, CountryRecord> | undefined;
  private citiesById: Map<string, CityRecord> | undefined;
  private organizationsById: Map<string, OrganizationRecord> | undefined;
  private regionsById: Map<string, RegionRecord> | undefined;
  private seatsById: Map<string, BodySeatRecord> | undefined;
  private bodyKindsByKind: Map<string, BodyKindRecord> | undefined;
  private agencyStatesByTag: ReadonlyMap<string, string> | undefined;
  private roleCodeSet: ReadonlySet<string> | undefined;

  /** The states, by ISO code. */
  get countries(): Map<string, CountryRecord> {
    return (this.countriesById ??= new Map(this.data.countries.map((c) => [c.iso2, c])));
  }
  get cities(): Map<string, CityRecord> {
    return (this.citiesById ??= byId(this.data.cities));
  }
  get organizations(): Map<string, OrganizationRecord> {
    return (this.organizationsById ??= byId(this.data.organizations));
  }
  get regions(): Map<string, RegionRecord> {
    return (this.regionsById ??= byId(this.data.regions ?? []));
  }
  /** The state of each news agency tag, by the tag's normalized form («قنا» → QA). */
  get agencyStates(): ReadonlyMap<string, string> {
    return (this.agencyStatesByTag ??= agencyStatesOf(this.data));
  }
  /** The role codes a role may use (empty when the data lists none: then any code passes). */
  get roleCodes(): ReadonlySet<string> {
    return (this.roleCodeSet ??= new Set(this.data.roles?.roles ?? []));
  }
  get seats(): Map<string, BodySeatRecord> {
    return (this.seatsById ??= byId(this.data.bodies.seats ?? []));
  }
  get bodyKinds(): Map<string, BodyKindRecord> {
    return (this.bodyKindsByKind ??= new Map((this.data.bodies.kinds ?? []).map((k) => [k.kind, k])));
  }
  get titles(): TitleRecord[] {
    return this.data.titles.titles;
  }

  constructor(data: GazetteerData) {
    this.data = data;
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

/** The records of a list by id (the last of an id kept, as a map built record by record keeps it). */
const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));

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

/**
 * The gazetteer at run time: the records of data/ (parsed once, lazily), their
 * indexes, and the tries that the matcher walks.
 */
import { INDEX, RAW } from '../generated/gazetteer.js';
import { buildIndexes, unpackIndexes, type PackedIndexes, type Sense } from './build.js';
import type {
  BodyKindRecord,
  BodySeatRecord,
  CityRecord,
  CountryRecord,
  GazetteerData,
  OrganizationRecord,
  PersonRecord,
  TitleRecord,
} from './records.js';
import type { TrieNode } from './trie.js';

export type * from './records.js';
export type { Sense } from './build.js';
export { skeleton } from './skeleton.js';
export { adjectiveForms, keysOf, variantKeys } from './forms.js';
export * from './trie.js';

let defaultData: GazetteerData | undefined;
/** The bundled data, parsed on first use. */
export function bundledData(): GazetteerData {
  defaultData ??= JSON.parse(RAW) as GazetteerData;
  return defaultData;
}

export interface EntityRecordView {
  id: string;
  type: 'person' | 'country' | 'city' | 'organization';
  name: { en: string; ar: string };
  aliases: string[];
  iso2?: string;
  country?: string;
  body?: string;
}

/** A built gazetteer: indexes and tries. Build once, use for many documents. */
export class Gazetteer {
  readonly data: GazetteerData;
  readonly countries = new Map<string, CountryRecord>();
  readonly cities = new Map<string, CityRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly seats = new Map<string, BodySeatRecord>();
  readonly bodyKinds = new Map<string, BodyKindRecord>();
  readonly people = new Map<string, PersonRecord>();
  readonly titles: TitleRecord[];
  /** Holders of each role, by `role|of`. */
  readonly holders = new Map<string, PersonRecord[]>();
  /** Persons by the first token of their Arabic names (for «الملك سلمان»). */
  readonly byGivenName = new Map<string, Set<string>>();
  /** Short forms shared by several persons. */
  readonly sharedShort = new Set<string>();
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
    for (const s of data.bodies.seats ?? []) this.seats.set(s.id, s);
    for (const k of data.bodies.kinds ?? []) this.bodyKinds.set(k.kind, k);
    for (const p of data.people) this.people.set(p.id, p);
    for (const p of data.people)
      for (const r of p.roles) {
        const key = `${r.role}|${r.of}`;
        const list = this.holders.get(key);
        if (list) list.push(p);
        else this.holders.set(key, [p]);
      }
    // The bundled data comes with its indexes precompiled (scripts/compile-gazetteer.mjs); custom data is built here.
    const x = data === defaultData && INDEX ? unpackIndexes(JSON.parse(INDEX) as PackedIndexes) : buildIndexes(data);
    this.lexicon = x.lexicon;
    this.entities = x.entities;
    this.tolerant = x.tolerant;
    this.triggers = x.triggers;
    this.topics = x.topics;
    for (const [k, v] of x.byGivenName) this.byGivenName.set(k, v);
    for (const k of x.sharedShort) this.sharedShort.add(k);
  }

  /** True when the lexicon list `name` holds the normalized phrase. */
  inLexicon(name: string, phrase: string): boolean {
    return this.lexicon.get(name)?.has(phrase) ?? false;
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
      return { id, type: 'organization', name: { en: o.name.en, ar: o.name.ar }, aliases: o.aliases?.en ?? [] };
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

let shared: Gazetteer | undefined;
/** The gazetteer built from the bundled data, built on first use. */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer(bundledData());
  return shared;
}

/**
 * The gazetteer at run time: the records of data/ (parsed once, lazily), their
 * indexes, and the tries that the matcher walks.
 */
import { RAW } from '../generated/gazetteer.js';
import { adjectiveForms, variantKeys } from './forms.js';
import type {
  BodyKindRecord,
  BodySeatRecord,
  CityRecord,
  CountryRecord,
  GazetteerData,
  OrganizationRecord,
  PersonRecord,
  TitleRecord,
  TriggerRecord,
} from './records.js';
import { skeleton } from './skeleton.js';
import { createTrie, insert, type TrieNode } from './trie.js';

export type * from './records.js';
export { skeleton } from './skeleton.js';
export { adjectiveForms, keysOf, variantKeys } from './forms.js';
export * from './trie.js';

/** What a matched phrase can mean. */
export type Sense =
  | { t: 'country'; id: string; form: 'name' | 'adjective' }
  | { t: 'city'; id: string }
  | { t: 'org'; id: string }
  | { t: 'seat'; id: string }
  | { t: 'bodykind'; kind: string; construct: boolean }
  | { t: 'person'; id: string; short: boolean }
  | { t: 'title'; title: number; construct: boolean }
  | { t: 'honorific' }
  | { t: 'counterpart' }
  | { t: 'reference' }
  | { t: 'pronoun' };

const sameSense = (a: Sense, b: Sense): boolean => JSON.stringify(a) === JSON.stringify(b);

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
    this.lexicon = new Map(Object.entries(data.lexicon ?? {}).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, new Set(v.map((w) => variantKeys(w)[0]?.join(' ') ?? w))]));
    this.entities = createTrie<Sense>();
    this.tolerant = createTrie<Sense>();
    this.triggers = createTrie<number>();
    this.topics = createTrie<string>();
    this.build();
  }

  private add(form: string, sense: Sense, tolerant = false): void {
    for (const keys of variantKeys(form)) {
      insert(this.entities, keys, sense, sameSense);
      if (tolerant) insert(this.tolerant, keys.map(skeleton), sense, sameSense);
    }
  }

  private build(): void {
    const d = this.data;
    for (const c of d.countries) {
      for (const f of [c.name.ar, ...(c.aliases?.ar ?? [])]) this.add(f, { t: 'country', id: c.id, form: 'name' });
      for (const a of c.adjectives.ar ?? []) for (const f of adjectiveForms(a)) this.add(f, { t: 'country', id: c.id, form: 'adjective' });
    }
    for (const c of d.cities) for (const f of [c.name.ar, ...(c.aliases?.ar ?? [])]) this.add(f, { t: 'city', id: c.id });
    for (const o of d.organizations) for (const f of [o.name.ar, ...(o.aliases?.ar ?? [])]) this.add(f, { t: 'org', id: o.id });
    for (const s of d.bodies.seats ?? []) for (const f of [s.name.ar, ...(s.aliases?.ar ?? [])]) this.add(f, { t: 'seat', id: s.id });
    for (const k of d.bodies.kinds ?? [])
      for (const f of k.ar) {
        this.add(f, { t: 'bodykind', kind: k.kind, construct: false });
        // «وزارة الخارجية» → «وزارة خارجية» + a country name
        const words = f.split(/\s+/);
        if (words.length === 2 && /^(ال|أل)/.test(words[1]!))
          this.add(`${words[0]} ${words[1]!.slice(2)}`, { t: 'bodykind', kind: k.kind, construct: true });
      }
    const shortOwners = new Map<string, Set<string>>();
    for (const p of d.people) {
      const full = [p.name.ar, ...(p.aliases?.ar ?? [])];
      for (const f of full) {
        this.add(f, { t: 'person', id: p.id, short: false }, (variantKeys(f)[0]?.length ?? 0) >= 2);
        const given = variantKeys(f)[0]?.[0];
        if (given) {
          const set = this.byGivenName.get(given) ?? new Set<string>();
          set.add(p.id);
          this.byGivenName.set(given, set);
        }
      }
      for (const f of p.short?.ar ?? []) {
        const key = variantKeys(f)[0]?.join(' ');
        if (!key) continue;
        const owners = shortOwners.get(key) ?? new Set<string>();
        owners.add(p.id);
        shortOwners.set(key, owners);
        this.add(f, { t: 'person', id: p.id, short: true }, skeleton(key).length >= 5);
      }
    }
    for (const [k, owners] of shortOwners) if (owners.size > 1) this.sharedShort.add(k);
    d.titles.titles.forEach((t, i) => {
      for (const f of t.ar) this.add(f, { t: 'title', title: i, construct: false });
      for (const f of t.construct ?? []) this.add(f, { t: 'title', title: i, construct: true });
    });
    for (const f of d.titles.honorifics) this.add(f, { t: 'honorific' });
    for (const f of d.titles.counterparts) this.add(f, { t: 'counterpart' });
    for (const f of d.titles.references) this.add(f, { t: 'reference' });
    for (const f of d.titles.pronouns ?? []) this.add(f, { t: 'pronoun' });
    (d.triggers.triggers ?? []).forEach((t: TriggerRecord, i: number) => {
      for (const f of t.ar) {
        for (const keys of variantKeys(f)) insert(this.triggers, keys, i);
        // nouns also with the article: «خلوة» → «الخلوة»
        if (t.pos === 'noun' && !/^(ال|أل|ل)/.test(f)) for (const keys of variantKeys(`ال${f}`)) insert(this.triggers, keys, i);
      }
    });
    for (const t of d.topics.topics ?? []) for (const f of t.ar) for (const keys of variantKeys(f)) insert(this.topics, keys, t.code);
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
      return { id, type: 'person', name: { en: p.name.en, ar: p.name.ar }, aliases: p.aliases?.en ?? [], ...(p.country ? { country: p.country } : {}) };
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

/**
 * The English side of the gazetteer, compiled once per Gazetteer: a token trie
 * of every English name, alias, adjective, acronym, title, state-body form and
 * topic phrase, and a compromise plugin (lexicon words → tags) generated from
 * the same names, so that compromise tags them as places, people and
 * organizations instead of guessing.
 */
import { compromise } from './nlp.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { phraseKeys } from './tokens.js';

export type EnSense =
  | { t: 'country'; id: string; iso: string; form: 'name' | 'adjective' }
  | { t: 'city'; id: string; country: string }
  | { t: 'org'; id: string }
  | { t: 'seat'; id: string; country: string }
  | { t: 'bodykind'; kind: string }
  | { t: 'person'; id: string; short: boolean }
  | { t: 'title'; title: number }
  | { t: 'honorific' }
  | { t: 'counterpart' }
  /** A name that holds other names but is no entity to report (news agencies). */
  | { t: 'none' };

export interface EnEntry {
  sense: EnSense;
  /** An acronym (UN, US, UK): the text must be in capitals too. */
  acronym: boolean;
  /** A proper name: the text must be capitalized. */
  proper: boolean;
}

export interface EnNode {
  next: Map<string, EnNode>;
  entries: EnEntry[] | undefined;
}

export interface EnIndex {
  root: EnNode;
  topics: EnNode;
  /** Short forms (surnames) held by several persons. */
  sharedShort: Set<string>;
  /** Holders of each short form. */
  shortOwners: Map<string, string[]>;
}

/** English honorifics that may stand between a title and a name. */
export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Sheikh', 'Sheikha', 'Sheik', 'Shaikh', 'Prince', 'Princess', 'General', 'Gen', 'Lt', 'Col', 'Colonel', 'Marshal', 'Field Marshal', 'Admiral', 'Ayatollah', 'Grand Ayatollah', 'His Majesty', 'Her Majesty', 'His Highness', 'Her Highness', 'His Royal Highness', 'HRH', 'His Excellency', 'HE', 'Mullah', 'Imam', 'Lord', 'Lady', 'Rev'];
const COUNTERPARTS = ['counterpart', 'counterparts'];

/** Words that are not worth a gazetteer sense on their own, however the data spells them. */
const SKIP_SINGLE = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for']);
/** Body kinds that are not state bodies to report in English. */
const SKIP_KINDS = new Set(['news-agency', 'authorities']);

const same = (a: EnEntry, b: EnEntry) => JSON.stringify(a) === JSON.stringify(b);

function insert(root: EnNode, keys: string[], entry: EnEntry): void {
  if (keys.length === 0) return;
  if (keys.length === 1 && SKIP_SINGLE.has(keys[0]!)) return;
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = { next: new Map(), entries: undefined };
      node.next.set(k, child);
    }
    node = child;
  }
  node.entries ??= [];
  if (!node.entries.some((e) => same(e, entry))) node.entries.push(entry);
}

const isAcronym = (form: string) => {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && !/\s/.test(form.trim());
};

/** English spellings of a body kind: «Ministry of Foreign Affairs», «Foreign Ministry», «Defence Ministry» ... */
export function bodyForms(en: string, words: string[] | undefined): string[] {
  const out = new Set<string>([en]);
  const m = /^Ministry of (?:the )?(.+)$/.exec(en);
  if (m) {
    out.add(`${m[1]} Ministry`);
    if (words?.length) out.add(`${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')} Ministry`);
  }
  for (const f of [...out]) {
    if (/Defen[cs]e/.test(f)) {
      out.add(f.replace('Defence', 'Defense'));
      out.add(f.replace('Defense', 'Defence'));
    }
    if (/Labour/.test(f)) out.add(f.replace('Labour', 'Labor'));
  }
  return [...out];
}

const cache = new WeakMap<Gazetteer, EnIndex>();
let pluginDone = false;

/** The English index of a gazetteer (built on first use, then cached). */
export function englishIndex(g: Gazetteer): EnIndex {
  const hit = cache.get(g);
  if (hit) return hit;
  const root: EnNode = { next: new Map(), entries: undefined };
  const topics: EnNode = { next: new Map(), entries: undefined };
  const words: Record<string, string> = {};
  const addName = (form: string, sense: EnSense, tag?: string) => {
    const acronym = isAcronym(form);
    insert(root, phraseKeys(form), { sense, acronym, proper: true });
    // compromise's lexicon takes lower-case words; acronyms stay out (they would tag «us» as a place).
    if (tag && !acronym && /^[\p{L} .'’-]+$/u.test(form)) words[form.toLowerCase()] = tag;
  };
  const d = g.data;
  for (const c of d.countries) {
    const sense = { t: 'country', id: c.id, iso: c.iso2 } as const;
    for (const f of [c.name.en, ...(c.aliases?.en ?? [])]) addName(f, { ...sense, form: 'name' }, 'Country');
    for (const f of c.adjectives.en ?? []) addName(f, { ...sense, form: 'adjective' }, 'Demonym');
  }
  for (const c of d.cities) for (const f of [c.name.en, ...(c.aliases?.en ?? [])]) addName(f, { t: 'city', id: c.id, country: c.country }, 'City');
  for (const o of d.organizations) for (const f of [o.name.en, ...(o.aliases?.en ?? [])]) addName(f, { t: 'org', id: o.id }, 'Organization');
  for (const s of d.bodies.seats ?? []) {
    for (const f of [s.name.en, ...(s.aliases?.en ?? [])]) {
      const form = f.replace(/^The /, '');
      addName(form, SKIP_KINDS.has(s.kind) ? { t: 'none' } : { t: 'seat', id: s.id, country: s.country }, 'Organization');
    }
  }
  for (const k of d.bodies.kinds ?? []) {
    if (SKIP_KINDS.has(k.kind)) continue;
    for (const f of bodyForms(k.en, k.words)) insert(root, phraseKeys(f), { sense: { t: 'bodykind', kind: k.kind }, acronym: false, proper: false });
  }
  const shortOwners = new Map<string, string[]>();
  for (const p of d.people) {
    for (const f of [p.name.en, ...(p.aliases?.en ?? [])]) addName(f, { t: 'person', id: p.id, short: false }, 'Person');
    for (const f of p.short?.en ?? []) {
      const key = phraseKeys(f).join(' ');
      if (!key) continue;
      const owners = shortOwners.get(key) ?? [];
      if (!owners.includes(p.id)) owners.push(p.id);
      shortOwners.set(key, owners);
      addName(f, { t: 'person', id: p.id, short: true }, 'LastName');
    }
  }
  const sharedShort = new Set([...shortOwners].filter(([, o]) => o.length > 1).map(([k]) => k));
  d.titles.titles.forEach((t, i) => {
    for (const f of t.en ?? []) insert(root, phraseKeys(f), { sense: { t: 'title', title: i }, acronym: false, proper: false });
  });
  for (const f of HONORIFICS) insert(root, phraseKeys(f), { sense: { t: 'honorific' }, acronym: false, proper: true });
  for (const f of COUNTERPARTS) insert(root, phraseKeys(f), { sense: { t: 'counterpart' }, acronym: false, proper: false });
  for (const t of d.topics.topics ?? [])
    for (const f of t.en) insert(topics, phraseKeys(f), { sense: { t: 'org', id: t.code }, acronym: false, proper: false });
  if (!pluginDone) {
    pluginDone = true;
    // never override what compromise already knows of a single word («deal», «nice»)
    const known = (compromise().model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
    const fresh = Object.fromEntries(Object.entries(words).filter(([w]) => w.includes(' ') || !(w in known)));
    compromise().plugin({ words: fresh });
  }
  const index: EnIndex = { root, topics, sharedShort, shortOwners };
  cache.set(g, index);
  return index;
}

/**
 * The English side of a gazetteer, compiled once per extractor: a token trie
 * of every English name, alias, adjective, acronym, title, state-body form and
 * topic phrase, and the extractor's own tagging lexicon (words → compromise
 * tags) generated from the same names, so that compromise tags them as
 * places, people and organizations instead of guessing — custom entries
 * included. Nothing is added to compromise's shared lexicon.
 */
import { compromise } from './nlp.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { EnGrammar } from './grammar.js';
import { triggerTable, type TriggerTable } from './triggers.js';
import { phraseKeys } from './tokens.js';

export type EnSense =
  | { t: 'country'; id: string; iso: string; form: 'name' | 'adjective' }
  | { t: 'city'; id: string; country: string }
  /** A territory that is neither a state nor a city (data/regions.jsonl); disputed ones have no state. */
  | { t: 'region'; id: string; country?: string }
  | { t: 'org'; id: string }
  | { t: 'seat'; id: string; country: string }
  | { t: 'bodykind'; kind: string }
  /** `derived`: the last word of the English name, not a short form of the data (read only after the full name). */
  | { t: 'person'; id: string; short: boolean; derived?: boolean }
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
  /** A name the data writes with a lower-case particle first («von der Leyen», «de Mistura»): its first word may stay lower case. */
  particleFirst?: boolean;
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
  /** The tagging lexicon of this gazetteer (src/english/tokens.ts). */
  tagging: TaggingLexicon;
  grammar: EnGrammar;
  triggers: TriggerTable;
}

/** Lower-case words and phrases → a compromise tag, and the most words of a phrase by its first word. */
export interface TaggingLexicon {
  words: Map<string, string>;
  longest: Map<string, number>;
}


/** Body kinds that are not state bodies to report in English. */
const SKIP_KINDS = new Set(['news-agency', 'authorities']);

const same = (a: EnEntry, b: EnEntry) => JSON.stringify(a) === JSON.stringify(b);

function insert(root: EnNode, keys: string[], entry: EnEntry, skipSingle: (k: string) => boolean = () => false): void {
  if (keys.length === 0) return;
  // words that are not worth a sense on their own, however the data spells them
  if (keys.length === 1 && skipSingle(keys[0]!)) return;
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

/**
 * The tagging lexicon: what compromise's own lexicon knows of a single word
 * stays its own («deal», «nice»); phrases and unknown words take the tag of
 * the gazetteer's name.
 */
function taggingLexicon(words: Map<string, string>): TaggingLexicon {
  const known = (compromise().model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
  const out = new Map<string, string>();
  const longest = new Map<string, number>();
  for (const [w, tag] of words) {
    const parts = w.split(' ');
    if (parts.length === 1 && w in known) continue;
    out.set(w, tag);
    longest.set(parts[0]!, Math.max(longest.get(parts[0]!) ?? 0, parts.length));
  }
  return { words: out, longest };
}

/**
 * The surname of an English name, for a later mention by it alone («Manmohan
 * Singh … Singh said»): its last word, of four letters or more, not a numeral
 * («Abdullah II») and not after a family particle that makes it a family name («Al Thani»).
 */
function surnameOf(name: string, grammar: EnGrammar): string | undefined {
  const parts = name.split(/\s+/);
  const last = parts.at(-1) ?? '';
  if (parts.length < 2 || !/^\p{Lu}[\p{L}'’-]{3,}$/u.test(last) || /^[IVX]+$/.test(last)) return undefined;
  if (grammar.has('nameParticles', phraseKeys(parts.at(-2) ?? '')[0] ?? '') || last.includes('-')) return undefined;
  return last;
}

/**
 * The family name of a name written family name first («Hu Jintao» → Hu, «Roh
 * Moo-hyun» → Roh), for persons of the states that write names so (data/en/grammar.json `familyNameFirst`).
 */
function familyNameFirst(name: string): string | undefined {
  const parts = name.split(/\s+/);
  const first = parts[0] ?? '';
  return parts.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(first) ? first : undefined;
}

/** The English index of a gazetteer: built once by the English reader of an extractor. */
export function englishIndex(g: Gazetteer, grammar: EnGrammar): EnIndex {
  const root: EnNode = { next: new Map(), entries: undefined };
  const topics: EnNode = { next: new Map(), entries: undefined };
  const words = new Map<string, string>();
  const skipSingle = (k: string) => grammar.has('skipSingle', k);
  const addName = (form: string, sense: EnSense, tag?: string) => {
    const acronym = isAcronym(form);
    insert(root, phraseKeys(form), { sense, acronym, proper: true, ...(/^\p{Ll}/u.test(form) && /\s\p{Lu}/u.test(form) ? { particleFirst: true } : {}) }, skipSingle);
    // the tagging lexicon takes lower-case words split as compromise splits them; acronyms stay out (they would tag «us» as a place).
    if (tag && !acronym && /^[\p{L} .'’-]+$/u.test(form)) words.set(form.toLowerCase().replace(/[-‐‑–—]/g, ' ').replace(/\s+/g, ' ').trim(), tag);
  };
  const d = g.data;
  for (const c of d.countries) {
    const sense = { t: 'country', id: c.id, iso: c.iso2 } as const;
    for (const f of [c.name.en, ...(c.aliases?.en ?? [])]) addName(f, { ...sense, form: 'name' }, 'Country');
    for (const f of c.adjectives.en ?? []) addName(f, { ...sense, form: 'adjective' }, 'Demonym');
  }
  for (const c of d.cities) for (const f of [c.name.en, ...(c.aliases?.en ?? [])]) addName(f, { t: 'city', id: c.id, country: c.country }, 'City');
  for (const r of d.regions ?? []) for (const f of [r.name.en, ...(r.aliases?.en ?? [])]) addName(f, { t: 'region', id: r.id, ...(r.country ? { country: r.country } : {}) }, 'Place');
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
  for (const p of d.people) {
    const surname = grammar.has('familyNameFirst', (p.country ?? '').toLowerCase()) ? familyNameFirst(p.name.en) : surnameOf(p.name.en, grammar);
    if (surname && !(p.short?.en ?? []).includes(surname)) insert(root, phraseKeys(surname), { sense: { t: 'person', id: p.id, short: true, derived: true }, acronym: false, proper: true });
  }
  const sharedShort = new Set([...shortOwners].filter(([, o]) => o.length > 1).map(([k]) => k));
  d.titles.titles.forEach((t, i) => {
    for (const f of t.en ?? []) insert(root, phraseKeys(f), { sense: { t: 'title', title: i }, acronym: false, proper: false });
  });
  for (const f of grammar.forms('honorifics')) insert(root, phraseKeys(f), { sense: { t: 'honorific' }, acronym: false, proper: true });
  for (const f of grammar.forms('counterparts')) insert(root, phraseKeys(f), { sense: { t: 'counterpart' }, acronym: false, proper: false });
  for (const t of d.topics.topics ?? [])
    for (const f of t.en) insert(topics, phraseKeys(f), { sense: { t: 'org', id: t.code }, acronym: false, proper: false });
  return { root, topics, sharedShort, shortOwners, tagging: taggingLexicon(words), grammar, triggers: triggerTable(grammar.triggers) };
}

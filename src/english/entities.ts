/**
 * English entities: gazetteer names matched on compromise tokens (longest
 * match first), title phrases («Russian Foreign Minister Sergei Lavrov»,
 * «Italy's Interior Minister», «his Turkish counterpart»), state bodies
 * («the Kremlin», «the Russian Foreign Ministry»), persons by full name, then
 * by surname, and unknown persons after a title or as compromise finds them.
 */
import { compromise } from './nlp.js';
import type { Gazetteer, TitleRecord } from '../gazetteer/index.js';
import { holderOn, rolesOn } from '../resolve/office.js';
import type { MentionKind } from '../types.js';
import type { EnGrammar } from './grammar.js';
import type { EnEntry, EnIndex, EnNode, EnSense } from './lexicon.js';
import { phraseKeys, type EnToken } from './tokens.js';

/** A found mention of an entity. */
export interface EnMention {
  id: string;
  first: number;
  last: number;
  kind: MentionKind;
  confidence: number;
  implicit?: boolean;
}

/**
 * A phrase that can take part in an interaction: a person (with its title
 * and country adjective), a state, an organization, a state body, or a city.
 */
export interface Unit {
  first: number;
  last: number;
  sentence: number;
  /** The participant id, or null (cities, unresolved references without a state). */
  actor: string | null;
  /** A place id (city, region or country) when the unit names one. */
  place: string | null;
  kind: 'person' | 'country' | 'city' | 'region' | 'org' | 'body';
  /** The state of the unit (persons, bodies, cities). */
  country?: string;
  /** Role code of a title phrase (for counterparts). */
  role?: string;
  /** A counterpart phrase whose role is its antecedent's. */
  counterpart?: boolean;
  /** A country named by its adjective alone. */
  adjective?: boolean;
  /** A seat of power's city («the Kremlin» → Moscow): the venue of a meeting held there. */
  venue?: string;
}

export interface UnknownPerson {
  id: string;
  name: string;
  country?: string;
}

export interface EntityResult {
  mentions: EnMention[];
  units: Unit[];
  unknown: Map<string, UnknownPerson>;
}

interface Match {
  first: number;
  last: number;
  entries: EnEntry[];
}


const PRIORITY: Record<EnSense['t'], number> = {
  none: 10, person: 9, org: 8, seat: 7, country: 6, city: 5, region: 4.8, title: 4, bodykind: 3, honorific: 2, counterpart: 1,
};
const rank = (s: EnSense): number => (s.t === 'person' && s.short ? 4.5 : s.t === 'country' && s.form === 'adjective' ? 5.5 : PRIORITY[s.t]);

/** Every trie phrase in tokens (within a sentence) whose case fits. */
function findMatches(tokens: readonly EnToken[], root: EnNode): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node = root.next.get(tokens[i]!.key);
    let j = i + 1;
    while (node) {
      if (node.entries?.length) {
        const span = tokens.slice(i, j);
        const ok = node.entries.filter((e) => {
          if (e.acronym) return span.every((t) => t.upper);
          // a lower-case part after a hyphen belongs to a proper name («Roh Moo-hyun», «Kim Jong-il»)
          if (e.proper) return (span[0]!.cap || !!e.particleFirst) && (span[span.length - 1]!.cap || (span.length > 1 && span[span.length - 2]!.after === '-'));
          return true;
        });
        if (ok.length) out.push({ first: i, last: j, entries: ok });
      }
      const next = tokens[j];
      // a possessive ends a name, unless the name itself goes on («People's Republic of China»)
      if (!next || next.sentence !== tokens[i]!.sentence || (tokens[j - 1]!.poss && !node.next.has(next.key))) break;
      // a comma or a dash ends a name
      if (tokens[j - 1]!.after && tokens[j - 1]!.after !== '-' && !/^[.']$/.test(tokens[j - 1]!.after)) break;
      // a middle initial («Antony J. Blinken») inside a name the gazetteer writes without it
      const initial = /^\p{Lu}\.?$/u.test(next.text) && !node.next.has(next.key) && tokens[j + 1]?.sentence === next.sentence && tokens[j + 1]?.cap;
      if (initial) j++;
      node = node.next.get(tokens[j]!.key);
      j++;
    }
  }
  return out;
}

function selectLongest(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Set<number>();
  const out: Match[] = [];
  for (const m of sorted) {
    let free = true;
    for (let k = m.first; k < m.last; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    for (let k = m.first; k < m.last; k++) taken.add(k);
    out.push(m);
  }
  return out.sort((a, b) => a.first - b.first);
}

/** A token that starts a dateline («MADRID (Reuters) -», «TORONTO --»). */
const isDateline = (tokens: readonly EnToken[], m: Match): boolean => {
  const first = tokens[m.first]!;
  if (m.first > 0 && tokens[m.first - 1]!.sentence === first.sentence) return false;
  const last = tokens[m.last - 1]!;
  return tokens.slice(m.first, m.last).every((t) => t.upper) || /^[-—–:,(]/.test(last.after);
};

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Does compromise's own lexicon know the word? */
const knownWord = (w: string): boolean => w in ((compromise().model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {});

const FUNCTION_TAGS = ['Modal', 'Auxiliary', 'Copula', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'WeekDay', 'Month'];

type Item = { first: number; last: number; sense: EnSense; entries: EnEntry[] };


/** What the entity rules share while they read one text. */
interface Scan {
  tokens: readonly EnToken[];
  g: Gazetteer;
  index: EnIndex;
  grammar: EnGrammar;
  day: string | null;
  items: Item[];
  itemAt: Map<number, Item>;
  covered: Set<number>;
  used: Set<Item>;
  mentions: EnMention[];
  units: Unit[];
  unknown: Map<string, UnknownPerson>;
  fullSeen: Set<string>;
  /** Office years of the persons the text names without doubt (for undated texts). */
  era: Array<[number, number]>;
}

/**
 * A capitalized office word or honorific right before a name makes it a
 * person's («Secretary Austin», «President Lincoln»), whatever else it names.
 */
function afterPersonWord(tokens: readonly EnToken[], index: EnIndex, i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence || !prev.cap || prev.poss || prev.after) return false;
  return prev.tags.has('Actor') || prev.tags.has('Honorific') || index.grammar.has('personNouns', prev.key) || index.grammar.has('honorifics', prev.key);
}

/**
 * The gazetteer phrases of the text, one sense each: the longest match wins;
 * a surname that is a weekday, a month or a function word here is that word;
 * a city that shares its name with its state is the state, unless it opens a dateline.
 */
function readItems(tokens: readonly EnToken[], index: EnIndex): Item[] {
  const particle = (k: string) => index.grammar.has('nameParticles', k);
  const items: Item[] = [];
  const matches = selectLongest(findMatches(tokens, index.root));
  // a surname the data does not list names only a person named in full in the text
  const full = new Set(matches.flatMap((m) => m.entries.map((e) => e.sense)).filter((x) => x.t === 'person' && !x.short).map((x) => (x as { id: string }).id));
  for (const m of matches) {
    const t0 = tokens[m.first]!;
    let entries = m.last - m.first === 1 && (t0.tags.has('Date') || FUNCTION_TAGS.some((tag) => t0.tags.has(tag))) ? m.entries.filter((e) => !(e.sense.t === 'person' && e.sense.short)) : m.entries;
    entries = entries.filter((e) => !(e.sense.t === 'person' && e.sense.derived && !full.has(e.sense.id)));
    if (!entries.length) continue;
    const senses = entries.map((e) => e.sense);
    // a family particle before a hyphen («Al-Aiban») is part of a name, not a name
    if (m.last - m.first === 1 && t0.after === '-' && senses.every((x) => x.t === 'person') && particle(t0.key)) continue;
    let best = [...senses].sort((a, b) => rank(b) - rank(a))[0]!;
    const person = senses.find((s) => s.t === 'person');
    if (person && best.t !== 'person' && afterPersonWord(tokens, index, m.first)) best = person;
    const city = senses.find((s) => s.t === 'city');
    if (city && (best.t === 'country' || best.t === 'region') && isDateline(tokens, m)) best = city;
    items.push({ first: m.first, last: m.last, sense: best, entries });
  }
  return items;
}

const personCountry = (x: Scan, id: string): string | undefined => x.g.people.get(id)?.country ?? x.unknown.get(id)?.country;

/**
 * A person match among its candidates: the one named in full in the text, else
 * the one holding the title's role, else one in office on the day, else (undated)
 * the most recent office-holder.
 */
function pickPerson(x: Scan, it: Item, role?: string, of?: string): string {
  const { g, day } = x;
  const ids = [...new Set(it.entries.map((e) => e.sense).filter((s): s is Extract<EnSense, { t: 'person' }> => s.t === 'person').map((s) => s.id))];
  if (ids.length <= 1) return ids[0] ?? (it.sense as { id: string }).id;
  const titled = titledHolder(x, it, ids);
  if (titled) return titled;
  const seen = ids.filter((id) => x.fullSeen.has(id));
  if (seen.length === 1) return seen[0]!;
  let cands = ids;
  const fit = (f: (id: string) => boolean) => {
    const k = cands.filter(f);
    if (k.length) cands = k;
  };
  if (role || of) fit((id) => (g.people.get(id)?.roles ?? []).some((r) => (!role || r.role === role) && (!of || r.of === of)));
  if (day)
    fit((id) => {
      const p = g.people.get(id);
      return !!p && (p.roles.length === 0 || rolesOn(p, day).length > 0);
    });
  else fit((id) => inEra(x, id));
  const latest = (id: string) => Math.max(0, ...(g.people.get(id)?.roles ?? []).map((r) => Number((r.from ?? '0').slice(0, 4))));
  const rankOf = (id: string) => (day ? 0 : prominence(x, id));
  return [...cands].sort((a, b) => rankOf(b) - rankOf(a) || latest(b) - latest(a))[0]!;
}

/**
 * «King Abdullah» in 2004: a name that opens with an office title, shared by
 * several persons, is the one who held that office on the day (Jordan's king,
 * not Saudi Arabia's crown prince of then).
 */
function titledHolder(x: Scan, it: Item, ids: readonly string[]): string | undefined {
  if (!x.day) return undefined;
  let node = x.index.root.next.get(x.tokens[it.first]!.key);
  let role: string | undefined;
  for (let k = it.first + 1; node && k <= it.last; k++) {
    const t = node.entries?.find((e) => e.sense.t === 'title')?.sense;
    if (t && t.t === 'title') role = x.g.titles[t.title]?.role;
    node = k < it.last ? node.next.get(x.tokens[k]!.key) : undefined;
  }
  if (!role) return undefined;
  const holders = ids.filter((id) => {
    const p = x.g.people.get(id);
    return !!p && rolesOn(p, x.day).some((r) => r.role === role);
  });
  return holders.length === 1 ? holders[0] : undefined;
}

/** The years of a person's offices, as [from, to] (an open office runs to this year). */
function officeYears(x: Scan, id: string): Array<[number, number]> {
  const year = (d: string | undefined, open: number) => (d ? Number(d.slice(0, 4)) : open);
  return (x.g.people.get(id)?.roles ?? []).map((r) => [year(r.from, 0), year(r.to, 9999)]);
}

/**
 * An undated text belongs to the years of the persons it names without doubt:
 * a surname shared by several office-holders («Powell», «Koizumi») names the
 * one who held office in those years. True when nobody fixes the years.
 */
function inEra(x: Scan, id: string): boolean {
  if (!x.era.length) return true;
  return officeYears(x, id).some(([a, b]) => x.era.some(([c, d]) => a <= d && c <= b));
}

/** Undated and still ambiguous: the holder of the highest office (data/en/grammar.json `prominentRoles`, highest first). */
function prominence(x: Scan, id: string): number {
  const order = x.grammar.forms('prominentRoles');
  return Math.max(0, ...(x.g.people.get(id)?.roles ?? []).map((r) => (order.includes(r.role) ? order.length - order.indexOf(r.role) : 0)));
}

/** The office years of the persons named without doubt: by full name, or by a short form only one person has. */
function eraOf(x: Scan): Array<[number, number]> {
  const sure = new Set<string>();
  for (const it of x.items) {
    const ids = new Set(it.entries.map((e) => e.sense).filter((s) => s.t === 'person').map((s) => (s as { id: string }).id));
    if (ids.size === 1) sure.add([...ids][0]!);
  }
  return [...sure].flatMap((id) => officeYears(x, id));
}

/**
 * A person named with a state that is not his («Jordan's King Abdullah» matched
 * the Saudi king's alias): the person of that state whose English name holds the matched words.
 */
function personOfState(x: Scan, it: Item, iso: string | undefined, id: string): string {
  const { g, day } = x;
  if (!iso || !g.people.get(id)?.country || g.people.get(id)?.country === iso) return id;
  const keys = x.tokens.slice(it.first, it.last).map((t) => t.key);
  const fits = g.data.people.filter((p) => p.country === iso && [p.name.en, ...(p.aliases?.en ?? [])].some((f) => keys.every((k) => phraseKeys(f).includes(k))));
  const onDay = day ? fits.filter((p) => rolesOn(p, day).length > 0) : fits;
  return (onDay.length ? onDay : fits)[0]?.id ?? id;
}

/**
 * Capitalized words not matched by anything: an unknown person's name. A
 * lower-case part after a hyphen («Roh Moo-hyun») and a family or tribal
 * particle between capitalized parts («Mosaad bin Mohammed Al-Aiban») belong to it.
 */
function nameRun(x: Scan, from: number, min: number): number {
  const { tokens } = x;
  let j = from;
  while (j < tokens.length && j - from < 6) {
    const t = tokens[j]!;
    const hyphenPart = j > from && tokens[j - 1]!.after === '-';
    const particle = j > from && isParticle(x, j);
    if (t.sentence !== tokens[from]!.sentence || !(t.cap || hyphenPart || particle) || x.covered.has(t.i) || (x.grammar.has('entityStops', t.key) && !particle) || t.tags.has('Date') || t.tags.has('Value')) break;
    if (t.upper && t.text.length > 1 && !tokens[from]!.upper) break;
    j++;
    if (t.poss || (t.after && t.after !== '.' && t.after !== '-')) break;
  }
  while (j > from + 1 && isParticle(x, j - 1)) j--;
  return j - from >= min ? j : from;
}

/** A family or tribal particle («bin», «Al» in «Al-Aiban») that stands between two capitalized parts of a name. */
function isParticle(x: Scan, j: number): boolean {
  const t = x.tokens[j]!;
  const nx = x.tokens[j + 1];
  return x.grammar.has('nameParticles', t.key) && !!nx && nx.sentence === t.sentence && nx.cap && !t.poss;
}

function addUnknown(x: Scan, first: number, last: number, country: string | undefined): string {
  const name = x.tokens
    .slice(first, last)
    .map((t, k, all) => t.text.replace(/['’]s?$/u, '') + (k < all.length - 1 ? (t.after === '-' ? '-' : ' ') : ''))
    .join('');
  const id = `person:~${slug(name)}`;
  if (!x.unknown.has(id)) x.unknown.set(id, { id, name, ...(country ? { country } : {}) });
  for (let k = first; k < last; k++) x.covered.add(k);
  return id;
}

const countryOfItem = (it: Item | undefined): { iso?: string; org?: string } | undefined => {
  if (!it) return undefined;
  if (it.sense.t === 'country') return { iso: it.sense.iso };
  if (it.sense.t === 'org') return { org: it.sense.id };
  return undefined;
};
const nextItem = (x: Scan, it: Item) => x.items[x.items.indexOf(it) + 1];
const adjacent = (x: Scan, a: Item, b: Item | undefined, gap = 0): b is Item => !!b && b.first - a.last <= gap && x.tokens[a.first]!.sentence === x.tokens[b.first]!.sentence;

/** «Chinese leader Xi Jinping», «Iranian hardline cleric X»: only lower-case nouns between a state and a person. */
function qualifierGap(x: Scan, a: Item, b: Item | undefined): boolean {
  const { tokens } = x;
  if (!b || b.first - a.last > 2 || tokens[a.first]!.sentence !== tokens[b.first]!.sentence) return false;
  for (let k = a.last - 1; k < b.first; k++) if (/[,;:]/.test(tokens[k]!.after)) return false;
  return tokens.slice(a.last, b.first).every((t) => !t.cap && /^\p{Ll}+$/u.test(t.text) && !x.grammar.has('entityStops', t.key) && !t.tags.has('Verb') && !t.tags.has('Preposition'));
}

/** «Saudi Crown Prince Mohammed bin Salman» has a title; «Russian leader Putin», «Russia's Putin»: the state qualifies the person. Returns the items used. */
function qualifiedPerson(x: Scan, it: Item): number {
  const r0 = countryOfItem(it);
  const after0 = nextItem(x, it);
  if (!r0 || !after0 || after0.sense.t !== 'person' || !qualifierGap(x, it, after0) || !(r0.iso || after0.first > it.last)) return 0;
  x.mentions.push(...mentionOf(x, it));
  const id = personOfState(x, after0, r0.iso, pickPerson(x, after0));
  x.mentions.push({ id, first: after0.first, last: after0.last, kind: 'name', confidence: after0.sense.short ? 0.85 : 0.95 });
  const c = personCountry(x, id) ?? r0.iso;
  x.units.push({ first: it.first, last: after0.last, sentence: x.tokens[it.first]!.sentence, actor: id, place: null, kind: 'person', ...(c ? { country: c } : {}) });
  x.used.add(after0);
  return 2;
}

interface TitleHead {
  head?: Item;
  ref?: { iso?: string; org?: string };
  title: Item;
}

/** «[Russian|Russia's|UN] [Foreign Minister]» or a bare title / «counterpart»: where a title phrase starts. */
function titleHead(x: Scan, it: Item): TitleHead | undefined {
  const r0 = countryOfItem(it);
  const after0 = nextItem(x, it);
  if (r0 && after0 && (after0.sense.t === 'title' || after0.sense.t === 'counterpart') && adjacent(x, it, after0) && !x.tokens[it.last - 1]!.after.match(/[,;]/)) return { head: it, ref: r0, title: after0 };
  if (it.sense.t === 'title' || it.sense.t === 'counterpart') return { title: it };
  return undefined;
}

/**
 * A title phrase: «[state] [title(s)] [of X] [honorific] [name]». With a
 * gazetteer name, that person; with unknown capitalized words, an unknown
 * person; with no name, the holder of the office on the day (an implicit
 * person), else the state or organization the title names.
 */
function titlePhrase(x: Scan, th: TitleHead): void {
  const { tokens, g, day } = x;
  const sentence = tokens[th.title.first]!.sentence;
  const counterpart = th.title.sense.t === 'counterpart';
  let ref = th.ref;
  let cursor = th.title;
  // several titles in a row («Deputy Prime Minister and Foreign Minister»); a possessive title owns the next one («the Pope's envoy»: another person)
  for (let nx = nextItem(x, cursor); nx && nx.sense.t === 'title' && adjacent(x, cursor, nx, 1) && !tokens[cursor.last - 1]!.poss; nx = nextItem(x, cursor)) cursor = nx;
  let end = cursor.last;
  if (!ref && tokens[end]?.key === 'of') {
    const cand = x.itemAt.get(end + (tokens[end + 1]?.key === 'the' ? 2 : 1));
    const r = countryOfItem(cand);
    if (cand && r) {
      ref = r;
      end = cand.last;
      x.used.add(cand);
      x.mentions.push(...mentionOf(x, cand));
    }
  }
  let k = end;
  // «Egypt's army chief, General X»: a name in apposition after a comma
  const comma = /^,$/.test(tokens[k - 1]?.after ?? '');
  const apposed = comma && (['honorific', 'person'].includes(x.itemAt.get(k)?.sense.t ?? '') || apposedName(x, k));
  while (x.itemAt.get(k)?.sense.t === 'honorific') k = x.itemAt.get(k)!.last;
  const nameItem = x.itemAt.get(k);
  const title = th.title.sense.t === 'title' ? g.titles[th.title.sense.title] : undefined;
  const role = title?.role;
  const iso = ref?.iso ?? title?.country;
  const of = ref?.org ?? iso;
  if (th.head) {
    x.used.add(th.head);
    x.mentions.push(...mentionOf(x, th.head));
  }
  x.used.add(th.title);
  const tFirst = th.head?.first ?? th.title.first;
  const extra = { ...(role ? { role } : {}) };
  if (nameItem && nameItem.sense.t === 'person' && tokens[nameItem.first]!.sentence === sentence) {
    const id = personOfState(x, nameItem, iso, pickPerson(x, nameItem, role, of));
    x.used.add(nameItem);
    x.mentions.push({ id, first: nameItem.first, last: nameItem.last, kind: 'name', confidence: nameItem.sense.short ? 0.85 : 0.95 });
    const c = personCountry(x, id);
    x.units.push({ first: tFirst, last: nameItem.last, sentence, actor: id, place: null, kind: 'person', ...(c ? { country: c } : {}), ...extra });
    return;
  }
  const run = tokens[k]?.sentence === sentence && (apposed || !/[.,;:!?]/.test(tokens[k - 1]!.after)) ? nameRun(x, k, 1) : k;
  // one word after a title is a name only when compromise knows it as one, or not at all («Premier League» is no person)
  const lone = run - k === 1 && !['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].some((tag) => tokens[k]!.tags.has(tag)) && knownWord(tokens[k]!.key);
  if (run - k === 1 && holderBySurname(x, { first: tFirst, name: k, sentence }, iso, role)) return;
  if (run > k && !lone && !(run - k === 1 && tokens[k]!.tags.has('Verb'))) {
    const state = iso ?? stateAfter(x, run);
    const id = addUnknown(x, k, run, state);
    x.mentions.push({ id, first: k, last: run, kind: 'name', confidence: 0.6 });
    x.units.push({ first: tFirst, last: run, sentence, actor: id, place: null, kind: 'person', ...(state ? { country: state } : {}), ...extra });
    return;
  }
  unnamedTitle(x, { first: tFirst, last: end, sentence, counterpart, ...(ref ? { ref } : {}), ...(title ? { title } : {}), ...(iso ? { iso } : {}), ...(of ? { of } : {}) });
}

/** Binds the one word after a title at `at.name` to the office-holder it names (officeHolderBySurname): its mention and its unit from the title on. */
function holderBySurname(x: Scan, at: { first: number; name: number; sentence: number }, iso: string | undefined, role: string | undefined): boolean {
  const holder = officeHolderBySurname(x, x.tokens[at.name]!.key, iso, role);
  if (!holder) return false;
  x.mentions.push({ id: holder, first: at.name, last: at.name + 1, kind: 'name', confidence: 0.8 });
  x.covered.add(at.name);
  x.units.push({ first: at.first, last: at.name + 1, sentence: at.sentence, actor: holder, place: null, kind: 'person', ...(iso ? { country: iso } : {}), ...(role ? { role } : {}) });
  return true;
}

/**
 * «Chinese President Hu», «Chinese leader Hu»: one word after a title of a
 * state that is the family name of the one person of that state in the data
 * who held that office (any office where the title names none) — on the day
 * when the text has one — is that person. The family name is the first word
 * where names are written family name first (data/en/grammar.json
 * `familyNameFirst`), else the last.
 */
function officeHolderBySurname(x: Scan, key: string, iso: string | undefined, role: string | undefined): string | undefined {
  if (!iso) return undefined;
  const first = x.grammar.has('familyNameFirst', iso.toLowerCase());
  const family = (name: string) => {
    const keys = phraseKeys(name);
    return first ? keys[0] : keys.at(-1);
  };
  const fits = x.g.data.people.filter((p) => p.country === iso && family(p.name.en) === key && p.roles.some((r) => !role || r.role === role));
  const onDay = x.day ? fits.filter((p) => rolesOn(p, x.day).some((r) => !role || r.role === role)) : fits;
  return onDay.length === 1 ? onDay[0]!.id : undefined;
}

/** «Foreign Minister X of Moldova»: the state named right after a person's name, after «of [the]». */
function stateAfter(x: Scan, k: number): string | undefined {
  if (x.tokens[k]?.key !== 'of') return undefined;
  const cand = x.itemAt.get(k + (x.tokens[k + 1]?.key === 'the' ? 2 : 1));
  return cand?.sense.t === 'country' ? cand.sense.iso : undefined;
}

/** «the Minister of Foreign Affairs of Moldova, Varlen Tosku.»: two or more capitalized words after the comma that close the phrase (a comma, a period, the sentence end). */
function apposedName(x: Scan, k: number): boolean {
  const run = nameRun(x, k, 2);
  const last = x.tokens[run - 1];
  const next = x.tokens[run];
  return run > k && !!last && (!next || next.sentence !== last.sentence || /^[,.;]$/.test(last.after));
}

/**
 * «Varlen Tosku, the Foreign Minister of Moldova»: a title after a name, a
 * comma and «the» is that person's — a person already read, or capitalized
 * words read as an unknown person of the title's state. True when it was.
 */
function appositionBefore(x: Scan, t: { first: number; last: number; sentence: number; iso?: string }): boolean {
  const { tokens } = x;
  let k = t.first - 1;
  if (tokens[k]?.key === 'the') k--;
  if (k < 0 || tokens[k]!.after !== ',' || tokens[k]!.sentence !== t.sentence) return false;
  const known = x.units.find((u) => u.last === k + 1 && u.kind === 'person' && u.actor);
  if (known?.actor) {
    x.mentions.push({ id: known.actor, first: t.first, last: t.last, kind: 'title', confidence: 0.6 });
    return true;
  }
  let j = k;
  while (j > 0 && k - j < 3 && tokens[j - 1]!.cap && !tokens[j - 1]!.after && tokens[j - 1]!.sentence === t.sentence && !x.covered.has(j - 1) && !officeWord(x, tokens[j - 1]!)) j--;
  if (k - j < 1 || x.covered.has(k) || !tokens[k]!.cap || x.grammar.has('entityStops', tokens[j]!.key)) return false;
  const id = addUnknown(x, j, k + 1, t.iso);
  x.mentions.push({ id, first: j, last: k + 1, kind: 'name', confidence: 0.55 }, { id, first: t.first, last: t.last, kind: 'title', confidence: 0.55 });
  x.units.push({ first: j, last: k + 1, sentence: t.sentence, actor: id, place: null, kind: 'person', ...(t.iso ? { country: t.iso } : {}) });
  return true;
}

/**
 * A title with no name: the holder of the office on the day (an implicit
 * person), else the state or organization the title names («the Russian foreign minister» undated).
 */
function unnamedTitle(x: Scan, t: { first: number; last: number; sentence: number; counterpart: boolean; ref?: { iso?: string; org?: string }; title?: TitleRecord; iso?: string; of?: string }): void {
  if (appositionBefore(x, t)) return;
  const role = t.title?.role;
  const extra = { ...(role ? { role } : {}), ...(t.iso ? { country: t.iso } : {}) };
  let holderId: string | undefined;
  if (x.day && role && t.of) {
    const note = t.title?.note ?? (role === 'head-of-state' ? null : undefined);
    holderId = holderOn(x.g, { role, of: t.of, date: x.day, ...(note !== undefined ? { note } : {}) })?.person.id;
  }
  if (holderId) {
    x.mentions.push({ id: holderId, first: t.first, last: t.last, kind: t.counterpart ? 'counterpart' : 'title', confidence: 0.6, implicit: true });
    x.units.push({ first: t.first, last: t.last, sentence: t.sentence, actor: holderId, place: null, kind: 'person', ...extra });
  } else if (t.ref || t.counterpart) {
    const actor = t.ref?.org ?? (t.iso ? `country:${t.iso}` : null);
    x.units.push({ first: t.first, last: t.last, sentence: t.sentence, actor, place: null, kind: t.ref?.org ? 'org' : 'country', ...extra, ...(t.counterpart ? { counterpart: true } : {}) });
  }
}

/** A state body: «[Russian|Turkey's|US] Foreign Ministry», «the Bush administration» (a person's state). Returns the items used. */
function statedBody(x: Scan, it: Item): number {
  const r0 = countryOfItem(it);
  const after0 = nextItem(x, it);
  if (!(r0 || it.sense.t === 'person') || !after0 || after0.sense.t !== 'bodykind' || !adjacent(x, it, after0)) return 0;
  const iso = r0?.iso ?? (it.sense.t === 'person' ? personCountry(x, pickPerson(x, it)) : undefined);
  if (!iso) return 0;
  if (r0) x.mentions.push(...mentionOf(x, it));
  else x.mentions.push({ id: pickPerson(x, it), first: it.first, last: it.last, kind: 'name', confidence: 0.9 });
  const id = `body:${iso}:${after0.sense.kind}`;
  if (x.g.view(id) && !x.grammar.has('personNouns', x.tokens[after0.last]?.key ?? '')) {
    x.mentions.push({ id, first: it.first, last: after0.last, kind: 'name', confidence: 0.85 });
    x.units.push({ first: it.first, last: after0.last, sentence: x.tokens[it.first]!.sentence, actor: id, place: null, kind: 'body', country: iso });
  } else if (r0) {
    // «a Kenyan foreign ministry spokesman»: no body, but the state is named
    const u = unitOf(x, it);
    if (u) x.units.push(u);
  }
  x.used.add(it);
  x.used.add(after0);
  return 2;
}

/** «Ministry of Foreign Affairs of Russia»: a body kind, then «of [the]» a state. */
function bodyOfState(x: Scan, it: Item): void {
  if (it.sense.t !== 'bodykind' || x.tokens[it.last]?.key !== 'of') return;
  const cand = x.itemAt.get(it.last + (x.tokens[it.last + 1]?.key === 'the' ? 2 : 1));
  if (!cand || cand.sense.t !== 'country') return;
  const id = `body:${cand.sense.iso}:${it.sense.kind}`;
  if (!x.g.view(id)) return;
  x.mentions.push({ id, first: it.first, last: cand.last, kind: 'name', confidence: 0.85 }, ...mentionOf(x, cand));
  x.units.push({ first: it.first, last: cand.last, sentence: x.tokens[it.first]!.sentence, actor: id, place: null, kind: 'body', country: cand.sense.iso });
  x.used.add(cand);
}

/** An honorific before capitalized words that name nobody known («Mr Quennick»): an unknown person. */
function honorificName(x: Scan, it: Item): void {
  if (x.itemAt.get(it.last)) return;
  const run = nameRun(x, it.last, 1);
  if (run <= it.last) return;
  const id = addUnknown(x, it.last, run, undefined);
  x.mentions.push({ id, first: it.last, last: run, kind: 'name', confidence: 0.55 });
  x.units.push({ first: it.first, last: run, sentence: x.tokens[it.first]!.sentence, actor: id, place: null, kind: 'person' });
}

function mentionOf(x: Scan, it: Item): EnMention[] {
  const s = it.sense;
  const { tokens } = x;
  switch (s.t) {
    case 'country':
      return [{ id: s.id, first: it.first, last: it.last, kind: s.form === 'adjective' ? 'adjective' : 'name', confidence: s.form === 'adjective' ? 0.85 : 0.95 }];
    case 'seat': {
      // «US Congress», «Israeli Knesset»: the state named inside the body's name
      const out: EnMention[] = x.grammar.has('personNouns', tokens[it.last]?.key ?? '') ? [] : [{ id: s.id, first: it.first, last: it.last, kind: 'name', confidence: 0.9 }];
      let node = x.index.root.next.get(tokens[it.first]!.key);
      for (let k = it.first + 1; node && k < it.last; k++) {
        const c = node.entries?.find((e) => e.sense.t === 'country' && (!e.acronym || tokens[k - 1]!.upper));
        if (c && c.sense.t === 'country') {
          out.push({ id: c.sense.id, first: it.first, last: k, kind: c.sense.form === 'adjective' ? 'adjective' : 'name', confidence: 0.85 });
          break;
        }
        node = node.next.get(tokens[k]!.key);
      }
      return out;
    }
    case 'city':
    case 'region':
    case 'org':
      return [{ id: s.id, first: it.first, last: it.last, kind: 'name', confidence: 0.9 }];
    case 'person':
      return [{ id: pickPerson(x, it), first: it.first, last: it.last, kind: 'name', confidence: s.short ? 0.85 : 0.95 }];
    default:
      return [];
  }
}

function unitOf(x: Scan, it: Item): Unit | undefined {
  const s = it.sense;
  const sentence = x.tokens[it.first]!.sentence;
  switch (s.t) {
    case 'country':
      return { first: it.first, last: it.last, sentence, actor: s.id, place: s.id, kind: 'country', country: s.iso, ...(s.form === 'adjective' ? { adjective: true } : {}) };
    case 'city':
      return { first: it.first, last: it.last, sentence, actor: null, place: s.id, kind: 'city', country: s.country };
    case 'region':
      return { first: it.first, last: it.last, sentence, actor: null, place: s.id, kind: 'region', ...(s.country ? { country: s.country } : {}) };
    case 'org':
      return { first: it.first, last: it.last, sentence, actor: s.id, place: null, kind: 'org' };
    case 'seat':
      // «a State Department spokesman»: an official of the body's state speaks, the body is no entity here
      if (x.grammar.has('personNouns', x.tokens[it.last]?.key ?? '')) return { first: it.first, last: it.last, sentence, actor: `country:${s.country}`, place: null, kind: 'country', country: s.country };
      const venue = x.g.seats.get(s.id)?.city;
      return { first: it.first, last: it.last, sentence, actor: s.id, place: null, kind: 'body', country: s.country, ...(venue ? { venue } : {}) };
    case 'person': {
      const id = pickPerson(x, it);
      const c = personCountry(x, id);
      return { first: it.first, last: it.last, sentence, actor: id, place: null, kind: 'person', ...(c ? { country: c } : {}) };
    }
    default:
      return undefined;
  }
}

/**
 * A surname of a known person after capitalized given names that match
 * nothing, with family or tribal particles between («Mosaad bin Mohammed
 * Al-Aiban»): one person, named from the first given name. Returns where the name starts.
 */
function givenNamesBefore(x: Scan, it: Item): number {
  const { tokens } = x;
  let k = it.first;
  while (k > 0) {
    const t = tokens[k - 1]!;
    if (t.sentence !== tokens[it.first]!.sentence || x.covered.has(k - 1) || t.poss || (t.after && t.after !== '-')) break;
    const given = t.cap && !t.upper && !x.grammar.has('entityStops', t.key) && (PERSON_TAGS.some((tag) => t.tags.has(tag)) || !knownWord(t.key));
    if (!given && !(isParticle(x, k - 1) && k - 1 > 0 && tokens[k - 2]!.cap)) break;
    k--;
  }
  while (k < it.first && isParticle(x, k)) k++;
  for (let j = k; j < it.first; j++) x.covered.add(j);
  return k;
}

/**
 * «Apple CEO Tim Cook»: a known first name right before a surname the data
 * lists, that is none of the listed person's name words, names someone else
 * of that surname (an unknown person), not Robin Cook.
 */
function otherGivenName(x: Scan, it: Item): boolean {
  if (it.sense.t !== 'person' || !it.sense.short) return false;
  const given = x.tokens.slice(it.first, it.last).filter((t) => PERSON_TAGS.slice(1).some((tag) => t.tags.has(tag)) && !x.grammar.has('nameParticles', t.key));
  const person = x.g.people.get(it.sense.id);
  if (!given.length || !person) return false;
  const words = new Set([person.name.en, ...(person.aliases?.en ?? []), ...(person.short?.en ?? [])].flatMap((f) => phraseKeys(f)));
  return given.some((t) => !words.has(t.key));
}

/** Walks the gazetteer phrases, trying the phrase rules in order (order here matters), else the phrase alone. */
function readPhrases(x: Scan): void {
  for (let n = 0; n < x.items.length; n++) {
    const it = x.items[n]!;
    if (x.used.has(it)) continue;
    const th = titleHead(x, it);
    if (!th) {
      const taken = qualifiedPerson(x, it) || statedBody(x, it);
      if (taken) {
        n += taken - 1;
        continue;
      }
    }
    if (th) titlePhrase(x, th);
    else if (it.sense.t === 'bodykind') bodyOfState(x, it);
    else if (it.sense.t === 'honorific') honorificName(x, it);
    else {
      const wide = it.sense.t === 'person' && it.sense.short ? { ...it, first: givenNamesBefore(x, it) } : it;
      if (otherGivenName(x, wide)) {
        const id = addUnknown(x, wide.first, wide.last, undefined);
        x.mentions.push({ id, first: wide.first, last: wide.last, kind: 'name', confidence: 0.5 });
        x.units.push({ first: wide.first, last: wide.last, sentence: x.tokens[wide.first]!.sentence, actor: id, place: null, kind: 'person' });
        continue;
      }
      x.mentions.push(...mentionOf(x, wide));
      const u = unitOf(x, wide);
      if (u) x.units.push(u);
    }
  }
}

const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName'];

/** Two or more capitalized words that compromise tags as a person, matched by nothing else: an unknown person (particles inside kept). */
function compromisePersons(x: Scan): void {
  const { tokens } = x;
  const bySentence = new Map<number, EnToken[]>();
  for (const t of tokens) {
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t);
    bySentence.set(t.sentence, list);
  }
  const seen = new Map<number, boolean>();
  const headline = (n: number) => seen.get(n) ?? seen.set(n, titleCase(x, bySentence.get(n) ?? [])).get(n)!;
  const fits = (j: number, i: number) => {
    const t = tokens[j]!;
    if (t.sentence !== tokens[i]!.sentence || x.covered.has(j)) return false;
    if (j > i && isParticle(x, j)) return true;
    return (t.cap || (j > i && tokens[j - 1]!.after === '-')) && !x.grammar.has('entityStops', t.key) && (t.tags.has('Person') || t.tags.has('ProperNoun') || t.tags.has('LastName'));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // a trigger word in a title-case headline («Annan, Bashir Discuss Darfur Crisis») opens no name
    if (x.covered.has(i) || !t.cap || !PERSON_TAGS.some((tag) => t.tags.has(tag)) || officeWord(x, t) || x.index.triggers.verbs.has(t.key) || headline(t.sentence)) continue;
    let j = i;
    while (j < tokens.length && j - i < 6 && fits(j, i)) {
      j++;
      if (tokens[j - 1]!.poss || (tokens[j - 1]!.after && tokens[j - 1]!.after !== '-')) break;
    }
    while (j > i + 1 && isParticle(x, j - 1)) j--;
    if (j - i < 2 || tokens.slice(i, j).every((y) => y.upper)) continue;
    const state = stateBefore(x, i);
    const id = addUnknown(x, i, j, state);
    x.mentions.push({ id, first: i, last: j, kind: 'name', confidence: 0.5 });
    x.units.push({ first: i, last: j, sentence: t.sentence, actor: id, place: null, kind: 'person', ...(state ? { country: state } : {}) });
    i = j - 1;
  }
}

/**
 * «Kenya's X», «Kenyan X»: a state's possessive or adjective right before a
 * name is the state of the person named; so is a state's possessive before a
 * short description of him in lower case («China's top legislator X»).
 */
function stateBefore(x: Scan, i: number): string | undefined {
  const prev = x.items.find((it) => it.last === i);
  if (prev?.sense.t === 'country' && !x.tokens[i - 1]!.after) return prev.sense.form === 'adjective' || x.tokens[i - 1]!.poss ? prev.sense.iso : undefined;
  return possessiveStateBefore(x, i);
}

/** «China's top legislator X»: a state in the possessive, then one to three lower-case words (no verb, no punctuation) right before the name. */
function possessiveStateBefore(x: Scan, i: number): string | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = x.tokens[k]!;
    if (t.sentence !== x.tokens[i]!.sentence || t.cap || t.after || t.tags.has('Verb') || x.grammar.has('entityStops', t.key)) return undefined;
    const owner = x.items.find((it) => it.last === k);
    if (owner?.sense.t === 'country' && x.tokens[k - 1]!.poss && !x.tokens[k - 1]!.after) return owner.sense.iso;
  }
  return undefined;
}

/** An office word or honorific («Secretary», «Deputy», «Sheikh»): it opens no unknown name. */
function officeWord(x: Scan, t: EnToken): boolean {
  return x.grammar.has('personNouns', t.key) || x.grammar.has('honorifics', t.key) || t.tags.has('Honorific') || t.tags.has('Actor');
}

/**
 * «The Secretary also met …», «the Prime Minister said»: a capitalized office
 * title after «the», with no name and no state, names the nearest person
 * before it whose title held the same words («Secretary of State Antony J. Blinken»),
 * unless that person is named in the same sentence (then the title is someone else's).
 */
function titleReferences(x: Scan): void {
  const { tokens } = x;
  const inUnit = new Set(x.units.flatMap((u) => Array.from({ length: u.last - u.first }, (_, n) => u.first + n)));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.key !== 'the') continue;
    const free = (k: number) => !!tokens[k] && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.cap && !inUnit.has(k);
    let j = i + 1;
    while (free(j + 1) && j - i < 3 && !(officeWord(x, tokens[j]!) && !officeWord(x, tokens[j + 1]!))) j++;
    const head = tokens[j];
    if (!head || !free(j) || !officeWord(x, head)) continue;
    const next = tokens[j + 1];
    if (next && next.sentence === head.sentence && (next.cap || next.key === 'of') && !head.after) continue;
    const keys = tokens.slice(i + 1, j + 1).map((t) => t.key);
    const ante = [...x.units].reverse().find((u) => u.last <= i && u.kind === 'person' && u.actor && holdsWords(tokens, u, keys)) ?? bareTitleHolder(x, i + 1, j + 1);
    // «The Prime Minister spoke to the Prime Minister of Greece, X»: one named in the sentence is the other party
    if (!ante?.actor || x.units.some((u) => u.sentence === head.sentence && u.actor === ante.actor)) continue;
    x.mentions.push({ id: ante.actor, first: i + 1, last: j + 1, kind: 'title', confidence: 0.6 });
    x.units.push({ ...ante, first: i + 1, last: j + 1, sentence: head.sentence });
    i = j;
  }
}

/**
 * «The Prime Minister spoke to President X of Ukraine … the UK's support»: a
 * bare office title that names nobody before it is the holder of that office,
 * on the day, in the one state the text names (a dateline included) that no
 * named person of the text belongs to; a readout's bare «the Secretary»
 * (data/en/grammar.json `secretaryTitles`) is that state's foreign minister.
 */
function bareTitleHolder(x: Scan, first: number, last: number): Unit | undefined {
  if (!x.day) return undefined;
  const keys = x.tokens.slice(first, last).map((t) => t.key).join(' ');
  const title = x.grammar.has('secretaryTitles', keys) ? undefined : titleOfPhrase(x, first, last);
  const role = title ? title.role : x.grammar.has('secretaryTitles', keys) ? 'foreign-minister' : undefined;
  if (!role || title?.org || title?.generic || title?.note) return undefined;
  // a state the text attributes something to: by its adjective («British aid»), a possessive («the UK's support») or a dateline, not a place talked about («the war in Ukraine»)
  const owner = (u: Unit) => (u.kind === 'country' && (u.adjective || x.tokens[u.last - 1]!.poss)) || (u.kind === 'city' && u.first === 0);
  const named = new Set(x.units.filter(owner).map((u) => u.country).filter((c): c is string => !!c));
  for (const u of x.units) if (u.kind === 'person' && u.country) named.delete(u.country);
  const state = title?.country ?? (named.size === 1 ? [...named][0] : undefined);
  if (!state) return undefined;
  const holder = holderOn(x.g, { role, of: state, date: x.day, ...(role === 'head-of-state' ? { note: null } : {}) });
  if (!holder) return undefined;
  return { first, last, sentence: x.tokens[first]!.sentence, actor: holder.person.id, place: null, kind: 'person', country: state };
}

/** The office title the whole phrase [first, last) names, if any. */
function titleOfPhrase(x: Scan, first: number, last: number): { role: string; country?: string; org?: string; generic?: boolean; note?: string } | undefined {
  let node: EnNode | undefined = x.index.root;
  for (let k = first; node && k < last; k++) node = node.next.get(x.tokens[k]!.key);
  const t = node?.entries?.find((e) => e.sense.t === 'title')?.sense;
  return t && t.t === 'title' ? x.g.titles[t.title] : undefined;
}

/** Does the unit's phrase hold these words in a row? */
function holdsWords(tokens: readonly EnToken[], u: Unit, keys: readonly string[]): boolean {
  const span = tokens.slice(u.first, u.last).map((t) => t.key);
  return span.some((_, k) => keys.every((w, n) => span[k + n] === w));
}

/**
 * A headline in title case («Annan, Bashir Discuss Darfur Crisis»): most common
 * words of four letters or more are capitalized inside it, so capitals name nobody there.
 */
function titleCase(x: Scan, words: readonly EnToken[]): boolean {
  const inside = (t: EnToken) => t !== words[0] && t.cap && !x.covered.has(t.i);
  // a verb of interaction capitalized inside a sentence («Discuss», «Meets») is a headline's
  if (words.some((t) => inside(t) && x.index.triggers.verbs.has(t.key) && !officeWord(x, t))) return true;
  const common = words.filter((t) => /^\p{L}{4,}$/u.test(t.text) && !x.covered.has(t.i) && !officeWord(x, t) && ![...PERSON_TAGS, 'LastName', 'Place'].some((tag) => t.tags.has(tag)) && knownWord(t.key));
  const caps = common.filter(inside).length;
  return caps >= 2 && caps >= 0.6 * common.length;
}

/** An unknown person named again by the last part of the name. */
function laterSurnames(x: Scan): void {
  const bySurname = new Map<string, string>();
  for (const p of x.unknown.values()) {
    const parts = p.name.split(/[ -]/);
    if (parts.length >= 2) bySurname.set(parts[parts.length - 1]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''), p.id);
  }
  x.tokens.forEach((t, i) => {
    const id = bySurname.get(t.key);
    if (!id || x.covered.has(i) || !t.cap) return;
    x.covered.add(i);
    x.mentions.push({ id, first: i, last: i + 1, kind: 'name', confidence: 0.5 });
    const c = x.unknown.get(id)?.country;
    x.units.push({ first: i, last: i + 1, sentence: t.sentence, actor: id, place: null, kind: 'person', ...(c ? { country: c } : {}) });
  });
}

/** «his Turkish counterpart»: the holder, on the day, of the antecedent's office in the counterpart's state (the antecedent: the nearest person before it in the sentence). */
function counterparts(x: Scan): void {
  const { g, day, units } = x;
  for (const u of units) {
    if (!u.counterpart || !u.country || !day) continue;
    const ante = [...units].reverse().find((v) => v.sentence === u.sentence && v.last <= u.first && v.kind === 'person');
    const person = ante?.actor ? g.people.get(ante.actor) : undefined;
    const role = ante?.role ?? (person ? rolesOn(person, day).find((r) => /^[A-Z]{2}$/.test(r.of))?.role : undefined);
    if (!role) continue;
    const holder = holderOn(g, { role, of: u.country, date: day, ...(role === 'head-of-state' ? { note: null } : {}) });
    if (!holder) continue;
    u.actor = holder.person.id;
    u.kind = 'person';
    u.role = role;
    x.mentions.push({ id: holder.person.id, first: u.first, last: u.last, kind: 'counterpart', confidence: 0.6, implicit: true });
  }
}

/**
 * A generational suffix after a person's name belongs to the name: «Joseph R.
 * Biden, Jr.'s meeting», «Lloyd J. Austin III» (the mention and the unit take it,
 * and with it a possessive ending).
 */
function nameSuffixes(x: Scan): void {
  const { tokens } = x;
  for (const u of x.units) {
    const t = tokens[u.last];
    const prev = tokens[u.last - 1];
    if (u.kind !== 'person' || !t || !prev || t.sentence !== u.sentence || !t.cap || prev.poss || !x.grammar.has('nameSuffixes', t.key)) continue;
    if (prev.after && prev.after !== ',') continue;
    const m = x.mentions.find((y) => y.id === u.actor && y.last === u.last && y.kind === 'name');
    if (m) m.last++;
    u.last++;
    x.covered.add(t.i);
  }
}

/** Finds the entities of an English text: the gazetteer phrases, the phrase rules, unknown persons, counterparts. */
export function findEntities(tokens: readonly EnToken[], g: Gazetteer, index: EnIndex, day: string | null): EntityResult {
  const items = readItems(tokens, index);
  const x: Scan = { tokens, g, index, grammar: index.grammar, day, items, itemAt: new Map(items.map((it) => [it.first, it])), covered: new Set(), used: new Set(), mentions: [], units: [], unknown: new Map(), fullSeen: new Set(), era: [] };
  for (const it of items) {
    for (let k = it.first; k < it.last; k++) x.covered.add(k);
    if (it.sense.t === 'person' && !it.sense.short) x.fullSeen.add(it.sense.id);
  }
  if (!day) x.era = eraOf(x);
  readPhrases(x);
  nameSuffixes(x);
  compromisePersons(x);
  laterSurnames(x);
  x.units.sort((a, b) => a.first - b.first);
  titleReferences(x);
  x.units.sort((a, b) => a.first - b.first);
  counterparts(x);
  regionCities(x);
  capitalsByAdjective(x);
  return { mentions: x.mentions, units: x.units, unknown: x.unknown };
}

/**
 * «the West Bank city of Ramallah», «the Kurdistan Region town of Erbil»: a region
 * named before a word of a settlement and «of» only locates the city that follows;
 * the phrase is one place, the city (the region stays a mention).
 */
function regionCities(x: Scan): void {
  x.units = x.units.filter((u, i) => {
    const next = x.units[i + 1];
    if (u.kind !== 'region' || !next || next.kind !== 'city' || next.first !== u.last + 2) return true;
    if (!x.grammar.has('settlementNouns', x.tokens[u.last]!.key) || x.tokens[u.last + 1]!.key !== 'of') return true;
    next.first = u.first;
    return false;
  });
}

/**
 * «arrived in the Iraqi capital», «talks in the Qatari capital on Monday»: an
 * article, a state's adjective (or its name used as one: «the Saudi capital»)
 * and the noun of a capital (data/en/grammar.json `capitalNouns`) name that
 * state's capital city (data/countries.jsonl `capital`). Where the
 * city's own name follows («the Syrian capital Damascus», «the Iraqi capital,
 * Baghdad»), the phrase is that city. Either way the phrase is one place, the
 * city; the adjective stays a mention of the state.
 */
function capitalsByAdjective(x: Scan): void {
  const drop = new Set<Unit>();
  for (const u of x.units) {
    const noun = x.tokens[u.last];
    const article = x.grammar.has('determiners', x.tokens[u.first - 1]?.key ?? '');
    if (u.kind !== 'country' || !article || !u.country || !noun || noun.sentence !== u.sentence || !x.grammar.has('capitalNouns', noun.key)) continue;
    const named = x.units.find((v) => v.kind === 'city' && v.first > u.last && v.first <= u.last + 2 && v.country === u.country);
    if (named) {
      named.first = u.first;
      drop.add(u);
      continue;
    }
    if (x.units.some((v) => v.kind === 'city' && v.first > u.last && v.first <= u.last + 2) || moneyCapital(x, u)) continue;
    const capital = x.g.countries.get(u.country)?.capital;
    if (!capital || !x.g.cities.get(capital)) continue;
    x.mentions.push({ id: capital, first: u.first, last: u.last + 1, kind: 'reference', confidence: 0.85 });
    Object.assign(u, { last: u.last + 1, actor: null, place: capital, kind: 'city' });
    delete u.adjective;
  }
  x.units = x.units.filter((u) => !drop.has(u));
}

/** «Chinese capital markets», «Saudi capital flows»: a common noun right after «capital» makes it money, no city. */
function moneyCapital(x: Scan, u: Unit): boolean {
  const noun = x.tokens[u.last]!;
  const after = x.tokens[u.last + 1];
  return !!after && after.sentence === u.sentence && !noun.after && !after.cap && after.tags.has('Noun') && !after.tags.has('Pronoun');
}

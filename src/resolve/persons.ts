/**
 * Persons: a name (choosing among homonyms by the date), a surname alone, a
 * given name after a monarch's title, a role's holder on the day, and the
 * unknown person a title introduces.
 */
import { skeleton, variantKeys, type Gazetteer, type PersonRecord, type RoleRecord, type Sense, type TitleRecord } from '../gazetteer/index.js';
import type { Role } from '../types.js';
import type { Actor } from '../document.js';
import { hasArticle } from '../tokenize/index.js';
import { fitsPortfolio, holdsTheOffice } from '../gazetteer/notes.js';
import { bounds, cachedHolderOn, covers, type Holder } from './office.js';
import { romanizeName, slug, spellingsOf } from './romanize.js';
import { afterSpeechVerb, anyGivenNameAt, holdsStopWord, originalOf, unfitForName } from './slots.js';
import { type M, type Resolution } from './state.js';

/** A person match → the person record, choosing among homonyms by those already named, then by the date. */
export function personOf(r: Resolution, m: M, day: string | null): PersonRecord | undefined {
  // most names have one bearer: no lists to build
  const senses = m.senses;
  if (senses.length === 1) return senses[0]!.t === 'person' ? r.g.people.get(senses[0]!.id) : undefined;
  const ps = m.senses.filter((s): s is Extract<Sense, { t: 'person' }> => s.t === 'person').map((s) => r.g.people.get(s.id)!).filter(Boolean);
  if (ps.length <= 1) return ps[0];
  const seen = ps.filter((p) => r.seenPersons.has(p.id));
  if (seen.length === 1) return seen[0];
  if (day) {
    const active = ps.filter((p) => p.roles.some((x) => covers(x, day) !== 'no'));
    if (active.length === 1) return active[0];
  }
  return undefined;
}

/** May a surname alone name this person here? Yes after a full mention; else only a distinctive surname of someone active then. */
export function acceptShort(r: Resolution, m: M, p: PersonRecord, day: string | null): boolean {
  if (afterAnotherGivenName(r, m, p)) return false;
  if (r.seenPersons.has(p.id)) return true;
  // «سوتشي» is Sochi unless Suu Kyi was named in full before
  if (m.tolerant || m.senses.some((s) => s.t === 'city' || s.t === 'country')) return false;
  const whole = r.doc.tokens.slice(m.first, m.last).map((t) => t.analyses[0]!.base).join(' ');
  const base = r.surface(m);
  if (r.inLex('commonShortForms', base) || r.inLex('commonShortForms', whole)) return false;
  // an unseen surname of three letters is too weak alone, and of four after a proclitic other than و («فتيل» = ف + «تيل»)
  if (base.replace(/\s/g, '').length < (m.offset > 0 && m.prefix !== 'و' ? 5 : 4)) return false;
  if (r.g.sharedShort.has(base) || reservedWords(r.g).has(base)) return false;
  // «وقال بلير»: the subject of a verb of saying is a person, and an undated text has only that to go on
  if (!day && m.offset === 0 && afterSpeechVerb(r, m.first)) return true;
  // without a date to check the office against, a surname alone needs the person's state in the document («فيدان» in an article about Turkey)
  // a short surname alone (four letters or fewer), never named in full before, is read only where the document
  // names the person's state or organization: «يونغ», «تشان», «تراس» in an article about Korea are other people
  if (base.replace(/\s/g, '').length <= 4 && !namesHisSide(r, p)) return false;
  if (!day) return Boolean(p.country && r.docCountries.has(p.country));
  return p.roles.some((x) => covers(x, day) !== 'no' || (x.to && x.to >= String(Number(day.slice(0, 4)) - 2)));
}

/**
 * «كريم صالحي», «وقال أحمد شكري»: a surname right after a given name that is
 * no word of the person's own name belongs to another bearer of that family
 * name, not to the person the surname alone would name. (A proclitic on the
 * surname, «وصالحي», joins it to what came before: no given name of his.)
 */
function afterAnotherGivenName(r: Resolution, m: M, p: PersonRecord): boolean {
  if (m.offset > 0 || m.first === 0) return false;
  const before = r.doc.tokens[m.first - 1]!;
  if (before.kind !== 'arabic' || before.sentence !== r.doc.tokens[m.first]!.sentence || !anyGivenNameAt(r, m.first - 1)) return false;
  const own = arabicNameWords(p, true);
  // «سيرغي» for the data's «سيرجي»: a spelling of his own given name (the skeletons of foreign names' spellings agree);
  // «عبدالفتاح» for «عبد الفتاح»: a compound of «عبد» written as one word is his if its second half is a word of his name
  const w = r.text(m.first - 1);
  const sk = skeleton(w);
  return !own.some((x) => x === w || skeleton(x) === sk || (w.startsWith('عبد') && x === w.slice(3)));
}

/** Does the document name the person's state (by name, adjective, city, title or seat of power: «البيت الأبيض»), or an organization he holds a role of? */
function namesHisSide(r: Resolution, p: PersonRecord): boolean {
  if (p.country && r.docCountries.has(p.country)) return true;
  const orgs = p.roles.filter((x) => x.of.startsWith('org:')).map((x) => x.of);
  return r.matches.some((m) =>
    m.senses.some((s) => (s.t === 'org' && orgs.includes(s.id)) || (s.t === 'seat' && r.g.seats.get(s.id)?.country === p.country) || (s.t === 'title' && r.g.titles[s.title]?.country === p.country)),
  );
}

const reserved = new WeakMap<Gazetteer, Set<string>>();

/**
 * Words the library already reads as something else — month and weekday names
 * («كانون»), trigger and title words («ترأس»), function words — never name a
 * person alone, whatever surname they spell.
 */
export function reservedWords(g: Gazetteer): Set<string> {
  let set = reserved.get(g);
  if (set) return set;
  set = new Set<string>();
  const add = (w: unknown) => {
    if (typeof w !== 'string') return;
    for (const keys of variantKeys(w)) set!.add(keys.join(' '));
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(g.data.dates);
  for (const t of g.data.triggers.triggers) t.ar.forEach(add);
  for (const t of g.data.titles.titles) [...t.ar, ...(t.construct ?? [])].forEach(add);
  g.data.titles.honorifics.forEach(add);
  walk(g.data.grammar);
  (g.data.lexicon.functionWords ?? []).forEach(add);
  reserved.set(g, set);
  return set;
}

/** The offices a given name alone may follow without a title («الشيخ تميم»). */
const GIVEN_NAME_ROLES = new Set(['head-of-state', 'crown-prince', 'head-of-government', 'foreign-minister', 'deputy-crown-prince', 'royal']);

/** A person by a given name after a monarch's title or an honorific: «الملك سلمان», «الشيخ تميم». */
export function byGiven(r: Resolution, tokenIndex: number, day: string | null, title: TitleRecord | undefined, country: string | undefined): PersonRecord | undefined {
  const t = r.doc.tokens[tokenIndex];
  if (!t || t.kind !== 'arabic') return undefined;
  // a given name has no article («الملك» opening a name in the data is a title, not a name)
  if (hasArticle(t.analyses[0]!.base)) return undefined;
  const ids = r.g.byGivenName.get(t.analyses[0]!.base);
  if (!ids) return undefined;
  const cands: PersonRecord[] = [];
  for (const id of ids) {
    const p = r.g.people.get(id)!;
    const ok = p.roles.some((x) => {
      if (title && x.role !== title.role) return false;
      if (!title && !GIVEN_NAME_ROLES.has(x.role)) return false;
      if (country && x.of !== country) return false;
      if (title?.fits && (title.fits === 'monarchy') !== (r.g.countries.get(x.of)?.government === 'monarchy')) return false;
      return day ? covers(x, day) !== 'no' : false;
    });
    if (ok) cands.push(p);
  }
  return cands.length === 1 ? cands[0] : undefined;
}

/** Does a title fit the state's form of government («الملك» a monarchy, «الرئيس» a republic)? */
export function titleFits(r: Resolution, t: TitleRecord, iso: string | undefined): boolean {
  if (!iso || !t.fits) return true;
  const gov = r.g.countries.get(iso)?.government;
  return t.fits === 'monarchy' ? gov === 'monarchy' : gov !== 'monarchy';
}

/**
 * The holder of a role: a person already named with it in the document («نظيره المصري» after «سامح شكري»), else the one in office on the day.
 * A minister's title gives the words of its portfolio («وزير النفط»: oil, petroleum, energy).
 */
export function holder(r: Resolution, role: string, of: string, day: string | null, note: string | null | undefined, postedTo?: string, portfolio?: readonly string[]): Holder | undefined {
  const fits = (x: RoleRecord) => x.role === role && x.of === of && (!postedTo || x.for === postedTo) && fitsPortfolio(x, portfolio);
  const named = namedHolder(r, fits, day);
  if (named) return { person: named, role: named.roles.find(fits)!, coverage: 'certain' };
  if (!day) return r.window ? holderThroughout(r, r.window, { role, of, note, postedTo, portfolio }) : undefined;
  return cachedHolderOn(r.g, role, of, day, note, postedTo, portfolio);
}

/** The one person already named in the document who held a role that `fits` (on the day, when there is one); undefined when none or several did. */
function namedHolder(r: Resolution, fits: (x: RoleRecord) => boolean, day: string | null): PersonRecord | undefined {
  // a loop rather than spread, map and filter: it runs for every title resolved to its holder
  let found: PersonRecord | undefined;
  for (const id of r.seenPersons) {
    const p = r.g.people.get(id);
    if (!p || !p.roles.some((x) => fits(x) && (!day || covers(x, day) !== 'no'))) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}

/** The one person who held the office on the first and the last day of the window (an undated text dated by its office-holders). */
function holderThroughout(
  r: Resolution,
  window: { from: string; to: string },
  q: { role: string; of: string; note: string | null | undefined; postedTo: string | undefined; portfolio: readonly string[] | undefined },
): Holder | undefined {
  const first = cachedHolderOn(r.g, q.role, q.of, window.from, q.note, q.postedTo, q.portfolio);
  const last = cachedHolderOn(r.g, q.role, q.of, window.to, q.note, q.postedTo, q.portfolio);
  if (!first || !last || first.person.id !== last.person.id || first.coverage !== 'certain' || last.coverage !== 'certain') return undefined;
  return { ...first, coverage: 'possible' };
}

/** Narrows the window of an undated text to the term in which a named person held the title given («وزير الدفاع الأمريكي كارتر»). */
export function narrowWindow(r: Resolution, p: PersonRecord, role: string, of: string | undefined): void {
  const terms = p.roles.filter((x) => x.role === role && (!of || x.of === of) && x.from && x.to && holdsTheOffice(x.note));
  if (terms.length !== 1 || r.window === null) return;
  const from = bounds(terms[0]!.from!)[1];
  const to = bounds(terms[0]!.to!)[0];
  const w = r.window ? { from: r.window.from > from ? r.window.from : from, to: r.window.to < to ? r.window.to : to } : { from, to };
  // terms that never overlap: the text speaks of several times, and dates nothing
  r.window = w.from <= w.to ? w : null;
}

/**
 * Unknown name tokens after a title: 2-3 Arabic words that match nothing, ending at punctuation, a function word,
 * a verb of saying or a word no name holds (`unfitForName`: «ألف جندي», «عزماً»). Words that all end in «ا» are
 * an accusative noun and its adjective («عزما أكيدا»), not a name.
 */
export function unknownName(r: Resolution, start: number): { first: number; last: number } | undefined {
  const { doc } = r;
  let k = start;
  const sentence = doc.tokens[start]?.sentence;
  while (k < doc.tokens.length && k - start < 3) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'arabic' || t.sentence !== sentence || r.startingAt(k)) break;
    const w = t.analyses[0]!.base;
    if (r.inLex('functionWords', w) || w.length < 2 || unfitForName(r, k, k === start)) break;
    // («السفير التركي، لبحث ...»: a trigger word opens no name either)
    if (readAsOther(r, k)) break;
    if (k === start && /^(ال|وال|بال|لل)/.test(w)) break;
    k++;
  }
  if (k - start < 2 || doc.tokens.slice(start, k).every((t) => t.text.endsWith('ا'))) return undefined;
  const next = doc.tokens[k];
  const w = next?.analyses[0]!.base ?? '';
  const ends = !next || next.sentence !== sentence || next.kind !== 'arabic' || r.startingAt(k) || r.inLex('functionWords', w) || r.inLex('nameEnders', w) || readAsOther(r, k) || unfitForName(r, k, false);
  return ends ? { first: start, last: k } : undefined;
}

/** «بزيارة», «بحث»: a word the library reads as a trigger, a date or a title (after its proclitics) ends a name. */
function readAsOther(r: Resolution, k: number): boolean {
  return r.doc.tokens[k]!.analyses.some((a) => reservedWords(r.g).has(a.base));
}

/** Records a person not in the gazetteer (`person:~slug`, romanized name, the title's role), at low confidence. */
export function unknownPerson(r: Resolution, span: { first: number; last: number }, role: string, of: string | undefined, iso: string | undefined): string {
  const { doc } = r;
  const [os, oe] = doc.norm.map.toOriginal(doc.tokens[span.first]!.start, doc.tokens[span.last - 1]!.end);
  const ar = doc.original.slice(os, oe).replace(/[\u064B-\u065F\u0640]/g, '').replace(/\s+/g, ' ');
  const { en, id, aliases } = unknownNamed(ar, r.g);
  r.mention(id, { first: span.first, last: span.last, offset: 0 }, 'name', 0.4);
  if (!doc.personInfo.has(id)) {
    const name = { en, ar };
    const roles = (of ?? iso ? [{ role, of: of ?? iso }] : []) as Role[];
    doc.personInfo.set(id, iso ? { name, country: iso, roles, confidence: 0.4, aliases } : { name, roles, confidence: 0.4, aliases });
  }
  return id;
}

/** Romanized names and ids of unknown persons by their Arabic name: the same names recur, document after document. Bounded: emptied when full. */
const unknownNames = new Map<string, { en: string; id: string; aliases: string[] }>();
const UNKNOWN_NAMES_SIZE = 10_000;

function unknownNamed(ar: string, g: Gazetteer): { en: string; id: string; aliases: string[] } {
  let named = unknownNames.get(ar);
  if (!named) {
    const { en, aliases } = romanizeName(ar, spellingsOf(g));
    named = { en, id: `person:~${slug(en) || 'unknown'}`, aliases };
    if (unknownNames.size >= UNKNOWN_NAMES_SIZE) unknownNames.clear();
    unknownNames.set(ar, named);
  }
  return named;
}

/**
 * A tolerant reading of a name whose every word has a skeleton of two
 * consonants or fewer («قام كيم» reads G-M G-M, like «جايمي غاما») is too
 * weak alone: one of its words must be a word of the person's Arabic name as
 * the data writes it («نيكي هايلي» keeps «نيكي» of «نيكي هيلي»).
 */
function tolerantReadingHolds(r: Resolution, m: M, p: PersonRecord): boolean {
  const words: string[] = [];
  for (let k = m.first; k < m.last; k++) words.push(k === m.first ? r.surface({ ...m, last: m.first + 1 }) : r.text(k));
  if (words.some((w) => skeleton(w).length >= 3)) return true;
  const forms = arabicNameWords(p, false);
  return words.some((w) => forms.includes(w));
}

/** The normalized words of a person's Arabic name and aliases (and short forms, when asked). */
export function arabicNameWords(p: PersonRecord, withShort: boolean): string[] {
  const forms = [p.name.ar, ...(p.aliases?.ar ?? []), ...(withShort ? (p.short?.ar ?? []) : [])];
  return forms.flatMap((f) => variantKeys(f).flat());
}

/**
 * «صهر X», «نجل X», «مستشار X», «ووالدة X»: a person named as the possessor
 * of a noun of kinship or office is named (an entity) but is not there: no
 * party to what the sentence reports.
 */
function possessedName(r: Resolution, m: M): boolean {
  if (m.offset > 0) return false;
  const before = r.doc.tokens[m.first - 1];
  if (before === undefined || before.sentence !== r.doc.tokens[m.first]!.sentence) return false;
  // («ومستشاره جاريد كوشنر»: a noun with a possessive pronoun has its possessor; the name after it is in apposition)
  const written = originalOf(r, m.first - 1).replace(/[\u064B-\u065F]/g, '');
  if (/(ه|هما|هم|ها)$/.test(written)) return false;
  return before.analyses.some((a) => (a.offset === 0 || a.prefix === 'و') && r.inLex('possessorNouns', a.base.replace(/^ال/, '')));
}

/** A name match on its own (no title before it); false when it names no one here. */
export function resolveName(r: Resolution, m: M, day: string | null, sentence: number): boolean {
  const sense = m.senses.find((s): s is Extract<Sense, { t: 'person' }> => s.t === 'person')!;
  const p = personOf(r, m, day);
  if (!p) return false;
  if (sense.short && !acceptShort(r, m, p, day)) return false;
  if (m.tolerant && !sense.short && m.last - m.first < 2) return false;
  // «ألف جندي» is not «ألفا كوندي»: an approximate match through a stop word of the name tables names nobody
  if (m.tolerant && holdsStopWord(r, m.first, m.last)) return false;
  if (m.tolerant && !tolerantReadingHolds(r, m, p)) return false;
  const kind = sense.short && r.seenPersons.has(p.id) ? 'reference' : 'name';
  const confidence = m.tolerant ? 0.7 : sense.short ? 0.85 : 1;
  r.mention(p.id, m, kind, confidence);
  r.person(p, day, confidence);
  const a: Actor = { id: p.id, type: 'person', first: m.first, last: m.last, sentence };
  if (possessedName(r, m)) a.inPhrase = true;
  r.actors.push(a);
  return true;
}

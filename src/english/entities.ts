/**
 * English entities: gazetteer names matched on compromise tokens (longest
 * match first), title phrases («Russian Foreign Minister Sergei Lavrov»,
 * «Italy's Interior Minister», «his Turkish counterpart»), state bodies
 * («the Kremlin», «the Russian Foreign Ministry»), persons by full name, then
 * by surname, and unknown persons after a title or as compromise finds them.
 */
import { compromise } from './nlp.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { holderOn, rolesOn } from '../resolve/office.js';
import type { MentionKind } from '../types.js';
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
  /** A place id (city or country) when the unit names one. */
  place: string | null;
  kind: 'person' | 'country' | 'city' | 'org' | 'body';
  /** The state of the unit (persons, bodies, cities). */
  country?: string;
  /** Role code of a title phrase (for counterparts). */
  role?: string;
  /** A counterpart phrase whose role is its antecedent's. */
  counterpart?: boolean;
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

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'his', 'her', 'their', 'its', 'he', 'she', 'it', 'they', 'this', 'that', 'will', 'said', 'says', 'is', 'was', 'has', 'had', 'have', 'who', 'which', 'as', 'after', 'before', 'but', 'or', 'new', 'former', 'acting', 'then', 'also', 'talks', 'visit', 'meeting', 'news', 'minister', 'ministry', 'president', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const PRIORITY: Record<EnSense['t'], number> = {
  none: 10, person: 9, org: 8, seat: 7, country: 6, city: 5, title: 4, bodykind: 3, honorific: 2, counterpart: 1,
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
          if (e.proper) return span[0]!.cap && span[span.length - 1]!.cap;
          return true;
        });
        if (ok.length) out.push({ first: i, last: j, entries: ok });
      }
      const next = tokens[j];
      if (!next || next.sentence !== tokens[i]!.sentence || tokens[j - 1]!.poss) break;
      // a comma or a dash ends a name
      if (tokens[j - 1]!.after && tokens[j - 1]!.after !== '-' && !/^[.']$/.test(tokens[j - 1]!.after)) break;
      node = node.next.get(next.key);
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

/** Nouns of persons: a body named before them is part of a person's title («a Foreign Office representative»). */
const PERSON_NOUNS = new Set(['representative', 'representatives', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'envoys', 'minister', 'ministers', 'chief', 'head', 'adviser', 'advisor', 'staff', 'employee', 'employees', 'officer', 'officers', 'aide', 'aides', 'source', 'sources', 'delegation', 'member', 'members', 'secretary', 'director', 'undersecretary', 'diplomat', 'diplomats', 'lawmaker', 'lawmakers']);

let lexicon: Record<string, unknown> | undefined;
/** Does compromise's own lexicon know the word? */
const knownWord = (w: string): boolean => {
  lexicon ??= (compromise().model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
  return w in lexicon;
};

const FUNCTION_TAGS = ['Modal', 'Auxiliary', 'Copula', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'WeekDay', 'Month'];

type Item = { first: number; last: number; sense: EnSense; entries: EnEntry[] };

/** Finds the entities of an English text. */
export function findEntities(tokens: readonly EnToken[], g: Gazetteer, index: EnIndex, day: string | null): EntityResult {
  const selected = selectLongest(findMatches(tokens, index.root));
  const items: Item[] = [];
  for (const m of selected) {
    // a surname that is a weekday, a month or a function word here is that word
    const t0 = tokens[m.first]!;
    const entries = m.last - m.first === 1 && (t0.tags.has('Date') || FUNCTION_TAGS.some((tag) => t0.tags.has(tag))) ? m.entries.filter((e) => !(e.sense.t === 'person' && e.sense.short)) : m.entries;
    if (!entries.length) continue;
    m.entries = entries;
    const senses = m.entries.map((e) => e.sense);
    let best = [...senses].sort((a, b) => rank(b) - rank(a))[0]!;
    // a city that shares its name with its state is the state, unless it opens a dateline
    const city = senses.find((s) => s.t === 'city');
    if (city && best.t === 'country' && isDateline(tokens, m)) best = city;
    items.push({ first: m.first, last: m.last, sense: best, entries: m.entries });
  }
  const itemAt = new Map<number, Item>();
  for (const it of items) itemAt.set(it.first, it);
  const covered = new Set<number>();
  for (const it of items) for (let k = it.first; k < it.last; k++) covered.add(k);

  const mentions: EnMention[] = [];
  const units: Unit[] = [];
  const unknown = new Map<string, UnknownPerson>();
  const fullSeen = new Set<string>();
  for (const it of items) if (it.sense.t === 'person' && !it.sense.short) fullSeen.add(it.sense.id);

  const personCountry = (id: string): string | undefined => g.people.get(id)?.country ?? unknown.get(id)?.country;

  /** Resolves a person match (full or short) among its candidates. */
  const pickPerson = (it: Item, role?: string, of?: string): string => {
    const ids = [...new Set(it.entries.map((e) => e.sense).filter((s): s is Extract<EnSense, { t: 'person' }> => s.t === 'person').map((s) => s.id))];
    if (ids.length <= 1) return ids[0] ?? (it.sense as { id: string }).id;
    const seen = ids.filter((id) => fullSeen.has(id));
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
    // undated and still ambiguous: the most recent office-holder
    const latest = (id: string) => Math.max(0, ...(g.people.get(id)?.roles ?? []).map((r) => Number((r.from ?? '0').slice(0, 4))));
    return [...cands].sort((a, b) => latest(b) - latest(a))[0]!;
  };

  /**
   * A person named with a state that is not his («Jordan's King Abdullah» matched
   * the Saudi king's alias): the person of that state whose English name starts
   * with (or holds) the matched words.
   */
  const personOfState = (it: Item, iso: string | undefined, id: string): string => {
    if (!iso || !g.people.get(id)?.country || g.people.get(id)?.country === iso) return id;
    const keys = tokens.slice(it.first, it.last).map((t) => t.key);
    const fits = g.data.people.filter(
      (p) =>
        p.country === iso &&
        [p.name.en, ...(p.aliases?.en ?? [])].some((f) => {
          const fk = phraseKeys(f);
          return keys.every((k) => fk.includes(k));
        }),
    );
    const onDay = day ? fits.filter((p) => rolesOn(p, day).length > 0) : fits;
    const pick = (onDay.length ? onDay : fits)[0];
    return pick?.id ?? id;
  };

  /** Capitalized words not matched by anything: an unknown person's name. */
  const nameRun = (from: number, min: number): number => {
    let j = from;
    while (j < tokens.length && j - from < 4) {
      const t = tokens[j]!;
      // «Roh Moo-hyun»: a lower-case part after a hyphen belongs to the name
      const hyphenPart = j > from && tokens[j - 1]!.after === '-';
      if (t.sentence !== tokens[from]!.sentence || !(t.cap || hyphenPart) || covered.has(t.i) || STOP.has(t.key) || t.tags.has('Date') || t.tags.has('Value')) break;
      if (t.upper && t.text.length > 1 && !tokens[from]!.upper) break;
      j++;
      if (t.poss || (t.after && t.after !== '.' && t.after !== '-')) break;
    }
    return j - from >= min ? j : from;
  };
  const addUnknown = (first: number, last: number, country: string | undefined): string => {
    const name = tokens
      .slice(first, last)
      .map((t, k, all) => t.text.replace(/['’]s?$/u, '') + (k < all.length - 1 ? (t.after === '-' ? '-' : ' ') : ''))
      .join('');
    const id = `person:~${slug(name)}`;
    if (!unknown.has(id)) unknown.set(id, { id, name, ...(country ? { country } : {}) });
    for (let k = first; k < last; k++) covered.add(k);
    return id;
  };

  // Walk the items, grouping title phrases.
  const used = new Set<Item>();
  const countryOfItem = (it: Item | undefined): { iso?: string; org?: string } | undefined => {
    if (!it) return undefined;
    if (it.sense.t === 'country') return { iso: it.sense.iso };
    if (it.sense.t === 'org') return { org: it.sense.id };
    return undefined;
  };
  const next = (it: Item) => items[items.indexOf(it) + 1];
  const adjacent = (a: Item, b: Item | undefined, gap = 0): b is Item => !!b && b.first - a.last <= gap && tokens[a.first]!.sentence === tokens[b.first]!.sentence;

  for (let n = 0; n < items.length; n++) {
    const it = items[n]!;
    if (used.has(it)) continue;
    const sentence = tokens[it.first]!.sentence;
    // «[Russian|Russia's|UN] [Foreign Minister] [of X] [Mr] [Sergei Lavrov]» and «his Turkish counterpart [Name]»
    let head: Item | undefined;
    let ref: { iso?: string; org?: string } | undefined;
    let titleItem: Item | undefined;
    let counterpart = false;
    const r0 = countryOfItem(it);
    const after0 = next(it);
    if (r0 && after0 && (after0.sense.t === 'title' || after0.sense.t === 'counterpart') && adjacent(it, after0) && !tokens[it.last - 1]!.after.match(/[,;]/)) {
      head = it;
      ref = r0;
      titleItem = after0;
    } else if (it.sense.t === 'title' || it.sense.t === 'counterpart') titleItem = it;
    // «Saudi Crown Prince Mohammed bin Salman», «Russian Putin»: the state qualifies the person
    const qualifierGap = (a: Item, b: Item | undefined): boolean => {
      if (!b || b.first - a.last > 2 || tokens[a.first]!.sentence !== tokens[b.first]!.sentence) return false;
      for (let k = a.last - 1; k < b.first; k++) if (/[,;:]/.test(tokens[k]!.after)) return false;
      // «Chinese leader Xi Jinping», «Iranian hardline cleric X»: lower-case nouns between
      return tokens.slice(a.last, b.first).every((t) => !t.cap && /^\p{Ll}+$/u.test(t.text) && !STOP.has(t.key) && !t.tags.has('Verb') && !t.tags.has('Preposition'));
    };
    if (!titleItem && r0 && after0 && after0.sense.t === 'person' && qualifierGap(it, after0) && (r0.iso || after0.first > it.last)) {
      mentions.push(...mentionOf(it));
      const id = personOfState(after0, r0.iso, pickPerson(after0));
      mentions.push({ id, first: after0.first, last: after0.last, kind: 'name', confidence: after0.sense.short ? 0.85 : 0.95 });
      const c = personCountry(id) ?? r0.iso;
      units.push({ first: it.first, last: after0.last, sentence, actor: id, place: null, kind: 'person', ...(c ? { country: c } : {}) });
      used.add(after0);
      n++;
      continue;
    }
    if (titleItem) {
      counterpart = titleItem.sense.t === 'counterpart';
      let cursor = titleItem;
      // several titles in a row («Deputy Prime Minister and Foreign Minister»)
      for (let nx = next(cursor); nx && nx.sense.t === 'title' && adjacent(cursor, nx, 1); nx = next(cursor)) cursor = nx;
      let end = cursor.last;
      // «of Russia», «of the United Nations»
      if (!ref && tokens[end]?.key === 'of') {
        const skip = tokens[end + 1]?.key === 'the' ? 2 : 1;
        const cand = itemAt.get(end + skip);
        const r = countryOfItem(cand);
        if (cand && r) {
          ref = r;
          end = cand.last;
          used.add(cand);
          mentions.push(...mentionOf(cand));
        }
      }
      // honorifics and the name
      let k = end;
      while (itemAt.get(k)?.sense.t === 'honorific') k = itemAt.get(k)!.last;
      const nameItem = itemAt.get(k);
      const role = titleItem.sense.t === 'title' ? g.titles[titleItem.sense.title]?.role : undefined;
      const title = titleItem.sense.t === 'title' ? g.titles[titleItem.sense.title] : undefined;
      const iso = ref?.iso ?? title?.country;
      const of = ref?.org ?? iso;
      if (head) {
        used.add(head);
        mentions.push(...mentionOf(head));
      }
      used.add(titleItem);
      if (nameItem && nameItem.sense.t === 'person' && tokens[nameItem.first]!.sentence === sentence) {
        const id = personOfState(nameItem, iso, pickPerson(nameItem, role, of));
        used.add(nameItem);
        mentions.push({ id, first: nameItem.first, last: nameItem.last, kind: 'name', confidence: nameItem.sense.short ? 0.85 : 0.95 });
        units.push({ first: head?.first ?? titleItem.first, last: nameItem.last, sentence, actor: id, place: null, kind: 'person', ...(personCountry(id) ? { country: personCountry(id)! } : {}), ...(role ? { role } : {}) });
        n = items.indexOf(nameItem);
        continue;
      }
      const run = tokens[k]?.sentence === sentence && !/[.,;:!?]/.test(tokens[k - 1]!.after) ? nameRun(k, 1) : k;
      // one word after a title is a name only when compromise knows it as one, or not at all («Premier League» is no person)
      const lone = run - k === 1 && !['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].some((tag) => tokens[k]!.tags.has(tag)) && knownWord(tokens[k]!.key);
      if (run > k && !lone && !(run - k === 1 && tokens[k]!.tags.has('Verb'))) {
        const id = addUnknown(k, run, iso);
        mentions.push({ id, first: k, last: run, kind: 'name', confidence: 0.6 });
        units.push({ first: head?.first ?? titleItem.first, last: run, sentence, actor: id, place: null, kind: 'person', ...(iso ? { country: iso } : {}), ...(role ? { role } : {}) });
        continue;
      }
      // no name: an implicit person when the day fixes the holder
      const tFirst = head?.first ?? titleItem.first;
      let holderId: string | undefined;
      if (day && role && of) {
        const note = title?.note ?? (role === 'head-of-state' ? null : undefined);
        holderId = holderOn(g, { role, of, date: day, ...(note !== undefined ? { note } : {}) })?.person.id;
      }
      if (holderId) {
        mentions.push({ id: holderId, first: tFirst, last: end, kind: counterpart ? 'counterpart' : 'title', confidence: 0.6, implicit: true });
        units.push({ first: tFirst, last: end, sentence, actor: holderId, place: null, kind: 'person', ...(iso ? { country: iso } : {}), ...(role ? { role } : {}) });
      } else if (ref || counterpart) {
        const actor = ref?.org ?? (iso ? `country:${iso}` : null);
        units.push({ first: tFirst, last: end, sentence, actor, place: null, kind: ref?.org ? 'org' : 'country', ...(iso ? { country: iso } : {}), ...(role ? { role } : {}), ...(counterpart ? { counterpart: true } : {}) });
      }
      continue;
    }
    // a state body: «[Russian|Turkey's|US] Foreign Ministry», «Ministry of Foreign Affairs of Russia», «the Bush administration»
    if ((r0 || it.sense.t === 'person') && after0 && after0.sense.t === 'bodykind' && adjacent(it, after0)) {
      const iso = r0?.iso ?? (it.sense.t === 'person' ? personCountry(pickPerson(it)) : undefined);
      if (iso) {
        if (r0) mentions.push(...mentionOf(it));
        else mentions.push({ id: pickPerson(it), first: it.first, last: it.last, kind: 'name', confidence: 0.9 });
        const id = `body:${iso}:${after0.sense.t === 'bodykind' ? after0.sense.kind : ''}`;
        if (g.view(id) && !PERSON_NOUNS.has(tokens[after0.last]?.key ?? '')) {
          mentions.push({ id, first: it.first, last: after0.last, kind: 'name', confidence: 0.85 });
          units.push({ first: it.first, last: after0.last, sentence, actor: id, place: null, kind: 'body', country: iso });
        }
        used.add(it);
        used.add(after0);
        n++;
        continue;
      }
    }
    if (it.sense.t === 'bodykind') {
      const k = it.last;
      if (tokens[k]?.key === 'of') {
        const skip = tokens[k + 1]?.key === 'the' ? 2 : 1;
        const cand = itemAt.get(k + skip);
        if (cand && cand.sense.t === 'country') {
          const id = `body:${cand.sense.iso}:${it.sense.kind}`;
          if (g.view(id)) {
            mentions.push({ id, first: it.first, last: cand.last, kind: 'name', confidence: 0.85 });
            mentions.push(...mentionOf(cand));
            units.push({ first: it.first, last: cand.last, sentence, actor: id, place: null, kind: 'body', country: cand.sense.iso });
            used.add(cand);
          }
        }
      }
      continue;
    }
    if (it.sense.t === 'honorific') {
      const nameItem = itemAt.get(it.last);
      if (!nameItem) {
        const run = nameRun(it.last, 1);
        if (run > it.last) {
          const id = addUnknown(it.last, run, undefined);
          mentions.push({ id, first: it.last, last: run, kind: 'name', confidence: 0.55 });
          units.push({ first: it.first, last: run, sentence, actor: id, place: null, kind: 'person' });
        }
      }
      continue;
    }
    mentions.push(...mentionOf(it));
    const u = unitOf(it);
    if (u) units.push(u);
  }

  function mentionOf(it: Item): EnMention[] {
    const s = it.sense;
    switch (s.t) {
      case 'country':
        return [{ id: s.id, first: it.first, last: it.last, kind: s.form === 'adjective' ? 'adjective' : 'name', confidence: s.form === 'adjective' ? 0.85 : 0.95 }];
      case 'seat': {
        // «US Congress», «Israeli Knesset»: the state named inside the body's name
        const out: EnMention[] = PERSON_NOUNS.has(tokens[it.last]?.key ?? '') ? [] : [{ id: s.id, first: it.first, last: it.last, kind: 'name', confidence: 0.9 }];
        let node = index.root.next.get(tokens[it.first]!.key);
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
      case 'org':
        return [{ id: s.id, first: it.first, last: it.last, kind: 'name', confidence: 0.9 }];
      case 'person':
        return [{ id: pickPerson(it), first: it.first, last: it.last, kind: 'name', confidence: s.short ? 0.85 : 0.95 }];
      default:
        return [];
    }
  }
  function unitOf(it: Item): Unit | undefined {
    const s = it.sense;
    const sentence = tokens[it.first]!.sentence;
    switch (s.t) {
      case 'country':
        return { first: it.first, last: it.last, sentence, actor: s.id, place: s.id, kind: 'country', country: s.iso };
      case 'city':
        return { first: it.first, last: it.last, sentence, actor: null, place: s.id, kind: 'city', country: s.country };
      case 'org':
        return { first: it.first, last: it.last, sentence, actor: s.id, place: null, kind: 'org' };
      case 'seat':
        if (PERSON_NOUNS.has(tokens[it.last]?.key ?? '')) return undefined;
        return { first: it.first, last: it.last, sentence, actor: s.id, place: null, kind: 'body', country: s.country };
      case 'person': {
        const id = pickPerson(it);
        const c = personCountry(id);
        return { first: it.first, last: it.last, sentence, actor: id, place: null, kind: 'person', ...(c ? { country: c } : {}) };
      }
      default:
        return undefined;
    }
  }

  // Unknown persons that compromise recognizes (two or more capitalized words tagged as a person).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !t.cap || !(t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName'))) continue;
    let j = i;
    while (j < tokens.length && j - i < 4 && tokens[j]!.sentence === t.sentence && (tokens[j]!.cap || (j > i && tokens[j - 1]!.after === '-')) && !covered.has(j) && !STOP.has(tokens[j]!.key) && (tokens[j]!.tags.has('Person') || tokens[j]!.tags.has('ProperNoun') || tokens[j]!.tags.has('LastName'))) {
      j++;
      if (tokens[j - 1]!.poss || (tokens[j - 1]!.after && tokens[j - 1]!.after !== '-')) break;
    }
    if (j - i < 2 || tokens.slice(i, j).every((x) => x.upper)) continue;
    const id = addUnknown(i, j, undefined);
    mentions.push({ id, first: i, last: j, kind: 'name', confidence: 0.5 });
    units.push({ first: i, last: j, sentence: t.sentence, actor: id, place: null, kind: 'person' });
    i = j - 1;
  }
  // Later surnames of unknown persons.
  const bySurname = new Map<string, string>();
  for (const p of unknown.values()) {
    const parts = p.name.split(' ');
    if (parts.length >= 2) bySurname.set(parts[parts.length - 1]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''), p.id);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const id = bySurname.get(t.key);
    if (!id || covered.has(i) || !t.cap) continue;
    covered.add(i);
    mentions.push({ id, first: i, last: i + 1, kind: 'name', confidence: 0.5 });
    units.push({ first: i, last: i + 1, sentence: t.sentence, actor: id, place: null, kind: 'person', ...(unknown.get(id)?.country ? { country: unknown.get(id)!.country! } : {}) });
  }
  units.sort((a, b) => a.first - b.first);

  // Counterparts take their antecedent's role: the nearest person before them in the sentence.
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
    mentions.push({ id: holder.person.id, first: u.first, last: u.last, kind: 'counterpart', confidence: 0.6, implicit: true });
  }
  return { mentions, units, unknown };
}

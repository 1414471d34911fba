/**
 * The state of resolving one document: the matches by position, what has been
 * used, the mentions and actors found so far, and the memory of persons and
 * titles that later mentions refer back to.
 */
import type { Actor, Doc, Item, RawMention } from '../document.js';
import { itemOf } from '../document.js';
import type { Gazetteer, Match, PersonRecord, Sense } from '../gazetteer/index.js';
import type { Role } from '../types.js';
import { rolesOn } from './office.js';

export type M = Match<Sense>;
export type SenseOf<T extends Sense['t']> = Extract<Sense, { t: T }>;

/** A title's holder remembered: the person, and the first token of the title. */
export interface Remembered {
  id: string;
  token: number;
}

/**
 * The matches used so far, by their first token: matches never overlap, so
 * the first token names the match. A byte per token rather than a set of
 * match objects, which would hash each object on first insertion.
 */
export class UsedMatches {
  // a plain array filled by push, not a typed array: a typed array of more than a few bytes costs an allocation outside the heap, for every document
  private readonly flags: boolean[] = [];
  constructor(tokens: number) {
    for (let k = 0; k < tokens; k++) this.flags.push(false);
  }
  has(m: M): boolean {
    return this.flags[m.first] === true;
  }
  add(m: M): void {
    this.flags[m.first] = true;
  }
}

export class Resolution {
  readonly doc: Doc;
  readonly g: Gazetteer;
  readonly matches: M[];
  /**
   * The match starting at each token, and the match ending right before it
   * (for «what ends right before this match»), by token index. Matches never
   * overlap (the match stage keeps the longest), so one of each at most; arrays
   * by token, not maps: they are read for nearly every token a title looks at.
   */
  private readonly starts: Array<M | undefined> = [];
  private readonly ends: Array<M | undefined> = [];
  /** The matches already resolved (or taken into another phrase). */
  readonly used: UsedMatches;
  /** Countries any match could name, and those named without doubt (plus the countries of named persons); computed on first use. */
  private countries: { any: Set<string>; strict: Set<string> } | undefined;
  readonly mentions: RawMention[] = [];
  readonly actors: Actor[] = [];
  readonly seenPersons = new Set<string>();
  /** The state of the document's agency tag (src/resolve/agency.ts): undefined until looked for, null when there is none. */
  agency: string | null | undefined;
  /** The role of the most recent title phrase, for counterparts. */
  lastRole: { role: string; first: number; postedTo?: string } | undefined;
  /**
   * Undated text: the days on which every titled, named person held the title
   * the text gives them («وزير الدفاع الأمريكي كارتر»: 2015-02-17 to 2017-01-20);
   * null when their terms never overlap.
   */
  window: { from: string; to: string } | null | undefined;
  /** The person each title last resolved to, by role, for a later bare title. */
  readonly titleMemory = new Map<string, Remembered>();
  /**
   * The same by role, then by the person's state: maps, not a `role|state`
   * key, which would be a new string to build and hash for every title.
   */
  readonly titleMemoryByState = new Map<string, Map<string, Remembered>>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.g = doc.gazetteer;
    this.matches = doc.matches;
    // filled by push, so the arrays stay packed (a large `new Array(n)` would be a dictionary)
    const size = this.matches.length > 0 ? this.matches[this.matches.length - 1]!.last + 1 : 0;
    for (let k = 0; k < size; k++) {
      this.starts.push(undefined);
      this.ends.push(undefined);
    }
    for (const m of this.matches) {
      this.starts[m.first] = m;
      this.ends[m.last] = m;
    }
    this.used = new UsedMatches(size);
  }

  get docCountries(): Set<string> {
    return (this.countries ??= this.findCountries()).any;
  }
  get docCountriesStrict(): Set<string> {
    return (this.countries ??= this.findCountries()).strict;
  }
  /** The countries of the matches (which do not change while a document is resolved). */
  private findCountries(): { any: Set<string>; strict: Set<string> } {
    const g = this.g;
    const any = new Set<string>();
    const strict = new Set<string>();
    for (const m of this.matches)
      for (const s of m.senses) {
        if (s.t === 'country') any.add(s.id.slice(8));
        if (s.t === 'city') any.add(g.cities.get(s.id)?.country ?? '');
        if (s.t === 'person' && !s.short && m.senses.length === 1) strict.add(g.people.get(s.id)?.country ?? '');
        if (s.t === 'title') strict.add(g.titles[s.title]?.country ?? '');
      }
    for (const m of this.matches) {
      const places = m.senses.filter((x) => x.t === 'country' || x.t === 'city');
      if (places.length !== 1) continue;
      const only = places[0]!;
      strict.add(only.t === 'country' ? only.id.slice(8) : (g.cities.get(only.id)?.country ?? ''));
    }
    return { any, strict };
  }

  /** The normalized text of a token (its whole-token analysis). */
  text(i: number): string {
    return this.doc.tokens[i]?.analyses[0]?.base ?? '';
  }
  /** The token before a match, unless the match starts after proclitics. */
  before(m: M): string {
    return m.offset > 0 ? '' : this.text(m.first - 1);
  }
  /** The matched phrase as looked up (the first token without its proclitics). */
  surface(m: M): string {
    const first = this.doc.tokens[m.first]!;
    const a = first.analyses.find((x) => x.offset === m.offset) ?? first.analyses[0]!;
    // most phrases are one token: its form as it is, no list to build and join (nor a new string to hash)
    if (m.last - m.first === 1) return a.base;
    return [a.base, ...this.doc.tokens.slice(m.first + 1, m.last).map((t) => t.text)].join(' ');
  }
  /**
   * The last actor (scanning back from the newest) that satisfies `pred`; the scan ends at the
   * first actor older than `since` (a sentence index), the actors coming in the order of the text.
   */
  lastActor(pred: (a: Actor) => boolean, since = 0): Actor | undefined {
    for (let k = this.actors.length - 1; k >= 0; k--) {
      const a = this.actors[k]!;
      if (a.sentence < since) return undefined;
      if (pred(a)) return a;
    }
    return undefined;
  }
  /** The match that starts at token `i`. */
  startingAt(i: number): M | undefined {
    return this.starts[i];
  }
  /** The match that ends right before token `i`. */
  endingAt(i: number): M | undefined {
    return this.ends[i];
  }
  inLex(list: string, phrase: string): boolean {
    return this.g.inLexicon(list, phrase);
  }
  sentenceOf(i: number): number {
    return this.doc.tokens[i]!.sentence;
  }
  itemOf(i: number): Item | undefined {
    return itemOf(this.doc, i);
  }
  /** «في عمان», «بعمان», «إلى عمان»: a place after a locative preposition. */
  locative(m: M): boolean {
    return m.prefix.endsWith('ب') || this.inLex('locatives', this.before(m));
  }

  /** Remembers the person a title resolved to, by its role and by its role and the person's state. */
  remember(role: string, country: string, id: string, token: number): void {
    this.titleMemory.set(role, { id, token });
    let byState = this.titleMemoryByState.get(role);
    if (!byState) this.titleMemoryByState.set(role, (byState = new Map()));
    byState.set(country, { id, token });
  }

  // the optional fields of mentions, actors and persons are set after the literal, not spread into it: a spread of a
  // conditional object copies properties one by one at run time, for every mention
  mention(id: string, span: { first: number; last: number; offset: number }, kind: RawMention['kind'], confidence: number, implicit = false): void {
    const x: RawMention = { id, first: span.first, last: span.last, offset: span.offset, kind, confidence };
    if (implicit) x.implicit = implicit;
    this.mentions.push(x);
  }

  /** Records a known person: roles on the day, best confidence; remembered for later references. */
  person(p: PersonRecord, day: string | null, confidence: number): void {
    this.seenPersons.add(p.id);
    const info = this.doc.personInfo.get(p.id);
    if (info) {
      info.confidence = Math.max(info.confidence, confidence);
      return;
    }
    const name = { en: p.name.en, ar: p.name.ar };
    const roles = rolesOn(p, day) as Role[];
    this.doc.personInfo.set(p.id, p.country ? { name, country: p.country, roles, confidence } : { name, roles, confidence });
  }
}

/** A bit for each type of sense, for `kinds`. */
export const KIND = {
  country: 1, city: 2, org: 4, seat: 8, bodykind: 16, person: 32, title: 64, honorific: 128, counterpart: 256, reference: 512, pronoun: 1024, region: 2048,
} as const satisfies Record<Sense['t'], number>;

/**
 * The types of sense a match carries, as bits of KIND: one pass over the
 * senses where a chain of `pick` calls would make one each (the senses have
 * many shapes, so every read of their type is a slow, megamorphic one).
 */
export function kinds(m: M): number {
  let k = 0;
  for (const s of m.senses) k |= KIND[s.t];
  return k;
}

/** The sense of type `t` a match carries, if any. */
export const pick = <T extends Sense['t']>(m: M | undefined, t: T): SenseOf<T> | undefined => {
  if (!m) return undefined;
  // a loop, not find(): no closure per call (pick runs several times for every match)
  const senses = m.senses;
  for (let k = 0; k < senses.length; k++) if (senses[k]!.t === t) return senses[k] as SenseOf<T>;
  return undefined;
};

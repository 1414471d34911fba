/**
 * Dates of office: who held a role of a state or organization on a day.
 * Partial dates («2015», «2015-03») are intervals of certainty: a role
 * certainly covers a day when its latest possible start is before it and its
 * earliest possible end after it.
 */
import { fail } from '../errors.js';
import type { Gazetteer, PersonRecord, RoleRecord } from '../gazetteer/index.js';
import { fitsPortfolio, holdsTheOffice } from '../gazetteer/notes.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Bounds of the dates seen (dates of office: a few thousand at most), computed once each. */
const boundsMemo = new Map<string, [string, string]>();

/** Earliest and latest day a partial date can stand for. */
export function bounds(date: string): [string, string] {
  let b = boundsMemo.get(date);
  if (!b) {
    if (boundsMemo.size >= 50_000) boundsMemo.clear();
    boundsMemo.set(date, (b = computeBounds(date)));
  }
  return b;
}

function computeBounds(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-${String(DAYS[Number(m) - 1] ?? 31).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

export type Coverage = 'certain' | 'possible' | 'no';

/** Does the role cover the day? */
export function covers(role: RoleRecord, day: string): Coverage {
  const [fromEarly, fromLate] = role.from ? bounds(role.from) : ['0000-01-01', '0000-01-01'];
  const [toEarly, toLate] = role.to ? bounds(role.to) : ['9999-12-31', '9999-12-31'];
  if (day < fromEarly || day > toLate) return 'no';
  if (day >= fromLate && day <= toEarly) return 'certain';
  return 'possible';
}

export interface RoleQuery {
  role: string;
  /** ISO alpha-2 or organization id. */
  of: string;
  date: string;
  /** Keep only roles with this note ('supreme-leader'), or exclude noted roles when null. */
  note?: string | null;
  /** Envoys and ambassadors: the country they are posted to. */
  for?: string;
  /** Ministers: words of which the role's portfolio must hold one («وزير النفط»: oil, petroleum, energy). */
  portfolio?: readonly string[];
}

export interface Holder {
  person: PersonRecord;
  role: RoleRecord;
  coverage: 'certain' | 'possible';
}

/** Every holder of the role on the day, the certain ones first. */
export function holdersOn(gazetteer: Gazetteer, q: RoleQuery): Holder[] {
  const out: Holder[] = [];
  const people = gazetteer.holders.get(`${q.role}|${q.of}`) ?? [];
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    // a person with several terms of the office is listed once per term: read their roles once
    if (people.indexOf(person) < i) continue;
    for (const role of person.roles) {
      if (role.role !== q.role || role.of !== q.of || (q.for !== undefined && role.for !== q.for) || !fitsPortfolio(role, q.portfolio)) continue;
      // a role with a note (a deputy, a regional government, a supreme leader) is not the office itself,
      // unless the note only says the holder acted in it
      if (q.note ? role.note !== q.note : !holdsTheOffice(role.note)) continue;
      const c = covers(role, q.date);
      if (c !== 'no') out.push({ person, role, coverage: c });
    }
  }
  return out.sort((a, b) => (a.coverage === b.coverage ? 0 : a.coverage === 'certain' ? -1 : 1));
}

/**
 * The one person who held a role on a day, or undefined when nobody or several
 * could have: uncertainty is a value, never a guess.
 */
export function holderOn(gazetteer: Gazetteer, q: RoleQuery): Holder | undefined {
  const all = holdersOn(gazetteer, q);
  const certain = all.filter((h) => h.coverage === 'certain');
  const distinct = (hs: Holder[]) => new Set(hs.map((h) => h.person.id)).size;
  if (certain.length > 0) {
    if (distinct(certain) === 1) return certain[0];
    // an open-ended older term is superseded by a later appointment (data not yet closed)
    const latest = [...certain].sort((a, b) => (b.role.from ?? '').localeCompare(a.role.from ?? ''))[0]!;
    const others = certain.filter((h) => h.person.id !== latest.person.id);
    if (others.every((h) => !h.role.to && (h.role.from ?? '') < (latest.role.from ?? ''))) return latest;
    return undefined;
  }
  return distinct(all) === 1 ? all[0] : undefined;
}

/** Holders by query, per gazetteer (immutable once built); a bounded memory, emptied when full. */
const holderMemo = new WeakMap<Gazetteer, Map<string, Holder | undefined>>();
const HOLDER_MEMO_SIZE = 10_000;

/**
 * holderOn for the resolver, remembered: the same office on the same day is
 * looked up for title after title, document after document. The holder
 * returned is shared, so it is internal (the public holderOn returns fresh objects).
 */
export function cachedHolderOn(gazetteer: Gazetteer, role: string, of: string, date: string, note: string | null | undefined, postedTo: string | undefined, portfolio?: readonly string[]): Holder | undefined {
  let memo = holderMemo.get(gazetteer);
  if (!memo) holderMemo.set(gazetteer, (memo = new Map()));
  // «\u0001» cannot occur in codes or dates; null and undefined notes differ (exclude noted roles / any role)
  const key = `${role}\u0001${of}\u0001${date}\u0001${note === undefined ? '\u0002' : note === null ? '\u0003' : note}\u0001${postedTo ?? ''}\u0001${portfolio?.join('\u0002') ?? ''}`;
  if (memo.has(key)) return memo.get(key);
  const h = holderOn(gazetteer, { role, of, date, ...(note !== undefined ? { note } : {}), ...(postedTo ? { for: postedTo } : {}), ...(portfolio ? { portfolio } : {}) });
  if (memo.size >= HOLDER_MEMO_SIZE) memo.clear();
  memo.set(key, h);
  return h;
}

/** Roles of a person that cover the day (certainly or possibly). */
export function rolesOn(person: PersonRecord, day: string | null): RoleRecord[] {
  if (!day) return person.roles;
  return person.roles.filter((r) => covers(r, day) !== 'no');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Public: who held `role` of `country` (ISO alpha-2 or organization id) on `date`.
 * @throws DiplomaticNerError E_ROLE_QUERY for a malformed query
 */
export function checkRoleQuery(q: unknown): asserts q is { role: string; country: string; date: string } {
  if (!q || typeof q !== 'object') fail('E_ROLE_QUERY', 'resolveRole takes { role, country, date }', 'query');
  const { role, country, date } = q as Record<string, unknown>;
  if (typeof role !== 'string' || !role) fail('E_ROLE_QUERY', 'query.role must be a role code such as "foreign-minister"', 'query.role');
  if (typeof country !== 'string' || !country) fail('E_ROLE_QUERY', 'query.country must be an ISO alpha-2 code or an organization id', 'query.country');
  if (typeof date !== 'string' || !ISO_DAY.test(date) || Number.isNaN(Date.parse(date)))
    fail('E_ROLE_QUERY', 'query.date must be a YYYY-MM-DD day', 'query.date');
}

/**
 * Validation of gazetteer data: the bundled files (run by the test suite) and
 * the custom entries users add (run by createExtractor).
 */
import { fail } from '../errors.js';
import { normalizeArabic } from '../normalize/index.js';
import { variantKeys } from './forms.js';
import { holdsTheOffice } from './notes.js';
import type { CityRecord, CountryRecord, GazetteerData, OrganizationRecord, PersonRecord } from './records.js';

// Made when a record is checked, not at import: a regular expression of Unicode properties looks
// the properties' characters up when it is parsed, and the validator runs on custom data only.
const arabicField = (): RegExp => new RegExp(String.raw`^[\p{Script=Arabic}\p{M}\u0640\s\-\u200c0-9+.()]+$`, 'u');
const LATIN_LETTER = /[A-Za-z]/;
const arabicLetter = (): RegExp => new RegExp(String.raw`\p{Script=Arabic}`, 'u');
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = {
  person: /^person:[a-z0-9][a-z0-9-]*$/,
  country: /^country:[A-Z]{2}$/,
  city: /^city:[a-z0-9][a-z0-9-]*$/,
  region: /^region:[a-z0-9][a-z0-9-]*$/,
  organization: /^(org|body):[a-z0-9][a-z0-9:+-]*$/i,
};

export interface Problem {
  /** file or 'custom' */
  where: string;
  id: string;
  field: string;
  message: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strArr = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkNames(where: string, id: string, rec: Record<string, unknown>, out: Problem[]): void {
  const name = rec.name;
  if (!isObj(name) || typeof name.en !== 'string' || typeof name.ar !== 'string' || !name.en || !name.ar) {
    out.push({ where, id, field: 'name', message: 'name must be { en: string, ar: string }, both non-empty' });
    return;
  }
  const arForms: string[] = [name.ar];
  const enForms: string[] = [name.en];
  for (const key of ['aliases', 'short'] as const) {
    const a = rec[key];
    if (a === undefined) continue;
    if (!isObj(a) || (a.en !== undefined && !strArr(a.en)) || (a.ar !== undefined && !strArr(a.ar))) {
      out.push({ where, id, field: key, message: `${key} must be { en?: string[], ar?: string[] }` });
      continue;
    }
    arForms.push(...((a.ar as string[] | undefined) ?? []));
    enForms.push(...((a.en as string[] | undefined) ?? []));
  }
  const [arabicOnly, arabic] = [arabicField(), arabicLetter()];
  for (const f of arForms) {
    if (LATIN_LETTER.test(f) || !arabicOnly.test(f)) out.push({ where, id, field: 'ar', message: `Arabic form "${f}" holds non-Arabic letters` });
    else if (!normalizeArabic(f).text.trim()) out.push({ where, id, field: 'ar', message: `Arabic form "${f}" normalizes to nothing` });
  }
  for (const f of enForms) if (arabic.test(f)) out.push({ where, id, field: 'en', message: `English form "${f}" holds Arabic letters` });
}

/** What a person's roles may refer to: the states, the organizations and the role codes of the gazetteer (each check skipped when absent). */
export interface RoleTerms {
  countries?: ReadonlySet<string>;
  organizations?: ReadonlySet<string>;
  roles?: ReadonlySet<string>;
  /** Region and city ids, which a governor's role is `of` («region:tabuk-province», «city:jeddah»). */
  places?: ReadonlySet<string>;
}

/** Problems of one person record. */
export function personProblems(p: unknown, where = 'custom', terms?: ReadonlySet<string> | RoleTerms): Problem[] {
  const { countries, organizations, roles, places } = terms instanceof Set ? { countries: terms as ReadonlySet<string>, organizations: undefined, roles: undefined, places: undefined } : ((terms ?? {}) as RoleTerms);
  const out: Problem[] = [];
  if (!isObj(p)) return [{ where, id: '?', field: '', message: 'a person must be an object' }];
  const id = typeof p.id === 'string' ? p.id : '?';
  if (!ID.person.test(id)) out.push({ where, id, field: 'id', message: 'id must look like "person:first-last"' });
  checkNames(where, id, p, out);
  if (p.gender !== undefined && p.gender !== 'm' && p.gender !== 'f') out.push({ where, id, field: 'gender', message: 'gender must be "m" or "f"' });
  if (p.country !== undefined && (typeof p.country !== 'string' || !/^[A-Z]{2}$/.test(p.country)))
    out.push({ where, id, field: 'country', message: 'country must be an ISO alpha-2 code' });
  if (!Array.isArray(p.roles)) out.push({ where, id, field: 'roles', message: 'roles must be an array' });
  else
    p.roles.forEach((r: unknown, i: number) => {
      const field = `roles[${i}]`;
      if (!isObj(r) || typeof r.role !== 'string' || typeof r.of !== 'string') {
        out.push({ where, id, field, message: 'a role needs "role" and "of"' });
        return;
      }
      if (countries && /^[A-Z]{2}$/.test(r.of) && !countries.has(r.of)) out.push({ where, id, field: `${field}.of`, message: `unknown country ${r.of}` });
      if (roles && roles.size > 0 && !roles.has(r.role)) out.push({ where, id, field: `${field}.role`, message: `unknown role code "${r.role}" (data/roles.json)` });
      for (const k of ['of', 'for'] as const) {
        const v = r[k];
        if (organizations && typeof v === 'string' && v.startsWith('org:') && !organizations.has(v))
          out.push({ where, id, field: `${field}.${k}`, message: `unknown organization ${v}` });
        if (places && typeof v === 'string' && /^(region|city):/.test(v) && !places.has(v)) out.push({ where, id, field: `${field}.${k}`, message: `unknown region or city ${v}` });
      }
      for (const k of ['from', 'to'] as const)
        if (r[k] !== undefined && (typeof r[k] !== 'string' || !DATE.test(r[k] as string)))
          out.push({ where, id, field: `${field}.${k}`, message: `${k} must be YYYY, YYYY-MM or YYYY-MM-DD` });
      if (typeof r.from === 'string' && typeof r.to === 'string' && r.from.slice(0, r.to.length) > r.to.slice(0, r.from.length))
        out.push({ where, id, field, message: `from ${r.from} is after to ${r.to}` });
    });
  return out;
}

/** The ids of the regions and cities of a data set: what a governor's role may be `of`. */
export function placeIds(d: Pick<GazetteerData, 'cities' | 'regions'>): Set<string> {
  return new Set([...(d.regions ?? []).map((x) => x.id), ...d.cities.map((x) => x.id)]);
}

/** Every problem of the bundled (or a replaced) data set. */
export function validateData(d: GazetteerData): Problem[] {
  const out: Problem[] = [];
  const ids = new Set<string>();
  const dup = (where: string, id: string) => {
    if (ids.has(id)) out.push({ where, id, field: 'id', message: 'duplicate id' });
    ids.add(id);
  };
  const isoSet = new Set(d.countries.map((c) => c.iso2));
  const cityIds = new Set(d.cities.map((c) => c.id));
  for (const c of d.countries as CountryRecord[]) {
    dup('countries.jsonl', c.id);
    if (!ID.country.test(c.id) || c.id.slice(8) !== c.iso2) out.push({ where: 'countries.jsonl', id: c.id, field: 'id', message: 'id must be country:<iso2>' });
    if (c.iso3 !== undefined && !/^[A-Z]{3}$/.test(c.iso3)) out.push({ where: 'countries.jsonl', id: c.id, field: 'iso3', message: 'malformed iso3' });
    checkNames('countries.jsonl', c.id, c as unknown as Record<string, unknown>, out);
    if (!c.capital) out.push({ where: 'countries.jsonl', id: c.id, field: 'capital', message: 'no capital' });
    else if (!cityIds.has(c.capital)) out.push({ where: 'countries.jsonl', id: c.id, field: 'capital', message: `capital ${c.capital} is not in cities.jsonl` });
    if (!c.adjectives?.en?.length && !c.adjectives?.ar?.length) out.push({ where: 'countries.jsonl', id: c.id, field: 'adjectives', message: 'no adjectives' });
  }
  for (const c of d.cities as CityRecord[]) {
    dup('cities.jsonl', c.id);
    if (!ID.city.test(c.id)) out.push({ where: 'cities.jsonl', id: c.id, field: 'id', message: 'malformed id' });
    if (!isoSet.has(c.country)) out.push({ where: 'cities.jsonl', id: c.id, field: 'country', message: `unknown country ${c.country}` });
    checkNames('cities.jsonl', c.id, c as unknown as Record<string, unknown>, out);
  }
  for (const o of d.organizations as OrganizationRecord[]) {
    dup('organizations.jsonl', o.id);
    if (!ID.organization.test(o.id)) out.push({ where: 'organizations.jsonl', id: o.id, field: 'id', message: 'malformed id' });
    checkNames('organizations.jsonl', o.id, o as unknown as Record<string, unknown>, out);
  }
  for (const s of d.bodies.seats ?? []) {
    dup('bodies.json', s.id);
    if (!isoSet.has(s.country)) out.push({ where: 'bodies.json', id: s.id, field: 'country', message: `unknown country ${s.country}` });
    if (s.city !== undefined && !cityIds.has(s.city)) out.push({ where: 'bodies.json', id: s.id, field: 'city', message: `city ${s.city} is not in cities.jsonl` });
    checkNames('bodies.json', s.id, s as unknown as Record<string, unknown>, out);
  }
  for (const x of d.regions ?? []) {
    dup('regions.jsonl', x.id);
    if (!ID.region.test(x.id)) out.push({ where: 'regions.jsonl', id: x.id, field: 'id', message: 'id must look like "region:slug"' });
    if (x.country !== undefined && !isoSet.has(x.country)) out.push({ where: 'regions.jsonl', id: x.id, field: 'country', message: `unknown country ${x.country}` });
    checkNames('regions.jsonl', x.id, x as unknown as Record<string, unknown>, out);
  }
  for (const o of d.organizations) if (o.group !== undefined && !GROUP_KINDS.has(o.group))
    out.push({ where: 'groups.jsonl', id: o.id, field: 'group', message: `group must be one of ${[...GROUP_KINDS].join(', ')}` });
  const terms: RoleTerms = { countries: isoSet, organizations: new Set(d.organizations.map((o) => o.id)), roles: new Set(d.roles?.roles ?? []), places: placeIds(d) };
  for (const p of d.people as PersonRecord[]) {
    dup('people', p.id);
    out.push(...personProblems(p, 'people', terms));
  }
  out.push(...duplicatePersons(d.people));
  const reviewed = new Set((d.overlaps?.overlaps ?? []).map((o) => o.pair));
  for (const pair of officeOverlaps(d))
    if (!reviewed.has(pair)) out.push({ where: 'people', id: pair, field: 'roles', message: 'two holders of a single-holder office overlap by more than a month; note one (acting, interim, disputed) or list the pair in data/office-overlaps.json' });
  out.push(...collisions(d));
  return out;
}

/** The kinds of non-state group (data/groups.jsonl). */
export const GROUP_KINDS: ReadonlySet<string> = new Set(['movement', 'armed-group', 'party', 'coalition']);

/** The names a person is known by, normalized for comparison: full names and aliases in both scripts, and the short forms. */
function namesOf(p: PersonRecord): string[] {
  const en = [p.name.en, ...(p.aliases?.en ?? []), ...(p.short?.en ?? [])].map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
  const ar = [p.name.ar, ...(p.aliases?.ar ?? []), ...(p.short?.ar ?? [])].map((n) => variantKeys(n)[0]?.join(' ') ?? n);
  return [...new Set([...en.map((n) => `en:${n}`), ...ar.map((n) => `ar:${n}`)])].filter((n) => n.length > 3);
}

/** Do two roles name the same office (role, state or organization, posting) over days that overlap? */
function sameOfficeOverlapping(a: PersonRecord['roles'][number], b: PersonRecord['roles'][number]): boolean {
  // an acting holder beside the holder is two persons: the notes must agree too
  if (a.role !== b.role || a.of !== b.of || a.for !== b.for || a.note !== b.note) return false;
  // certainly overlapping, by more than a month (a handover day or a partial date is no overlap)
  const from = (x: typeof a) => (x.from ? latestStart(x.from) : '0000-01-01');
  const to = (x: typeof a) => (x.to ? earliestEnd(x.to) : '9999-12-31');
  const start = from(a) > from(b) ? from(a) : from(b);
  const end = to(a) < to(b) ? to(a) : to(b);
  return daysBetween(start, end) > 31;
}

/**
 * One person under two ids: two records that share a name, an alias or a short form and hold the
 * same office over days that overlap (a namesake holds other offices, or the same one at other times).
 */
export function duplicatePersons(people: readonly PersonRecord[]): Problem[] {
  const byName = new Map<string, PersonRecord[]>();
  for (const p of people)
    for (const n of namesOf(p)) {
      const list = byName.get(n);
      if (list) list.push(p);
      else byName.set(n, [p]);
    }
  const out = new Set<string>();
  for (const list of byName.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.id !== b.id && a.roles.some((x) => b.roles.some((y) => sameOfficeOverlapping(x, y)))) out.add([a.id, b.id].sort().join(' / '));
      }
  return [...out].sort().map((id) => ({ where: 'people', id, field: 'id', message: 'the same person under two ids (a shared name and the same office at the same time): merge the records' }));
}

const SINGLE_HOLDER = new Set(['head-of-state', 'head-of-government', 'foreign-minister']);
const NOT_THE_OFFICE = /^(acting|interim|disputed|co-prince)\b/i;
const latestStart = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-28` : d);
const earliestEnd = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * Two holders of a state's single-holder office (head of state, head of
 * government, foreign minister) whose terms overlap by more than a month, at
 * the precision the dates allow. Acting, interim and disputed holders (noted
 * so) are not counted. Returns pairs as "role|of|person-a|person-b".
 */
export function officeOverlaps(d: GazetteerData): string[] {
  const byOffice = new Map<string, Array<{ id: string; from: string; to: string }>>();
  for (const p of d.people)
    for (const r of p.roles) {
      if (!SINGLE_HOLDER.has(r.role) || !/^[A-Z]{2}$/.test(r.of) || !r.from) continue;
      // only full holders: not a deputy or a regional office, and not an acting, interim or disputed holder
      if (!holdsTheOffice(r.note) || (r.note && NOT_THE_OFFICE.test(r.note))) continue;
      const key = `${r.role}|${r.of}`;
      const list = byOffice.get(key) ?? [];
      list.push({ id: p.id, from: latestStart(r.from), to: r.to ? earliestEnd(r.to) : '9999-12-31' });
      byOffice.set(key, list);
    }
  const out: string[] = [];
  for (const [office, list] of byOffice)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.id === b.id) continue;
        const from = a.from > b.from ? a.from : b.from;
        const to = a.to < b.to ? a.to : b.to;
        if (daysBetween(from, to) > 31) out.push(`${office}|${[a.id, b.id].sort().join('|')}`);
      }
  return [...new Set(out)].sort();
}

/**
 * A form naming places or organizations of two different states must be listed
 * in data/ambiguous.json (a state and its own capital need not be).
 */
function collisions(d: GazetteerData): Problem[] {
  const owners = new Map<string, Map<string, string>>();
  const add = (id: string, forms: string[], state: string) => {
    for (const f of forms)
      for (const keys of variantKeys(f)) {
        const key = keys.join(' ');
        const m = owners.get(key) ?? new Map<string, string>();
        m.set(id, state);
        owners.set(key, m);
      }
  };
  for (const c of d.countries) add(c.id, [c.name.ar, ...(c.aliases?.ar ?? [])], c.iso2);
  for (const c of d.cities) add(c.id, [c.name.ar, ...(c.aliases?.ar ?? [])], c.country);
  for (const o of d.organizations) add(o.id, [o.name.ar, ...(o.aliases?.ar ?? [])], o.id);
  for (const s of d.bodies.seats ?? []) add(s.id, [s.name.ar, ...(s.aliases?.ar ?? [])], s.country);
  const listed = new Set((d.ambiguous?.forms ?? []).map((f) => variantKeys(f.form)[0]?.join(' ') ?? f.form));
  const out: Problem[] = [];
  for (const [form, ids] of owners) {
    if (ids.size < 2 || new Set(ids.values()).size < 2 || listed.has(form)) continue;
    out.push({ where: 'data', id: [...ids.keys()].join(' / '), field: 'ar', message: `the form "${form}" names several entities; list it in data/ambiguous.json with cues` });
  }
  return out;
}

/** Throws the library error for the first problem. */
export function assertNoProblems(problems: Problem[]): void {
  const p = problems[0];
  if (p) fail('E_GAZETTEER_ENTRY', `${p.where}: entry "${p.id}", field "${p.field}": ${p.message}`, p.field);
}

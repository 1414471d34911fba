/** `resolveRole`: who held an office on a day, from the gazetteer's dates of office. */
import { defaultGazetteer, type Gazetteer } from './gazetteer/index.js';
import { fail } from './errors.js';
import { checkRoleQuery, holdersOn } from './resolve/office.js';

export interface ResolvedRole {
  id: string;
  name: { en: string; ar: string };
  /** 'certain' when the dates cover the day at their precision, 'possible' when a partial date leaves doubt. */
  coverage: 'certain' | 'possible';
  from?: string;
  to?: string;
}

/**
 * The holders of `role` of `country` (ISO alpha-2, or an organization id such as `org:un`) on `date`.
 * Several holders come back when the data cannot tell (a change of office within a partial date).
 * @throws DiplomaticNerError E_ROLE_QUERY for a malformed query
 */
export function resolveRole(query: { role: string; country: string; date: string }, gazetteer: Gazetteer = defaultGazetteer()): ResolvedRole[] {
  checkRoleQuery(query);
  checkRoleTerms(query, gazetteer);
  const note = query.role === 'head-of-state' ? null : undefined;
  const seen = new Set<string>();
  const out: ResolvedRole[] = [];
  // each holder once: the term that covers the day best (holdersOn lists the certain ones first)
  for (const h of holdersOn(gazetteer, { role: query.role, of: query.country, date: query.date, ...(note === null ? { note } : {}) })) {
    if (seen.has(h.person.id)) continue;
    seen.add(h.person.id);
    out.push({
      id: h.person.id,
      name: { en: h.person.name.en, ar: h.person.name.ar },
      coverage: h.coverage,
      ...(h.role.from ? { from: h.role.from } : {}),
      ...(h.role.to ? { to: h.role.to } : {}),
    });
  }
  return out;
}

/** A role the gazetteer does not know, or a country that is neither a state of it (ISO alpha-2) nor one of its organizations, is a malformed query. */
function checkRoleTerms(query: { role: string; country: string }, g: Gazetteer): void {
  if (g.roleCodes.size > 0 && !g.roleCodes.has(query.role))
    fail('E_ROLE_QUERY', `unknown role "${query.role}" (one of: ${[...g.roleCodes].join(', ')})`, 'query.role');
  const known = /^[A-Z]{2}$/.test(query.country) ? g.countries.has(query.country) : g.organizations.has(query.country);
  if (!known) fail('E_ROLE_QUERY', `"${query.country}" is neither the ISO alpha-2 code of a state nor an organization id of the gazetteer`, 'query.country');
}

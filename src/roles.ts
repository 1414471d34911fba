/** `resolveRole`: who held an office on a day, from the gazetteer's dates of office. */
import { defaultGazetteer, type Gazetteer } from './gazetteer/index.js';
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
  const note = query.role === 'head-of-state' ? null : undefined;
  return holdersOn(gazetteer, { role: query.role, of: query.country, date: query.date, ...(note === null ? { note } : {}) }).map((h) => ({
    id: h.person.id,
    name: { en: h.person.name.en, ar: h.person.name.ar },
    coverage: h.coverage,
    ...(h.role.from ? { from: h.role.from } : {}),
    ...(h.role.to ? { to: h.role.to } : {}),
  }));
}

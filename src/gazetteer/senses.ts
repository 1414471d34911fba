/**
 * Entity senses in the compiled gazetteer, as short codes written inside the packed tries
 * (src/gazetteer/packed.ts): a letter for the kind of sense and the base-36 number of its
 * record in data/ (a person's line, a city's place in the list ...). A code is a fraction of
 * the sense's JSON, and a loaded gazetteer turns it back into the same object (the same
 * object for the same code: one cache per loaded gazetteer, shared by its tries).
 *
 *     C/c  country by its place in `countries`, its name / its adjective
 *     y    city           o  organization (groups included)   r  region   s  seat of power
 *     k/K  kind of state body (bare / construct form: «وزارة خارجية» + a state)
 *     P/p  person by line of `people`, a full name / a short form
 *     t/T  title by its place in `titles`, bare / construct; S a title that takes several states
 *     h honorific, n counterpart, f reference, u pronoun
 */
import type { Sense } from './build.js';
import type { GazetteerData } from './records.js';

/** The records a code points into: every record list of data/ that senses name (people by their ids only). */
export interface SenseRecords {
  countries: ReadonlyArray<{ id: string }>;
  cities: ReadonlyArray<{ id: string }>;
  organizations: ReadonlyArray<{ id: string }>;
  regions?: ReadonlyArray<{ id: string }> | undefined;
  bodies: { kinds: ReadonlyArray<{ kind: string }>; seats: ReadonlyArray<{ id: string }> };
}

const BARE: Readonly<Record<string, Sense>> = { h: { t: 'honorific' }, n: { t: 'counterpart' }, f: { t: 'reference' }, u: { t: 'pronoun' } };

/** The sense of a code, from the records it points into and the id of the person on each line. */
export function decodeSense(code: string, records: SenseRecords, personId: (line: number) => string): Sense {
  const kind = code[0];
  const i = parseInt(code.slice(1), 36);
  const need = <T>(list: ReadonlyArray<T> | undefined): T => {
    const x = list?.[i];
    if (x === undefined) throw new Error(`arabic-diplomatic-ner: the compiled gazetteer names a record it lacks (sense ${code})`);
    return x;
  };
  switch (kind) {
    case 'C':
    case 'c':
      return { t: 'country', id: need(records.countries).id, form: kind === 'C' ? 'name' : 'adjective' };
    case 'y':
      return { t: 'city', id: need(records.cities).id };
    case 'o':
      return { t: 'org', id: need(records.organizations).id };
    case 'r':
      return { t: 'region', id: need(records.regions).id };
    case 's':
      return { t: 'seat', id: need(records.bodies.seats).id };
    case 'k':
    case 'K':
      return { t: 'bodykind', kind: need(records.bodies.kinds).kind, construct: kind === 'K' };
    case 'P':
    case 'p':
      return { t: 'person', id: personId(i), short: kind === 'p' };
    case 't':
    case 'T':
      return { t: 'title', title: i, construct: kind === 'T' };
    case 'S':
      return { t: 'title', title: i, construct: false, several: true };
    default: {
      const bare = kind === undefined ? undefined : BARE[kind];
      if (!bare || code.length !== 1) throw new Error(`arabic-diplomatic-ner: unknown sense code in the compiled gazetteer: ${code}`);
      return { ...bare };
    }
  }
}

/** The place of each id in a list. */
const places = (list: ReadonlyArray<{ id: string }> | undefined): Map<string, number> => new Map((list ?? []).map((x, i) => [x.id, i]));

/**
 * The code of each sense of the data (run at build time); throws when a sense names no record,
 * or when its code would not give back the very sense (same fields, same order).
 */
export function senseEncoder(d: GazetteerData): (s: Sense) => string {
  const at = {
    country: places(d.countries),
    city: places(d.cities),
    org: places(d.organizations),
    region: places(d.regions),
    seat: places(d.bodies.seats),
    person: places(d.people),
    kind: new Map((d.bodies.kinds ?? []).map((k, i) => [k.kind, i] as const).reverse()),
  };
  const n = (map: Map<string, number>, key: string): string => {
    const i = map.get(key);
    if (i === undefined) throw new Error(`gazetteer: a sense names an unknown record: ${key}`);
    return i.toString(36);
  };
  const encode = (s: Sense): string => {
    switch (s.t) {
      case 'country':
        return (s.form === 'name' ? 'C' : 'c') + n(at.country, s.id);
      case 'city':
        return 'y' + n(at.city, s.id);
      case 'org':
        return 'o' + n(at.org, s.id);
      case 'region':
        return 'r' + n(at.region, s.id);
      case 'seat':
        return 's' + n(at.seat, s.id);
      case 'bodykind':
        return (s.construct ? 'K' : 'k') + n(at.kind, s.kind);
      case 'person':
        return (s.short ? 'p' : 'P') + n(at.person, s.id);
      case 'title':
        return (s.several ? 'S' : s.construct ? 'T' : 't') + s.title.toString(36);
      default:
        return Object.keys(BARE).find((k) => BARE[k]!.t === s.t)!;
    }
  };
  const people = d.people.map((p) => p.id);
  return (s) => {
    const code = encode(s);
    const back = decodeSense(code, d, (i) => people[i]!);
    if (JSON.stringify(back) !== JSON.stringify(s)) throw new Error(`gazetteer: the sense ${JSON.stringify(s)} has no code that gives it back (${code})`);
    return code;
  };
}

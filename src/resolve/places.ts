/**
 * States, cities, organizations and seats of power: ambiguous forms decided by
 * context (a dateline, «مدينة», «دولة», the states the document names), weak
 * forms only with a cue, adjectives not when they qualify a team or a currency.
 */
import type { Actor, Doc } from '../document.js';
import { variantKeys, type AmbiguousForm, type Sense } from '../gazetteer/index.js';
import { agencyTagAt } from './agency.js';
import { type M, type Resolution } from './state.js';

type Place = Extract<Sense, { t: 'country' | 'city' | 'org' | 'seat' | 'region' }>;

/** Chooses among a match's place senses. */
export function placeSense(r: Resolution, m: M): Place | undefined {
  const { g } = r;
  const only = onlyPlace(m);
  if (only !== 'several') return only;
  const places = m.senses.filter(isPlace);
  const before = r.before(m);
  const after = r.text(m.last);
  const shared = regionOrCity(r, m, places);
  if (shared) return shared;
  const seats = places.filter((s) => s.t === 'seat');
  if (seats.length > 1) {
    // «قصر السلام» in Kuwait, Jeddah or Baghdad: the one whose country the document names
    const hit =
      seats.find((s) => r.docCountriesStrict.has(g.seats.get(s.id)?.country ?? '')) ?? seats.find((s) => r.docCountries.has(g.seats.get(s.id)?.country ?? ''));
    if (hit) return hit;
  }
  // data/ambiguous.json: the cue words of the article pick a candidate
  const cued = cuedCandidate(r, m, places);
  if (cued) return cued;
  const city = places.find((s) => s.t === 'city');
  const country = places.find((s) => s.t === 'country');
  if (city && (r.inLex('cityCuesBefore', before) || r.inLex('cityCuesAfter', after) || isDateline(r.doc, m))) return city;
  // «في سنغافورة», «بسنغافورة»: a city-state as a place is the city
  if (city && r.inLex('cityStates', r.surface(m)) && r.locative(m)) return city;
  if (country && r.inLex('countryCuesBefore', before)) return country;
  // «عمان» in an article about Jordan is Amman; about Oman, the Sultanate
  if (city && country) {
    const cityCountry = g.cities.get(city.id)?.country;
    if (cityCountry && cityCountry !== country.id.slice(8) && r.docCountriesStrict.has(cityCountry) && !r.docCountriesStrict.has(country.id.slice(8))) return city;
  }
  return country ?? places[0];
}

const isPlace = (s: Sense): s is Place => s.t === 'country' || s.t === 'city' || s.t === 'org' || s.t === 'seat' || s.t === 'region';

/**
 * A form that names a region and a city of it («غزة»: the Strip and Gaza City): the city only where the
 * phrase opens a dateline (a dateline names the city reported from); elsewhere the region, the sense
 * that news of war, aid and truces gives the bare name. «مدينة غزة» names the city by its own form
 * (data), and a province that shares its capital's name is a region only in the form that says so
 * («محافظة إدلب»; bare «إدلب» is the city, as it has no region sense).
 */
function regionOrCity(r: Resolution, m: M, places: Place[]): Place | undefined {
  const region = places.find((s) => s.t === 'region');
  const city = places.find((s) => s.t === 'city');
  if (!region || !city) return undefined;
  return isDateline(r.doc, m) ? city : region;
}

/** The one place sense of a match (or none), without building the list that several call for (most matches have one). */
function onlyPlace(m: M): Place | undefined | 'several' {
  let found: Place | undefined;
  for (const s of m.senses) {
    if (!isPlace(s)) continue;
    if (found) return 'several';
    found = s;
  }
  return found;
}

const cueCache = new WeakMap<object, Map<string, AmbiguousForm & { keys: Record<string, string[]> }>>();

/** The candidate of an ambiguous form (data/ambiguous.json) whose cue words the article contains, in the order the data lists them. */
function cuedCandidate(r: Resolution, m: M, places: Place[]): Place | undefined {
  let table = cueCache.get(r.g);
  if (!table) {
    table = new Map();
    for (const f of r.g.data.ambiguous?.forms ?? []) {
      const keys: Record<string, string[]> = {};
      for (const [id, cues] of Object.entries(f.cues)) keys[id] = cues.map((c) => variantKeys(c)[0]?.join(' ') ?? c);
      table.set(variantKeys(f.form)[0]?.join(' ') ?? f.form, { ...f, keys });
    }
    cueCache.set(r.g, table);
  }
  const entry = table.get(r.surface(m));
  if (!entry) return undefined;
  const text = r.doc.norm.text;
  for (const id of entry.candidates) {
    const hit = places.find((p) => 'id' in p && p.id === id);
    if (hit && (entry.keys[id] ?? []).some((cue) => text.includes(cue))) return hit;
  }
  return undefined;
}

/** Is a country adjective here a reference to the state? Not «الدولار الأمريكي», «نادي العين الإماراتي», nor a weak form («المالي») outside a title. */
export function adjectiveCounts(r: Resolution, m: M, afterTitle: boolean): boolean {
  const { doc } = r;
  if (!afterTitle && writtenIn(r, 'weakAdjectives', m)) return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (doc.tokens[k]!.sentence !== doc.tokens[m.first]!.sentence) break;
    if (r.inLex('nonStateNouns', r.text(k))) return false;
    if (doc.tokens[k]!.kind === 'punct') break;
  }
  return true;
}

/** «العاصمة الأردنية عمان»: a cue of a city, then a country adjective, stand right before the name. */
function capitalPhraseBefore(r: Resolution, m: M): boolean {
  if (m.offset > 0) return false;
  const adjective = r.endingAt(m.first);
  if (!adjective || !adjective.senses.some((s) => s.t === 'country' && s.form === 'adjective')) return false;
  // («والعاصمة الأردنية عمان»: the cue may carry the conjunction)
  const cue = r.doc.tokens[adjective.first - 1];
  return adjective.offset === 0 && cue !== undefined && cue.analyses.some((a) => (a.offset === 0 || a.prefix === 'و') && r.inLex('cityCuesBefore', a.base));
}

/**
 * «العاصمة الجزائرية», «بالعاصمة الأردنية»: the capital named by the cue and
 * the state's adjective is that state's capital city, where no city's name
 * follows to name it itself («العاصمة القطرية الدوحة»).
 */
function capitalNamedByAdjective(r: Resolution, m: M, country: string, sentence: number): void {
  const cue = r.doc.tokens[m.first - 1];
  if (m.offset > 0 || !cue || cue.sentence !== sentence) return;
  const reading = cue.analyses.find((x) => r.inLex('capitalNouns', x.base));
  if (!reading) return;
  // (past one adjective of the capital: «العاصمة اليمنية المؤقتة عدن»)
  for (const k of [m.last, m.last + 1]) if (r.startingAt(k)?.senses.some((x) => x.t === 'city' || x.t === 'region')) return;
  const capital = r.g.countries.get(country.slice(8))?.capital;
  if (!capital || !r.g.cities.get(capital)) return;
  const span = { first: m.first - 1, last: m.last, offset: reading.offset };
  r.mention(capital, span, 'reference', 0.9);
  r.actors.push({ id: capital, type: 'city', first: span.first, last: span.last, sentence });
}

/**
 * An adjective names the state as an actor only after a noun of a side or an
 * authority («الجانب», «الحكومة», «الوفد» ...), after the dual of a side
 * («الجانبان السعودي والفرنسي»: the two states, and no reference back), or
 * joined by «و» to an adjective that does.
 */
function adjectiveActs(r: Resolution, m: M): boolean {
  const before = r.text(m.first - 1).replace(/^و/, '');
  if (r.inLex('actorNouns', before)) return true;
  const last = r.actors[r.actors.length - 1];
  if (r.inLex('sideNouns', before) && last?.reference && last.last === m.first) {
    r.actors.pop();
    return true;
  }
  return last !== undefined && last.type === 'country' && !last.inPhrase && last.last === m.first && /^و/.test(r.text(m.first));
}

/** A place match on its own: a state (by name or adjective), a city, an organization or a seat of power. */
export function resolvePlace(r: Resolution, m: M, sentence: number): void {
  const place = placeSense(r, m);
  if (!place) return;
  const cued = () => isDateline(r.doc, m) || r.locative(m);
  if (place.t === 'country') {
    if (place.form === 'adjective' && !adjectiveCounts(r, m, false)) return;
    // «عمان», «مالي»: a weak name counts only with a cue
    if (place.form === 'name' && lookedUpIn(r, 'weakNames', m) && !m.senses.some((s) => s.t === 'city') && !r.inLex('countryCuesBefore', r.before(m)) && !cued()) return;
    const actor = place.form === 'name' || adjectiveActs(r, m);
    r.mention(place.id, m, place.form === 'adjective' ? 'adjective' : 'name', 1);
    const a: Actor = { id: place.id, type: 'country', first: m.first, last: m.last, sentence };
    if (!actor) a.inPhrase = true;
    r.actors.push(a);
    if (place.form === 'adjective') capitalNamedByAdjective(r, m, place.id, sentence);
  } else if (place.t === 'city') {
    if (lookedUpIn(r, 'weakNames', m) && !r.inLex('cityCuesBefore', r.before(m)) && !capitalPhraseBefore(r, m) && !cued()) return;
    // «/قنا/»: an agency's tag, not the city of Qena
    if (m.last - m.first === 1 && agencyTagAt(r, m.first)) return;
    r.mention(place.id, m, 'name', 1);
    r.actors.push({ id: place.id, type: 'city', first: m.first, last: m.last, sentence });
  } else if (place.t === 'region') {
    r.mention(place.id, m, 'name', 1);
    // a region stands where a place stands: the relation stage reads it as it reads a city (a venue, a destination), never as a party
    r.actors.push({ id: place.id, type: 'city', first: m.first, last: m.last, sentence, region: true });
  } else {
    r.mention(place.id, m, 'name', 1);
    const a: Actor = { id: place.id, type: 'organization', first: m.first, last: m.last, sentence };
    if (place.t === 'seat') a.body = r.g.seats.get(place.id)?.kind ?? 'seat';
    r.actors.push(a);
  }
}

/** Is the phrase, as the weak-form lists know it (the first token without its proclitics, or the tokens as written), in the list? */
function lookedUpIn(r: Resolution, list: string, m: M): boolean {
  if (m.offset > 0) {
    const a = r.doc.tokens[m.first]!.analyses.find((x) => x.offset === m.offset);
    if (a) return r.inLex(list, a.base);
  }
  return writtenIn(r, list, m);
}

/** Are the tokens of a match, as written, in the list? Tokens are joined only when an entry of the list starts with the first and a space. */
function writtenIn(r: Resolution, list: string, m: M): boolean {
  if (m.last - m.first > 1 && !r.g.startsLexiconPhrase(list, r.doc.tokens[m.first]!.text)) return false;
  if (r.inLex(list, written(r, m))) return true;
  // («وماليا», «فالمالي»: a conjunction before the weak form leaves it weak)
  return m.offset === 1 && /^[وف]/.test(r.doc.tokens[m.first]!.text) && r.inLex(list, r.surface(m));
}

/** The tokens of a match as written, joined by spaces. */
function written(r: Resolution, m: M): string {
  const tokens = r.doc.tokens;
  // most places are one token: no array to build and join
  if (m.last - m.first === 1) return tokens[m.first]!.text;
  return tokens.slice(m.first, m.last).map((t) => t.text).join(' ');
}

/** A dateline: the first phrase of a line, followed by a dash, a date, a bracket, a comma or an agency. */
export function isDateline(doc: Doc, m: { first: number; last: number }): boolean {
  const t = doc.tokens[m.first]!;
  const text = doc.norm.text;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  if (text.slice(lineStart, t.start).trim() !== '') return false;
  const next = doc.tokens[m.last];
  if (!next) return false;
  if (next.kind === 'number') return true;
  if (next.kind === 'punct' && ['-', '–', '—', '(', '،', ','].includes(next.text)) return true;
  return doc.gazetteer.inLexicon('datelineAgencies', next.analyses[0]!.base);
}

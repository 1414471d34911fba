/**
 * The English path's reader: compromise tokens (tagged with the extractor's own
 * lexicon), gazetteer names (English side), title phrases and state bodies,
 * then relations.
 *
 * This module is the English path's one copy: src/english/index.ts (the
 * `english` value) reaches it through package.json "imports" (`#english`) in
 * the build, so that Node requires its file, dist/english/reader.cjs, on the
 * first English text instead of compiling it at import
 * (src/english/load/node.ts); bundlers include it (src/english/load/browser.ts).
 */
import type { Gazetteer } from '../gazetteer/index.js';
import { rolesOn } from '../resolve/office.js';
import { groupEntities } from '../entities.js';
import type { Entity, ExtractResult, Relation } from '../types.js';
import { findEntities, type Unit } from './entities.js';
import { englishGrammar } from './grammar.js';
import { englishIndex, type EnIndex } from './lexicon.js';
import { findRelations } from './relations.js';
import { tokenizeEnglish, type EnToken } from './tokens.js';
import { findDates } from './dates.js';

/** A reader of English texts over a gazetteer: its English index and tagging lexicon are built now, once. */
export function englishReader(g: Gazetteer): (text: string, day: string | null) => ExtractResult {
  const index = englishIndex(g, englishGrammar(g.data));
  return (text: string, day: string | null) => readEnglish(text, g, index, day);
}

/** The public entities of the found mentions (a possessive «'s» is not part of the name). */
function entitiesOf(text: string, tokens: readonly EnToken[], found: ReturnType<typeof findEntities>, g: Gazetteer, day: string | null): Entity[] {
  const placed = [];
  for (const rm of found.mentions) {
    const first = tokens[rm.first];
    const last = tokens[rm.last - 1];
    if (!first || !last) continue;
    let end = last.end;
    const m = /['’]s?$/u.exec(last.text);
    if (m && last.poss) end -= m[0].length;
    placed.push({ id: rm.id, start: first.start, end, kind: rm.kind, confidence: rm.confidence, ...(rm.implicit ? { implicit: true } : {}) });
  }
  return groupEntities(text, placed, (id) => {
    const view = g.view(id);
    const unk = found.unknown.get(id);
    if (!view && !unk) return undefined;
    const person = g.people.get(id);
    const country = view?.country ?? unk?.country;
    return {
      type: view?.type ?? 'person',
      name: { en: view?.name.en ?? unk!.name, ar: view?.name.ar ?? '' },
      ...(view?.aliases.length ? { aliases: view.aliases } : {}),
      ...(view?.iso2 ? { iso2: view.iso2 } : {}),
      ...(country ? { country } : {}),
      ...(person ? { roles: rolesOn(person, day).map((r) => ({ ...r })) } : {}),
      ...(view?.body ? { body: view.body } : {}),
    };
  });
}

/**
 * A dateline: a city that opens the text («NAIROBI, Mar 3 —»). Its date, when
 * one follows the city before the first verb, is the day the text's relative
 * words count from (the publication day gives the year).
 */
function datelineOf(tokens: readonly EnToken[], units: readonly Unit[], index: EnIndex, day: string | null): { place: string | null; day: string | null; end: number } {
  const city = units.find((u) => u.kind === 'city' && u.first === 0);
  if (!city) return { place: null, day, end: 0 };
  const stop = tokens.findIndex((t, i) => i >= city.last && (t.tags.has('Verb') || /[—–-]/.test(t.after) || t.before.includes('—')));
  const to = stop < 0 ? Math.min(tokens.length, city.last + 4) : Math.min(stop + 1, city.last + 5);
  const dates = findDates(index.grammar.dates, tokens, city.last, to, day, false).filter((d) => d.day);
  return { place: city.place, day: dates[0]?.day ?? day, end: dates.length ? to : 0 };
}

/** A state body acts for its state when the state is named in the text («the British government and the EU»). */
function bodiesAsStates(relations: Relation[], entities: readonly Entity[], g: Gazetteer): Relation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // the city of a seat of power named in the text is a venue («met at the Kremlin» → Moscow), though the text does not name the city
  const venues = new Set(entities.map((e) => g.seats.get(e.id)?.city).filter((c): c is string => !!c));
  const swap = (p: string | null | undefined) => {
    const c = p?.startsWith('body:') ? byId.get(p)?.country : undefined;
    return c && byId.has(`country:${c}`) ? `country:${c}` : (p ?? null);
  };
  return relations
    .map((r) => ({ ...r, participants: [...new Set(r.participants.map((p) => swap(p)!))], source: swap(r.source) }))
    .filter((r) => r.participants.length >= 1 && r.participants.every((p) => byId.has(p)) && (r.location === null || byId.has(r.location) || venues.has(r.location)))
    .map((r) => ({ ...r, source: r.source && r.participants.includes(r.source) ? r.source : null }));
}

/**
 * A person the gazetteer does not know is a party of a diplomatic relation only
 * when the text gives him an office («Foreign Minister X») or a state («Kenyan
 * X»): a bare unknown name («Tim Cook met Li Qiang») is no one who acts for a
 * state. He leaves the relation; a relation left without a party facing another
 * (or without its visitor) is dropped.
 */
function unconfirmedPersons(relations: Relation[], found: ReturnType<typeof findEntities>): Relation[] {
  const confirmed = (id: string) => !found.unknown.has(id) || !!found.unknown.get(id)!.country || found.units.some((u) => u.actor === id && (u.role || u.country));
  return relations
    .map((r) => ({ ...r, participants: r.participants.filter(confirmed) }))
    .filter((r) => r.participants.length >= (r.type === 'visit' ? 1 : 2))
    .map((r) => ({ ...r, source: r.source && r.participants.includes(r.source) ? r.source : null }));
}

/** Extracts entities and relations from an English text with an extractor's English index. */
function readEnglish(text: string, g: Gazetteer, index: EnIndex, day: string | null): ExtractResult {
  const { tokens, sentences } = tokenizeEnglish(text, index.tagging);
  const found = findEntities(tokens, g, index, day);
  const entities = entitiesOf(text, tokens, found, g, day);
  const dateline = datelineOf(tokens, found.units, index, day);
  const relations = findRelations({ tokens, sentences, units: found.units, g, index, day: dateline.day, text, dateline: dateline.place, datelineEnd: dateline.end });
  return { language: 'en', entities, relations: bodiesAsStates(unconfirmedPersons(relations, found), entities, g) };
}


/**
 * The English path: compromise tokens, gazetteer names (English side), title
 * phrases and state bodies, then relations. Registers itself with
 * `registerEnglish` so that `extract()` uses it for English texts.
 */
import { registerEnglish } from '../extract.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { rolesOn } from '../resolve/office.js';
import { groupEntities } from '../entities.js';
import type { ExtractResult } from '../types.js';
import { findEntities } from './entities.js';
import { englishIndex } from './lexicon.js';
import { findRelations } from './relations.js';
import { tokenizeEnglish } from './tokens.js';

export { englishIndex } from './lexicon.js';
export { tokenizeEnglish } from './tokens.js';
export { findDates, weekdayNear } from './dates.js';

/**
 * Extracts entities and relations from an English news text.
 * @param text the article
 * @param g the gazetteer
 * @param day the publication day (YYYY-MM-DD) or null
 */
export function extractEnglishText(text: string, g: Gazetteer, day: string | null): ExtractResult {
  const index = englishIndex(g);
  const { tokens, sentences } = tokenizeEnglish(text);
  const { mentions, units, unknown } = findEntities(tokens, g, index, day);

  const placed = [];
  for (const rm of mentions) {
    const first = tokens[rm.first];
    const last = tokens[rm.last - 1];
    if (!first || !last) continue;
    // a possessive «'s» is not part of the name
    let end = last.end;
    const m = /['’]s?$/u.exec(last.text);
    if (m && last.poss) end -= m[0].length;
    placed.push({ id: rm.id, start: first.start, end, kind: rm.kind, confidence: rm.confidence, ...(rm.implicit ? { implicit: true } : {}) });
  }
  const entities = groupEntities(text, placed, (id) => {
    const view = g.view(id);
    const unk = unknown.get(id);
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

  // the dateline: a city that opens the text
  const byId = new Map(entities.map((e) => [e.id, e]));
  const firstCity = units.find((u) => u.kind === 'city' && u.first === 0);
  const dateline = firstCity?.place ?? null;
  const relations = findRelations({ tokens, sentences, units, g, index, day, text, dateline })
    .map((r) => {
      // a state body acts for its state when the state is named in the text («the British government and the EU»)
      const participants = [
        ...new Set(
          r.participants.map((p) => {
            const c = p.startsWith('body:') ? byId.get(p)?.country : undefined;
            return c && byId.has(`country:${c}`) ? `country:${c}` : p;
          }),
        ),
      ];
      return { ...r, participants };
    })
    .filter((r) => r.participants.length >= 1 && r.participants.every((p) => byId.has(p)) && (r.location === null || byId.has(r.location)));
  return { language: 'en', entities, relations };
}

registerEnglish(extractEnglishText);

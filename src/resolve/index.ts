/**
 * Resolution: matched phrases become entities and actors. In the order of the
 * text, each match is read as a name, a title (with its state and a following
 * name), a state body, a reference, or a place; then later mentions by a
 * name's last word are added.
 */
import type { Actor, Doc } from '../document.js';
import { resolveBody } from './bodies.js';
import { corefSurnames, namedEnvoys, resolvePronoun } from './coref.js';
import { resolveName } from './persons.js';
import { resolvePlace } from './places.js';
import { namesAnInstitution, personsFromContext } from './slots.js';
import { KIND, kinds, pick, Resolution, type M } from './state.js';
import { resolveTitle } from './titles.js';

export { match } from './match.js';
export { isDateline } from './places.js';
export { holderOn, holdersOn, rolesOn, covers, bounds, checkRoleQuery } from './office.js';
export { romanize, slug } from './romanize.js';

/** The resolution stage of the pipeline: fills `doc.mentions` and `doc.actors`. */
export function resolve(doc: Doc): void {
  const r = new Resolution(doc);
  for (const m of r.matches) {
    if (r.used.has(m)) continue;
    r.used.add(m);
    const item = r.itemOf(m.first);
    if (item && (item.kind === 'source' || item.kind === 'tags')) continue;
    const day = item?.publishedAt ?? null;
    const sentence = r.sentenceOf(m.first);
    const k = kinds(m);
    if (k & (KIND.person | KIND.title | KIND.honorific) && !(k & (KIND.country | KIND.city)) && namesAnInstitution(r, m)) continue;
    if (k & KIND.person && !(k & KIND.title)) {
      if (!resolveName(r, m, day, sentence) && k & (KIND.city | KIND.country | KIND.region)) resolvePlace(r, m, sentence);
    }
    else if (k & (KIND.title | KIND.counterpart) && !bareReference(r, m, k)) resolveTitle(r, m, day, sentence);
    else if (bodyInsideTitle(r, m, k)) continue;
    else if (k & KIND.bodykind) resolveBody(r, m, sentence);
    else if (k & KIND.pronoun) resolvePronoun(r, m, sentence);
    else if (k & KIND.reference) r.actors.push({ id: '', type: 'country', first: m.first, last: m.last, sentence, reference: true });
    else resolvePlace(r, m, sentence);
  }
  personsFromContext(r);
  corefSurnames(r);
  namedEnvoys(r);
  doc.mentions = r.mentions;
  doc.actors = sortByFirst(r.actors);
}

/** Actors in the order of the text; they mostly come in that order already, and a stable sort would leave them as they are. */
function sortByFirst(actors: Actor[]): Actor[] {
  for (let k = 1; k < actors.length; k++) if (actors[k]!.first < actors[k - 1]!.first) return actors.sort((a, b) => a.first - b.first);
  return actors;
}

/** «الرئيسان» alone refers to the parties named; «الرئيسان الروسي والتركي» is a title of two states. */
function bareReference(r: Resolution, m: M, k: number): boolean {
  return Boolean(k & KIND.reference && pick(m, 'title')?.several && pick(r.startingAt(m.last), 'country')?.form !== 'adjective');
}

/** «المتحدث باسم الكرملين», «رئيس البرلمان»: a body inside a person's title is not named as an actor. */
function bodyInsideTitle(r: Resolution, m: M, k: number): boolean {
  return Boolean(k & (KIND.bodykind | KIND.seat)) && Boolean(pick(r.endingAt(m.first), 'title'));
}

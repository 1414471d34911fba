/**
 * The nasab: in an Arabic name the word right after «بن», «ابن» or «بنت» is
 * the name of a father (and after a second «بن», of a grandfather), inside the
 * name of someone else. «الأمير فهد بن سلطان بن عبدالعزيز» names Fahd, the
 * son of Sultan bin Abdulaziz; it does not name Sultan. A gazetteer name found
 * there is therefore no mention of its bearer.
 */
import { hasArticle } from '../tokenize/index.js';
import { nameKeys, variantKeys, type Gazetteer, type Match, type PersonRecord, type Sense } from '../gazetteer/index.js';
import type { Doc } from '../document.js';

const particleSets = new WeakMap<Gazetteer, Set<string>>();

/** The normalized particles of a nasab (data/names.json `nasab`), once per gazetteer. */
function nasabParticles(g: Gazetteer): Set<string> {
  let set = particleSets.get(g);
  if (!set) {
    // (normalized at build time, read from the data file when first used: see nameKeys)
    set = new Set(nameKeys().nasab);
    particleSets.set(g, set);
  }
  return set;
}

/** Is the normalized word a particle of a nasab («بن», «ابن», «بنت»)? */
export function isNasabParticle(g: Gazetteer, word: string): boolean {
  return nasabParticles(g).has(word);
}

/** The nasab particle right before a match (same sentence, the match without proclitics), or undefined. */
export function particleBefore(doc: Doc, m: Match<Sense>): string | undefined {
  if (m.offset > 0 || m.first === 0) return undefined;
  const before = doc.tokens[m.first - 1]!;
  if (before.kind !== 'arabic' || before.sentence !== doc.tokens[m.first]!.sentence) return undefined;
  const base = before.analyses[0]!.base;
  return nasabParticles(doc.gazetteer).has(base) ? base : undefined;
}

/**
 * Is a person named here only as the father inside another person's nasab?
 * Yes when a nasab particle stands right before the name, unless that particle
 * is itself part of the person's name as we know it (a Maghrebi surname: «علي
 * بن فليس» read from «بن فليس»).
 */
export function isPatronymic(doc: Doc, m: Match<Sense>, p: PersonRecord): boolean {
  const particle = particleBefore(doc, m);
  if (particle === undefined) return false;
  const words = [particle];
  for (let k = m.first; k < m.last; k++) words.push(doc.tokens[k]!.analyses[0]!.base);
  const forms = [p.name.ar, ...(p.aliases?.ar ?? []), ...(p.short?.ar ?? [])];
  return !forms.some((f) => variantKeys(f).some((keys) => holdsRun(keys, words)));
}

/** Does `keys` hold the words of `run`, one after the other? */
function holdsRun(keys: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= keys.length; i++) if (run.every((w, j) => keys[i + j] === w)) return true;
  return false;
}

/**
 * The matches without the readings a nasab rules out: after «بن», a person's
 * name is a patronymic (`isPatronymic`), and a bare word that is also a title
 * («سلطان», «أمير») is a given name, not an office. A match with no reading
 * left is dropped, so the son's longer name is read instead.
 */
export function withoutPatronymics(doc: Doc, matches: Match<Sense>[]): Match<Sense>[] {
  const out: Match<Sense>[] = [];
  for (const m of matches) {
    if (particleBefore(doc, m) === undefined) {
      out.push(m);
      continue;
    }
    const bare = m.last - m.first === 1 && !hasArticle(doc.tokens[m.first]!.analyses[0]!.base);
    const senses = m.senses.filter((s) => {
      if (s.t === 'person') {
        const p = doc.gazetteer.people.get(s.id);
        return p === undefined || !isPatronymic(doc, m, p);
      }
      return !(bare && (s.t === 'title' || s.t === 'honorific'));
    });
    if (senses.length === m.senses.length) out.push(m);
    else if (senses.length > 0) out.push({ ...m, senses });
  }
  return out;
}

/**
 * Agency tags: «الرياض (واس)», «الدوحة /قنا/». A state news agency signs its
 * items with a tag (data/agencies.json), and writes the titles of its own
 * state's leaders without naming the state («ولي العهد رئيس مجلس الوزراء» in an
 * SPA item, «رئيس الدولة» in a WAM item, «أمير البلاد» in a KUNA item): such a
 * title takes the state of the agency.
 */
import { isDash } from '../tokenize/index.js';
import { isDateline } from './places.js';
import { unknownName } from './persons.js';
import { pick, type M, type Resolution } from './state.js';

/** Marks that enclose an agency's tag. */
const TAG_MARKS = '/()';

/**
 * Is token `k` an agency's tag (a form of data/agencies.json)? It is when a slash or a bracket stands
 * beside it, or when it follows a dateline place (with or without a dash between).
 */
export function agencyTagAt(r: Resolution, k: number): string | undefined {
  const t = r.doc.tokens[k];
  if (!t || t.kind !== 'arabic') return undefined;
  const state = r.g.agencyStates.get(t.analyses[0]!.base);
  if (!state) return undefined;
  const before = r.doc.tokens[k - 1];
  const after = r.doc.tokens[k + 1];
  const marked = (x: typeof t | undefined) => x?.kind === 'punct' && TAG_MARKS.includes(x.text);
  if (marked(before) || marked(after)) return state;
  const place = r.endingAt(k) ?? (isDash(before) ? r.endingAt(k - 1) : undefined);
  return place && isDateline(r.doc, place) ? state : undefined;
}

/** The state of the first agency tag of the document, looked for once (null when there is none). */
export function agencyState(r: Resolution): string | null {
  if (r.agency === undefined) {
    r.agency = null;
    for (let k = 0; k < r.doc.tokens.length; k++) {
      const state = agencyTagAt(r, k);
      if (state) {
        r.agency = state;
        break;
      }
    }
  }
  return r.agency;
}

/**
 * The agency's state for a title that names no state, when the title is one that agencies write
 * so (data/lexicon.json `agencyTitles`) and no name follows it (a name says who is meant).
 */
export function agencyStateForTitle(r: Resolution, m: M, namePos: number): string | undefined {
  if (!r.inLex('agencyTitles', r.surface(m))) return undefined;
  if (pick(r.startingAt(namePos), 'person') || unknownName(r, namePos)) return undefined;
  return agencyState(r) ?? undefined;
}

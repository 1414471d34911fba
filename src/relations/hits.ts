/**
 * Triggers: the words that signal an interaction (data/triggers.json), and
 * the reasons one does not report an event (a hope, a proposal, a quotation).
 */
import type { Doc } from '../document.js';
import { findAll, selectLongest, variantKeys, type Match, type TriggerRecord } from '../gazetteer/index.js';
import type { Grammar } from './grammar.js';

export interface TriggerHit {
  record: TriggerRecord;
  /** Token span. */
  first: number;
  last: number;
  /** Characters of the first token taken by proclitics, and those proclitics. */
  offset: number;
  prefix: string;
  sentence: number;
}

/** The triggers among the candidate matches, longest first then leftmost; never a word inside a name (`covered` 2) («فيصل» is not ف + «يصل»). */
export function findHits(doc: Doc, candidates: readonly Match<number>[], covered: Uint8Array): TriggerHit[] {
  const triggers = doc.gazetteer.data.triggers.triggers;
  return longestOf(candidates.filter((m) => covered[m.first] !== 2)).map((m) => ({
    record: triggers[m.senses[0]!]!,
    first: m.first,
    last: m.last,
    offset: m.offset,
    prefix: m.prefix,
    sentence: doc.tokens[m.first]!.sentence,
  }));
}

/** selectLongest, where one match (or none) overlaps nothing: the rule, with its sort and token array, is for two or more. */
export const longestOf = <S>(matches: Match<S>[]): Match<S>[] => (matches.length > 1 ? selectLongest(matches) : matches);

const base = (doc: Doc, i: number) => doc.tokens[i]?.analyses[0]?.base ?? '';

/** The trigger word without its proclitics («وللقاء» → «لقاء»). */
export const stem = (doc: Doc, hit: TriggerHit) => base(doc, hit.first).slice(hit.offset);

/**
 * Does this trigger report an interaction? Not after «يأمل», «دعا», «لم», «قد»
 * + imperfect; not «المباحثات المقترحة»; not inside a quotation; not an
 * agreement verb without an agreement noun after it (within a window of
 * words; `covered` marks the tokens of names, which the window skips).
 */
export function reportsEvent(doc: Doc, grammar: Grammar, hit: TriggerHit, quoted: Uint8Array, sameSentence: readonly TriggerHit[], covered: Uint8Array): boolean {
  const sentence = doc.sentences[hit.sentence]!;
  // a blocker governs the next trigger only («دعوة ... لزيارة إيطاليا في رسالة»: the invitation, not the letter)
  const previous = sameSentence.filter((h) => h.last <= hit.first).at(-1);
  const from = Math.max(sentence.first, hit.first - 12, previous?.last ?? 0);
  // «دعا الوزير نظيره خلال لقاء جمعهما إلى ...»: a circumstance («خلال», «أثناء») is not what the blocker governs
  const circumstance = grammar.during.has(base(doc, hit.first - 1)) && !hit.prefix;
  if (!circumstance) for (let k = from; k < hit.first; k++) if (grammar.blockers.has(base(doc, k))) return false;
  for (let k = hit.last; k < Math.min(sentence.last, hit.last + 2); k++) if (grammar.afterBlockers.has(base(doc, k))) return false;
  if (quoted[hit.first]) return false;
  const rec = hit.record;
  if (rec.needs) {
    const want = neededKeys(rec, rec.needs);
    // the window counts words, not the tokens of names («وقع وزراء خارجية مصر والسودان وإثيوبيا ... على وثيقة»)
    let found = false;
    let left = rec.needsWindow ?? 8;
    for (let k = hit.last; k < sentence.last && left > 0 && !found; k++) {
      found = doc.tokens[k]!.analyses.some((a) => want.has(a.base));
      if (!covered[k]) left--;
    }
    if (!found) return false;
  }
  // «بحث X وY» opens its clause, «الرئيسان بحثا» follows its subject; «شهد بحث مفصل» is a noun
  if (rec.afterSubject && hit.first > sentence.first && !hit.prefix.startsWith('و')) {
    const before = doc.tokens[hit.first - 1]!;
    if (before.kind !== 'punct' && !covered[hit.first - 1] && !grammar.complementizers.has(base(doc, hit.first - 1))) return false;
  }
  // «قد يلتقي» (may meet) is not an event; «كان قد اجتمع» (had met) is
  if (grammar.mayParticles.has(base(doc, hit.first - 1)) && /^[يت]/.test(stem(doc, hit))) return false;
  return true;
}

/** The normalized keys of the words a trigger needs after it, computed once per trigger record. */
const needed = new WeakMap<TriggerRecord, Set<string>>();
function neededKeys(rec: TriggerRecord, needs: readonly string[]): Set<string> {
  let want = needed.get(rec);
  if (!want) {
    want = new Set(needs.map((w) => variantKeys(w)[0]?.join(' ') ?? w));
    needed.set(rec, want);
  }
  return want;
}

/** The candidate triggers: every trigger phrase of the document, before the overlap rule (the match stage finds them with the entities). */
export const triggerMatches = (doc: Doc): Match<number>[] => doc.triggerMatches ?? findAll(doc.tokens, doc.gazetteer.triggers);

const NO_QUOTES = new Uint8Array(0);
const QUOTE_MARK = /["“”]/;

/** Tokens inside double quotation marks that enclose a clause (five tokens or more). */
export function quotedTokens(doc: Doc): Uint8Array {
  // most texts have no double quotation mark: then no token is inside one (an empty array reads as 0 everywhere)
  if (!QUOTE_MARK.test(doc.norm.text)) return NO_QUOTES;
  const inside = new Uint8Array(doc.tokens.length);
  let open = -1;
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!.text;
    if (open >= 0 && doc.tokens[k]!.sentence !== doc.tokens[open]!.sentence && k - open > 60) open = -1;
    if (t === '"' || t === '“' || t === '”') {
      // «""نص»: a doubled mark is one mark
      if (open >= 0 && open === k - 1 && doc.tokens[open]!.text === t) {
        open = k;
        continue;
      }
      if (open < 0 && t !== '”') open = k;
      else if (open >= 0) {
        if (k - open > 5) for (let j = open + 1; j < k; j++) inside[j] = 1;
        open = -1;
      }
    }
  }
  return inside;
}

/**
 * Proclitic analyses of an Arabic token: conjunctions و ف, prepositions ب ك ل,
 * and ل + ال → لل. Every analysis is only a candidate: the gazetteer decides.
 */

export interface Analysis {
  /** The proclitics stripped (normalized text), '' for the whole token. */
  prefix: string;
  /** The base to look up (normalized), with ال restored after لل. */
  base: string;
  /** How many characters of the token the prefix covers (the base starts there). */
  offset: number;
}

const ALEF = '\u0627';
/** A base must keep at least this many letters. */
const MIN_BASE = 2;

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM_CODE = 0x0644;
const isPreposition = (c: number): boolean => c === BA || c === KAF || c === LAM_CODE;

/**
 * The proclitic analyses of a normalized Arabic token, the whole token first.
 * «وبالرياض» → وبالرياض, بالرياض (و), الرياض (وب); «للرئيس» → للرئيس, الرئيس (ل).
 */
export function procliticAnalyses(token: string): Analysis[] {
  const out: Analysis[] = [{ prefix: '', base: token, offset: 0 }];
  const c0 = token.charCodeAt(0);
  // The same readings, in the same order, as trying every conjunction (none, و, ف) then every
  // preposition (none, ب, ك, ل) — without the strings: most tokens start with none of them.
  if (c0 === WAW || c0 === FA) {
    // conjunction alone, then conjunction + preposition
    push(out, token, 1, false);
    const c1 = token.charCodeAt(1);
    if (isPreposition(c1)) push(out, token, 2, c1 === LAM_CODE);
  } else if (isPreposition(c0)) push(out, token, 1, c0 === LAM_CODE);
  return out;
}

/** The reading with the first `len` letters as proclitics (and ل + ال → لل when `lam`). */
function push(out: Analysis[], token: string, len: number, lam: boolean): void {
  const rest = token.slice(len);
  if (rest.length < MIN_BASE) return;
  const prefix = token.slice(0, len);
  out.push({ prefix, base: rest, offset: len });
  // ل + ال is written لل: restore the article.
  if (lam && rest.charCodeAt(0) === LAM_CODE && rest.length > MIN_BASE) out.push({ prefix, base: ALEF + rest, offset: len - 1 });
}

/** Does a normalized word carry the definite article («الرئيس»)? */
export const hasArticle = (word: string): boolean => word.startsWith(ALEF) && word.charCodeAt(1) === LAM_CODE;

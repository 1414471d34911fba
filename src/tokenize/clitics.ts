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

const CONJUNCTIONS = ['', '\u0648', '\u0641']; // و ف
const PREPOSITIONS = ['', '\u0628', '\u0643', '\u0644']; // ب ك ل
const LAM = '\u0644';
const ALEF = '\u0627';
/** A base must keep at least this many letters. */
const MIN_BASE = 2;

/**
 * The proclitic analyses of a normalized Arabic token, the whole token first.
 * «وبالرياض» → وبالرياض, بالرياض (و), الرياض (وب); «للرئيس» → للرئيس, الرئيس (ل).
 */
export function procliticAnalyses(token: string): Analysis[] {
  const out: Analysis[] = [{ prefix: '', base: token, offset: 0 }];
  for (const conj of CONJUNCTIONS) {
    if (!token.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      if (conj === '' && prep === '') continue;
      const prefix = conj + prep;
      if (!token.startsWith(prefix)) continue;
      const rest = token.slice(prefix.length);
      if (rest.length < MIN_BASE) continue;
      out.push({ prefix, base: rest, offset: prefix.length });
      // ل + ال is written لل: restore the article.
      if (prep === LAM && rest.startsWith(LAM) && rest.length > MIN_BASE)
        out.push({ prefix, base: ALEF + rest, offset: prefix.length - 1 });
    }
  }
  return out;
}

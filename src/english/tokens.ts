/**
 * English tokens from compromise: sentences, terms and their offsets, with
 * the keys the gazetteer index is matched on. Hyphenated and slashed terms
 * are split further so that «Saudi-led» gives «Saudi» and «led».
 */
import { compromise } from './nlp.js';

export interface EnToken {
  /** Index in the document's token list. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Lower case, accents and dots removed, possessive «'s» dropped. */
  key: string;
  /** The term ends in a possessive «'s» / «’». */
  poss: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** All its letters are upper case (acronyms, datelines). */
  upper: boolean;
  /** compromise tags of the term. */
  tags: Set<string>;
  sentence: number;
  /** Punctuation after the token (from compromise's `post`), trimmed. */
  after: string;
  /** Punctuation before the token (from compromise's `pre`), trimmed. */
  before: string;
}

export interface EnSentence {
  start: number;
  end: number;
  first: number;
  last: number;
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset?: { start: number; length: number };
}
interface SentenceJson {
  terms: TermJson[];
}

const ACCENTS = /[\u0300-\u036f]/g;

/** The matching key of a word: lower case, no accents, no dots or apostrophes of possession. */
export function keyOf(word: string): string {
  return word
    .normalize('NFD')
    .replace(ACCENTS, '')
    .toLowerCase()
    .replace(/['’`]s$/u, '')
    .replace(/['’`]$/u, '')
    .replace(/[.\u2019']/g, '')
    .replace(/ı/g, 'i');
}

/** The keys of a written phrase, split like the text is («U.S.-led» → us, led). */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(/[\s\-‐‑–—/]+/u)
    .map((w) => keyOf(w.replace(/^[("“”]+|[)"“”,;:]+$/gu, '')))
    .filter((k) => k.length > 0);
}

const hasLetter = /\p{L}|\p{N}/u;

/** Splits the text into sentences and tokens with exact UTF-16 offsets. */
export function tokenizeEnglish(text: string): { tokens: EnToken[]; sentences: EnSentence[] } {
  const json = compromise()(text).json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  const tokens: EnToken[] = [];
  const sentences: EnSentence[] = [];
  let cursor = 0;
  json.forEach((s) => {
    const sIndex = sentences.length;
    const firstTok = tokens.length;
    for (const term of s.terms) {
      let start = term.offset?.start ?? -1;
      if (start < 0 || text.slice(start, start + term.text.length) !== term.text) {
        const found = text.indexOf(term.text, cursor);
        if (found < 0) continue;
        start = found;
      }
      const end = start + term.text.length;
      cursor = end;
      // split on hyphens and slashes inside the term
      const re = /[^\s\-‐‑–—/]+/gu;
      let m: RegExpExecArray | null;
      const parts: Array<{ s: number; e: number; t: string }> = [];
      while ((m = re.exec(term.text))) parts.push({ s: start + m.index, e: start + m.index + m[0].length, t: m[0] });
      parts.forEach((p, k) => {
        // strip wrapping punctuation that compromise left inside the term
        let ps = p.s;
        let pe = p.e;
        while (ps < pe && /[("“‘\[]/u.test(text[ps]!)) ps++;
        while (pe > ps && /[)"”\],;:!?]/u.test(text[pe - 1]!)) pe--;
        let t = text.slice(ps, pe);
        // a trailing period belongs to the word only for abbreviations (U.S., Gen.)
        if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !/^(?:[A-Z][a-z]{0,3})\.$/u.test(t)) {
          pe--;
          t = t.slice(0, -1);
        }
        if (!t || !hasLetter.test(t)) return;
        const letters = t.replace(/[^\p{L}]/gu, '');
        const possessive = /['’]s?$/u.test(t);
        const last = k === parts.length - 1;
        tokens.push({
          i: tokens.length,
          start: ps,
          end: pe,
          text: t,
          key: keyOf(t),
          poss: possessive,
          cap: /^\p{Lu}/u.test(letters),
          upper: letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
          tags: new Set(term.tags),
          sentence: sIndex,
          after: last ? term.post.trim() : '-',
          before: k === 0 ? term.pre.trim() : '',
        });
      });
    }
    if (tokens.length > firstTok)
      sentences.push({ start: tokens[firstTok]!.start, end: tokens[tokens.length - 1]!.end, first: firstTok, last: tokens.length });
  });
  return { tokens, sentences };
}

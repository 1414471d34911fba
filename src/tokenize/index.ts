/**
 * Tokens and sentences over normalized text. Every token keeps its normalized
 * span; the original span comes from the offset map.
 */
import { CLASS_RUNS } from '../generated/char-classes.js';
import { ARABIC, classOfChar, fillClasses, LETTER, MARK, NUMBER, PUNCT, SPACE } from './classes.js';
import { procliticAnalyses, type Analysis } from './clitics.js';

export { hasArticle, procliticAnalyses, type Analysis } from './clitics.js';

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct';

/** A dash token («موسكو - واس», «سعودي - أميركي»): hyphen, en dash or em dash. */
export const isDash = (token: Token | undefined): boolean => token !== undefined && (token.text === '-' || token.text === '–' || token.text === '—');

export interface Token {
  /** Index in the token list. */
  index: number;
  /** Normalized start and end (end-exclusive). */
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Arabic tokens: proclitic analyses (the whole token first); others: the token alone. */
  analyses: Analysis[];
}

export interface Sentence {
  index: number;
  /** Normalized span. */
  start: number;
  end: number;
  /** First and last+1 token index. */
  first: number;
  last: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

// Arabic letters (after normalization), Latin words, numbers, single punctuation.
// Made for each text with surrogates, not at import: making a regular expression of Unicode
// properties looks the properties' characters up (about 5 M instructions for this one).
const tokenRegExp = (): RegExp => /(\p{Script=Arabic}(?:[\p{Script=Arabic}\p{M}])*)|([\p{L}][\p{L}\p{M}\p{N}'’]*)|(\p{N}+(?:[.,]\p{N}+)*)|(\S)/gu;
/** Sentence-final punctuation. */
const SENTENCE_END = new Set(['.', '!', '?', '\u061F', '\u06D4', '…']);

// A scanner equivalent to tokenRegExp() for texts without surrogates (nearly all): the character
// classes of each UTF-16 unit (src/tokenize/classes.ts: those of Arabic news computed at build
// time, any other by the same Unicode properties when first met) replace the regular
// expression's per-character property tests. Texts with surrogates keep the regular expression.
const CLASSES = new Uint8Array(0x10000);
let preclassed = false;
const classOf = (code: number): number => {
  let c = CLASSES[code]!;
  if (c === 0) {
    if (!preclassed) {
      fillClasses(CLASSES, CLASS_RUNS);
      preclassed = true;
      c = CLASSES[code]!;
    }
    if (c === 0) CLASSES[code] = c = classOfChar(code);
  }
  return c;
};
const SURROGATE = /[\uD800-\uDFFF]/;

/** Does text[start, end) hold a character of ARABIC_PUNCT? (ARABIC_PUNCT.test without a regular expression call per token.) */
function hasArabicPunct(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (classOf(text.charCodeAt(k)) & PUNCT) return true;
  return false;
}

/** Group of the last token found by {@link scan} (1 Arabic, 2 letters, 3 number, 4 other) and its end. */
let scanGroup = 0;
let scanEnd = 0;

/** The start of the next token at or after `i` (-1 when none), as tokenRegExp() would find it. */
function scan(text: string, i: number): number {
  const n = text.length;
  while (i < n && classOf(text.charCodeAt(i)) & SPACE) i++;
  if (i >= n) return -1;
  const start = i;
  const c = classOf(text.charCodeAt(i++));
  if (c & ARABIC) {
    while (i < n && classOf(text.charCodeAt(i)) & (ARABIC | MARK)) i++;
    scanGroup = 1;
  } else if (c & LETTER) {
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (!(classOf(code) & (LETTER | MARK | NUMBER)) && code !== 0x27 && code !== 0x2019) break;
    }
    scanGroup = 2;
  } else if (c & NUMBER) {
    while (i < n && classOf(text.charCodeAt(i)) & NUMBER) i++;
    // (?:[.,]\p{N}+)*
    for (;;) {
      const sep = text.charCodeAt(i);
      if ((sep !== 0x2e && sep !== 0x2c) || i + 1 >= n || !(classOf(text.charCodeAt(i + 1)) & NUMBER)) break;
      i += 2;
      while (i < n && classOf(text.charCodeAt(i)) & NUMBER) i++;
    }
    scanGroup = 3;
  } else scanGroup = 4;
  scanEnd = i;
  return start;
}

/**
 * Splits normalized text into tokens and sentences.
 * A sentence ends at . ! ? ؟ … (a «..» run included) and at every line break.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceStart = 0;
  let firstToken = 0;
  let lastLineBreak = 0;
  const closeSentence = (end: number) => {
    if (tokens.length > firstToken) {
      sentences.push({ index: sentence, start: sentenceStart, end, first: firstToken, last: tokens.length });
      sentence++;
    }
    firstToken = tokens.length;
  };
  // The first line break at or after the previous token's end (-1: not searched yet, Infinity: none left).
  // Searching forward from each token end only when passed keeps the scan linear on texts without line breaks.
  let nextNl = -1;
  let prevEnd = 0;
  const regex = SURROGATE.test(text) ? tokenRegExp() : undefined;
  let pos = 0;
  for (;;) {
    let start: number;
    let word: string;
    let group: number;
    if (regex) {
      const m = regex.exec(text);
      if (!m) break;
      start = m.index;
      word = m[0];
      group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
    } else {
      start = scan(text, pos);
      if (start < 0) break;
      pos = scanEnd;
      group = scanGroup;
      word = text.slice(start, pos);
    }
    // A line break between the previous token and this one closes the sentence (at the last such break).
    if (nextNl < prevEnd) {
      const q = text.indexOf('\n', prevEnd);
      nextNl = q < 0 ? Infinity : q;
    }
    if (nextNl < start) {
      const nl = text.lastIndexOf('\n', start);
      if (nl >= lastLineBreak) {
        closeSentence(nl);
        lastLineBreak = nl + 1;
      }
    }
    if (tokens.length === firstToken) sentenceStart = start;
    let kind: TokenKind;
    if (group === 1 && !hasArabicPunct(text, start, start + word.length)) kind = 'arabic';
    else if (group === 2) kind = 'latin';
    else if (group === 3) kind = 'number';
    else kind = 'punct';
    const analyses = kind === 'arabic' ? procliticAnalyses(word) : [{ prefix: '', base: kind === 'latin' ? word.toLowerCase() : word, offset: 0 }];
    prevEnd = start + word.length;
    tokens.push({ index: tokens.length, start, end: prevEnd, text: word, kind, sentence, analyses });
    if (kind === 'punct' && SENTENCE_END.has(word)) {
      // «..» and «...» stay one boundary.
      const next = text[start + 1];
      if (next === undefined || !SENTENCE_END.has(next)) closeSentence(start + 1);
    }
  }
  closeSentence(text.length);
  // Re-number sentence indices on tokens (closeSentence may skip empty ones).
  for (const s of sentences) for (let i = s.first; i < s.last; i++) tokens[i]!.sentence = s.index;
  return { tokens, sentences };
}

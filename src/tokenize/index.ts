/**
 * Tokens and sentences over normalized text. Every token keeps its normalized
 * span; the original span comes from the offset map.
 */
import { procliticAnalyses, type Analysis } from './clitics.js';

export { procliticAnalyses, type Analysis } from './clitics.js';

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct';

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
const TOKEN_RE = /(\p{Script=Arabic}(?:[\p{Script=Arabic}\p{M}])*)|([\p{L}][\p{L}\p{M}\p{N}'’]*)|(\p{N}+(?:[.,]\p{N}+)*)|(\S)/gu;
const ARABIC_PUNCT = /[\u060C\u061B\u061F\u066A-\u066D\u06D4]/u;
/** Sentence-final punctuation. */
const SENTENCE_END = new Set(['.', '!', '?', '\u061F', '\u06D4', '…']);

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
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    // A line break between the previous token and this one closes the sentence.
    const nl = text.lastIndexOf('\n', start);
    if (nl >= lastLineBreak && nl >= 0 && nl >= (tokens.at(-1)?.end ?? 0)) {
      closeSentence(nl);
      lastLineBreak = nl + 1;
    }
    if (tokens.length === firstToken) sentenceStart = start;
    const word = m[0];
    let kind: TokenKind;
    if (m[1] !== undefined && !ARABIC_PUNCT.test(word)) kind = 'arabic';
    else if (m[2] !== undefined) kind = 'latin';
    else if (m[3] !== undefined) kind = 'number';
    else kind = 'punct';
    const analyses = kind === 'arabic' ? procliticAnalyses(word) : [{ prefix: '', base: kind === 'latin' ? word.toLowerCase() : word, offset: 0 }];
    tokens.push({ index: tokens.length, start, end: start + word.length, text: word, kind, sentence, analyses });
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

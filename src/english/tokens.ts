/**
 * English tokens from compromise: sentences, terms and their offsets, with
 * the keys the gazetteer index is matched on. Hyphenated and slashed terms
 * are split further so that «Saudi-led» gives «Saudi» and «led».
 */
import { compromise } from './nlp.js';
import type { TaggingLexicon } from './lexicon.js';

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

/**
 * The tokens of one compromise term: split on hyphens and slashes inside it
 * («Saudi-led» → Saudi, led), wrapping punctuation stripped, a trailing period
 * kept only by abbreviations (U.S., Gen.).
 */
function pushTermTokens(text: string, term: TermJson, start: number, sentence: number, tokens: EnToken[]): void {
  const re = /[^\s\-‐‑–—/]+/gu;
  let m: RegExpExecArray | null;
  const parts: Array<{ s: number; e: number }> = [];
  while ((m = re.exec(term.text))) parts.push({ s: start + m.index, e: start + m.index + m[0].length });
  parts.forEach((p, k) => {
    let ps = p.s;
    let pe = p.e;
    while (ps < pe && /[("“‘\[]/u.test(text[ps]!)) ps++;
    while (pe > ps && /[)"”\],;:!?]/u.test(text[pe - 1]!)) pe--;
    let t = text.slice(ps, pe);
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !/^(?:[A-Z][a-z]{0,3})\.$/u.test(t)) {
      pe--;
      t = t.slice(0, -1);
    }
    // remnants of HTML entities in scraped wires: «China #39;s» is a possessive, « quot;» a quote mark
    const entity = /^#39;?(s?)$/.exec(t);
    if (entity || /^#\d+;?$/.test(t)) {
      const prev = tokens[tokens.length - 1];
      if (entity?.[1] && prev?.sentence === sentence) prev.poss = true;
      return;
    }
    const quot = /^(?:quot|amp|#39);/.exec(t);
    if (quot) {
      ps += quot[0].length;
      t = t.slice(quot[0].length);
    }
    if (!t || !hasLetter.test(t)) return;
    // «UK's», «US'»: the possessive ending is no part of the word's case
    const letters = t.replace(/['’]s?$/u, '').replace(/[^\p{L}]/gu, '');
    tokens.push({
      i: tokens.length,
      start: ps,
      end: pe,
      text: t,
      key: keyOf(t),
      poss: /['’]s?$/u.test(t),
      cap: /^\p{Lu}/u.test(letters),
      upper: letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      tags: new Set(term.tags),
      sentence,
      after: k === parts.length - 1 ? term.post.trim() : '-',
      before: k === 0 ? term.pre.trim() : '',
    });
  });
}

interface Term {
  normal?: string;
  machine?: string;
  tags: Set<string>;
  frozen?: boolean;
}
interface TaggableView {
  docs: Term[][];
  world: { methods: { one: { setTag(terms: Term[], tag: string, world: unknown, soft: boolean, reason: string): void } } };
  compute(steps: string[]): unknown;
  json(opts: unknown): unknown;
}
/** The steps of compromise's tagger that `nlp.tokenize` has not run. */
const TAGGING_STEPS = ['index', 'id', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger', 'chunks'];

/**
 * Tags the words of the extractor's own lexicon before compromise's tagger
 * runs, and freezes them so that the tagger keeps those tags and reads its
 * neighbours against them: every gazetteer, custom ones included, reaches the
 * tagging, and compromise's shared lexicon is left as it was.
 */
function tagFromLexicon(doc: TaggableView, lexicon: TaggingLexicon): void {
  const { world } = doc;
  const setTag = world.methods.one.setTag;
  for (const terms of doc.docs) {
    for (let i = 0; i < terms.length; i++) {
      const word = (t: Term) => t.machine || t.normal || '';
      const most = lexicon.longest.get(word(terms[i]!));
      if (!most) continue;
      for (let n = Math.min(most, terms.length - i); n >= 1; n--) {
        const span = terms.slice(i, i + n);
        const tag = lexicon.words.get(span.map(word).join(' '));
        if (!tag) continue;
        setTag(span, tag, world, false, 'extractor-lexicon');
        for (const t of span) t.frozen = true;
        i += n - 1;
        break;
      }
    }
  }
}

/** Splits the text into sentences and tokens with exact UTF-16 offsets, tagged with the extractor's lexicon. */
export function tokenizeEnglish(text: string, lexicon: TaggingLexicon): { tokens: EnToken[]; sentences: EnSentence[] } {
  const doc = compromise().tokenize(text) as unknown as TaggableView;
  tagFromLexicon(doc, lexicon);
  doc.compute(TAGGING_STEPS);
  const json = doc.json({ offset: true, terms: { offset: true } }) as SentenceJson[];
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
      cursor = start + term.text.length;
      pushTermTokens(text, term, start, sIndex, tokens);
    }
    if (tokens.length > firstTok)
      sentences.push({ start: tokens[firstTok]!.start, end: tokens[tokens.length - 1]!.end, first: firstTok, last: tokens.length });
  });
  return { tokens, sentences };
}

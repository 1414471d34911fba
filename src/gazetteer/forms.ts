/**
 * Surface forms of gazetteer entries: normalized token keys, their spelling
 * variants («عبد الله» / «عبدالله»), and the inflected forms of nisba adjectives.
 */
import { normalizeArabic } from '../normalize/index.js';
import { tokenize } from '../tokenize/index.js';

/** Normalized token keys of a written form ([] when nothing is left). */
export function keysOf(form: string): string[] {
  return keysOfText(normalizedForm(form));
}

/**
 * The normalized text of a written form (`normalizeText`), without running the normalizer on a
 * form that it would leave as it is (nearly every word of the gazetteer and of the name tables).
 */
export function normalizedForm(form: string): string {
  return NORMALIZED_WORDS.test(form) ? form : normalizeArabic(form).text;
}

const ABD = '\u0639\u0628\u062F'; // عبد
const ABD_AL = /\u0639\u0628\u062F \u0627\u0644/g; // «عبد ال»
const ABDAL = /\u0639\u0628\u062F\u0627\u0644/g; // «عبدال»

/** Arabic letters (all of the Arabic script, none of them punctuation): a run of them is one token of the tokenizer. */
const LETTERS = '\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A4\u06A8\u06AF';
/** Words of those letters, one space between them. */
const wordsOf = (letters: string): RegExp => new RegExp(`^[${letters}]+(?: [${letters}]+)*$`);

/**
 * Normalized text made of Arabic letters alone, one space between words: every word is one token
 * of the tokenizer, so the keys are the words, found without tokenizing (the gazetteer's words, the
 * name tables and the function words are nearly all such).
 */
const PLAIN_WORDS = wordsOf(LETTERS);

/**
 * A form that normalizing leaves as it is: words of the letters that the default steps keep (the
 * normalizer's own answer for each letter; it maps each character alone, so a text of kept
 * characters is kept whole). Such a form is its own normalized text.
 */
const NORMALIZED_WORDS = wordsOf(keptLetters(Array.from({ length: 0x700 - 0x600 }, (_, i) => String.fromCharCode(0x600 + i)).filter((ch) => PLAIN_WORDS.test(ch))));

/**
 * The letters the default normalizing steps keep as they are. The normalizer maps each character
 * alone, so it is asked once, for all the letters in a row: a letter is kept when it gives exactly
 * one character, itself (a letter removed or replaced gives none, another, or several).
 */
function keptLetters(letters: readonly string[]): string {
  const { text, map } = normalizeArabic(letters.join(''));
  const outputs = letters.map(() => '');
  for (let j = 0; j < text.length; j++) outputs[map.starts[j]!] += text[j]!;
  return letters.filter((ch, i) => outputs[i] === ch).join('');
}

/** The token keys of normalized text: latin tokens in lower case, the others as they are. */
function keysOfText(text: string): string[] {
  if (PLAIN_WORDS.test(text)) return text.split(' ');
  return tokenize(text).tokens.map((x) => (x.kind === 'latin' ? x.text.toLowerCase() : x.text));
}

/** The key sequences of a form with its spacing variants. */
export function variantKeys(form: string): string[][] {
  const base = normalizedForm(form);
  const texts = new Set([base]);
  if (base.includes(ABD)) {
    texts.add(base.replace(ABD_AL, '\u0639\u0628\u062F\u0627\u0644'));
    texts.add(base.replace(ABDAL, '\u0639\u0628\u062F \u0627\u0644'));
  }
  const out: string[][] = [];
  for (const t of texts) {
    const keys = keysOfText(t);
    if (keys.length) out.push(keys);
  }
  return out;
}

/** The normalized keys of words, each with its spelling variants (the words of a key joined by a space). */
export function wordKeys(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) for (const keys of variantKeys(w)) set.add(keys.join(' '));
  return set;
}

/**
 * The normalized keys of every word list of data/names.json, by list (an object's words are its
 * keys), computed at build time into the compiled file: the person recognizer's sets of name words
 * are read from there, so that a first text normalizes none of its thousand words.
 */
export function nameListKeys(names: Readonly<Record<string, unknown>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [list, value] of Object.entries(names)) {
    const words = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? Object.keys(value) : [];
    out[list] = [...wordKeys(words.filter((w): w is string => typeof w === 'string'))];
  }
  return out;
}

const AL = '\u0627\u0644';
const YA = '\u064A';
const TA = '\u0629';
/** The place of the indefinite accusative among a nisba's inflected forms. */
const ACCUSATIVE = 4;

/**
 * Every written form of a nisba adjective given as masculine, feminine or
 * broken plural without the article: with and without ال, sound plurals and duals,
 * and the indefinite accusative of the masculine («وفدا مغربيا»).
 * «مغربي» → مغربي، المغربي، مغربيون، المغربيين، مغربيان، مغربيا ...
 */
export function adjectiveForms(adjective: string): string[] {
  const a = adjective.trim();
  if (!a) return [];
  const words = a.split(/\s+/);
  const inflect = (w: string): string[] => {
    // (the last: the indefinite accusative, «وفدا فرنسيا», which takes no article)
    if (w.endsWith(YA)) return [w, w + '\u0648\u0646', w + '\u064A\u0646', w + '\u0627\u0646', w + '\u0627'];
    if (w.endsWith(TA) || w.endsWith('\u0647')) {
      const stem = w.slice(0, -1);
      return [w, stem + '\u062A\u0627\u0646', stem + '\u062A\u064A\u0646', stem + '\u0627\u062A'];
    }
    return [w];
  };
  const out = new Set<string>();
  // Multi-word adjectives («كوري جنوبي»): each word inflects in agreement, each takes ال.
  const first = inflect(words[0]!);
  const rest = words.slice(1).map(inflect);
  first.forEach((f, i) => {
    const tail = rest.map((r) => r[Math.min(i, r.length - 1)]!);
    out.add([f, ...tail].join(' '));
    if (i < ACCUSATIVE) out.add([AL + f, ...tail.map((t) => AL + t)].join(' '));
  });
  return [...out];
}

/**
 * One small function per orthographic phenomenon (CAMeL Tools' idea). Each
 * maps ONE character (a code point) to its replacement: '' deletes it, the
 * character itself keeps it. `normalizeArabic` composes the enabled steps
 * into a single pass that also records offsets.
 */
import {
  ALEF_FORMS,
  ALEF_MAKSURA,
  DIACRITIC_RANGES,
  DIGIT_BASES,
  HAMZA_SEATS,
  INVISIBLE_RANGES,
  LINE_BREAKS,
  PERSIAN_LETTERS,
  PRESENTATION_RANGES,
  TA_MARBUTA,
  TATWEEL,
} from './charmap.js';

export type CharStep = (ch: string) => string;

const inRanges = (cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean => {
  for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  return false;
};

/** أ إ آ ٱ → ا */
export const foldAlef: CharStep = (ch) => (ALEF_FORMS.includes(ch) ? '\u0627' : ch);
/** ى → ي */
export const foldAlefMaksura: CharStep = (ch) => (ch === ALEF_MAKSURA ? '\u064A' : ch);
/** ة → ه */
export const foldTaMarbuta: CharStep = (ch) => (ch === TA_MARBUTA ? '\u0647' : ch);
/** ؤ ئ → و ي */
export const foldHamzaSeats: CharStep = (ch) => HAMZA_SEATS[ch] ?? ch;
/** Harakat, tanwin, dagger alef and Quranic marks are removed. */
export const removeDiacritics: CharStep = (ch) => (inRanges(ch.codePointAt(0) ?? 0, DIACRITIC_RANGES) ? '' : ch);
/** Tatweel is removed. */
export const removeTatweel: CharStep = (ch) => (ch === TATWEEL ? '' : ch);
/** ک ی ہ ۀ → ك ي ه ه */
export const foldPersianLetters: CharStep = (ch) => PERSIAN_LETTERS[ch] ?? ch;
/** Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits. */
export const foldDigits: CharStep = (ch) => {
  const cp = ch.codePointAt(0) ?? 0;
  for (const base of DIGIT_BASES) if (cp >= base && cp <= base + 9) return String.fromCharCode(48 + cp - base);
  return ch;
};
/** Presentation forms → base letters (NFKC of that one character). */
export const foldPresentationForms: CharStep = (ch) => {
  const cp = ch.codePointAt(0) ?? 0;
  if (!inRanges(cp, PRESENTATION_RANGES)) return ch;
  return ch.normalize('NFKC').replace(/\s+/g, ' ');
};
/** Zero-width characters, bidi marks and controls, BOM and soft hyphen are removed. */
export const removeInvisibles: CharStep = (ch) => (inRanges(ch.codePointAt(0) ?? 0, INVISIBLE_RANGES) ? '' : ch);
/** Every Unicode white space becomes ' ', every line break '\n'. */
export const foldWhitespace: CharStep = (ch) => {
  if (LINE_BREAKS.includes(ch)) return '\n';
  return /^\s$/u.test(ch) ? ' ' : ch;
};
/** Arabic comma, semicolon and question mark stay; the Arabic full stop ۔ and percent ٪ map to ASCII; hashtag marks («#كوريا_الشمالية») become spaces. */
export const foldPunctuation: CharStep = (ch) =>
  ch === '\u06D4' ? '.' : ch === '\u066A' ? '%' : ch === '\u066B' ? '.' : ch === '\u066C' ? ',' : ch === '_' || ch === '#' ? ' ' : ch;

/** The steps in the order they apply, by option name. */
export const STEPS = {
  presentationForms: foldPresentationForms,
  invisibles: removeInvisibles,
  whitespace: foldWhitespace,
  diacritics: removeDiacritics,
  tatweel: removeTatweel,
  alef: foldAlef,
  alefMaksura: foldAlefMaksura,
  taMarbuta: foldTaMarbuta,
  hamzaSeats: foldHamzaSeats,
  persianLetters: foldPersianLetters,
  digits: foldDigits,
  punctuation: foldPunctuation,
} as const satisfies Record<string, CharStep>;

export type StepName = keyof typeof STEPS;

/** Steps on by default: all but the hamza seats. */
export const DEFAULT_STEPS: Readonly<Record<StepName, boolean>> = {
  presentationForms: true,
  invisibles: true,
  whitespace: true,
  diacritics: true,
  tatweel: true,
  alef: true,
  alefMaksura: true,
  taMarbuta: true,
  hamzaSeats: false,
  persianLetters: true,
  digits: true,
  punctuation: true,
};

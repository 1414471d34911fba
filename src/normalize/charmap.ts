/**
 * Character maps, as data. Each phenomenon of Arabic orthography is one entry;
 * `src/normalize/steps.ts` turns each into a small function.
 */

/** Alef with hamza above/below, madda, wasla and the rarer wavy forms → bare alef. */
export const ALEF_FORMS = '\u0622\u0623\u0625\u0671\u0672\u0673\u0675';
/** Alef maksura ى → ya ي. */
export const ALEF_MAKSURA = '\u0649';
/** Ta marbuta ة → ha ه. */
export const TA_MARBUTA = '\u0629';
/** Hamza seats ؤ ئ → و ي (off by default). */
export const HAMZA_SEATS: Readonly<Record<string, string>> = { '\u0624': '\u0648', '\u0626': '\u064A' };
/** Harakat and tanwin, dagger alef, Quranic annotation marks, small high signs. */
export const DIACRITIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x08d3, 0x08ff],
];
/** Tatweel (kashida). */
export const TATWEEL = '\u0640';
/** Persian and Urdu letters → their Arabic counterparts. */
export const PERSIAN_LETTERS: Readonly<Record<string, string>> = {
  '\u06A9': '\u0643', // ک keheh → kaf
  '\u06CC': '\u064A', // ی farsi yeh → ya
  '\u06D2': '\u064A', // ے yeh barree → ya
  '\u06C1': '\u0647', // ہ heh goal → ha
  '\u06C0': '\u0647', // ۀ heh with yeh → ha
  '\u06D5': '\u0647', // ە ae → ha
};
/** Zero-width characters, bidi controls, BOM, soft hyphen: removed. */
export const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
];
/** Presentation forms (ligatures, isolated/initial/medial/final shapes) folded by NFKC. */
export const PRESENTATION_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
];
/** Arabic-Indic (U+0660) and Eastern Arabic-Indic (U+06F0) digit bases. */
export const DIGIT_BASES: readonly number[] = [0x0660, 0x06f0];
/** Line breaks kept as '\n' (they end sentences); other white space becomes ' '. */
export const LINE_BREAKS = '\n\r\u2028\u2029\u0085\u000b\u000c';

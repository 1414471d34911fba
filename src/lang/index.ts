/**
 * Language identification: a script-ratio fast path for short texts, franc
 * (trigram profiles) for the rest, restricted to the languages that matter.
 */
import { franc } from 'franc-min';
import { fail } from '../errors.js';

/** ISO 639-3 codes franc may answer, and what we return for each. */
const LANGUAGES: Readonly<Record<string, string>> = {
  arb: 'ar',
  eng: 'en',
  pes: 'fa',
  urd: 'ur',
  fra: 'fr',
  tur: 'tr',
  deu: 'de',
  spa: 'es',
  rus: 'ru',
  por: 'pt',
  ita: 'it',
};
const ONLY = Object.keys(LANGUAGES);

/** Letters specific to Persian and Urdu: پ چ ژ گ ی ک ے ں ٹ ڈ ڑ */
const PERSO_URDU_CODES = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06cc, 0x06a9, 0x06d2, 0x06ba, 0x0679, 0x0688, 0x0691]);

/**
 * Letters of the Arabic and Latin scripts and Persian/Urdu letters in a sample, counted from
 * character codes in one pass (the Arabic blocks and presentation forms; ASCII, Latin-1 and
 * Latin Extended letters): no array per letter.
 */
export function scriptCounts(sample: string): { arabic: number; latin: number; perso: number } {
  let arabic = 0;
  let latin = 0;
  let perso = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9) || (c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe70 && c <= 0xfefc)) {
      arabic++;
      // every Persian/Urdu letter lies above the core Arabic alphabet (U+0620–U+064A): no set lookup for those
      if (c > 0x064a && PERSO_URDU_CODES.has(c)) perso++;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
  }
  return { arabic, latin, perso };
}

/**
 * Detects the language of a text.
 * @returns 'ar' | 'en' | another ISO 639-1 code ('fa', 'ur', 'fr', 'tr' ...) | 'und' when unsure
 * @throws DiplomaticNerError E_TEXT_TYPE for a non-string
 */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string') fail('E_TEXT_TYPE', `text must be a string, got ${text === null ? 'null' : typeof text}`, 'text');
  const sample = sampleOf(text);
  return languageOf(sample, scriptCounts(sample));
}

/** The part of a text that language identification reads: its first 4,000 units. */
export const sampleOf = (text: string): string => (text.length > 4000 ? text.slice(0, 4000) : text);

/** The language of a sample whose script counts are known (see {@link detectLanguage}). */
export function languageOf(sample: string, counts: { arabic: number; latin: number; perso: number }): string {
  const { arabic, latin, perso } = counts;
  const letters = arabic + latin;
  if (letters === 0) return 'und';
  if (arabic / letters >= 0.6) {
    // Arabic-script text without a single Persian or Urdu letter is Arabic, whatever franc would guess
    if (perso === 0) return 'ar';
    if (perso / arabic > 0.02 || arabic >= 60) {
      const guess = franc(sample, { only: ['arb', 'pes', 'urd'], minLength: 3 });
      return LANGUAGES[guess] ?? (perso === 0 ? 'ar' : 'und');
    }
    return 'ar';
  }
  if (latin / letters >= 0.6) {
    if (latin < 12) return 'und';
    const guess = franc(sample, { only: ONLY.filter((c) => !['arb', 'pes', 'urd'].includes(c)), minLength: 3 });
    return LANGUAGES[guess] ?? 'und';
  }
  const guess = franc(sample, { only: ONLY, minLength: 3 });
  return LANGUAGES[guess] ?? 'und';
}

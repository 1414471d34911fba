/**
 * Language identification: a script-ratio fast path for short texts, franc
 * (trigram profiles) for the rest, restricted to the languages that matter.
 */
import { franc } from 'franc-min';
import { fail } from '../errors.js';
import type { LanguageCode } from '../types.js';

/** ISO 639-3 codes franc may answer, and what we return for each. */
const LANGUAGES: Readonly<Record<string, LanguageCode>> = {
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
  ukr: 'uk',
};
const ONLY = Object.keys(LANGUAGES);

/** Letters specific to Persian and Urdu: پ چ ژ گ ی ک ے ں ٹ ڈ ڑ */
const PERSO_URDU_CODES = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06cc, 0x06a9, 0x06d2, 0x06ba, 0x0679, 0x0688, 0x0691]);

/**
 * Scripts other than Arabic and Latin, as [first, last code point, language]: a script that only
 * one language we name writes (Hebrew → he) or whose usual language in the news is that one
 * (Han → zh, Cyrillic → ru; kana make Han text Japanese, see {@link foreignLanguage}).
 */
const OTHER_SCRIPTS: ReadonlyArray<readonly [number, number, LanguageCode]> = [
  [0x0370, 0x03ff, 'el'],
  [0x0400, 0x052f, 'ru'],
  [0x0530, 0x058f, 'hy'],
  [0x0590, 0x05ff, 'he'],
  [0x0900, 0x097f, 'hi'],
  [0x0980, 0x09ff, 'bn'],
  [0x0b80, 0x0bff, 'ta'],
  [0x0e00, 0x0e7f, 'th'],
  [0x10a0, 0x10ff, 'ka'],
  [0x1200, 0x139f, 'am'],
  [0x1100, 0x11ff, 'ko'],
  [0x3040, 0x30ff, 'ja'],
  [0x3400, 0x4dbf, 'zh'],
  [0x4e00, 0x9fff, 'zh'],
  [0xac00, 0xd7af, 'ko'],
  [0xfb1d, 0xfb4f, 'he'],
];

/** The language of a letter of a script we do not read, or undefined (see {@link OTHER_SCRIPTS}). */
function otherScriptOf(c: number): LanguageCode | undefined {
  for (const [from, to, lang] of OTHER_SCRIPTS) if (c >= from && c <= to) return lang;
  return undefined;
}

/** Letters counted by script in a sample; `other` counts letters of scripts we do not read, by language. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  perso: number;
  /** Letters of scripts other than Arabic and Latin (Han, Cyrillic, Hebrew, kana …). */
  foreign: number;
  /** Those letters by the language of their script; empty when there are none. */
  other: Partial<Record<LanguageCode, number>>;
}

/**
 * Letters of the Arabic and Latin scripts, Persian/Urdu letters, and letters of other scripts in
 * a sample, counted from character codes in one pass (the Arabic blocks and presentation forms;
 * ASCII, Latin-1 and Latin Extended letters; the ranges of {@link OTHER_SCRIPTS}): no array per letter.
 */
export function scriptCounts(sample: string): ScriptCounts {
  let arabic = 0;
  let latin = 0;
  let perso = 0;
  let foreign = 0;
  const other: Partial<Record<LanguageCode, number>> = {};
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9) || (c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe70 && c <= 0xfefc)) {
      arabic++;
      // every Persian/Urdu letter lies above the core Arabic alphabet (U+0620–U+064A): no set lookup for those
      if (c > 0x064a && PERSO_URDU_CODES.has(c)) perso++;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if (c >= 0x0370) {
      const lang = otherScriptOf(c);
      if (lang) {
        foreign++;
        other[lang] = (other[lang] ?? 0) + 1;
      }
    }
  }
  return { arabic, latin, perso, foreign, other };
}

/**
 * The language of a text written mostly in a script we do not read: the script's language with
 * the most letters. Japanese mixes kana with Han: any kana make Han text Japanese; Cyrillic text
 * is Russian unless franc finds Ukrainian.
 */
function foreignLanguage(sample: string, other: ScriptCounts['other']): LanguageCode {
  let best: LanguageCode = 'und';
  let most = 0;
  for (const [lang, n] of Object.entries(other) as Array<[LanguageCode, number]>)
    if (n > most) {
      best = lang;
      most = n;
    }
  if (best === 'zh' && (other.ja ?? 0) > 0) return 'ja';
  if (best === 'ru') return franc(sample, { only: ['rus', 'ukr'], minLength: 3 }) === 'ukr' ? 'uk' : 'ru';
  return best;
}

/**
 * Detects the language of a text.
 * @returns 'ar' | 'en' | another ISO 639-1 code ('fa', 'ur', 'fr', 'tr' … and, from the script
 *   alone, 'zh', 'ja', 'ko', 'ru', 'he', 'el' …) | 'und' when unsure
 * @throws DiplomaticNerError E_TEXT_TYPE for a non-string
 */
export function detectLanguage(text: string): LanguageCode {
  if (typeof text !== 'string') fail('E_TEXT_TYPE', `text must be a string, got ${text === null ? 'null' : typeof text}`, 'text');
  const sample = sampleOf(text);
  return languageOf(sample, scriptCounts(sample));
}

/** The part of a text that language identification reads: its first 4,000 units. */
export const sampleOf = (text: string): string => (text.length > 4000 ? text.slice(0, 4000) : text);

/** The language of a sample whose script counts are known (see {@link detectLanguage}). */
export function languageOf(sample: string, counts: ScriptCounts): LanguageCode {
  const { arabic, latin, perso, foreign } = counts;
  const letters = arabic + latin + foreign;
  if (letters === 0) return 'und';
  if (foreign / letters >= 0.6) return foreignLanguage(sample, counts.other);
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

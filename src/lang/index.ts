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

const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
/** Letters specific to Persian and Urdu: پ چ ژ گ ی ک ے ں ٹ ڈ ڑ */
const PERSO_URDU = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9\u06D2\u06BA\u0679\u0688\u0691]/gu;

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/**
 * Detects the language of a text.
 * @returns 'ar' | 'en' | another ISO 639-1 code ('fa', 'ur', 'fr', 'tr' ...) | 'und' when unsure
 * @throws DiplomaticNerError E_TEXT_TYPE for a non-string
 */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string') fail('E_TEXT_TYPE', `text must be a string, got ${text === null ? 'null' : typeof text}`, 'text');
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const arabic = count(ARABIC_LETTER, sample);
  const latin = count(LATIN_LETTER, sample);
  const letters = arabic + latin;
  if (letters === 0) return 'und';
  if (arabic / letters >= 0.6) {
    const perso = count(PERSO_URDU, sample);
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

import { describe, expect, it } from 'vitest';
import {
  foldAlef,
  foldAlefMaksura,
  foldDigits,
  foldHamzaSeats,
  foldPersianLetters,
  foldPresentationForms,
  foldTaMarbuta,
  foldWhitespace,
  normalizeArabic,
  removeDiacritics,
  removeInvisibles,
  removeTatweel,
} from '../../src/normalize/index.js';
import { DiplomaticNerError } from '../../src/errors.js';

const n = (s: string, o?: Parameters<typeof normalizeArabic>[1]) => normalizeArabic(s, o).text;

describe('normalization steps, one function per phenomenon', () => {
  it('folds alef forms أ إ آ ٱ to bare alef', () => {
    expect(['أ', 'إ', 'آ', 'ٱ', 'ا', 'ب'].map(foldAlef).join('')).toBe('اااااب');
    expect(n('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
  });
  it('folds alef maksura to ya', () => {
    expect(foldAlefMaksura('ى')).toBe('ي');
    expect(n('مصطفى على')).toBe('مصطفي علي');
  });
  it('folds ta marbuta to ha', () => {
    expect(foldTaMarbuta('ة')).toBe('ه');
    expect(n('القاهرة')).toBe('القاهره');
  });
  it('keeps hamza seats by default and folds them on request', () => {
    expect(n('مؤتمر رئيس')).toBe('مؤتمر رئيس');
    expect(n('مؤتمر رئيس', { hamzaSeats: true })).toBe('موتمر رييس');
    expect(foldHamzaSeats('ؤ')).toBe('و');
  });
  it('removes harakat, tanwin, dagger alef and Quranic marks', () => {
    expect(removeDiacritics('\u064E')).toBe('');
    expect(n('مُحَمَّدٌ هٰذا ۖ')).toBe('محمد هذا ');
  });
  it('removes tatweel', () => {
    expect(removeTatweel('ـ')).toBe('');
    expect(n('الـــرياض')).toBe('الرياض');
  });
  it('folds Persian and Urdu letters', () => {
    expect(foldPersianLetters('ک')).toBe('ك');
    expect(n('کی ہ ۀ')).toBe('كي ه ه');
  });
  it('maps Arabic-Indic and Eastern digits to ASCII and never deletes digits', () => {
    expect(foldDigits('٣')).toBe('3');
    expect(n('٢٠١٥ و ۱۴۳۶ و 2024')).toBe('2015 و 1436 و 2024');
  });
  it('folds presentation forms to base letters', () => {
    expect(foldPresentationForms('\uFEFB')).toBe('لا');
    expect(n('\uFE8D\uFEDF\uFEE4\uFEE0\uFEDC')).toBe('الملك');
  });
  it('removes zero-width characters, bidi marks, BOM and soft hyphen', () => {
    expect(removeInvisibles('\u200F')).toBe('');
    expect(n('\uFEFFمو\u200Cسكو\u200E\u2067\u2069\u00AD')).toBe('موسكو');
  });
  it('turns every Unicode space into a plain space and line separators into newlines', () => {
    expect(foldWhitespace('\u00A0')).toBe(' ');
    expect(n('a\u00A0b\u2009c\u2028d\re')).toBe('a b c\nd\ne');
  });
  it('reads hashtag marks as spaces («#كوريا_الشمالية»), keeping offsets one to one', () => {
    const r = normalizeArabic('#كوريا_الشمالية');
    expect(r.text).toBe(' كوريا الشماليه');
    expect(r.text.length).toBe('#كوريا_الشمالية'.length);
  });
  it('keeps Arabic punctuation', () => {
    expect(n('قال، ثم؛ لماذا؟')).toBe('قال، ثم؛ لماذا؟');
  });
  it('rejects unknown steps and non-string text with a coded error', () => {
    expect(() => normalizeArabic('x', { nope: true } as never)).toThrow(DiplomaticNerError);
    expect(() => normalizeArabic(42 as never)).toThrow(/E_TEXT_TYPE/);
  });
});

// a small deterministic generator of nasty strings
function* randomStrings(count: number, seed = 7): Generator<string> {
  const pool = [
    'أ', 'إ', 'آ', 'ى', 'ة', 'ـ', '\u064B', '\u0670', '\u06D6', 'ک', '٣', '۴', '\uFEFB', '\uFDF2', '\uFDFA', '\u200F', '\u202E',
    '\u00A0', '\n', ' ', 'a', 'Z', 'ب', 'ل', 'ا', 'و', '\uD83D\uDE00', '\uD800', '\uDC00', '<b>', '،', '.', 'é', 'e\u0301',
  ];
  let x = seed;
  for (let i = 0; i < count; i++) {
    let s = '';
    const len = (x = (x * 1103515245 + 12345) % 2147483648) % 40;
    for (let k = 0; k < len; k++) s += pool[(x = (x * 1103515245 + 12345) % 2147483648) % pool.length];
    yield s;
  }
}

describe('offset map', () => {
  it('maps every normalized span to an original slice that normalizes to it', () => {
    for (const s of randomStrings(1500)) {
      const r = normalizeArabic(s);
      for (let a = 0; a <= r.text.length; a++)
        for (let b = a + 1; b <= Math.min(r.text.length, a + 4); b++) {
          const [os, oe] = r.map.toOriginal(a, b);
          expect(os).toBeGreaterThanOrEqual(0);
          expect(oe).toBeLessThanOrEqual(s.length);
          expect(normalizeArabic(s.slice(os, oe)).text).toContain(r.text.slice(a, b));
        }
    }
  });
  it('is idempotent', () => {
    for (const s of randomStrings(2000, 99)) expect(n(n(s))).toBe(n(s));
  });
  it('keeps UTF-16 offsets across surrogate pairs', () => {
    const s = '😀 موسكو';
    const r = normalizeArabic(s);
    const i = r.text.indexOf('موسكو');
    const [a, b] = r.map.toOriginal(i, i + 5);
    expect(s.slice(a, b)).toBe('موسكو');
  });
});

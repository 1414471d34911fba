/**
 * variantKeys finds the keys of a form made of Arabic letters and single spaces without running the
 * normalizer or the tokenizer (src/gazetteer/forms.ts): the same keys as normalizing and tokenizing.
 */
import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/gazetteer/index.js';
import { keysOf, normalizedForm, variantKeys } from '../../src/gazetteer/forms.js';
import { normalizeArabic } from '../../src/normalize/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import names from '../../data/names.json';

/** The keys as the normalizer and the tokenizer give them, with the spacing variants of «عبد». */
function reference(form: string): string[][] {
  const base = normalizeArabic(form).text;
  const texts = new Set([base]);
  if (base.includes('عبد')) {
    texts.add(base.replace(/عبد ال/g, 'عبدال'));
    texts.add(base.replace(/عبدال/g, 'عبد ال'));
  }
  return [...texts].map((t) => tokenize(t).tokens.map((x) => (x.kind === 'latin' ? x.text.toLowerCase() : x.text))).filter((k) => k.length > 0);
}

/** Every string in a value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push(k), strings(x, out));
  return out;
}

describe('variantKeys', () => {
  it('gives the keys of normalizing and tokenizing for every word of data/', () => {
    const d = bundledData();
    const forms = new Set(strings([d.titles, d.triggers, d.grammar, d.lexicon, d.dates, d.agencies, d.bodies, d.ambiguous, names, d.cities.slice(0, 300), d.people.slice(0, 300)]));
    expect(forms.size).toBeGreaterThan(5000);
    for (const form of forms) expect(variantKeys(form), form).toEqual(reference(form));
  });
  it('normalizes a form of letters the normalizer changes, and tokenizes what is not letters and single spaces', () => {
    expect(variantKeys('وزارة الخارجيّة')).toEqual([['وزاره', 'الخارجيه']]);
    expect(variantKeys('أبو ظبي')).toEqual([['ابو', 'ظبي']]);
    expect(variantKeys('مجموعة «5+1»')).toEqual(reference('مجموعة «5+1»'));
    expect(variantKeys('  عبد الله   بن زايد ')).toEqual([['عبد', 'الله', 'بن', 'زايد'], ['عبدالله', 'بن', 'زايد']]);
    expect(variantKeys('G7')).toEqual([['g7']]);
    expect(variantKeys('')).toEqual([]);
  });
  it('keysOf gives the first reading alike', () => {
    for (const form of ['الرئيس الروسي', 'وزارة الخارجية', 'NATO', 'حلف «الناتو»']) expect(keysOf(form), form).toEqual(reference(form)[0] ?? []);
  });
});

describe('normalizedForm', () => {
  it('is the normalizer\'s text for every word of data/ and every character of the Arabic block, alone and between letters', () => {
    const d = bundledData();
    const forms = new Set(strings([d.titles, d.triggers, d.grammar, d.lexicon, d.dates, d.agencies, d.bodies, d.ambiguous, names, d.cities.slice(0, 300), d.people.slice(0, 300)]));
    for (let c = 0x600; c < 0x700; c++) {
      const ch = String.fromCharCode(c);
      forms.add(ch).add(`ب${ch}ت`).add(`سلام ${ch}`);
    }
    for (const form of forms) expect(normalizedForm(form), form).toBe(normalizeArabic(form).text);
  });
  it('gives back a form of kept letters as it is, and normalizes one with letters the steps change', () => {
    expect(normalizedForm('زار الوزير دمشق')).toBe('زار الوزير دمشق');
    expect(normalizedForm('أحمد')).toBe('احمد');
    expect(normalizedForm('مكتبة')).toBe('مكتبه');
    expect(normalizedForm('الوزير  زار')).toBe(normalizeArabic('الوزير  زار').text);
  });
});

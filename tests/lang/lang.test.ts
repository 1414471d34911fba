import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/index.js';

describe('detectLanguage', () => {
  it('recognises a 20-character Arabic headline', () => expect(detectLanguage('وزير الخارجية يصل الرياض')).toBe('ar'));
  it('recognises an English sentence', () =>
    expect(detectLanguage('The foreign minister met his counterpart in Geneva on Monday to discuss the ceasefire.')).toBe('en'));
  it('recognises a Persian sentence', () =>
    expect(detectLanguage('وزیر امور خارجه ایران با همتای روسی خود در مسکو دیدار و گفتگو کرد')).toBe('fa'));
  it('says und for text without letters', () => expect(detectLanguage('12345 !!! ...')).toBe('und'));
  it('throws a coded error for a non-string', () => expect(() => detectLanguage(null as never)).toThrow(/E_TEXT_TYPE/));
});

import { describe, expect, it } from 'vitest';
import { hasArticle, procliticAnalyses, tokenize } from '../../src/tokenize/index.js';
import { normalizeText } from '../../src/normalize/index.js';

const bases = (w: string) => procliticAnalyses(normalizeText(w)).map((a) => a.base);

describe('proclitic analyses', () => {
  it('strips the conjunction و from «ولافروف»', () => expect(bases('ولافروف')).toContain(normalizeText('لافروف')));
  it('strips the preposition ب from «بموسكو»', () => expect(bases('بموسكو')).toContain('موسكو'));
  it('strips و before the article in «والرياض»', () => expect(bases('والرياض')).toContain('الرياض'));
  it('restores the article after لل in «للرئيس»', () => expect(bases('للرئيس')).toContain('الرئيس'));
  it('handles وبال in «وبالأمس»', () => expect(bases('وبالأمس')).toContain(normalizeText('الأمس')));
  it('handles فلل and وكال', () => {
    expect(bases('فللسعودية')).toContain(normalizeText('السعودية'));
    expect(bases('وكالرئيس')).toContain('الرئيس');
  });
  it('always keeps the whole token first: a letter that belongs to the word is never lost', () => {
    expect(bases('بوتين')[0]).toBe('بوتين');
    expect(bases('وليد')[0]).toBe('وليد');
  });
  it('never leaves a base shorter than two letters', () => expect(bases('وب')).toEqual(['وب']));
});

describe('tokens and sentences', () => {
  it('gives tokens with normalized offsets', () => {
    const text = 'التقى الرئيس، في موسكو.';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.kind)).toEqual(['arabic', 'arabic', 'punct', 'arabic', 'arabic', 'punct']);
  });
  it('splits sentences at Arabic and Latin punctuation and at line breaks', () => {
    const { sentences } = tokenize('جملة أولى. جملة ثانية؟ ثالثة!\nعنوان بلا نقطة\nسطر آخر');
    expect(sentences.length).toBe(5);
  });
  it('keeps a «..» run as one boundary', () => {
    const { sentences } = tokenize('اتصال هاتفي بين الوزيرين.. ماذا دار بينهما');
    expect(sentences.length).toBe(2);
  });
  it('tokenizes Latin words and numbers', () => {
    const { tokens } = tokenize('CNN 2015 قال');
    expect(tokens.map((t) => t.kind)).toEqual(['latin', 'number', 'arabic']);
  });
});

describe('definite article', () => {
  it('is read from the first two letters of a normalized word', () => {
    expect(hasArticle('الرئيس')).toBe(true);
    expect(hasArticle('رئيس')).toBe(false);
    expect(hasArticle('لقاء')).toBe(false);
    expect(hasArticle('ا')).toBe(false);
    expect(hasArticle('')).toBe(false);
  });
});

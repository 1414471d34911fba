import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../src/extract.js';
import { DiplomaticNerError } from '../src/errors.js';

const SAMPLE = 'موسكو - واس\nاستقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم وزير الخارجية السعودي عادل الجبير، وبحث الجانبان العلاقات الثنائية.';

describe('extract: the API contract', () => {
  it('returns entities sorted by first mention, each mention slicing the input', () => {
    const r = extract(SAMPLE, { publishedAt: '2016-03-01' });
    const firsts = r.entities.map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const e of r.entities) for (const m of e.mentions) expect(SAMPLE.slice(m.start, m.end)).toBe(m.text);
  });
  it('gives persons their roles on the document date', () => {
    const putin = extract(SAMPLE, { publishedAt: '2016-03-01' }).entities.find((e) => e.id === 'person:vladimir-putin');
    expect(putin?.roles?.some((r) => r.role === 'head-of-state' && r.of === 'RU')).toBe(true);
  });
  it('accepts a Date for publishedAt', () => {
    expect(extract(SAMPLE, { publishedAt: new Date('2016-03-01T10:00:00Z') }).relations.length).toBeGreaterThan(0);
  });
  it('returns an empty result for empty or blank text', () => {
    expect(extract('')).toEqual({ language: 'und', entities: [], relations: [] });
    expect(extract('   \n ').entities).toEqual([]);
  });
  it('never throws on HTML, broken Unicode or other scripts', () => {
    for (const s of ['<p>موسكو</p><script>x</script>', '\uD800\uDC00\uD800 بوتين \uDFFF', '中文 русский עברית', 'ـــــــ'.repeat(1000)])
      expect(() => extract(s)).not.toThrow();
  });
  it('keeps the offset invariant over thousands of random strings', () => {
    const pool = ['موسكو', 'بوتين', 'و', 'ال', 'ـ', '\u064E', ' ', '\n', '،', 'لافروف', 'الروسي', 'وزير الخارجية', '😀', '\uD800', 'ﻻ', '<b>', 'x'];
    let seed = 1;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const len = (seed = (seed * 48271) % 2147483647) % 12;
      for (let k = 0; k < len; k++) s += pool[(seed = (seed * 48271) % 2147483647) % pool.length];
      const r = extract(s, { publishedAt: '2020-01-01' });
      for (const e of r.entities) for (const m of e.mentions) expect(s.slice(m.start, m.end)).toBe(m.text);
    }
  });
  it('is deterministic', () => expect(extract(SAMPLE, { publishedAt: '2016-03-01' })).toEqual(extract(SAMPLE, { publishedAt: '2016-03-01' })));
});

describe('extract: bad input gets the library error with a code', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['null text', () => extract(null as never), 'E_TEXT_TYPE'],
    ['a number', () => extract(42 as never), 'E_TEXT_TYPE'],
    ['an object', () => extract({} as never), 'E_TEXT_TYPE'],
    ['an invalid date', () => extract('x', { publishedAt: '2015-02-30' }), 'E_DATE'],
    ['an invalid Date', () => extract('x', { publishedAt: new Date('nope') }), 'E_DATE'],
    ['an unknown option', () => extract('x', { nope: 1 } as never), 'E_OPTIONS'],
    ['a bad language', () => extract('x', { language: 'xx' } as never), 'E_OPTION_VALUE'],
    ['a text over maxLength', () => extract('abc', { maxLength: 2 }), 'E_TEXT_TOO_LONG'],
    ['a __proto__ key', () => extract('x', JSON.parse('{"__proto__": {"polluted": 1}}')), 'E_OPTIONS'],
  ];
  for (const [name, run, code] of cases)
    it(`rejects ${name} with ${code}`, () => {
      try {
        run();
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(DiplomaticNerError);
        expect((err as DiplomaticNerError).code).toBe(code);
      }
    });
  it('mutates nothing global', () => expect(({} as Record<string, unknown>).polluted).toBeUndefined());
});

describe('createExtractor: custom gazetteer entries', () => {
  it('resolves a newly added person by name and by title + date', () => {
    const ex = createExtractor({
      gazetteer: {
        add: [
          {
            type: 'person',
            id: 'person:test-minister',
            name: { en: 'Test Minister', ar: 'سامر تجريبي' },
            short: { ar: ['تجريبي'] },
            country: 'LB',
            roles: [{ role: 'foreign-minister', of: 'LB', from: '2030-01-01' }],
          },
        ],
      },
    });
    expect(ex.extract('قال سامر تجريبي إن').entities.some((e) => e.id === 'person:test-minister')).toBe(true);
    expect(ex.extract('قال وزير الخارجية اللبناني إن', { publishedAt: '2030-06-01' }).entities.some((e) => e.id === 'person:test-minister')).toBe(true);
  });
  it('removes an entry by id', () => {
    const ex = createExtractor({ gazetteer: { remove: ['person:sergei-lavrov'] } });
    expect(ex.extract('قال سيرغي لافروف').entities.some((e) => e.id === 'person:sergei-lavrov')).toBe(false);
  });
  it('names the bad entry and field of a malformed custom entry', () => {
    expect(() => createExtractor({ gazetteer: { add: [{ type: 'person', id: 'person:x', name: { en: 'X' }, roles: [] } as never] } })).toThrow(/add\[0\].*name/);
    expect(() => createExtractor({ gazetteer: { add: [{ type: 'person', id: 'person:y', name: { en: 'Y', ar: 'Latin' }, roles: [] } as never] } })).toThrow(/E_GAZETTEER_ENTRY/);
  });
});

describe('extract: scripts the library does not read', () => {
  it.each([
    ['Chinese', '外交部长今天在首都会见了来访的邻国代表团，双方讨论了贸易合作和地区安全问题。', 'zh'],
    ['Russian', 'Министр иностранных дел встретился сегодня в столице с делегацией соседней страны и обсудил торговлю.', 'ru'],
    ['Hebrew', 'שר החוץ נפגש היום בבירה עם משלחת של מדינה שכנה, והצדדים דנו בסחר ובביטחון.', 'he'],
    ['Japanese', '外務大臣は本日、首都で隣国の代表団と会談し、貿易について話し合った。', 'ja'],
  ])('gives an empty result for %s text, reporting its language (not the Arabic path as ar)', (_, text, code) => {
    expect(extract(text)).toEqual({ language: code, entities: [], relations: [] });
  });

  it('still reads an Arabic article that quotes a few Chinese characters', () => {
    const r = extract('التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني (外交部长) في موسكو.');
    expect(r.language).toBe('ar');
    expect(r.entities.map((e) => e.id)).toContain('person:sergei-lavrov');
  });

  it('with language "ar" forced, reads the text with the Arabic path whatever its script', () => {
    expect(extract('外交部长今天在首都会见了来访的邻国代表团。', { language: 'ar' }).language).toBe('ar');
  });
});

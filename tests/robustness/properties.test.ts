/**
 * Property tests (fast-check): for arbitrary strings — full Unicode with astral
 * planes, combining marks, lone surrogates, bidi controls, RTL/LTR mixes, HTML,
 * very long tokens, mixed with Arabic gazetteer words — extract never throws,
 * every span is exact (`text.slice(start, end) === span.text`) and in bounds,
 * and the result is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import type { ExtractOptions, ExtractResult, Span } from '../../src/index.js';

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

const GAZETTEER_WORDS = [
  'وزير الخارجية الروسي سيرغي لافروف',
  'موسكو',
  'ونظيره',
  'نظيره التركي',
  'مولود جاويش أوغلو',
  'ولافروف',
  'بالرياض',
  'الخارجية الروسية',
  'الكرملين',
  'الأمين العام للأمم المتحدة',
  'ولي العهد السعودي الأمير محمد بن سلمان',
  'الرئيس الأمريكي',
  'التقى',
  'اتصالا هاتفيا',
  'وصل إلى',
  'بحث',
  'وقع اتفاقية',
  'قال',
  'إن',
  'في',
  'يوم الأحد',
  '15 مارس 2020',
  'أمس',
  'الناتو',
  'للسعودية',
  'والمغربية',
  'الجزائر -',
  'واس',
  'Sergei Lavrov',
  'met his Turkish counterpart',
  'in Moscow',
  'Secretary of State',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: codePoint(0xd800, 0xdfff) }, // lone surrogates
  { weight: 2, arbitrary: codePoint(0x0300, 0x036f) }, // combining marks
  { weight: 2, arbitrary: codePoint(0x064b, 0x065f) }, // Arabic harakat
  { weight: 1, arbitrary: fc.constantFrom('\u0670', '\u0640', '\u0654', '\u0655') }, // dagger alef, tatweel, hamza marks
  {
    weight: 2,
    arbitrary: fc.constantFrom('\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'),
  }, // bidi controls
  { weight: 1, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060') }, // zero-width
  { weight: 3, arbitrary: codePoint(0x0600, 0x06ff) }, // Arabic block
  { weight: 1, arbitrary: codePoint(0xfb50, 0xfdff) }, // presentation forms A
  { weight: 1, arbitrary: codePoint(0xfe70, 0xfeff) }, // presentation forms B
  { weight: 1, arbitrary: codePoint(0x1f300, 0x1faff) }, // emoji (astral)
  { weight: 1, arbitrary: codePoint(0x10000, 0x10ffff) }, // any astral
  { weight: 1, arbitrary: fc.constantFrom('٠١٢٣', '۱۴۵', '2020', '١٥/٠٣/٢٠٢٠') }, // digits
  {
    weight: 2,
    arbitrary: fc.constantFrom('<b>', '</b>', '<a href="https://x.test/?a=1&b=2">', '</a>', '<br/>', '&amp;', '&nbsp;', '<script>alert(1)</script>', '<p dir="rtl">', '</p>', '<!-- تعليق -->'),
  }, // HTML
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\t', '.', '،', '؛', '؟', '!', '-', ':', '"', '«', '»', '(', ')', '/', '\r\n', '\u00a0') },
  { weight: 6, arbitrary: fc.constantFrom(...GAZETTEER_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 10 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('ب', 'a', '\u0640', 'لافروف', '\u064e', 'و', '😀', 'ﻻ'), fc.integer({ min: 50, max: 800 })).map(([u, n]) => u.repeat(n)),
  }, // very long tokens
);

/** Text built from pieces, sometimes glued, sometimes separated by spaces. */
const text = fc.tuple(fc.array(piece, { maxLength: 30 }), fc.boolean()).map(([parts, spaced]) => parts.join(spaced ? ' ' : ''));

const day = fc
  .record({ y: fc.integer({ min: 1995, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const options: fc.Arbitrary<ExtractOptions> = fc.record(
  { publishedAt: fc.option(day, { nil: undefined }), language: fc.constantFrom<'ar' | 'en' | 'auto' | undefined>(undefined, 'auto', 'ar', 'en') },
  { requiredKeys: [] },
);

const spanOk = (input: string, s: Span) =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= input.length && input.slice(s.start, s.end) === s.text;

/** Every invariant the public types promise, checked with precise failure messages. */
function checkInvariants(input: string, r: ExtractResult): void {
  expect(Array.isArray(r.entities)).toBe(true);
  expect(Array.isArray(r.relations)).toBe(true);
  const ids = new Set<string>();
  for (const e of r.entities) {
    expect(ids.has(e.id), `duplicate entity ${e.id}`).toBe(false);
    ids.add(e.id);
    expect(e.mentions.length).toBeGreaterThan(0);
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    for (const m of e.mentions) {
      expect(m.start, `${e.id} mention start`).toBeGreaterThanOrEqual(0);
      expect(m.end, `${e.id} mention end`).toBeLessThanOrEqual(input.length);
      expect(m.start, `${e.id} mention is empty`).toBeLessThan(m.end);
      expect(input.slice(m.start, m.end), `${e.id} mention text`).toBe(m.text);
    }
  }
  for (const rel of r.relations) {
    expect(spanOk(input, rel.trigger), `trigger ${JSON.stringify(rel.trigger)}`).toBe(true);
    expect(spanOk(input, rel.evidence), `evidence ${JSON.stringify(rel.evidence)}`).toBe(true);
    expect(rel.trigger.start).toBeGreaterThanOrEqual(rel.evidence.start);
    expect(rel.trigger.end).toBeLessThanOrEqual(rel.evidence.end);
    for (const p of rel.participants) expect(ids.has(p), `participant ${p} is an entity`).toBe(true);
  }
}

describe('extract on arbitrary text (fast-check)', () => {
  it('never throws and returns exact, in-bounds spans for arbitrary text and options', () => {
    fc.assert(
      fc.property(text, options, (input, opts) => {
        checkInvariants(input, extract(input, opts));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps spans exact when gazetteer words are interleaved with bidi controls, marks and tags', () => {
    const noisy = fc
      .array(fc.tuple(fc.constantFrom(...GAZETTEER_WORDS), fc.constantFrom('', ' ', '\u200f', '\u200e ', ' \u202b', '\u0640', '\u064e', '<b>', '</b> ', '\n', '، ', '\u200c')), {
        minLength: 1,
        maxLength: 25,
      })
      .map((pairs) => pairs.map(([w, sep]) => w + sep).join(' '));
    fc.assert(
      fc.property(noisy, day, (input, publishedAt) => {
        checkInvariants(input, extract(input, { publishedAt }));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: two calls, and a fresh extractor, give equal results', () => {
    const fresh = createExtractor();
    fc.assert(
      fc.property(text, options, (input, opts) => {
        const a = extract(input, opts);
        const b = extract(input, opts);
        expect(b).toEqual(a);
        expect(fresh.extract(input, opts)).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on lone surrogates and astral characters cut in half anywhere in a real sentence', () => {
    const base = 'التقى وزير الخارجية الروسي سيرغي لافروف 😀 ونظيره التركي في موسكو يوم الأحد.';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length }), codePoint(0xd800, 0xdfff), (at, lone) => {
        const input = base.slice(0, at) + lone + base.slice(at);
        checkInvariants(input, extract(input, { publishedAt: '2020-03-15' }));
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * Bad input to the public API gets the library error (DiplomaticNerError) with a
 * code from ERROR_CODES and a message naming the problem; nothing global is
 * mutated; empty and adversarial texts give sane results. No timing assertions:
 * speed is measured by the benchmarks (npm run bench), never by tests.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, DEFAULT_MAX_LENGTH, DiplomaticNerError, ERROR_CODES, extract, resolveRole } from '../../src/index.js';
import type { ErrorCode, ExtractResult } from '../../src/index.js';

/** Runs fn and returns the error it throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): DiplomaticNerError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DiplomaticNerError);
    return e as DiplomaticNerError;
  }
  throw new Error('expected a DiplomaticNerError, nothing was thrown');
}

function expectLibraryError(fn: () => unknown, code: ErrorCode, message: RegExp): void {
  const e = thrown(fn);
  expect(e.code).toBe(code);
  expect(Object.keys(ERROR_CODES)).toContain(e.code);
  expect(e.message).toMatch(message);
  expect(e.message.startsWith(`[${code}]`)).toBe(true);
}

/** A person entry that passes validation. */
const goodPerson = () => ({
  type: 'person' as const,
  id: 'person:test-person',
  name: { en: 'Test Person', ar: 'تيست برسون' },
  aliases: { en: [], ar: [] },
  short: { en: [], ar: [] },
  gender: 'm',
  country: 'RU',
  roles: [{ role: 'foreign-minister', of: 'RU', from: '2030-01-01' }],
});

const addOne = (entry: unknown) => createExtractor({ gazetteer: { add: [entry as never] } });

/** Own property names of the built-in prototypes and of globalThis. */
const globalsSnapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
  global: Object.getOwnPropertyNames(globalThis).sort(),
});

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
};

const allSpansExact = (text: string, r: ExtractResult) =>
  r.entities.every((e) => e.mentions.every((m) => text.slice(m.start, m.end) === m.text)) &&
  r.relations.every((x) => text.slice(x.trigger.start, x.trigger.end) === x.trigger.text && text.slice(x.evidence.start, x.evidence.end) === x.evidence.text);


describe('bad text', () => {
  it.each([
    ['null', null, /got null/],
    ['undefined', undefined, /got undefined/],
    ['a number', 42, /got number/],
    ['an object', { text: 'قال' }, /got object/],
    ['an array', ['قال'], /got array/],
    ['a boolean', true, /got boolean/],
  ])('rejects %s as text with E_TEXT_TYPE', (_label, text, message) => {
    expectLibraryError(() => extract(text as never), 'E_TEXT_TYPE', message);
    expectLibraryError(() => createExtractor().extract(text as never), 'E_TEXT_TYPE', message);
  });

  it('names the parameter at fault in error.path', () => {
    expect(thrown(() => extract(null as never)).path).toBe('text');
  });
});

describe('bad options', () => {
  it.each([
    ['a number', 5],
    ['a string', '2020-01-01'],
    ['an array', []],
    ['a Date', new Date('2020-01-01')],
  ])('rejects %s as options with E_OPTIONS', (_label, options) => {
    expectLibraryError(() => extract('قال', options as never), 'E_OPTIONS', /options must be a plain object/);
  });

  it('rejects an unknown option and names it', () => {
    expectLibraryError(() => extract('قال', { publishedOn: '2020-01-01' } as never), 'E_OPTIONS', /unknown option "publishedOn"/);
    expect(thrown(() => extract('قال', { publishedOn: '2020-01-01' } as never)).path).toBe('options.publishedOn');
  });

  it.each(['2020-02-30', '2020-13-01', 'yesterday', '01/02/2020', '', '2020-1-1'])('rejects publishedAt "%s" with E_DATE', (publishedAt) => {
    expectLibraryError(() => extract('قال', { publishedAt }), 'E_DATE', /publishedAt/);
  });

  it('rejects an invalid Date and a number as publishedAt with E_DATE', () => {
    expectLibraryError(() => extract('قال', { publishedAt: new Date('not a date') }), 'E_DATE', /publishedAt is an invalid Date/);
    expectLibraryError(() => extract('قال', { publishedAt: 20200101 as never }), 'E_DATE', /publishedAt must be a string or a Date/);
  });

  it('accepts an ISO timestamp and a valid Date as publishedAt', () => {
    expect(() => extract('قال', { publishedAt: '2020-01-01T10:00:00Z' })).not.toThrow();
    expect(() => extract('قال', { publishedAt: new Date('2020-01-01T00:00:00Z') })).not.toThrow();
  });

  it('rejects an unknown language with E_OPTION_VALUE', () => {
    expectLibraryError(() => extract('قال', { language: 'fr' as never }), 'E_OPTION_VALUE', /options\.language must be "ar", "en" or "auto"/);
  });

  it.each([-1, 1.5, '10', Number.NaN, Number.POSITIVE_INFINITY])('rejects maxLength %s with E_OPTION_VALUE', (maxLength) => {
    expectLibraryError(() => extract('قال', { maxLength: maxLength as never }), 'E_OPTION_VALUE', /maxLength must be a non-negative integer/);
  });

  it('rejects a __proto__ key in extract options with E_OPTIONS', () => {
    const options = JSON.parse('{"__proto__": {"polluted": 1}}');
    expectLibraryError(() => extract('قال', options), 'E_OPTIONS', /__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a __proto__ key in createExtractor options, in defaults and in gazetteer, naming it', () => {
    expectLibraryError(() => createExtractor(JSON.parse('{"__proto__": {"polluted": 1}}')), 'E_OPTIONS', /unknown option "__proto__"/);
    expectLibraryError(() => createExtractor({ defaults: JSON.parse('{"__proto__": {"maxLength": 1}}') }), 'E_OPTIONS', /unknown option "__proto__"/);
    expectLibraryError(() => createExtractor({ gazetteer: JSON.parse('{"__proto__": {"add": []}}') }), 'E_OPTIONS', /unknown gazetteer option "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects bad createExtractor options: null, unknown keys, bad defaults', () => {
    expectLibraryError(() => createExtractor(null as never), 'E_OPTIONS', /createExtractor options must be a plain object/);
    expectLibraryError(() => createExtractor({ language: 'ar' } as never), 'E_OPTIONS', /unknown option "language"/);
    expectLibraryError(() => createExtractor({ defaults: { publishedAt: 'soon' } }), 'E_DATE', /publishedAt/);
  });

  it('checks defaults merged with call options', () => {
    const x = createExtractor({ defaults: { publishedAt: '2020-01-01' } });
    expectLibraryError(() => x.extract('قال', { bogus: 1 } as never), 'E_OPTIONS', /unknown option "bogus"/);
  });
});

describe('bad custom gazetteer entries', () => {
  it('accepts a well-formed person entry and finds the person', () => {
    const r = addOne(goodPerson()).extract('قال تيست برسون إن');
    expect(r.entities.map((e) => e.id)).toContain('person:test-person');
  });

  it('rejects an entry that is not a plain object', () => {
    expectLibraryError(() => addOne(null), 'E_GAZETTEER_ENTRY', /an entry must be a plain object/);
    expectLibraryError(() => addOne('person:x'), 'E_GAZETTEER_ENTRY', /an entry must be a plain object/);
  });

  it('rejects an entry with an unknown type and names the field', () => {
    expectLibraryError(() => addOne({ ...goodPerson(), type: 'planet' }), 'E_GAZETTEER_ENTRY', /field "type"/);
  });

  it('rejects a person without a name and names the field', () => {
    const { name: _drop, ...noName } = goodPerson();
    const e = thrown(() => addOne(noName));
    expect(e.code).toBe('E_GAZETTEER_ENTRY');
    expect(e.message).toMatch(/field "name"/);
    expect(e.message).toMatch(/person:test-person/);
  });

  it('rejects a person without roles and names the field', () => {
    const { roles: _drop, ...noRoles } = goodPerson();
    expectLibraryError(() => addOne(noRoles), 'E_GAZETTEER_ENTRY', /field "roles"/);
  });

  it('rejects a malformed id and a malformed role date', () => {
    expectLibraryError(() => addOne({ ...goodPerson(), id: 'test-person' }), 'E_GAZETTEER_ENTRY', /field "id"/);
    expectLibraryError(() => addOne({ ...goodPerson(), roles: [{ role: 'foreign-minister', of: 'RU', from: '2030-13-45' }] }), 'E_GAZETTEER_ENTRY', /roles\[0\]\.from/);
  });

  it('rejects Latin letters in an Arabic name, alias or organization name', () => {
    expectLibraryError(() => addOne({ ...goodPerson(), name: { en: 'Test Person', ar: 'Test Person' } }), 'E_GAZETTEER_ENTRY', /non-Arabic letters/);
    expectLibraryError(() => addOne({ ...goodPerson(), aliases: { en: [], ar: ['تيست Person'] } }), 'E_GAZETTEER_ENTRY', /"تيست Person" holds non-Arabic letters/);
    expectLibraryError(
      () => addOne({ type: 'organization', id: 'org:test-org', name: { en: 'Test Org', ar: 'منظمة Test' }, aliases: { en: [], ar: [] }, parent: null, kind: 'organization' }),
      'E_GAZETTEER_ENTRY',
      /non-Arabic letters/,
    );
  });

  it('rejects bad add and remove containers', () => {
    expectLibraryError(() => createExtractor({ gazetteer: { add: {} as never } }), 'E_OPTIONS', /gazetteer\.add must be an array/);
    expectLibraryError(() => createExtractor({ gazetteer: { remove: [1] as never } }), 'E_OPTIONS', /gazetteer\.remove must be an array of ids/);
    expectLibraryError(() => createExtractor({ gazetteer: { replace: [] } as never }), 'E_OPTIONS', /unknown gazetteer option "replace"/);
  });

  it('does not pollute Object.prototype through a __proto__ key in an entry or in its name', () => {
    const entry = JSON.parse(JSON.stringify(goodPerson()).replace(/^\{/, '{"__proto__":{"polluted":1},'));
    const name = JSON.parse('{"en":"Test Person","ar":"تيست برسون","__proto__":{"polluted":1}}');
    try {
      addOne(entry).extract('قال تيست برسون');
      addOne({ ...goodPerson(), name }).extract('قال تيست برسون');
    } catch (e) {
      // an entry with a __proto__ key is rejected with the library error
      expect(e).toBeInstanceOf(DiplomaticNerError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not mutate the options or the entries it is given', () => {
    const options = deepFreeze({ gazetteer: { add: [goodPerson()], remove: ['person:sergei-lavrov'] }, defaults: { publishedAt: '2020-01-01' } });
    const copy = structuredClone(options);
    const x = createExtractor(options as never);
    const callOptions = deepFreeze({ publishedAt: '2020-01-01', language: 'ar' as const });
    x.extract('قال تيست برسون وسيرغي لافروف', callOptions);
    expect(options).toEqual(copy);
    expect(callOptions).toEqual({ publishedAt: '2020-01-01', language: 'ar' });
  });
});

describe('resolveRole input', () => {
  it('rejects malformed queries with E_ROLE_QUERY', () => {
    expectLibraryError(() => resolveRole(null as never), 'E_ROLE_QUERY', /resolveRole takes \{ role, country, date \}/);
    expectLibraryError(() => resolveRole({ role: '', country: 'RU', date: '2020-01-01' }), 'E_ROLE_QUERY', /query\.role/);
    expectLibraryError(() => resolveRole({ role: 'foreign-minister', country: 7 as never, date: '2020-01-01' }), 'E_ROLE_QUERY', /query\.country/);
    expectLibraryError(() => resolveRole({ role: 'foreign-minister', country: 'RU', date: '2020-13-01' }), 'E_ROLE_QUERY', /query\.date must be a YYYY-MM-DD day/);
  });
});

describe('nothing global is mutated', () => {
  it('leaves Object.prototype, Array.prototype, String.prototype and globalThis as they were', () => {
    const before = globalsSnapshot();
    const attempts: Array<() => unknown> = [
      () => extract(null as never),
      () => extract('قال', JSON.parse('{"__proto__": {"polluted": 1}}')),
      () => extract('قال', JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}')),
      () => createExtractor(JSON.parse('{"__proto__": {"polluted": 1}}')),
      () => addOne(JSON.parse('{"type":"person","id":"person:proto-test","name":{"en":"Proto Test","ar":"بروتو تست"},"roles":[],"__proto__":{"polluted":1}}')).extract('قال بروتو تست'),
      () => extract('وزير الخارجية الروسي سيرغي لافروف التقى نظيره التركي في موسكو', { publishedAt: '2020-01-01' }),
      () => extract('Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Moscow', { publishedAt: '2020-01-01' }),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
      } catch (e) {
        expect(e).toBeInstanceOf(DiplomaticNerError);
      }
    }
    expect(globalsSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('maxLength guard', () => {
  it('documents a default of 1,000,000 UTF-16 units', () => expect(DEFAULT_MAX_LENGTH).toBe(1_000_000));

  it('accepts a text of exactly the default maxLength and rejects one unit more with E_TEXT_TOO_LONG', () => {
    // spaces: the guard runs before the work, and blank text costs nothing
    expect(extract(' '.repeat(DEFAULT_MAX_LENGTH))).toEqual({ language: 'und', entities: [], relations: [] });
    expectLibraryError(() => extract(' '.repeat(DEFAULT_MAX_LENGTH + 1)), 'E_TEXT_TOO_LONG', /1000001 UTF-16 units, more than maxLength 1000000/);
  });

  it('honours a smaller maxLength per call and per extractor', () => {
    expect(() => extract('قال لافروف', { maxLength: 10 })).not.toThrow();
    expectLibraryError(() => extract('قال لافروف!', { maxLength: 10 }), 'E_TEXT_TOO_LONG', /more than maxLength 10/);
    expectLibraryError(() => createExtractor({ defaults: { maxLength: 3 } }).extract('قال لافروف'), 'E_TEXT_TOO_LONG', /maxLength 3/);
  });

  it('counts UTF-16 units, so an astral character counts twice', () => {
    expectLibraryError(() => extract('😀😀', { maxLength: 3 }), 'E_TEXT_TOO_LONG', /4 UTF-16 units/);
  });

  it('accepts maxLength 0 for the empty text', () => expect(extract('', { maxLength: 0 }).entities).toEqual([]));
});

describe('empty and blank text', () => {
  it.each([
    ['empty', ''],
    ['spaces', '     '],
    ['newlines and tabs', '\n\n\t\r\n'],
    ['no-break and ideographic spaces', '\u00a0\u3000\u2003'],
  ])('gives an empty result for %s text', (_label, text) => {
    const r = extract(text, { publishedAt: '2020-01-01' });
    expect(r.entities).toEqual([]);
    expect(r.relations).toEqual([]);
    expect(r.language).toBe('und');
  });

  it('gives no entities for invisible marks only', () => {
    const r = extract('\u200f\u200e\u200c\u200d\ufeff\u0640\u064e');
    expect(r.entities).toEqual([]);
    expect(r.relations).toEqual([]);
  });
});

describe('large adversarial inputs (200 KB) do not throw and give sane results', () => {
  const N = 200_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

  it.each([
    ['tatweel', fill('\u0640')],
    ['diacritics', fill('\u064e\u0650\u0651\u0652\u064b')],
    ['spaces', fill(' ')],
    ['newlines', fill('\n')],
    ['one Arabic token', fill('ب')],
    ['one Latin token', fill('x')],
  ])('finds nothing in 200 KB of %s', (_label, text) => {
    expect(text.length).toBe(N);
    const r = extract(text, { publishedAt: '2020-01-01' });
    expect(r.entities).toEqual([]);
    expect(r.relations).toEqual([]);
  });

  it('finds nothing in 200 KB of «و »', { timeout: 180_000 }, () => {
    const text = fill('و ');
    const r = extract(text, { publishedAt: '2020-01-01' });
    expect(r.entities).toEqual([]);
    expect(r.relations).toEqual([]);
  });

  it('finds one person with one exact mention per repetition in 200 KB of one repeated name', { timeout: 180_000 }, () => {
    const unit = 'سيرغي لافروف ';
    const text = fill(unit);
    const r = extract(text, { publishedAt: '2020-01-01' });
    expect(r.entities.map((e) => e.id)).toEqual(['person:sergei-lavrov']);
    const whole = Math.floor(N / unit.length);
    expect(r.entities[0]!.mentions).toHaveLength(whole);
    expect(allSpansExact(text, r)).toBe(true);
    expect(r.language).not.toBe('en');
  });

  it('keeps offsets exact in 200 KB of tatweel-stretched and vowelled names', { timeout: 180_000 }, () => {
    const text = fill('لافـــروف وسَيْرْغِي لَافْرُوف ');
    const r = extract(text, { publishedAt: '2020-01-01' });
    expect(r.entities.every((e) => e.type === 'person')).toBe(true);
    expect(allSpansExact(text, r)).toBe(true);
  });

});

describe('keys that could pollute, and entries that must pass', () => {
  it('names "__proto__" in extract options', () => {
    expect(() => extract('x', JSON.parse('{"__proto__":{"polluted":1}}'))).toThrow(/unknown option "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('names "__proto__" and unknown fields in a custom entry', () => {
    const entry = JSON.parse('{"type":"person","id":"person:x-y","name":{"en":"X Y","ar":"س ص"},"roles":[],"__proto__":{"polluted":1}}');
    expect(() => createExtractor({ gazetteer: { add: [entry] } })).toThrow(/__proto__/);
    expect(() => createExtractor({ gazetteer: { add: [{ type: 'person', id: 'person:x-y', name: { en: 'X Y', ar: 'س ص' }, roles: [], foo: 1 } as never] } })).toThrow(/unknown field "foo"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('accepts a valid custom city and finds it', () => {
    const ex = createExtractor({ gazetteer: { add: [{ type: 'city', id: 'city:foo-town', country: 'RU', name: { en: 'Foo Town', ar: 'فوتاون' }, aliases: { en: [], ar: [] }, capital: false }] } });
    expect(ex.extract('وصل الوفد إلى فوتاون').entities.map((e) => e.id)).toContain('city:foo-town');
  });
  it("reads a long repetitive Arabic text without a Persian or Urdu letter as 'ar'", () => {
    expect(extract('سيرغي لافروف '.repeat(2000)).language).toBe('ar');
  });
});

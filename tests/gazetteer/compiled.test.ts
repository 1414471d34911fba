/**
 * The compiled gazetteer's file (src/gazetteer/compiled.ts): written at build time, read by Node
 * from its bytes (parts parsed when first asked for) and by bundlers as JSON; both readings give
 * the same records.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesOfText, compiledFromBytes, compiledFromJson, writeCompiled, FORMAT, VERSION, type Compiled, type CompiledJson } from '../../src/gazetteer/compiled.js';

const parts: Omit<CompiledJson, 'format' | 'version'> = {
  raw: { countries: [{ id: 'country:AA', iso2: 'AA', name: { en: 'Aland', ar: 'ألاند' }, adjectives: { en: [], ar: [] } }] } as never,
  holders: { 'head-of-state|AA': [1] },
  index: { v: 2, lexicon: [['words', ['كلمة']]] } as never,
  people: [{ id: 'person:a', name: { en: 'A', ar: 'أ' } }, { id: 'person:b', note: 'a "quoted" word, a back\\slash\nand a new line' }].map((p) => JSON.stringify(p)),
  senses: [{ t: 'country', id: 'country:AA', form: 'name' }, { t: 'pronoun' }].map((s) => JSON.stringify(s)),
};
const file = writeCompiled(parts);
/** The file's bytes in a Buffer, decoded by it, as src/gazetteer/node.ts reads them. */
const bufferOf = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return { text: bytes.toString('latin1'), decode: (start: number, end: number) => bytes.toString('utf8', start, end) };
};
const readings: Array<[string, () => Compiled]> = [
  ['its bytes in a Buffer (Node)', () => compiledFromBytes(bufferOf(file))],
  ['its bytes, decoded by TextDecoder', () => compiledFromBytes(bytesOfText(file))],
  ['its JSON (bundlers)', () => compiledFromJson(JSON.parse(file) as CompiledJson)],
];

describe('the compiled file', () => {
  it('is JSON with the format, the version and every part', () => {
    const json = JSON.parse(file) as CompiledJson;
    expect(json).toEqual({ format: FORMAT, version: VERSION, ...parts });
  });
  it('holds one part a line, and one person or sense a line', () => {
    const lines = file.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, 10))).toEqual(['{"format":', '"raw":{"co', '"holders":', '"index":{"', '"people":[', '"{\\"id\\":\\', '"{\\"id\\":\\', '],', '"senses":[', '"{\\"t\\":\\"', '"{\\"t\\":\\"', ']}']);
  });
  it('refuses a person record that does not open with an ASCII id', () => {
    expect(() => writeCompiled({ ...parts, people: ['{"name":"x","id":"person:x"}'] })).toThrow(/must open with its id/);
    expect(() => writeCompiled({ ...parts, people: ['{"id":"person:عربي"}'] })).toThrow(/must open with its id/);
  });
  it('writes empty lists', () => {
    const empty = writeCompiled({ ...parts, people: [], senses: [] });
    expect(JSON.parse(empty)).toMatchObject({ people: [], senses: [] });
    const c = compiledFromBytes(bytesOfText(empty));
    expect([c.people.length, c.senses.length]).toEqual([0, 0]);
  });
});

describe.each(readings)('the compiled gazetteer read from %s', (_, read) => {
  it('gives every part as written', () => {
    const c = read();
    expect([c.raw(), c.holders(), c.index()]).toEqual([parts.raw, parts.holders, parts.index]);
    expect(Array.from({ length: c.people.length }, (_, i) => c.people.at(i))).toEqual(parts.people.map((p) => JSON.parse(p)));
    expect(Array.from({ length: c.senses.length }, (_, i) => c.senses.at(i))).toEqual(parts.senses.map((s) => JSON.parse(s)));
  });
  it('reads the ids of the people without parsing them, and parses a record once, when first asked for', () => {
    const c = read();
    expect([c.people.id(0), c.people.id(1)]).toEqual(['person:a', 'person:b']);
    expect(c.people.parsed()).toBe(0);
    const b = c.people.at(1);
    expect(c.people.at(1)).toBe(b);
    expect(c.people.parsed()).toBe(1);
  });
  it('parses each part once (the same object when asked again)', () => {
    const c = read();
    expect(c.raw()).toBe(c.raw());
    expect(c.index()).toBe(c.index());
  });
});

describe('a file of another format or version', () => {
  const other = file.replace(`"version":${VERSION}`, `"version":${VERSION + 1}`);
  it('is refused, from its text and from its JSON', () => {
    expect(() => compiledFromBytes(bytesOfText(other))).toThrow(/not of this version of the library/);
    expect(() => compiledFromJson(JSON.parse(other) as CompiledJson)).toThrow(/not of this version of the library/);
  });
});

describe('the compiled file of data/', () => {
  const built = readFileSync(new URL('../../src/generated/gazetteer.json', import.meta.url));
  it('is read the same from its bytes and as JSON', () => {
    const fromBytes = compiledFromBytes({ text: built.toString('latin1'), decode: (s, e) => built.toString('utf8', s, e) });
    const fromJson = compiledFromJson(JSON.parse(built.toString('utf8')) as CompiledJson);
    expect(fromBytes.raw()).toEqual(fromJson.raw());
    expect(fromBytes.holders()).toEqual(fromJson.holders());
    expect(fromBytes.index()).toEqual(fromJson.index());
    expect(fromBytes.people.length).toBe(fromJson.people.length);
    expect(fromBytes.people.length).toBeGreaterThan(1000);
    for (let i = 0; i < fromBytes.people.length; i += 97) {
      expect(fromBytes.people.id(i)).toBe(fromJson.people.id(i));
      expect(fromBytes.people.at(i)).toEqual(fromJson.people.at(i));
      expect(fromBytes.people.at(i).id).toBe(fromBytes.people.id(i));
    }
    expect(fromBytes.senses.length).toBe(fromJson.senses.length);
    for (let i = 0; i < fromBytes.senses.length; i += 101) expect(fromBytes.senses.at(i)).toEqual(fromJson.senses.at(i));
  });
});

/**
 * The compiled gazetteer's file (src/gazetteer/compiled.ts): written at build time, read by Node
 * from its bytes (parts found by the places its first line gives, parsed when first asked for) and by
 * bundlers as JSON; both readings give the same records.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesOfText, compiledFromBytes, compiledFromJson, writeCompiled, FORMAT, VERSION, type Compiled, type CompiledJson, type CompiledParts } from '../../src/gazetteer/compiled.js';

const parts: CompiledParts = {
  raw: { countries: [{ id: 'country:AA', iso2: 'AA', name: { en: 'Aland', ar: 'ألاند' }, adjectives: { en: [], ar: [] } }] } as never,
  holders: { 'head-of-state|AA': [1] },
  given: { أحمد: '0,1' },
  index: { v: 3, lexicon: [['words', ['كلمة']]], shared: [], topicSenses: [], alphabet: 'Aك' },
  entities: '1|^|A~0^',
  tolerant: '0|^',
  triggers: '0|^',
  topics: '0|^',
  people: [{ id: 'person:a', name: { en: 'A', ar: 'أ' } }, { id: 'person:b', note: 'a "quoted" word, a back\\slash\nand a new line, «عربي»' }].map((p) => JSON.stringify(p)),
};
const file = writeCompiled(parts);
/** The file's bytes in a Buffer, as src/gazetteer/node.ts reads them. */
const bufferOf = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return { size: bytes.length, indexOf: (b: number, from: number) => bytes.indexOf(b, from), latin1: (s: number, e: number) => bytes.toString('latin1', s, e), utf8: (s: number, e: number) => bytes.toString('utf8', s, e) };
};
const readings: Array<[string, () => Compiled]> = [
  ['its bytes in a Buffer (Node)', () => compiledFromBytes(bufferOf(file))],
  ['its bytes, decoded by TextDecoder', () => compiledFromBytes(bytesOfText(file))],
  ['its JSON (bundlers)', () => compiledFromJson(JSON.parse(file) as CompiledJson)],
];
const TRIES = ['entities', 'tolerant', 'triggers', 'topics'] as const;

describe('the compiled file', () => {
  it('is JSON with the format, the version, the places of the parts and every part', () => {
    const json = JSON.parse(file) as CompiledJson;
    expect(json).toMatchObject({ format: FORMAT, version: VERSION, ...parts });
    expect(Object.keys(json)).toEqual(['format', 'version', 'parts', 'raw', 'holders', 'given', 'index', ...TRIES, 'lines', 'people']);
  });
  it('holds one part a line, and one person a line', () => {
    const lines = file.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, 10))).toEqual(['{"format":', '"raw":{"co', '"holders":', '"given":{"', '"index":{"', '"entities"', '"tolerant"', '"triggers"', '"topics":"', '"lines":"2', '"people":[', '"{\\"id\\":\\', '"{\\"id\\":\\', ']}']);
  });
  it('gives in its first line the place of each part in bytes, from the start of the second line', () => {
    const bytes = Buffer.from(file, 'utf8');
    const json = JSON.parse(file) as CompiledJson;
    const base = bytes.indexOf(0x0a) + 1;
    for (const name of ['raw', 'holders', 'given', 'index', ...TRIES, 'lines'] as const) {
      const [start, end] = json.parts[name]!;
      expect(JSON.parse(bytes.toString('utf8', base + start, base + end)), name).toEqual(json[name]);
    }
    const [start, end] = json.parts.people!;
    expect(bytes.toString('utf8', base + start, base + end).split(',\n').map((s) => JSON.parse(s) as string)).toEqual(parts.people);
  });
  it('refuses a person record that does not open with an ASCII id', () => {
    expect(() => writeCompiled({ ...parts, people: ['{"name":"x","id":"person:x"}'] })).toThrow(/must open with its id/);
    expect(() => writeCompiled({ ...parts, people: ['{"id":"person:عربي"}'] })).toThrow(/must open with its id/);
  });
  it('refuses a trie that JSON would escape or that is not ASCII', () => {
    expect(() => writeCompiled({ ...parts, entities: '0|"^' })).toThrow(/must be ASCII without quotes/);
    expect(() => writeCompiled({ ...parts, topics: '0|ك^' })).toThrow(/must be ASCII without quotes/);
  });
  it('writes an empty list of people', () => {
    const empty = writeCompiled({ ...parts, people: [] });
    expect(JSON.parse(empty)).toMatchObject({ people: [] });
    expect(compiledFromBytes(bytesOfText(empty)).people.length).toBe(0);
  });
});

describe.each(readings)('the compiled gazetteer read from %s', (_, read) => {
  it('gives every part as written', () => {
    const c = read();
    expect([c.raw(), c.holders(), c.given(), c.index()]).toEqual([parts.raw, parts.holders, parts.given, parts.index]);
    for (const name of TRIES) expect(c.trie(name), name).toBe(parts[name]);
    expect(Array.from({ length: c.people.length }, (_, i) => c.people.at(i))).toEqual(parts.people.map((p) => JSON.parse(p)));
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
    expect(c.given()).toBe(c.given());
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
    const fromBytes = compiledFromBytes(bufferOf(built.toString('utf8')));
    const fromJson = compiledFromJson(JSON.parse(built.toString('utf8')) as CompiledJson);
    expect(fromBytes.raw()).toEqual(fromJson.raw());
    expect(fromBytes.holders()).toEqual(fromJson.holders());
    expect(fromBytes.given()).toEqual(fromJson.given());
    expect(fromBytes.index()).toEqual(fromJson.index());
    for (const name of TRIES) expect(fromBytes.trie(name), name).toBe(fromJson.trie(name));
    expect(fromBytes.people.length).toBe(fromJson.people.length);
    expect(fromBytes.people.length).toBeGreaterThan(1000);
    for (let i = 0; i < fromBytes.people.length; i += 97) {
      expect(fromBytes.people.id(i)).toBe(fromJson.people.id(i));
      expect(fromBytes.people.at(i)).toEqual(fromJson.people.at(i));
      expect(fromBytes.people.at(i).id).toBe(fromBytes.people.id(i));
    }
    const last = fromBytes.people.length - 1;
    expect(fromBytes.people.at(last)).toEqual(fromJson.people.at(last));
  });
  it('is ASCII wherever it holds a trie: a letter one byte', () => {
    const json = JSON.parse(built.toString('utf8')) as CompiledJson;
    for (const name of TRIES) expect(json[name], name).toMatch(/^[\x20-\x7e]+$/);
  });
});

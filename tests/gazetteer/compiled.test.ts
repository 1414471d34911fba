/**
 * The compiled gazetteer's file (src/gazetteer/compiled.ts): written at build time, read by Node
 * from its bytes (parts found by the places its first line gives, parsed when first asked for) and by
 * bundlers as JSON; both readings give the same records.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameListKeys, wordKeys } from '../../src/gazetteer/forms.js';
import { bytesOfText, compiledFromBytes, compiledFromJson, writeCompiled, FORMAT, VERSION, type Compiled, type CompiledJson, type CompiledParts } from '../../src/gazetteer/compiled.js';

const parts: CompiledParts = {
  raw: {
    countries: [{ id: 'country:AA', iso2: 'AA', name: { en: 'Aland', ar: 'ألاند' }, adjectives: { en: [], ar: [] } }],
    cities: [{ id: 'city:bb', country: 'AA', name: { en: 'Bebe', ar: 'بيبي' } }],
  } as never,
  names: { given: { أحمد: ['Ahmed', 'Ahmad'] }, stopWords: ['كلمة'] },
  nameKeys: { given: ['احمد'], stopWords: ['كلمة'] },
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
    const { people: _, ...others } = parts;
    expect(json).toMatchObject({ format: FORMAT, version: VERSION, ...others });
    expect(Object.keys(json)).toEqual(['format', 'version', 'parts', 'keys', 'raw', 'names', 'nameKeys', 'holders', 'given', 'index', ...TRIES, 'lines', 'people']);
  });
  it('holds one part a line, one list of the records a line, and one person a line', () => {
    const lines = file.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, 10))).toEqual(['{"format":', '"raw":{', '"countries', '"cities":[', '"names":{"', '"nameKeys"', '"holders":', '"given":{"', '"index":{"', '"entities"', '"tolerant"', '"triggers"', '"topics":"', '"lines":"2', '"people":[', '"{\\"id\\":\\', '"{\\"id\\":\\', ']}']);
  });
  it('gives in its first line the place of each part in bytes, from the start of the second line', () => {
    const bytes = Buffer.from(file, 'utf8');
    const json = JSON.parse(file) as CompiledJson;
    const base = bytes.indexOf(0x0a) + 1;
    for (const name of ['raw', 'names', 'nameKeys', 'holders', 'given', 'index', ...TRIES, 'lines'] as const) {
      const [start, end] = json.parts[name]!;
      expect(JSON.parse(bytes.toString('utf8', base + start, base + end)), name).toEqual(json[name]);
    }
    for (const key of ['countries', 'cities'] as const) {
      const [start, end] = json.parts[`raw.${key}`]!;
      expect(JSON.parse(bytes.toString('utf8', base + start, base + end)), key).toEqual(json.raw[key]);
    }
    const [start, end] = json.parts.people!;
    expect(bytes.toString('utf8', base + start, base + end).split(',\n').map((s) => JSON.parse(s) as string)).toEqual(json.people);
  });
  it('writes the keys of the person records short (the most frequent first, then in code order), and the id as it is, first', () => {
    const json = JSON.parse(file) as CompiledJson;
    expect(json.keys).toEqual({ a: 'ar', b: 'en', c: 'name', d: 'note' });
    expect(json.people.map((p) => JSON.parse(p) as unknown)).toEqual([
      { id: 'person:a', c: { b: 'A', a: 'أ' } },
      { id: 'person:b', d: 'a "quoted" word, a back\\slash\nand a new line, «عربي»' },
    ]);
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
    expect([c.raw(), c.names(), c.nameKeys(), c.holders(), c.given(), c.index()]).toEqual([parts.raw, parts.names, parts.nameKeys, parts.holders, parts.given, parts.index]);
    expect(Object.keys(c.raw())).toEqual(['countries', 'cities']);
    for (const name of TRIES) expect(c.trie(name), name).toBe(parts[name]);
    const people = Array.from({ length: c.people.length }, (_, i) => c.people.at(i));
    expect(people).toEqual(parts.people.map((p) => JSON.parse(p)));
    // the keys written out again in their order: the record's JSON is the one written
    expect(people.map((p) => JSON.stringify(p))).toEqual(parts.people);
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
    expect(c.raw().countries).toBe(c.raw().countries);
    expect(c.names()).toBe(c.names());
    expect(c.nameKeys()).toBe(c.nameKeys());
    expect(c.index()).toBe(c.index());
    expect(c.given()).toBe(c.given());
  });
});

describe('the records read from the bytes of the file', () => {
  /** The file's bytes, with the ranges decoded from UTF-8 so far. */
  const counted = () => {
    const bytes = bufferOf(file);
    const decoded: Array<[number, number]> = [];
    return { decoded, bytes: { ...bytes, utf8: (s: number, e: number) => (decoded.push([s, e]), bytes.utf8(s, e)) } };
  };
  it('decode and parse no list before it is read, then only that list', () => {
    const { bytes, decoded } = counted();
    const base = Buffer.from(file, 'utf8').indexOf(0x0a) + 1;
    const places = (JSON.parse(file) as CompiledJson).parts;
    const raw = compiledFromBytes(bytes).raw();
    expect(decoded).toEqual([]);
    expect(raw.cities).toEqual(parts.raw.cities);
    expect(decoded).toEqual([places['raw.cities']!.map((x) => base + x)]);
  });
  it('leave the name words unread until they are asked for', () => {
    const { bytes, decoded } = counted();
    const c = compiledFromBytes(bytes);
    c.raw().countries;
    expect(decoded).toHaveLength(1);
    expect(c.names()).toEqual(parts.names);
    expect(decoded).toHaveLength(2);
  });
  it('read the keys of the name words without the name words', () => {
    const { bytes, decoded } = counted();
    const base = Buffer.from(file, 'utf8').indexOf(0x0a) + 1;
    const places = (JSON.parse(file) as CompiledJson).parts;
    expect(compiledFromBytes(bytes).nameKeys()).toEqual(parts.nameKeys);
    expect(decoded).toEqual([places.nameKeys!.map((x) => base + x)]);
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
    expect(Object.keys(fromBytes.raw())).toEqual(Object.keys(fromJson.raw()));
    expect(fromBytes.names()).toEqual(fromJson.names());
    expect(fromBytes.nameKeys()).toEqual(fromJson.nameKeys());
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
  it('holds the normalized keys of every word list of the name tables, as the library computes them', () => {
    const json = JSON.parse(built.toString('utf8')) as CompiledJson;
    expect(Object.keys(json.nameKeys)).toEqual(Object.keys(json.names));
    expect(json.nameKeys).toEqual(nameListKeys(json.names));
    for (const list of ['given', 'stopWords', 'nasab']) {
      const words = json.names[list] as string[] | Record<string, unknown>;
      expect(new Set(json.nameKeys[list]), list).toEqual(wordKeys(Array.isArray(words) ? words : Object.keys(words)));
      expect(json.nameKeys[list]!.length, list).toBeGreaterThan(0);
    }
  });
  it('is ASCII wherever it holds a trie: a letter one byte', () => {
    const json = JSON.parse(built.toString('utf8')) as CompiledJson;
    for (const name of TRIES) expect(json[name], name).toMatch(/^[\x20-\x7e]+$/);
  });
});

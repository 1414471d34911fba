import { describe, expect, it } from 'vitest';
import { BundledHolders, BundledPeople, bundledData, defaultGazetteer } from '../../src/gazetteer/index.js';
import type { PersonRecord } from '../../src/gazetteer/index.js';
import { bytesOfText, compiledFromBytes, compiledFromJson, LazyRecords, writeCompiled, type Compiled } from '../../src/gazetteer/compiled.js';

const person = (id: string, roles: PersonRecord['roles']): PersonRecord => ({ id, name: { en: id, ar: 'اسم' }, roles }) as PersonRecord;
const lines = [
  person('person:a', [{ role: 'head-of-state', of: 'AA' }]),
  person('person:b', [
    { role: 'foreign-minister', of: 'BB', from: '2001-01-01', to: '2002-01-01' },
    { role: 'head-of-state', of: 'AA', from: '2003-01-01' },
  ]),
  person('person:c', []),
];
const file = writeCompiled({
  raw: {} as never,
  names: {},
  nameKeys: {},
  holders: {},
  given: {},
  index: {} as never,
  entities: '0|^',
  tolerant: '0|^',
  triggers: '0|^',
  topics: '0|^',
  people: lines.map((p) => JSON.stringify(p)),
});
// the same records as Node reads them (the file's text) and as a bundler imports them (its JSON)
const sources: Array<[string, () => Compiled]> = [
  ['the bytes of the file', () => compiledFromBytes(bytesOfText(file))],
  ['the JSON of the file', () => compiledFromJson(JSON.parse(file))],
];

describe.each(sources)('bundled people parsed one record at a time, from %s', (_, compiled) => {
  const text = () => compiled().people;
  it('knows every id and the count without parsing a record', () => {
    const people = new BundledPeople(text());
    expect(people.size).toBe(3);
    expect(people.idAt(2)).toBe('person:c');
    expect(people.has('person:b')).toBe(true);
    expect(people.has('person:z')).toBe(false);
    expect([...people.keys()]).toEqual(['person:a', 'person:b', 'person:c']);
    expect(people.parsed()).toBe(0);
  });
  it('parses a record when it is asked for, once, and returns the same object after', () => {
    const people = new BundledPeople(text());
    const b = people.get('person:b');
    expect(b).toEqual(lines[1]);
    expect(people.get('person:b')).toBe(b);
    expect(people.get('person:z')).toBeUndefined();
    expect(people.parsed()).toBe(1);
  });
  it('reads the last record, which has no comma after it', () => expect(new BundledPeople(text()).get('person:c')).toEqual(lines[2]));
  it('finds a record by an id a sense named (its line read) as by any other id', () => {
    const people = new BundledPeople(text());
    expect(people.idAt(1)).toBe('person:b');
    expect(people.get('person:b')).toEqual(lines[1]);
    expect(people.get('person:a')).toEqual(lines[0]);
    expect(people.has('person:z')).toBe(false);
    expect(people.parsed()).toBe(2);
  });
  it('iterates like a Map, in line order', () => {
    const people = new BundledPeople(text());
    expect([...people.values()].map((p) => p.id)).toEqual(['person:a', 'person:b', 'person:c']);
    expect([...people].map(([id]) => id)).toEqual(['person:a', 'person:b', 'person:c']);
    const seen: string[] = [];
    people.forEach((p, id) => seen.push(`${id}=${p.id}`));
    expect(seen).toEqual(['person:a=person:a', 'person:b=person:b', 'person:c=person:c']);
  });
  it('gives the holders of an office from their lines, parsing only them', () => {
    const people = new BundledPeople(text());
    const holders = new BundledHolders({ 'head-of-state|AA': [0, 1], 'foreign-minister|BB': [1] }, people);
    expect(holders.get('head-of-state|AA')?.map((p) => p.id)).toEqual(['person:a', 'person:b']);
    expect(holders.get('head-of-state|ZZ')).toBeUndefined();
    expect(holders.get('toString')).toBeUndefined();
    expect(people.parsed()).toBe(2);
  });
});

describe('bundled people asked for an id the file cannot hold', () => {
  it('answer a person outside the gazetteer (person:~…) and an id of anything else without reading every id', () => {
    let read = 0;
    const records = new LazyRecords<PersonRecord>(lines.length, (i) => JSON.stringify(lines[i]), (i) => (read++, lines[i]!.id), () => (read += lines.length, lines.map((p) => p.id)));
    const people = new BundledPeople(records);
    expect([people.has('person:~someone-else'), people.get('country:AA'), people.has('org:un')]).toEqual([false, undefined, false]);
    expect(read).toBe(0);
    expect(people.get('person:c')?.id).toBe('person:c');
    expect(read).toBe(lines.length);
  });
});

describe('the bundled gazetteer and its data share one set of person records', () => {
  it('lists the holders of every office as the data does, in the same order, each holder once however many terms', () => {
    const g = defaultGazetteer();
    const expected = new Map<string, string[]>();
    for (const p of bundledData().people)
      for (const r of p.roles) {
        const ids = expected.get(`${r.role}|${r.of}`) ?? [];
        if (!ids.includes(p.id)) expected.set(`${r.role}|${r.of}`, [...ids, p.id]);
      }
    for (const [key, ids] of expected) expect(g.holders.get(key)?.map((p) => p.id), key).toEqual(ids);
  });
  it('returns the very record objects of the data', () => {
    const g = defaultGazetteer();
    const first = bundledData().people[0]!;
    expect(g.people.get(first.id)).toBe(first);
  });
  it('keeps the keys of the data in the order of data/ (people after bodies)', () => {
    expect(Object.keys(bundledData()).slice(0, 6)).toEqual(['countries', 'cities', 'organizations', 'bodies', 'people', 'titles']);
  });
});

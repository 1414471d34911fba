/**
 * The packed tries of the compiled gazetteer (src/gazetteer/packed.ts) and the codes of their entity
 * senses (src/gazetteer/senses.ts): keys written in ASCII by an alphabet, the root's children found by
 * a binary search, senses given back as the very objects they were built as.
 */
import { describe, expect, it } from 'vitest';
import { buildIndexes, trieEntries, type Sense } from '../../src/gazetteer/build.js';
import { bundledData, defaultGazetteer, skeleton, variantKeys } from '../../src/gazetteer/index.js';
import { Alphabet, alphabetOf, keysOfTrie, packTrie, PackedTrie } from '../../src/gazetteer/packed.js';
import { decodeSense, senseEncoder } from '../../src/gazetteer/senses.js';
import { createTrie, insert, type TrieNode } from '../../src/gazetteer/trie.js';

/** A trie of our own: Arabic, Latin and digit keys, a shared prefix, a phrase inside a longer one. */
function sample(): TrieNode<string> {
  const t = createTrie<string>();
  const phrases: Array<[string[], string]> = [
    [['وزير', 'الخارجيه'], 'minister'],
    [['وزير'], 'word'],
    [['الامم', 'المتحده'], 'un'],
    [['g7'], 'group'],
    [['5', 'زائد', '1'], 'talks'],
    [['زياره'], 'visit'],
    [['ابوظبي'], 'city'],
  ];
  for (const [keys, sense] of phrases) insert(t, keys, sense);
  return t;
}
const packed = (t: TrieNode<string>) => {
  const alphabet = alphabetOf(keysOfTrie(t));
  const table: string[] = [];
  const text = packTrie(t, (s) => String(table.push(s) - 1), alphabet);
  return { alphabet, text, root: new PackedTrie(text, new Alphabet(alphabet), (code) => table[Number(code)]!).root };
};

describe('an alphabet of keys', () => {
  it('gives each character beyond ASCII a printable ASCII stand-in that no key holds, and none to ASCII characters', () => {
    const alphabet = alphabetOf(['وزير', 'g7', 'abc']);
    const pairs = alphabet.match(/../gu) ?? [];
    expect(pairs.map((p) => p[1]).sort()).toEqual(['ر', 'ز', 'و', 'ي'].sort());
    for (const p of pairs) expect(p[0]).toMatch(/^[\x21-\x7e]$/);
    for (const p of pairs) expect('g7abc~|^,"\\ ').not.toContain(p[0]);
  });
  it('reads a key back, and writes a key of the text as the trie writes it (or says no key can be it)', () => {
    const a = new Alphabet(alphabetOf(['وزير', 'g7']));
    const written = a.encode('وزير')!;
    expect(written).toMatch(/^[\x21-\x7e]{4}$/);
    expect(a.decode(`x${written}y`, 1, 5)).toBe('وزير');
    expect(a.encode('g7')).toBe('g7');
    expect(a.encode('وزراء')).toBeUndefined();
    // an ASCII character that stands for a letter is not itself in any key
    expect(a.encode(written[0]!)).toBeUndefined();
  });
  it('refuses keys with more characters beyond ASCII than there are free ASCII characters', () => {
    const many = Array.from({ length: 120 }, (_, i) => String.fromCharCode(0x4e00 + i));
    expect(() => alphabetOf(many)).toThrow(/more than the/);
  });
});

describe('a packed trie', () => {
  it('holds the same phrases and senses as the trie it was packed from, in ASCII', () => {
    const t = sample();
    const p = packed(t);
    expect(p.text).toMatch(/^[\x21-\x7e]+$/);
    expect(trieEntries(p.root)).toEqual(trieEntries(t));
  });
  it('finds a first word by a binary search, and nothing for a word that starts no phrase', () => {
    const p = packed(sample());
    expect(p.root.next.get('وزير')?.senses).toEqual(['word']);
    expect(p.root.next.get('وزير')?.next.get('الخارجيه')?.senses).toEqual(['minister']);
    for (const first of ['g7', '5', 'ابوظبي', 'زياره', 'الامم']) expect(p.root.next.has(first), first).toBe(true);
    for (const other of ['وزراء', 'g', 'g77', 'ا', '', 'زيارة', 'الخارجيه']) expect(p.root.next.get(other), other).toBeUndefined();
  });
  it('gives the same node for a first word asked twice', () => {
    const p = packed(sample());
    expect(p.root.next.get('زياره')).toBe(p.root.next.get('زياره'));
  });
  it('reads as a whole Map when asked for its size or its entries, with every first word', () => {
    const p = packed(sample());
    p.root.next.get('وزير');
    expect(p.root.next.size).toBe(6);
    expect([...p.root.next.keys()].sort()).toEqual(['5', 'g7', 'ابوظبي', 'الامم', 'زياره', 'وزير'].sort());
    expect(p.root.next.get('وزير')).toBe(new Map(p.root.next).get('وزير'));
  });
  it('refuses a key that holds a separator', () => {
    const t = createTrie<string>();
    insert(t, ['a|b'], 'x');
    expect(() => packTrie(t, () => '0', alphabetOf(keysOfTrie(t)))).toThrow(/reserved as a separator/);
  });
});

describe('the codes of entity senses', () => {
  const data = bundledData();
  const encode = senseEncoder(data);
  const person = data.people[5]!;
  const kind = data.bodies.kinds[0]!;
  const senses: Sense[] = [
    { t: 'country', id: data.countries[3]!.id, form: 'name' },
    { t: 'country', id: data.countries[3]!.id, form: 'adjective' },
    { t: 'city', id: data.cities[10]!.id },
    { t: 'org', id: data.organizations.at(-1)!.id },
    { t: 'region', id: data.regions![0]!.id },
    { t: 'seat', id: data.bodies.seats[2]!.id },
    { t: 'bodykind', kind: kind.kind, construct: false },
    { t: 'bodykind', kind: kind.kind, construct: true },
    { t: 'person', id: person.id, short: false },
    { t: 'person', id: person.id, short: true },
    { t: 'title', title: 3, construct: false },
    { t: 'title', title: 3, construct: true },
    { t: 'title', title: 3, construct: false, several: true },
    { t: 'honorific' },
    { t: 'counterpart' },
    { t: 'reference' },
    { t: 'pronoun' },
  ];
  it('give back each kind of sense, field for field and in the same order', () => {
    for (const s of senses) {
      const code = encode(s);
      expect(code).toMatch(/^[A-Za-z][0-9a-z]*$/);
      expect(JSON.stringify(decodeSense(code, data, (i) => data.people[i]!.id))).toBe(JSON.stringify(s));
    }
  });
  it('are distinct for distinct senses', () => expect(new Set(senses.map(encode)).size).toBe(senses.length));
  it('refuse a sense that names no record, and a code that names a record the data lacks', () => {
    expect(() => encode({ t: 'city', id: 'city:nowhere' })).toThrow(/unknown record/);
    expect(() => decodeSense('yzzzz', data, () => '')).toThrow(/names a record it lacks/);
    expect(() => decodeSense('q1', data, () => '')).toThrow(/unknown sense code/);
  });
});

describe('the bundled gazetteer', () => {
  it('gives one sense object for one code, in the exact and the tolerant trie alike', () => {
    const g = defaultGazetteer();
    const person = bundledData().people.find((p) => (variantKeys(p.name.ar)[0]?.length ?? 0) >= 2)!;
    const keys = variantKeys(person.name.ar)[0]!;
    const walk = (root: TrieNode<Sense>, path: string[]) => path.reduce<TrieNode<Sense> | undefined>((n, k) => n?.next.get(k), root);
    const full = (n: TrieNode<Sense> | undefined) => n?.senses?.find((s) => s.t === 'person' && s.id === person.id && !s.short);
    const exact = full(walk(g.entities, keys));
    expect(exact).toEqual({ t: 'person', id: person.id, short: false });
    expect(full(walk(g.tolerant, keys.map(skeleton)))).toBe(exact);
  });
});

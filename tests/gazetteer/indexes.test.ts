import { describe, expect, it } from 'vitest';
import { buildIndexes, trieEntries } from '../../src/gazetteer/build.js';
import { bundledData, defaultGazetteer, type TrieNode } from '../../src/gazetteer/index.js';
import { grammarOf } from '../../src/relations/grammar.js';
import { normalizeArabic } from '../../src/normalize/index.js';

// The bundled gazetteer loads indexes precompiled at build time (scripts/compile-gazetteer.mjs);
// custom gazetteers build them at run time. Both must be the same indexes.
describe('precompiled indexes equal the indexes built at run time', () => {
  const g = defaultGazetteer();
  const built = buildIndexes(bundledData());
  const sets = (m: ReadonlyMap<string, Iterable<string>>) => [...m].map(([k, v]) => [k, [...v].sort()]).sort();

  it('has the same normalized lexicon lists, the grammar lists among them', () => {
    expect(sets(g.lexicon)).toEqual(sets(built.lexicon));
    expect([...g.lexicon.keys()].filter((k) => k.startsWith('grammar.')).length).toBeGreaterThan(20);
  });
  it('has the same given names and shared short forms', () => {
    expect(sets(g.byGivenName)).toEqual(sets(built.byGivenName));
    expect([...g.sharedShort].sort()).toEqual([...built.sharedShort].sort());
  });
  it('has the same tries (entities, tolerant skeletons, triggers, topics)', () => {
    const same = <S>(name: string, a: TrieNode<S>, b: TrieNode<S>) => expect(trieEntries(a), name).toEqual(trieEntries(b));
    same('entities', g.entities, built.entities);
    same('tolerant', g.tolerant, built.tolerant);
    same('triggers', g.triggers, built.triggers);
    same('topics', g.topics, built.topics);
  });
});

describe('grammar lists', () => {
  it('are normalized like the text (folded alef, hamza seats, ta marbuta …)', () => {
    const grammar = grammarOf(defaultGazetteer());
    const raw = bundledData().grammar;
    let folded = 0;
    for (const name of ['listWords', 'receiveVerbs', 'complementizers'] as const)
      for (const w of raw[name] ?? []) {
        const key = normalizeArabic(w).text.replace(/\s+/g, ' ').trim();
        expect(grammar[name].has(key), `${name}: ${w}`).toBe(true);
        if (key !== w) folded++;
      }
    expect(folded).toBeGreaterThan(0);
  });
  it('are empty sets, not missing, for a list the data lacks', () => {
    const grammar = grammarOf(defaultGazetteer());
    for (const set of Object.values(grammar)) expect(set).toBeInstanceOf(Set);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/gazetteer/index.js';

const g = defaultGazetteer();
const names = [...g.lexicon.keys()];

describe('word lists of the gazetteer: the facts read before a phrase is built', () => {
  it('finds a two-word phrase exactly when the whole phrase is in the list', () => {
    let pairs = 0;
    for (const name of names)
      for (const entry of g.lexicon.get(name)!) {
        const words = entry.split(' ');
        if (words.length !== 2) continue;
        pairs++;
        expect(g.inLexiconPair(name, words[0]!, words[1]!), `${name}: ${entry}`).toBe(true);
        // the same first word with a second word of another list entry, or nonsense: only a listed phrase is found
        expect(g.inLexiconPair(name, words[0]!, 'كلمةليستفيالقائمة')).toBe(false);
      }
    expect(pairs).toBeGreaterThan(10);
  });
  it('says a list has a phrase starting with a word only when one starts with that word and a space', () => {
    for (const name of names) {
      const list = g.lexicon.get(name)!;
      for (const entry of list) {
        const first = entry.split(' ')[0]!;
        const starts = [...list].some((e) => e.startsWith(`${first} `));
        expect(g.startsLexiconPhrase(name, first), `${name}: ${first}`).toBe(starts);
      }
    }
  });
  it('gives the length of the longest entry of a list, and 0 for a list the gazetteer lacks', () => {
    for (const name of names) expect(g.longestInLexicon(name), name).toBe(Math.max(0, ...[...g.lexicon.get(name)!].map((e) => e.length)));
    expect(g.longestInLexicon('no-such-list')).toBe(0);
    expect(g.startsLexiconPhrase('no-such-list', 'في')).toBe(false);
    expect(g.inLexiconPair('no-such-list', 'في', 'ذلك')).toBe(false);
  });
});

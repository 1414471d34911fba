/**
 * The English path's data (data/en) and its place: the word lists are data,
 * each extractor tags with its own lexicon, and compromise's shared lexicon is
 * left as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishGrammar } from '../../src/english/grammar.js';
import { englishIndex } from '../../src/english/lexicon.js';
import { compromise } from '../../src/english/nlp.js';
import { tokenizeEnglish } from '../../src/english/tokens.js';
import { bundledData, Gazetteer, defaultGazetteer } from '../../src/gazetteer/index.js';
import { DiplomaticNerError } from '../../src/errors.js';

const ROOT = join(__dirname, '..', '..');
const TYPES = ['meeting', 'call', 'visit', 'message', 'agreement', 'negotiation'];

describe('data/en', () => {
  const triggers = JSON.parse(readFileSync(join(ROOT, 'data', 'en', 'triggers.json'), 'utf8')).triggers as Array<Record<string, unknown>>;

  it('every trigger record has the Arabic record shape, its forms under `en`, and a frame', () => {
    for (const t of triggers) {
      expect(TYPES).toContain(t.type);
      expect(['verb', 'noun']).toContain(t.pos);
      expect(Array.isArray(t.en) && (t.en as string[]).length > 0).toBe(true);
      const frame = t.frame as Record<string, unknown>;
      expect(Object.keys(frame).filter((k) => k !== 'visitor').sort()).toEqual(['from', 'object', 'source', 'to', 'with']);
      expect([undefined, 'object']).toContain(frame.visitor);
      expect([null, 'subject', 'object', 'from']).toContain(frame.source);
      expect(typeof frame.object).toBe('boolean');
      for (const k of ['with', 'from', 'to']) expect(Array.isArray(frame[k])).toBe(true);
    }
  });

  it('every grammar list a trigger needs (`@list`) exists', () => {
    const grammar = JSON.parse(readFileSync(join(ROOT, 'data', 'en', 'grammar.json'), 'utf8')) as Record<string, unknown>;
    const needed = triggers.flatMap((t) => ((t.needs as string[] | undefined) ?? []).filter((n) => n.startsWith('@') && !['@object', '@placeNext', '@pluralSubject', '@adverbial', '@withPerson', '@agreementSubject'].includes(n)).map((n) => n.slice(1)));
    for (const n of needed) expect(Array.isArray(grammar[n])).toBe(true);
  });

  it('src/english holds no word lists: no array of five or more quoted words', () => {
    const dir = join(ROOT, 'src', 'english');
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect({ f, lists: code.match(/\[\s*(?:'[a-z' -]+'\s*,\s*){4,}'[a-z' -]+'\s*\]/g) ?? [] }).toEqual({ f, lists: [] });
    }
  });

  it('a gazetteer without English words is a clear error', () => {
    const { en: _en, ...rest } = bundledData();
    expect(() => englishGrammar(rest)).toThrow(DiplomaticNerError);
  });
});

describe('tagging lexicon per extractor', () => {
  const text = 'Quorvel Dastrange met the minister.';
  const personTagged = (g: Gazetteer) => {
    const index = englishIndex(g, englishGrammar(g.data));
    return tokenizeEnglish(text, index.tagging).tokens.slice(0, 2).every((t) => t.tags.has('Person'));
  };

  it('tags the names of a custom gazetteer as persons, and not those of another gazetteer', () => {
    const base = bundledData();
    const custom = new Gazetteer({ ...base, people: [...base.people, { id: 'person:quorvel-dastrange', name: { en: 'Quorvel Dastrange', ar: 'كورفل داسترانج' }, country: 'FR', roles: [] }] });
    expect(personTagged(custom)).toBe(true);
    expect(personTagged(defaultGazetteer())).toBe(false);
  });

  it('leaves compromise\'s shared lexicon as it was', () => {
    const before = Object.keys((compromise().model() as { one: { lexicon: object } }).one.lexicon).length;
    const g = defaultGazetteer();
    tokenizeEnglish('Sergei Lavrov met Hakan Fidan.', englishIndex(g, englishGrammar(g.data)).tagging);
    expect(Object.keys((compromise().model() as { one: { lexicon: object } }).one.lexicon).length).toBe(before);
  });
});

/**
 * The tokenizer's character classes (src/tokenize/classes.ts): those of the blocks of Arabic news are
 * computed at build time into src/generated/char-classes.ts; any other character is classed when met.
 */
import { describe, expect, it } from 'vitest';
import { CLASS_RUNS } from '../../src/generated/char-classes.js';
import { ARABIC, classOfChar, classRuns, fillClasses, KNOWN, LETTER, MARK, NUMBER, PRECLASSED_BLOCKS, PUNCT, SPACE } from '../../src/tokenize/classes.js';
import { tokenize } from '../../src/tokenize/index.js';

const unassigned = (code: number) => /\p{Cn}/u.test(String.fromCharCode(code));

describe('the classes computed at build time', () => {
  it('are those the Unicode properties give, for every assigned character of the blocks, and none for the unassigned', () => {
    const table = new Uint8Array(0x10000);
    fillClasses(table, classRuns());
    const wrong: number[] = [];
    for (const [first, last] of PRECLASSED_BLOCKS)
      for (let code = first; code <= last; code++) if (table[code] !== (unassigned(code) ? 0 : classOfChar(code))) wrong.push(code);
    expect(wrong).toEqual([]);
  });
  it('class nothing outside the blocks', () => {
    const table = new Uint8Array(0x10000);
    fillClasses(table, classRuns());
    const classed = new Set<number>();
    table.forEach((c, code) => c && classed.add(code));
    const inBlocks = (code: number) => PRECLASSED_BLOCKS.some(([a, b]) => code >= a && code <= b);
    expect([...classed].filter((code) => !inBlocks(code))).toEqual([]);
  });
  it('are the ones the generated module holds (the build is not stale)', () => {
    expect(CLASS_RUNS).toBe(classRuns());
  });
  it('give an Arabic letter, a vowel mark (script Inherited), a digit, a space and the Arabic comma (script Common) their bits', () => {
    expect([0x0628, 0x064e, 0x0663, 0x0020, 0x060c, 0x0041].map(classOfChar)).toEqual([
      KNOWN | ARABIC | LETTER,
      KNOWN | MARK,
      KNOWN | ARABIC | NUMBER,
      KNOWN | SPACE,
      KNOWN | PUNCT,
      KNOWN | LETTER,
    ]);
  });
});

describe('characters outside the blocks computed at build time', () => {
  it('are classed when met: a Cyrillic or Greek name is a Latin-kind word, Devanagari digits a number (Arabic-Indic digits are of the Arabic script: the normalizer folds them before)', () => {
    const { tokens } = tokenize('زار Путин و Αθήνα ١٢ १२');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['زار', 'arabic'],
      ['Путин', 'latin'],
      ['و', 'arabic'],
      ['Αθήνα', 'latin'],
      ['١٢', 'arabic'],
      ['१२', 'number'],
    ]);
  });
});

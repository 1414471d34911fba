/**
 * The character classes of the tokenizer's scanner (src/tokenize/index.ts): for each UTF-16 unit,
 * the Unicode properties that its regular expression (tokenRegExp) tests, as bits.
 *
 * Compiling a regular expression of a Unicode property (`\p{L}`, `\p{Script=Arabic}` …) builds
 * the property's set of characters, which costs more than the rest of a first short text's
 * tokenizing (about 15 M instructions for the four). The classes of the characters of Arabic news
 * (ASCII and Latin, the Arabic blocks, general punctuation) are therefore computed at build time,
 * by {@link classOfChar} itself, into src/generated/char-classes.ts; other characters, and
 * characters that were unassigned in the build's Unicode version, are classed when first met, by
 * the same expressions.
 */

export const KNOWN = 1;
export const ARABIC = 2; // \p{Script=Arabic}
export const MARK = 4; // \p{M}
export const LETTER = 8; // \p{L}
export const NUMBER = 16; // \p{N}
export const SPACE = 32; // \s
export const PUNCT = 64; // ARABIC_PUNCT

export const ARABIC_PUNCT = /[\u060C\u061B\u061F\u066A-\u066D\u06D4]/u;

/** The class bits of one UTF-16 unit, by the Unicode properties of the running engine. */
export function classOfChar(code: number): number {
  const ch = String.fromCharCode(code);
  return (
    KNOWN |
    (/\p{Script=Arabic}/u.test(ch) ? ARABIC : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\s/u.test(ch) ? SPACE : 0) |
    (ARABIC_PUNCT.test(ch) ? PUNCT : 0)
  );
}

/**
 * The blocks classed at build time: Basic Latin to Latin Extended-B, combining diacritics, the
 * Arabic blocks (Arabic, Supplement, Extended-A, presentation forms A and B), general punctuation.
 */
export const PRECLASSED_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0x2000, 0x206f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

/**
 * The classes of the assigned characters of the blocks (run at build time), as runs of one class:
 * `start.length.class` in base 36, separated by spaces. Unassigned characters (`\p{Cn}`) are left
 * out: a later Unicode version may assign them, and the running engine classes them.
 */
export function classRuns(blocks: ReadonlyArray<readonly [number, number]> = PRECLASSED_BLOCKS): string {
  const runs: string[] = [];
  for (const [first, last] of blocks) {
    let start = -1;
    let cls = 0;
    const close = (end: number): void => {
      if (start >= 0) runs.push(`${start.toString(36)}.${(end - start).toString(36)}.${cls.toString(36)}`);
      start = -1;
    };
    for (let code = first; code <= last; code++) {
      const c = /\p{Cn}/u.test(String.fromCharCode(code)) ? 0 : classOfChar(code);
      if (c !== cls) close(code);
      if (c !== 0 && start < 0) start = code;
      cls = c;
    }
    close(last + 1);
  }
  return runs.join(' ');
}

/** Writes the runs of {@link classRuns} into a table of classes by UTF-16 unit (0: not classed). */
export function fillClasses(table: Uint8Array, runs: string): void {
  if (!runs) return;
  for (const run of runs.split(' ')) {
    const [start, length, cls] = run.split('.').map((x) => parseInt(x, 36)) as [number, number, number];
    table.fill(cls, start, start + length);
  }
}

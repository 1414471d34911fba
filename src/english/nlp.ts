/**
 * compromise, started on the first English text: building its lexicon (about
 * 0.4 s) is not paid by Arabic-only users.
 *
 * This module is the package's one copy of compromise: the build makes it
 * dist/compromise/compromise.cjs, with compromise's CommonJS build bundled
 * inside and this `require` turned into a call that runs compromise once, on
 * the first call. The English path reaches it through package.json "imports"
 * (`#compromise`): Node requires that file only on the first English text
 * (src/english/compromise/node.ts), so that importing the library does not
 * even parse compromise's half megabyte of code; bundlers include it
 * (src/english/compromise/browser.ts). Under the test runner the source runs
 * as it is, and `require` is Node's (tests/setup.ts).
 */
import type nlpDefault from 'compromise';

export type Nlp = typeof nlpDefault;

declare const require: (id: string) => unknown;

/** compromise's `nlp` function (started by the first call; later calls return the same). */
export function compromise(): Nlp {
  const m = require('compromise') as Nlp & { default?: Nlp };
  return m.default ?? m;
}

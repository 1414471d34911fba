/**
 * compromise, loaded on the first English text. Its start-up (building its
 * lexicon, about 0.4 s) is not paid by Arabic-only users. The build bundles
 * compromise's CommonJS build, so this `require` becomes a lazy call inside
 * the bundle (ESM, CommonJS and browsers alike); under the test runner it is
 * Node's require (tests/setup.ts).
 */
import type nlpDefault from 'compromise';

export type Nlp = typeof nlpDefault;

declare const require: (id: string) => unknown;

let loaded: Nlp | undefined;

export function compromise(): Nlp {
  if (!loaded) {
    const m = require('compromise') as Nlp & { default?: Nlp };
    loaded = m.default ?? m;
  }
  return loaded;
}

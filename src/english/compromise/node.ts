/**
 * compromise for Node: dist/compromise/compromise.cjs (src/english/nlp.ts as
 * built), required on the first English text, not at import. The English path
 * reaches this module through package.json "imports" (`#compromise`, condition
 * "node"); bundlers get src/english/compromise/browser.ts instead.
 *
 * Node keeps the required module (its require cache), so later calls cost a
 * look-up, and compromise starts once per process.
 */
import { createRequire } from 'node:module';
import type { Nlp } from '../nlp.js';

/** The file, beside this module in dist/compromise/. */
const FILE = './compromise.cjs';

/** Node's require, relative to this module (the CommonJS build of this module gets import.meta.url from tsup's shim). */
const load = createRequire(import.meta.url);

/** compromise's `nlp` function, its file required (and compromise started) on the first call. */
export function compromise(): Nlp {
  let lib: { compromise(): Nlp };
  try {
    lib = load(FILE) as { compromise(): Nlp };
  } catch (err) {
    throw new Error(
      `arabic-diplomatic-ner: cannot load compromise (the English path) at ${new URL(FILE, import.meta.url).href} (a bundle for Node must keep the package external, or ship dist/compromise/ at the same place)`,
      { cause: err },
    );
  }
  return lib.compromise();
}

/**
 * The English path's reader for Node: dist/english/reader.cjs (src/english/reader.ts as built),
 * required on the first English text, not at import. The `english` value reaches this module
 * through package.json "imports" (`#english`, condition "node"); bundlers get
 * src/english/load/browser.ts instead.
 *
 * Both the ESM and the CommonJS entries require the CommonJS file: Node can load it at once, in
 * the middle of a call. Node keeps the required module (its require cache), so later readers cost
 * a look-up. Its errors are `instanceof` the class of either build (src/errors.ts).
 */
import { createRequire } from 'node:module';
import type { Gazetteer } from '../../gazetteer/index.js';
import type { englishReader as Reader } from '../reader.js';

/** The file, beside this module in dist/english/. */
const FILE = './reader.cjs';

/** Node's require, relative to this module (the CommonJS build of this module gets import.meta.url from tsup's shim). */
const load = createRequire(import.meta.url);

/** A reader of English texts over a gazetteer, the reader's file required (and compiled) on the first call. */
export function englishReader(g: Gazetteer): ReturnType<typeof Reader> {
  let lib: { englishReader: typeof Reader };
  try {
    lib = load(FILE) as { englishReader: typeof Reader };
  } catch (err) {
    throw new Error(
      `arabic-diplomatic-ner: cannot load the English path at ${new URL(FILE, import.meta.url).href} (a bundle for Node must keep the package external, or ship dist/english/ at the same place)`,
      { cause: err },
    );
  }
  return lib.englishReader(g);
}

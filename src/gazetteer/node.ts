/**
 * The compiled gazetteer for Node: the package's one data file (dist/generated/gazetteer.json,
 * shared by the ESM and the CommonJS entries), read when the gazetteer is first needed
 * (src/gazetteer/compiled.ts decodes and parses only the parts a document needs).
 *
 * The core entry reaches this module through package.json "imports" (`#gazetteer`, condition
 * "node"); bundlers for browsers get src/gazetteer/browser.ts instead.
 */
import { readFileSync } from 'node:fs';
import type { CompiledBytes } from './compiled.js';

/** The file, found beside this module's folder in dist/ as in src/. */
const FILE = new URL('../generated/gazetteer.json', import.meta.url);

/** The bytes of the compiled gazetteer, and the UTF-8 text of a range of them (decoded when a part is needed). */
export function compiledGazetteer(): CompiledBytes {
  try {
    const buffer = readFileSync(FILE);
    // a plain view for the search of the layout: Buffer's own indexOf goes through Node's bindings, a typed array's does not
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
    return { bytes, decode: (start, end) => buffer.toString('utf8', start, end) };
  } catch (err) {
    throw new Error(
      `arabic-diplomatic-ner: cannot read its compiled gazetteer at ${FILE.href} (a bundle for Node must keep the package external, or ship dist/generated/gazetteer.json at the same place)`,
      { cause: err },
    );
  }
}

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

/**
 * The compiled gazetteer: its bytes, of which a range is taken as Latin-1 (one character a byte: the
 * layout, the ids, the packed tries) or decoded from UTF-8 when that part is needed.
 */
export function compiledGazetteer(): CompiledBytes {
  try {
    const bytes = readFileSync(FILE);
    return {
      size: bytes.length,
      indexOf: (byte, from) => bytes.indexOf(byte, from),
      latin1: (start, end) => bytes.toString('latin1', start, end),
      utf8: (start, end) => bytes.toString('utf8', start, end),
    };
  } catch (err) {
    throw new Error(
      `arabic-diplomatic-ner: cannot read its compiled gazetteer at ${FILE.href} (a bundle for Node must keep the package external, or ship dist/generated/gazetteer.json at the same place)`,
      { cause: err },
    );
  }
}

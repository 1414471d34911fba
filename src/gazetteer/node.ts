/**
 * The compiled gazetteer for Node: the package's one data file (dist/generated/gazetteer.json,
 * shared by the ESM and the CommonJS entries), read when the gazetteer is first needed
 * (src/gazetteer/compiled.ts decodes and parses only the parts a document needs).
 *
 * The core entry reaches this module through package.json "imports" (`#gazetteer`, condition
 * "node"); bundlers for browsers get src/gazetteer/browser.ts instead.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { CompiledBytes } from './compiled.js';

/** The file, found beside this module's folder in dist/ as in src/. */
const FILE = new URL('../generated/gazetteer.json', import.meta.url);

/** How much is read at a time where a byte is searched for (the first line, an id). */
const CHUNK = 4096;

/**
 * The compiled gazetteer: its size, and the bytes of a range, read from the file when a part is
 * needed (a first text needs about a third of the file: the people are read one record at a time)
 * and taken as Latin-1 (one character a byte: the layout, the ids, the packed tries) or decoded
 * from UTF-8. The file is opened and closed for each read.
 */
export function compiledGazetteer(): CompiledBytes {
  const read = (start: number, end: number): Buffer => {
    const fd = openSync(FILE, 'r');
    try {
      const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
      let done = 0;
      while (done < bytes.length) {
        const n = readSync(fd, bytes, done, bytes.length - done, start + done);
        if (n === 0) break;
        done += n;
      }
      return done === bytes.length ? bytes : bytes.subarray(0, done);
    } finally {
      closeSync(fd);
    }
  };
  let size: number;
  try {
    const fd = openSync(FILE, 'r');
    try {
      size = fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new Error(
      `arabic-diplomatic-ner: cannot read its compiled gazetteer at ${FILE.href} (a bundle for Node must keep the package external, or ship dist/generated/gazetteer.json at the same place)`,
      { cause: err },
    );
  }
  return {
    size,
    indexOf(byte, from) {
      for (let at = from; at < size; at += CHUNK) {
        const i = read(at, Math.min(size, at + CHUNK)).indexOf(byte);
        if (i >= 0) return at + i;
      }
      return -1;
    },
    latin1: (start, end) => read(start, end).toString('latin1'),
    utf8: (start, end) => read(start, end).toString('utf8'),
  };
}

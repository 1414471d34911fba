/**
 * The compiled gazetteer as the package ships it: one JSON file (dist/generated/gazetteer.json),
 * shared by the ESM and the CommonJS entries and included by bundlers for browsers.
 *
 * The file is JSON laid out one part per line, and its first line says where each part is (in
 * bytes), so that Node reads the bytes and decodes and parses only the parts a document needs,
 * without searching the file:
 *
 *     {"format":"arabic-diplomatic-ner/gazetteer","version":2,"parts":{"raw":[start,end],…},
 *     "raw":{…every record of data/ but the people…},
 *     "holders":{…},
 *     "given":{…},
 *     "index":{…the small tables of the indexes…},
 *     "entities":"…",                 each packed trie (src/gazetteer/packed.ts): ASCII, read as Latin-1
 *     "tolerant":"…",
 *     "triggers":"…",
 *     "topics":"…",
 *     "lines":"…",                    where each person's line starts, fixed-width base 36
 *     "people":[
 *     "{\"id\":\"person:…\",…}",      one person record a line, as a JSON string
 *     …
 *     ]}
 *
 * Parts are placed in bytes from the start of the second line. The person records are JSON
 * strings, not objects: a bundler that turns the file into a JavaScript object (for browsers)
 * keeps them as strings too, so that a record is parsed on first use on every platform. A
 * minifier writes them in single quotes, without the escapes.
 *
 * This module is platform-neutral: the file is read by src/gazetteer/node.ts (Node) or
 * imported by src/gazetteer/browser.ts (bundlers).
 */
import type { PackedIndexes, PackedTables, TrieName } from './build.js';
import type { GazetteerData, PersonRecord } from './records.js';

export const FORMAT = 'arabic-diplomatic-ner/gazetteer';
export const VERSION = 2;

/** Every record of data/ but the people. */
export type RawData = Omit<GazetteerData, 'people'>;

/** The parts of the file after its first line, in the order written. */
const PARTS = ['raw', 'holders', 'given', 'index', 'entities', 'tolerant', 'triggers', 'topics', 'lines', 'people'] as const;

/** The compiled gazetteer as a JSON value (what a bundler makes of the file). */
export interface CompiledJson extends Omit<PackedIndexes, 'index'> {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Where each part is in the file's bytes, `[start, end)` from the start of the second line (for Node). */
  parts: Record<string, [number, number]>;
  /** Every record of data/ but the people. */
  raw: RawData;
  /** The lines of `people` that hold each office, by `role|of`. */
  holders: Record<string, number[]>;
  /** The small tables of the precompiled indexes (src/gazetteer/build.ts). */
  index: PackedTables;
  /** Where each person's line starts in the bytes of `people` (from its first line): the width of a number, ':', then the numbers in base 36. */
  lines: string;
  /** Each person record as JSON, in the order of data/people/*.jsonl. */
  people: string[];
}

/** What the build writes: every part but the format and the places. */
export type CompiledParts = Omit<CompiledJson, 'format' | 'version' | 'parts' | 'lines'>;

/** Records kept as JSON, each parsed the first time it is read and then kept (every reader gets the same object). */
export class LazyRecords<T> {
  private readonly records: Array<T | undefined>;
  /**
   * @param length how many records
   * @param json the JSON of record `i`
   * @param id the id of record `i` (its first field), read without parsing it
   * @param ids every id, in order (when reading them at once costs less than one at a time)
   * @param jsons the JSON of every record, in order (likewise)
   */
  constructor(
    readonly length: number,
    private readonly json: (i: number) => string,
    readonly id: (i: number) => string,
    private readonly ids?: () => string[],
    private readonly jsons?: () => string[],
  ) {
    this.records = new Array<T | undefined>(length);
  }
  /** Every record, in order, each parsed once (the JSON of all read at once where that costs less). */
  all(): T[] {
    const missing = this.records.some((r) => r === undefined) ? this.jsons?.() : undefined;
    const all = missing?.length === this.length ? missing : undefined;
    return Array.from({ length: this.length }, (_, i) => {
      if (all && this.records[i] === undefined) this.records[i] = JSON.parse(all[i]!) as T;
      return this.at(i);
    });
  }
  /** Every id, in order, read without parsing the records. */
  allIds(): string[] {
    const ids = this.ids?.();
    return ids && ids.length === this.length ? ids : Array.from({ length: this.length }, (_, i) => this.id(i));
  }
  /** Record `i`, parsed on first read. */
  at(i: number): T {
    let r = this.records[i];
    if (r === undefined) {
      r = JSON.parse(this.json(i)) as T;
      this.records[i] = r;
    }
    return r;
  }
  /** How many records have been parsed so far. */
  parsed(): number {
    let n = 0;
    for (const r of this.records) if (r !== undefined) n++;
    return n;
  }
}

/** The compiled gazetteer ready for use: each part parsed when first asked for (then the same object). */
export interface Compiled {
  raw(): RawData;
  holders(): Record<string, number[]>;
  given(): Record<string, string>;
  index(): PackedTables;
  trie(name: TrieName): string;
  people: LazyRecords<PersonRecord>;
}

/** The id of a record from the start of its JSON, `{"id":"…"`: ids hold no quote and no backslash. */
const ID = '{"id":"';
function idAtStart(json: string): string {
  return json.startsWith(ID) ? json.slice(ID.length, json.indexOf('"', ID.length)) : '';
}

/** UTF-8 bytes of a text (run at build time, where the text's length is not its size). */
const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** The starts of the lines, relative to the first, and the end of the last plus one: the width of a number, ':', then each number in base 36 at that width. */
function lineTable(lines: string[]): string {
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1)! + byteLength(line) + 2);
  const width = starts.at(-1)!.toString(36).length;
  return `${width}:${starts.map((n) => n.toString(36).padStart(width, '0')).join('')}`;
}

/** Writes the compiled gazetteer as the JSON text described above (run at build time). */
export function writeCompiled(c: CompiledParts): string {
  for (const json of c.people)
    if (!/^\{"id":"[\x20-\x7e]+?"/.test(json) || /[\\"]/.test(idAtStart(json)))
      throw new Error(`gazetteer: a person record must open with its id, in ASCII without quotes or backslashes: ${json.slice(0, 60)}`);
  for (const name of ['entities', 'tolerant', 'triggers', 'topics'] as const)
    if (!/^[\x20-\x7e]*$/.test(c[name]) || /["\\]/.test(c[name])) throw new Error(`gazetteer: the trie "${name}" must be ASCII without quotes or backslashes (JSON escapes none of it)`);
  if (!/^[\x20-\x7e]*$/.test(JSON.stringify(c.holders))) throw new Error('gazetteer: the part "holders" must be ASCII');
  const people = c.people.map((s) => JSON.stringify(s));
  const values: Record<string, string> = { lines: JSON.stringify(lineTable(people)) };
  for (const name of PARTS) if (name !== 'lines' && name !== 'people') values[name] = JSON.stringify(c[name]);
  const parts: Record<string, [number, number]> = {};
  let body = '';
  let at = 0;
  for (const name of PARTS) {
    const open = name === 'people' ? `"people":[${people.length ? '\n' : ''}` : `"${name}":`;
    const value = name === 'people' ? people.join(',\n') : values[name]!;
    const start = at + byteLength(open);
    const line = `${open}${value}${name === 'people' ? '\n]}' : ','}\n`;
    parts[name] = [start, start + byteLength(value)];
    body += line;
    at += byteLength(line);
  }
  return `{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"parts":${JSON.stringify(parts)},\n${body}`;
}

/** Throws when the value is not a compiled gazetteer of this version of the library. */
function checkFormat(format: unknown, version: unknown): void {
  if (format !== FORMAT || version !== VERSION)
    throw new Error(`arabic-diplomatic-ner: the compiled gazetteer is not of this version of the library (format ${String(format)}, version ${String(version)}; expected ${FORMAT} ${VERSION})`);
}

/** The compiled gazetteer from its JSON value (as a bundler imports the file). */
export function compiledFromJson(doc: CompiledJson): Compiled {
  checkFormat(doc.format, doc.version);
  return {
    raw: () => doc.raw,
    holders: () => doc.holders,
    given: () => doc.given,
    index: () => doc.index,
    trie: (name) => doc[name],
    people: new LazyRecords(doc.people.length, (i) => doc.people[i]!, (i) => idAtStart(doc.people[i]!)),
  };
}

/**
 * The file as Node reads it: its size, where a byte is, and a range of its bytes as Latin-1 (one
 * character a byte: the layout, the ids and the packed tries are ASCII) or decoded from UTF-8, so
 * that only the parts a document needs are decoded (decoding the whole file costs more than the
 * rest of loading it).
 */
export interface CompiledBytes {
  size: number;
  indexOf(byte: number, from: number): number;
  latin1(start: number, end: number): string;
  utf8(start: number, end: number): string;
}

/** The escaped start of a person record as a JSON string, `"{\"id\":\"`. */
const ESCAPED_ID = JSON.stringify(ID).slice(0, -1);
/** Bytes of a person's line read to find its id: ids are shorter. */
const ID_BYTES = 160;

/** The id at the start of a record written as a JSON string (`"{\\"id\\":\\"…\\"`), or '' when it opens with none. */
function escapedIdOf(line: string): string {
  if (!line.startsWith(ESCAPED_ID)) return '';
  const end = line.indexOf('\\', ESCAPED_ID.length);
  return end < 0 ? '' : line.slice(ESCAPED_ID.length, end);
}

/** The person records of the file: their lines found by the table of starts, their ids read in place. */
function peopleOfBytes(bytes: CompiledBytes, at: [number, number], table: string): LazyRecords<PersonRecord> {
  const colon = table.indexOf(':');
  const width = Number(table.slice(0, colon));
  const count = Math.max(0, (table.length - colon - 1) / width - 1);
  // the start of line i (the end of line i - 1 is two bytes before it: a comma, a newline)
  const start = (i: number): number => at[0] + parseInt(table.slice(colon + 1 + i * width, colon + 1 + (i + 1) * width), 36);
  // a record opens with its id: the first bytes of its line hold it (the whole line when the id is long)
  const id = (i: number): string => {
    const end = start(i + 1) - 2;
    const head = bytes.latin1(start(i), Math.min(end, start(i) + ID_BYTES));
    const found = escapedIdOf(head);
    return found || head.length === end - start(i) ? found : escapedIdOf(bytes.latin1(start(i), end));
  };
  // every record or id at once: the part read once and cut at its line ends (a newline is escaped inside a record)
  const lines = (decode: (s: number, e: number) => string): string[] => (count ? decode(at[0], at[1]).split(',\n') : []);
  const ids = (): string[] => lines(bytes.latin1).map(escapedIdOf);
  const jsons = (): string[] => lines(bytes.utf8).map((line) => JSON.parse(line) as string);
  return new LazyRecords<PersonRecord>(count, (i) => JSON.parse(bytes.utf8(start(i), start(i + 1) - 2)) as string, id, ids, jsons);
}

/** The compiled gazetteer from the file's bytes (as Node reads it): only its first line is parsed now. */
export function compiledFromBytes(bytes: CompiledBytes): Compiled {
  const nl = bytes.indexOf(0x0a, 0);
  const first = bytes.latin1(0, nl < 0 ? bytes.size : nl);
  const head = JSON.parse(`${first.endsWith(',') ? first.slice(0, -1) : first}}`) as { format?: unknown; version?: unknown; parts?: Record<string, [number, number]> };
  checkFormat(head.format, head.version);
  const base = nl + 1;
  const range = (name: string): [number, number] => {
    const r = head.parts?.[name];
    if (!r) throw new Error(`arabic-diplomatic-ner: the compiled gazetteer lacks "${name}"`);
    return [base + r[0], base + r[1]];
  };
  const value = <T>(name: string, ascii: boolean): (() => T) => {
    const [start, end] = range(name);
    let parsed: T | undefined;
    return () => (parsed ??= JSON.parse(ascii ? bytes.latin1(start, end) : bytes.utf8(start, end)) as T);
  };
  // a trie is ASCII with nothing escaped (writeCompiled checks it): the bytes between its quotes are the string
  const trie = (name: TrieName): (() => string) => {
    const [start, end] = range(name);
    let text: string | undefined;
    return () => (text ??= bytes.latin1(start + 1, end - 1));
  };
  const tries = { entities: trie('entities'), tolerant: trie('tolerant'), triggers: trie('triggers'), topics: trie('topics') };
  return {
    raw: value('raw', false),
    holders: value('holders', true),
    given: value('given', false),
    index: value('index', false),
    trie: (name) => tries[name](),
    people: peopleOfBytes(bytes, range('people'), value<string>('lines', true)()),
  };
}

/** A text as {@link CompiledBytes}: its UTF-8 bytes, as Latin-1 and decoded with TextDecoder (for tests, and any runtime without Node's Buffer). */
export function bytesOfText(text: string): CompiledBytes {
  const bytes = new TextEncoder().encode(text);
  const utf8 = new TextDecoder();
  const latin1 = (start: number, end: number): string => {
    let out = '';
    for (let at = start; at < end; at += 8192) out += String.fromCharCode(...bytes.subarray(at, Math.min(end, at + 8192)));
    return out;
  };
  return { size: bytes.length, indexOf: (byte, from) => bytes.indexOf(byte, from), latin1, utf8: (start, end) => utf8.decode(bytes.subarray(start, end)) };
}

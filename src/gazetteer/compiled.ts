/**
 * The compiled gazetteer as the package ships it: one JSON file (dist/generated/gazetteer.json),
 * shared by the ESM and the CommonJS entries and included by bundlers for browsers.
 *
 * The file is JSON laid out one part per line, and its first line says where each part is (in
 * bytes), so that Node reads the bytes and decodes and parses only the parts a document needs,
 * without searching the file:
 *
 *     {"format":"arabic-diplomatic-ner/gazetteer","version":4,"parts":{"raw":[start,end],"raw.countries":[start,end],…},"keys":{"a":"en",…},
 *     "raw":{                         every record of data/ but the people, one list a line:
 *     "countries":[…],                each list parsed when first read (a text that names no
 *     "cities":[…],                   city parses no city)
 *     …},
 *     "names":{…},                    the name words of data/names.json (src/resolve)
 *     "nameKeys":{…},                 their normalized keys, by list (src/gazetteer/forms.ts nameListKeys)
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
 * minifier writes them in single quotes, without the escapes. Their keys are short (`keys` gives
 * each key by its short form; `id` is kept, first), written out again when a record is parsed.
 *
 * This module is platform-neutral: the file is read by src/gazetteer/node.ts (Node) or
 * imported by src/gazetteer/browser.ts (bundlers).
 */
import type { PackedIndexes, PackedTables, TrieName } from './build.js';
import type { GazetteerData, PersonRecord } from './records.js';

export const FORMAT = 'arabic-diplomatic-ner/gazetteer';
export const VERSION = 4;

/** Every record of data/ but the people. */
export type RawData = Omit<GazetteerData, 'people'>;

/** The name words of data/names.json (its `$comment` left out): read by src/resolve/slots.ts and romanize.ts. */
export type NameTables = Record<string, unknown>;

/** The normalized keys of each word list of the name tables (src/gazetteer/forms.ts nameListKeys): the sets of name words of src/resolve. */
export type NameKeys = Record<string, string[]>;

/** The parts of the file after its first line, in the order written. */
const PARTS = ['raw', 'names', 'nameKeys', 'holders', 'given', 'index', 'entities', 'tolerant', 'triggers', 'topics', 'lines', 'people'] as const;

/** The compiled gazetteer as a JSON value (what a bundler makes of the file). */
export interface CompiledJson extends Omit<PackedIndexes, 'index'> {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Where each part is in the file's bytes, `[start, end)` from the start of the second line (for Node). */
  parts: Record<string, [number, number]>;
  /** The keys of the person records, by the short keys the file writes them with (every key but `id`). */
  keys: Record<string, string>;
  /** Every record of data/ but the people. */
  raw: RawData;
  /** The name words of data/names.json. */
  names: NameTables;
  /** The normalized keys of each of their word lists. */
  nameKeys: NameKeys;
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
export type CompiledParts = Omit<CompiledJson, 'format' | 'version' | 'parts' | 'keys' | 'lines'>;

/** Records kept as JSON, each parsed the first time it is read and then kept (every reader gets the same object). */
export class LazyRecords<T> {
  private readonly records: Array<T | undefined>;
  /**
   * @param length how many records
   * @param json the JSON of record `i`
   * @param id the id of record `i` (its first field), read without parsing it
   * @param ids every id, in order (when reading them at once costs less than one at a time)
   * @param jsons the JSON of every record, in order (likewise)
   * @param parse the record of its JSON
   */
  constructor(
    readonly length: number,
    private readonly json: (i: number) => string,
    readonly id: (i: number) => string,
    private readonly ids?: () => string[],
    private readonly jsons?: () => string[],
    private readonly parse: (json: string) => T = (json) => JSON.parse(json) as T,
  ) {
    this.records = new Array<T | undefined>(length);
  }
  /** Every record, in order, each parsed once (the JSON of all read at once where that costs less). */
  all(): T[] {
    const missing = this.records.some((r) => r === undefined) ? this.jsons?.() : undefined;
    const all = missing?.length === this.length ? missing : undefined;
    return Array.from({ length: this.length }, (_, i) => {
      if (all && this.records[i] === undefined) this.records[i] = this.parse(all[i]!);
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
      r = this.parse(this.json(i));
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
  /** Every record but the people; read from the file's bytes, each list is parsed when first read. */
  raw(): RawData;
  names(): NameTables;
  nameKeys(): NameKeys;
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

/** The records of `raw` as a JSON object written one list a line, with the place in bytes of each list's value in that text (run at build time). */
function rawLines(raw: RawData): { text: string; places: Array<[string, [number, number]]> } {
  const places: Array<[string, [number, number]]> = [];
  let text = '{';
  let at = 1;
  for (const [key, value] of Object.entries(raw)) {
    const open = `${places.length ? ',' : ''}\n${JSON.stringify(key)}:`;
    const json = JSON.stringify(value);
    const start = at + byteLength(open);
    places.push([key, [start, start + byteLength(json)]]);
    text += open + json;
    at = start + byteLength(json);
  }
  return { text: `${text}}`, places };
}

/** Letters of the short keys of person records. */
const KEY_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The short key of every key of the person records but `id` (run at build time): one letter, or two
 * past the 52nd, the most frequent keys first. Keys are a third of the people's bytes ("role",
 * "from", "aliases" in every record), and the people are half of the file and of a browser bundle.
 */
function shortKeys(people: readonly unknown[]): Record<string, string> {
  const counts = new Map<string, number>();
  const count = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(count);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k !== 'id') counts.set(k, (counts.get(k) ?? 0) + 1);
        count(x);
      }
  };
  people.forEach(count);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const code = (i: number): string => (i < KEY_LETTERS.length ? KEY_LETTERS[i]! : KEY_LETTERS[Math.floor(i / KEY_LETTERS.length) - 1]! + KEY_LETTERS[i % KEY_LETTERS.length]!);
  const keys: Record<string, string> = {};
  byFrequency.forEach((k, i) => (keys[code(i)] = k));
  return keys;
}

/** A value with the keys of its objects renamed by `names` (others kept), in the same order. */
function renameKeys(value: unknown, names: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameKeys(v, names));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[Object.hasOwn(names, k) ? names[k]! : k] = renameKeys(v, names);
  return out;
}

/** The person record of its JSON as the file writes it (its keys short): the keys written out again, in the same order. */
const personOf =
  (keys: Readonly<Record<string, string>>) =>
  (json: string): PersonRecord =>
    renameKeys(JSON.parse(json), keys) as PersonRecord;

/** Writes the compiled gazetteer as the JSON text described above (run at build time). */
export function writeCompiled(c: CompiledParts): string {
  for (const json of c.people)
    if (!/^\{"id":"[\x20-\x7e]+?"/.test(json) || /[\\"]/.test(idAtStart(json)))
      throw new Error(`gazetteer: a person record must open with its id, in ASCII without quotes or backslashes: ${json.slice(0, 60)}`);
  for (const name of ['entities', 'tolerant', 'triggers', 'topics'] as const)
    if (!/^[\x20-\x7e]*$/.test(c[name]) || /["\\]/.test(c[name])) throw new Error(`gazetteer: the trie "${name}" must be ASCII without quotes or backslashes (JSON escapes none of it)`);
  if (!/^[\x20-\x7e]*$/.test(JSON.stringify(c.holders))) throw new Error('gazetteer: the part "holders" must be ASCII');
  const records = c.people.map((json) => JSON.parse(json) as unknown);
  const keys = shortKeys(records);
  const short = Object.fromEntries(Object.entries(keys).map(([code, key]) => [key, code]));
  const people = records.map((p) => JSON.stringify(JSON.stringify(renameKeys(p, short))));
  const values: Record<string, string> = { lines: JSON.stringify(lineTable(people)) };
  for (const name of PARTS) if (name !== 'lines' && name !== 'people' && name !== 'raw') values[name] = JSON.stringify(c[name]);
  const raw = rawLines(c.raw);
  values.raw = raw.text;
  const parts: Record<string, [number, number]> = {};
  let body = '';
  let at = 0;
  for (const name of PARTS) {
    const open = name === 'people' ? `"people":[${people.length ? '\n' : ''}` : `"${name}":`;
    const value = name === 'people' ? people.join(',\n') : values[name]!;
    const start = at + byteLength(open);
    const line = `${open}${value}${name === 'people' ? '\n]}' : ','}\n`;
    parts[name] = [start, start + byteLength(value)];
    if (name === 'raw') for (const [key, [s, e]] of raw.places) parts[`raw.${key}`] = [start + s, start + e];
    body += line;
    at += byteLength(line);
  }
  return `{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"parts":${JSON.stringify(parts)},"keys":${JSON.stringify(keys)},\n${body}`;
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
    names: () => doc.names,
    nameKeys: () => doc.nameKeys,
    holders: () => doc.holders,
    given: () => doc.given,
    index: () => doc.index,
    trie: (name) => doc[name],
    people: new LazyRecords(doc.people.length, (i) => doc.people[i]!, (i) => idAtStart(doc.people[i]!), undefined, undefined, personOf(doc.keys)),
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
function peopleOfBytes(bytes: CompiledBytes, at: [number, number], table: string, keys: Record<string, string>): LazyRecords<PersonRecord> {
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
  return new LazyRecords<PersonRecord>(count, (i) => JSON.parse(bytes.utf8(start(i), start(i + 1) - 2)) as string, id, ids, jsons, personOf(keys));
}

/**
 * The records of `raw` as an object of the lists the first line places (`raw.countries` …), in
 * the order written, each a getter that parses its list when first read: the lists of a text's
 * first result are a part of the records (a text that names no city parses no city).
 */
function lazyLists(parts: Record<string, [number, number]>, value: (name: string) => () => unknown): RawData {
  const raw = {};
  for (const name of Object.keys(parts))
    if (name.startsWith('raw.')) Object.defineProperty(raw, name.slice(4), { get: value(name), enumerable: true });
  return raw as RawData;
}

/** The compiled gazetteer from the file's bytes (as Node reads it): only its first line is parsed now. */
export function compiledFromBytes(bytes: CompiledBytes): Compiled {
  const nl = bytes.indexOf(0x0a, 0);
  const first = bytes.latin1(0, nl < 0 ? bytes.size : nl);
  const head = JSON.parse(`${first.endsWith(',') ? first.slice(0, -1) : first}}`) as { format?: unknown; version?: unknown; parts?: Record<string, [number, number]>; keys?: Record<string, string> };
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
  let raw: RawData | undefined;
  return {
    raw: () => (raw ??= lazyLists(head.parts ?? {}, (name) => value(name, false))),
    names: value('names', false),
    nameKeys: value('nameKeys', false),
    holders: value('holders', true),
    given: value('given', false),
    index: value('index', false),
    trie: (name) => tries[name](),
    people: peopleOfBytes(bytes, range('people'), value<string>('lines', true)(), head.keys ?? {}),
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

/**
 * The compiled gazetteer as the package ships it: one JSON file (dist/gazetteer.json),
 * shared by the ESM and the CommonJS entries and included by bundlers for browsers.
 *
 * The file is JSON laid out one part per line, so that Node reads it as text and parses
 * only the parts a document needs:
 *
 *     {"format":"arabic-diplomatic-ner/gazetteer","version":1,
 *     "raw":{…every record of data/ but the people…},
 *     "holders":{…},
 *     "index":{…},
 *     "people":[
 *     "{\"id\":\"person:…\",…}",      one person record a line, as a JSON string
 *     …
 *     ],
 *     "senses":[
 *     "{…}",                          one entity sense of the tries a line, as a JSON string
 *     …
 *     ]}
 *
 * The person records and the senses are JSON strings, not objects: a bundler that turns
 * the file into a JavaScript object (for browsers) keeps them as strings too, so that a
 * record is parsed on first use on every platform. A minifier writes them in single
 * quotes, without the escapes.
 *
 * This module is platform-neutral: the file is read by src/gazetteer/node.ts (Node) or
 * imported by src/gazetteer/browser.ts (bundlers).
 */
import type { PackedIndexes, Sense } from './build.js';
import type { GazetteerData, PersonRecord } from './records.js';

export const FORMAT = 'arabic-diplomatic-ner/gazetteer';
export const VERSION = 1;

/** Every record of data/ but the people. */
export type RawData = Omit<GazetteerData, 'people'>;

/** The compiled gazetteer as a JSON value (what a bundler makes of the file). */
export interface CompiledJson {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Every record of data/ but the people. */
  raw: RawData;
  /** The lines of `people` that hold each office, by `role|of`. */
  holders: Record<string, number[]>;
  /** The precompiled indexes (src/gazetteer/build.ts) but their entity senses. */
  index: Omit<PackedIndexes, 'entitySenses'>;
  /** Each person record as JSON, in the order of data/people/*.jsonl. */
  people: string[];
  /** Each entity sense of the index's tries as JSON, by its number in the tries. */
  senses: string[];
}

/** Records kept as JSON, each parsed the first time it is read and then kept (every reader gets the same object). */
export class LazyRecords<T> {
  private readonly records: Array<T | undefined>;
  /**
   * @param length how many records
   * @param json the JSON of record `i`
   * @param id the id of record `i` (its first field), read without parsing it
   */
  constructor(
    readonly length: number,
    private readonly json: (i: number) => string,
    readonly id: (i: number) => string,
  ) {
    this.records = new Array<T | undefined>(length);
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
  index(): Omit<PackedIndexes, 'entitySenses'>;
  people: LazyRecords<PersonRecord>;
  senses: LazyRecords<Sense>;
}

/** The id of a record from the start of its JSON, `{"id":"…"`: ids hold no quote and no backslash. */
const ID = '{"id":"';
function idAtStart(json: string): string {
  return json.startsWith(ID) ? json.slice(ID.length, json.indexOf('"', ID.length)) : '';
}

/** Writes the compiled gazetteer as the JSON text described above (run at build time). */
export function writeCompiled(c: Omit<CompiledJson, 'format' | 'version'>): string {
  for (const json of c.people)
    if (!/^\{"id":"[\x20-\x7e]+?"/.test(json) || /[\\"]/.test(idAtStart(json)))
      throw new Error(`gazetteer: a person record must open with its id, in ASCII without quotes or backslashes: ${json.slice(0, 60)}`);
  const list = (items: string[]): string => (items.length ? `\n${items.map((s) => JSON.stringify(s)).join(',\n')}\n` : '\n');
  return (
    `{"format":${JSON.stringify(FORMAT)},"version":${VERSION},\n` +
    `"raw":${JSON.stringify(c.raw)},\n` +
    `"holders":${JSON.stringify(c.holders)},\n` +
    `"index":${JSON.stringify(c.index)},\n` +
    `"people":[${list(c.people)}],\n` +
    `"senses":[${list(c.senses)}]}\n`
  );
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
    index: () => doc.index,
    people: new LazyRecords(doc.people.length, (i) => doc.people[i]!, (i) => idAtStart(doc.people[i]!)),
    senses: new LazyRecords(doc.senses.length, (i) => doc.senses[i]!, (i) => idAtStart(doc.senses[i]!)),
  };
}

const NL = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN = 0x5b;
const CLOSE = 0x5d;

/**
 * The file as Node reads it: its bytes, in which the layout (quotes, brackets, commas, newlines)
 * is found where it is, and `decode`, the UTF-8 text of a range of them, so that only the parts a
 * document needs become strings (decoding the whole file costs more than the rest of loading it).
 */
export interface CompiledBytes {
  bytes: Uint8Array;
  decode(start: number, end: number): string;
}

/** A part of the file: one value (`[start, end)` of its JSON) or a list (the bounds of its items' JSON strings). */
type Part = { value: [number, number] } | { items: number[] };

/** The end of the line that starts at `at` (its newline, or the end of the bytes). */
function lineEnd(bytes: Uint8Array, at: number): number {
  const nl = bytes.indexOf(NL, at);
  return nl < 0 ? bytes.length : nl;
}

/** `end`, less a comma before it. */
const beforeComma = (bytes: Uint8Array, end: number): number => (bytes[end - 1] === COMMA ? end - 1 : end);

/**
 * The parts of the file by name, found line by line without decoding them: a line `"name":VALUE,`
 * holds one value; a line `"name":[` opens a list, one item a line, up to a line that starts with `]`.
 */
function partsOf({ bytes, decode }: CompiledBytes): Map<string, Part> {
  const parts = new Map<string, Part>();
  for (let at = lineEnd(bytes, 0) + 1; at < bytes.length; ) {
    let end = lineEnd(bytes, at);
    const colon = bytes.indexOf(QUOTE, at + 1) + 1;
    if (bytes[at] !== QUOTE || colon <= 0 || colon >= end) {
      at = end + 1;
      continue;
    }
    const name = decode(at + 1, colon - 1);
    if (bytes[colon + 1] === OPEN && colon + 2 === end) {
      const items: number[] = [];
      for (at = end + 1; at < bytes.length && bytes[at] !== CLOSE; at = end + 1) {
        end = lineEnd(bytes, at);
        items.push(at, beforeComma(bytes, end));
      }
      parts.set(name, { items });
      at = lineEnd(bytes, at) + 1;
    } else {
      parts.set(name, { value: [colon + 1, beforeComma(bytes, end)] });
      at = end + 1;
    }
  }
  return parts;
}

/** The escaped start of a person record as a JSON string, `"{\"id\":\"`, as bytes. */
const ESCAPED_ID = Array.from(JSON.stringify(ID).slice(0, -1), (c) => c.charCodeAt(0));
const BACKSLASH = 0x5c;

/** The id of the record whose JSON string starts at `at` (`"{\"id\":\"…\"`), or '' when it does not open with one. */
function escapedIdAt({ bytes, decode }: CompiledBytes, at: number): string {
  for (let k = 0; k < ESCAPED_ID.length; k++) if (bytes[at + k] !== ESCAPED_ID[k]) return '';
  const start = at + ESCAPED_ID.length;
  const end = bytes.indexOf(BACKSLASH, start);
  return end < 0 ? '' : decode(start, end);
}

/** The compiled gazetteer from the file's bytes (as Node reads it): only its first line is parsed now. */
export function compiledFromBytes(file: CompiledBytes): Compiled {
  const { bytes, decode } = file;
  const nl = lineEnd(bytes, 0);
  const head = JSON.parse(`${decode(0, beforeComma(bytes, nl))}}`) as { format?: unknown; version?: unknown };
  checkFormat(head.format, head.version);
  const parts = partsOf(file);
  const value = <T>(name: string): (() => T) => {
    const p = parts.get(name);
    if (!p || !('value' in p)) throw new Error(`arabic-diplomatic-ner: the compiled gazetteer lacks "${name}"`);
    let parsed: T | undefined;
    return () => (parsed ??= JSON.parse(decode(p.value[0], p.value[1])) as T);
  };
  const list = <T>(name: string): LazyRecords<T> => {
    const p = parts.get(name);
    if (!p || !('items' in p)) throw new Error(`arabic-diplomatic-ner: the compiled gazetteer lacks the list "${name}"`);
    const b = p.items;
    return new LazyRecords<T>(b.length / 2, (i) => JSON.parse(decode(b[2 * i]!, b[2 * i + 1]!)) as string, (i) => escapedIdAt(file, b[2 * i]!));
  };
  return { raw: value('raw'), holders: value('holders'), index: value('index'), people: list('people'), senses: list('senses') };
}

/** A text as {@link CompiledBytes}: its UTF-8 bytes, decoded with TextDecoder (for tests, and any runtime without Node's Buffer). */
export function bytesOfText(text: string): CompiledBytes {
  const bytes = new TextEncoder().encode(text);
  const utf8 = new TextDecoder();
  return { bytes, decode: (start, end) => utf8.decode(bytes.subarray(start, end)) };
}

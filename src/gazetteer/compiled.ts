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

/**
 * The file as Node reads it: `text`, its bytes one character each (Latin-1: a copy, without decoding),
 * in which the layout (quotes, brackets, commas, newlines) and the ids, all ASCII, are found where
 * they are; and `decode`, the UTF-8 text of a range of bytes, so that only the parts a document needs
 * are decoded (decoding the whole file costs more than the rest of loading it).
 */
export interface CompiledBytes {
  text: string;
  decode(start: number, end: number): string;
}

/** A part of the file: one value (`[start, end)` of its JSON) or a list (the bounds of its items' JSON strings). */
type Part = { value: [number, number] } | { items: number[] };

/** The end of the line that starts at `at` (its newline, or the end of the text). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** `end`, less a comma before it. */
const beforeComma = (text: string, end: number): number => (text.charCodeAt(end - 1) === 0x2c ? end - 1 : end);

/**
 * The parts of the file by name, found line by line without decoding them: a line `"name":VALUE,`
 * holds one value; a line `"name":[` opens a list, one item a line, up to a line that starts with `]`.
 */
function partsOf(text: string): Map<string, Part> {
  const parts = new Map<string, Part>();
  for (let at = lineEnd(text, 0) + 1; at < text.length; ) {
    let end = lineEnd(text, at);
    const colon = text.indexOf('":', at + 1) + 1;
    if (text[at] !== '"' || colon <= 0 || colon >= end) {
      at = end + 1;
      continue;
    }
    const name = text.slice(at + 1, colon - 1);
    if (text[colon + 1] === '[' && colon + 2 === end) {
      const items: number[] = [];
      for (at = end + 1; at < text.length && text[at] !== ']'; at = end + 1) {
        end = lineEnd(text, at);
        items.push(at, beforeComma(text, end));
      }
      parts.set(name, { items });
      at = lineEnd(text, at) + 1;
    } else {
      parts.set(name, { value: [colon + 1, beforeComma(text, end)] });
      at = end + 1;
    }
  }
  return parts;
}

/** The escaped start of a person record as a JSON string, `"{\"id\":\"`. */
const ESCAPED_ID = JSON.stringify(ID).slice(0, -1);

/** The id of the record whose JSON string starts at `at` (`"{\"id\":\"…\"`), or '' when it does not open with one. */
function escapedIdAt(text: string, at: number): string {
  if (!text.startsWith(ESCAPED_ID, at)) return '';
  const start = at + ESCAPED_ID.length;
  const end = text.indexOf('\\', start);
  return end < 0 ? '' : text.slice(start, end);
}

/** The compiled gazetteer from the file's bytes (as Node reads it): only its first line is parsed now. */
export function compiledFromBytes({ text, decode }: CompiledBytes): Compiled {
  const nl = lineEnd(text, 0);
  const head = JSON.parse(`${text.slice(0, beforeComma(text, nl))}}`) as { format?: unknown; version?: unknown };
  checkFormat(head.format, head.version);
  const parts = partsOf(text);
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
    return new LazyRecords<T>(b.length / 2, (i) => JSON.parse(decode(b[2 * i]!, b[2 * i + 1]!)) as string, (i) => escapedIdAt(text, b[2 * i]!));
  };
  return { raw: value('raw'), holders: value('holders'), index: value('index'), people: list('people'), senses: list('senses') };
}

/** A text as {@link CompiledBytes}: its UTF-8 bytes, as Latin-1 and decoded with TextDecoder (for tests, and any runtime without Node's Buffer). */
export function bytesOfText(text: string): CompiledBytes {
  const bytes = new TextEncoder().encode(text);
  const utf8 = new TextDecoder();
  let latin1 = '';
  for (let at = 0; at < bytes.length; at += 8192) latin1 += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return { text: latin1, decode: (start, end) => utf8.decode(bytes.subarray(start, end)) };
}

/// <reference types="node" />
/**
 * `extractMany`: extract from a stream of documents, in input order, one
 * result per document, optionally spread over worker threads.
 *
 * Node only (node:worker_threads, node:fs): never import this module from the
 * core entry (src/index.ts), which must stay bundlable for browsers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DiplomaticNerError } from './errors.js';
import { createExtractor, extract, type Extractor, type ExtractorOptions } from './index.js';
import type { ExtractOptions, ExtractResult } from './types.js';

/**
 * A document: its text, or `{ id, text, published }` (as in a JSON Lines batch); `publishedAt`,
 * the name of the `extract` option, is accepted for `published`.
 */
export type Doc =
  | string
  | { id?: string | number | null | undefined; text: string; published?: string | Date | null | undefined; publishedAt?: string | Date | null | undefined };

/** Why one document failed; the stream goes on. */
export interface DocError {
  /** A library code (`E_TEXT_TYPE`, `E_DATE`, `E_TEXT_TOO_LONG` ...), `E_DOC` for a malformed document, `E_INTERNAL`/`E_WORKER` for a bug or a crashed worker. */
  code: string;
  message: string;
}

/** The result for one document: `index` is its 0-based position in the input. */
export type ManyResult =
  | ({ id: string | number | null; index: number } & ExtractResult)
  | { id: string | number | null; index: number; error: DocError };

export interface ExtractManyOptions extends ExtractOptions {
  /** An extractor built with `createExtractor` (in-process only: it cannot be sent to worker threads, so not with `jobs > 1`). */
  extractor?: Extractor | undefined;
  /** Custom gazetteer entries (as for `createExtractor`); unlike `extractor`, works with `jobs > 1` (each worker builds its own). */
  gazetteer?: ExtractorOptions['gazetteer'] | undefined;
  /**
   * Worker threads to use: 1 (default) extracts in this thread; `'auto'` uses one per CPU less one, but
   * none (this thread) with two CPUs or fewer, or for an array of documents under 4 MB: see {@link autoJobs}.
   */
  jobs?: number | 'auto' | undefined;
  /** Documents sent to a worker at once (default 8). */
  batchSize?: number | undefined;
  /** Advanced: the URL of the built core entry that workers import (default: `dist/index.js` of this package). */
  libraryUrl?: string | URL | undefined;
}

/** @internal A document after validation, or a document that failed before extraction (a bad JSON line). */
export type Item<M = undefined> =
  | { id: string | number | null; text: string; published: string | Date | null | undefined; meta: M }
  | { id: string | number | null; error: DocError; meta: M };

/** @internal What {@link runMany} yields: the item and its result (or error). */
export interface Outcome<M = undefined> {
  item: Item<M>;
  index: number;
  result?: ExtractResult;
  error?: DocError;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** @internal Turns a caller's document into an {@link Item}; malformed ones become error items. */
export function toItem<M>(doc: unknown, meta: M): Item<M> {
  if (typeof doc === 'string') return { id: null, text: doc, published: undefined, meta };
  if (!isPlain(doc)) return { id: null, error: { code: 'E_DOC', message: `a document must be a string or an object { id?, text, published? }, got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}` }, meta };
  const rawId = doc.id;
  const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  if (rawId !== undefined && rawId !== null && id === null) return { id: null, error: { code: 'E_DOC', message: '"id" must be a string or a number' }, meta };
  if (typeof doc.text !== 'string')
    return { id, error: { code: 'E_DOC', message: doc.text === undefined ? 'the document has no "text"' : `"text" must be a string, got ${doc.text === null ? 'null' : typeof doc.text}` }, meta };
  if (doc.published != null && doc.publishedAt != null && String(doc.published) !== String(doc.publishedAt))
    return { id, error: { code: 'E_DOC', message: 'the document has both "published" and "publishedAt", with different dates: give one' }, meta };
  const published = doc.published ?? doc.publishedAt;
  if (published !== undefined && published !== null && !(published instanceof Date) && (typeof published !== 'string' || !isDay(published)))
    return { id, error: { code: 'E_DATE', message: `"${doc.published != null ? 'published' : 'publishedAt'}" must be a date as YYYY-MM-DD (or an ISO timestamp), got ${JSON.stringify(published).slice(0, 40)}` }, meta };
  return { id, text: doc.text, published: published as string | Date | null | undefined, meta };
}

/** A real day as YYYY-MM-DD, optionally followed by a time (as `publishedAt` accepts). */
function isDay(s: string): boolean {
  const day = s.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

function asDocError(err: unknown): DocError {
  if (err instanceof DiplomaticNerError) return { code: err.code, message: err.message.replace(/^\[[A-Z_]+\] /, '') };
  if (err instanceof Error) return { code: 'E_INTERNAL', message: err.message };
  return { code: 'E_INTERNAL', message: String(err) };
}

interface RunConfig {
  extractor: Extractor | undefined;
  gazetteer: ExtractorOptions['gazetteer'] | undefined;
  defaults: ExtractOptions;
  jobs: number;
  batchSize: number;
  libraryUrl: URL | undefined;
}

const OPTION_KEYS = new Set(['extractor', 'gazetteer', 'jobs', 'batchSize', 'libraryUrl', 'publishedAt', 'language', 'maxLength']);

/** With `jobs: 'auto'`, workers are started only for inputs of at least this many bytes (when the size is known). */
export const AUTO_MIN_BYTES = 4 * 1024 * 1024;

/**
 * The number of worker threads `'auto'` means: one per CPU less one (the main thread reads, orders
 * and writes), but 1 — extraction in this thread, no workers — when workers cannot pay for
 * themselves: with two CPUs or fewer (one worker is no faster than this thread, and two compete
 * with it), or for an input known to be under {@link AUTO_MIN_BYTES} (each worker imports the
 * library and parses the gazetteer again before its first document).
 */
export function autoJobs(inputBytes: number | undefined, cpus: number = availableParallelism()): number {
  if (cpus <= 2) return 1;
  if (inputBytes !== undefined && inputBytes < AUTO_MIN_BYTES) return 1;
  return cpus - 1;
}

/** The size in bytes (two per UTF-16 unit at most, an estimate) of the texts of an array of documents; undefined for a stream. */
function sizeOf(docs: unknown): number | undefined {
  if (!Array.isArray(docs)) return undefined;
  let units = 0;
  for (const d of docs) units += typeof d === 'string' ? d.length : isPlain(d) && typeof d.text === 'string' ? d.text.length : 0;
  return units * 2;
}

function checkManyOptions(options: unknown, knownSize?: number): RunConfig {
  if (options === undefined || options === null) options = {};
  if (!isPlain(options)) throw new DiplomaticNerError('E_OPTIONS', 'extractMany options must be a plain object', 'options');
  for (const k of Object.keys(options)) if (!OPTION_KEYS.has(k)) throw new DiplomaticNerError('E_OPTIONS', `unknown option "${k}"`, `options.${k}`);
  const o = options as ExtractManyOptions;
  let jobs = 1;
  if (o.jobs === 'auto') jobs = autoJobs(knownSize);
  else if (o.jobs !== undefined) {
    if (typeof o.jobs !== 'number' || !Number.isInteger(o.jobs) || o.jobs < 1 || o.jobs > 256)
      throw new DiplomaticNerError('E_OPTION_VALUE', 'options.jobs must be an integer from 1 to 256, or "auto"', 'options.jobs');
    jobs = o.jobs;
  }
  const batchSize = o.batchSize ?? 8;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new DiplomaticNerError('E_OPTION_VALUE', 'options.batchSize must be a positive integer', 'options.batchSize');
  if (o.extractor !== undefined && (typeof o.extractor !== 'object' || o.extractor === null || typeof o.extractor.extract !== 'function'))
    throw new DiplomaticNerError('E_OPTION_VALUE', 'options.extractor must be an extractor from createExtractor()', 'options.extractor');
  if (o.extractor && o.gazetteer) throw new DiplomaticNerError('E_OPTIONS', 'give options.extractor or options.gazetteer, not both', 'options.gazetteer');
  if (o.extractor && jobs > 1)
    throw new DiplomaticNerError(
      'E_OPTION_VALUE',
      'an extractor instance cannot be shared with worker threads: with jobs > 1 pass the custom entries as options.gazetteer instead',
      'options.extractor',
    );
  const defaults: ExtractOptions = {};
  if (o.publishedAt !== undefined) defaults.publishedAt = o.publishedAt;
  if (o.language !== undefined) defaults.language = o.language;
  if (o.maxLength !== undefined) defaults.maxLength = o.maxLength;
  // Bad defaults are a programmer error: report them now, not once per document.
  (o.extractor ?? { extract }).extract('', defaults);
  // Build (and check) the custom gazetteer once here; workers rebuild it from the same plain data.
  const extractor = o.extractor ?? (o.gazetteer ? createExtractor({ gazetteer: o.gazetteer }) : undefined);
  let libraryUrl: URL | undefined;
  if (jobs > 1 && o.libraryUrl !== undefined) {
    try {
      libraryUrl = new URL(o.libraryUrl);
    } catch {
      throw new DiplomaticNerError('E_OPTION_VALUE', 'options.libraryUrl must be an absolute URL (file:///…/index.js)', 'options.libraryUrl');
    }
  } else if (jobs > 1) libraryUrl = defaultLibraryUrl();
  return { extractor, gazetteer: o.gazetteer, defaults, jobs, batchSize, libraryUrl };
}

/**
 * The built core entry for workers: `index.js` next to this file once bundled
 * (dist/cli.js, dist/many.js), else `../dist/index.js` (running from src/).
 */
function defaultLibraryUrl(): URL {
  for (const rel of ['./index.js', '../dist/index.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  throw new DiplomaticNerError('E_OPTION_VALUE', 'jobs > 1 needs the built library (dist/index.js): run the build first, or pass options.libraryUrl', 'options.jobs');
}

function optionsFor(item: { published: string | Date | null | undefined }, defaults: ExtractOptions): ExtractOptions {
  return item.published === undefined ? defaults : { ...defaults, publishedAt: item.published };
}

/**
 * Extracts from every document of `docs`, yielding one result per document,
 * in input order: `{ id, index, language, entities, relations }`, or
 * `{ id, index, error: { code, message } }` for a document that failed (the
 * stream goes on). With `jobs > 1` the work is spread over worker threads;
 * at most a bounded number of documents is in flight, so memory stays
 * constant however long the input.
 *
 * @throws DiplomaticNerError (synchronously) for bad options
 */
export function extractMany(docs: Iterable<Doc> | AsyncIterable<Doc>, options?: ExtractManyOptions): AsyncGenerator<ManyResult, void, undefined> {
  if (docs === null || typeof docs !== 'object' || (!(Symbol.iterator in docs) && !(Symbol.asyncIterator in docs)))
    throw new DiplomaticNerError('E_OPTION_VALUE', 'docs must be an array, an iterable or an async iterable of documents (not a string)', 'docs');
  const config = checkManyOptions(options, sizeOf(docs));
  return (async function* () {
    async function* items(): AsyncGenerator<Item> {
      for await (const doc of docs as AsyncIterable<unknown>) yield toItem(doc, undefined);
    }
    for await (const o of runWith(items(), config)) {
      yield o.error ? { id: o.item.id, index: o.index, error: o.error } : { id: o.item.id, index: o.index, ...o.result! };
    }
  })();
}

/** @internal For the CLI: like extractMany, over prepared items that carry metadata (line numbers). */
export function runMany<M>(items: AsyncIterable<Item<M>>, options?: ExtractManyOptions): AsyncGenerator<Outcome<M>, void, undefined> {
  return runWith(items, checkManyOptions(options));
}

function runWith<M>(items: AsyncIterable<Item<M>>, config: RunConfig): AsyncGenerator<Outcome<M>, void, undefined> {
  return config.jobs > 1 ? runParallel(items, config) : runSerial(items, config);
}

async function* runSerial<M>(items: AsyncIterable<Item<M>>, config: RunConfig): AsyncGenerator<Outcome<M>, void, undefined> {
  const ex = config.extractor ?? { extract };
  let index = 0;
  for await (const item of items) {
    const i = index++;
    if ('error' in item) {
      yield { item, index: i, error: item.error };
      continue;
    }
    try {
      yield { item, index: i, result: ex.extract(item.text, optionsFor(item, config.defaults)) };
    } catch (err) {
      yield { item, index: i, error: asDocError(err) };
    }
  }
}

// ---------------------------------------------------------------------------
// Worker threads

/**
 * The worker, as a CommonJS script (`eval: true`): it imports the built core
 * entry and extracts the batches it is sent. Kept free of the bundle so that
 * it works the same from dist/cli.js, a dist/many.js entry or src/ in tests.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const toError = (err) => err && typeof err === 'object' && typeof err.code === 'string' && err.name === 'DiplomaticNerError'
  ? { code: err.code, message: String(err.message).replace(/^\\[[A-Z_]+\\] /, '') }
  : { code: 'E_INTERNAL', message: String(err && err.message || err) };
import(workerData.libraryUrl).then((lib) => {
  const ex = workerData.gazetteer ? lib.createExtractor({ gazetteer: workerData.gazetteer }) : { extract: lib.extract };
  parentPort.on('message', (batch) => {
    const out = [];
    for (const job of batch) {
      try { out.push({ seq: job.seq, result: ex.extract(job.text, job.options) }); }
      catch (err) { out.push({ seq: job.seq, error: toError(err) }); }
    }
    parentPort.postMessage({ results: out });
  });
  parentPort.postMessage({ ready: true });
}, (err) => parentPort.postMessage({ fatal: String(err && err.stack || err) }));
`;

interface Job {
  seq: number;
  text: string;
  options: ExtractOptions;
}
interface Reply {
  seq: number;
  result?: ExtractResult;
  error?: DocError;
}
interface Slot {
  worker: Worker;
  /** Batches sent and not answered, oldest first. */
  inflight: Job[][];
  dead: boolean;
}

/** Batches in flight per worker: one being extracted, one queued so the worker never waits. */
const PER_WORKER = 2;
/** Characters of text in one batch at most (a batch closes at batchSize documents or this). */
const BATCH_CHARS = 256 * 1024;
/** Times a crashed worker is replaced before the run gives up. */
const MAX_RESPAWNS = 32;

async function* runParallel<M>(source: AsyncIterable<Item<M>>, config: RunConfig): AsyncGenerator<Outcome<M>, void, undefined> {
  const input = source[Symbol.asyncIterator]();
  // The reorder buffer: items read and not yet yielded, by sequence number.
  const pending = new Map<number, { item: Item<M>; result?: ExtractResult; error?: DocError; done: boolean }>();
  const window = config.jobs * PER_WORKER * config.batchSize * 2;
  let nextSeq = 0;
  let nextOut = 0;
  let inputDone = false;
  let fatal: Error | undefined;
  let respawns = 0;
  let wake: (() => void) | undefined;
  // Counts worker events, so that one arriving while the loop is busy (reading input, yielding) is not missed.
  let events = 0;
  const signal = () => {
    events++;
    const w = wake;
    wake = undefined;
    w?.();
  };

  const settle = (r: Reply) => {
    const p = pending.get(r.seq);
    if (!p || p.done) return;
    p.done = true;
    if (r.error) p.error = r.error;
    else if (r.result) p.result = r.result;
  };

  const spawn = (): Slot => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { libraryUrl: config.libraryUrl!.href, gazetteer: config.gazetteer ?? null },
    });
    const slot: Slot = { worker, inflight: [], dead: false };
    worker.on('message', (msg: { ready?: true; results?: Reply[]; fatal?: string }) => {
      if (msg.results) {
        slot.inflight.shift();
        for (const r of msg.results) settle(r);
      } else if (msg.fatal) fatal ??= new Error(`a worker could not load the library from ${config.libraryUrl!.href}: ${msg.fatal}`);
      signal();
    });
    const lost = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      // A worker takes its batches in order: the first one made it stop, the others were not
      // started and go to another worker. A document alone in its batch is the cause: it fails
      // (E_WORKER); a batch of several is sent again one document at a time, to find which.
      // The run goes on with a new worker.
      const [culprit, ...queued] = slot.inflight;
      slot.inflight = [];
      retry.push(...queued);
      if (culprit?.length === 1) settle({ seq: culprit[0]!.seq, error: { code: 'E_WORKER', message: `the worker thread stopped (${why}) while extracting this document` } });
      else if (culprit) for (const job of culprit) retry.push([job]);
      const at = slots.indexOf(slot);
      if (at >= 0) {
        if (respawns++ < MAX_RESPAWNS && !closing) slots[at] = spawn();
        else {
          slots.splice(at, 1);
          if (!slots.length) fatal ??= new Error(`worker threads keep stopping (${why})`);
        }
      }
      signal();
    };
    worker.on('error', (err) => lost(err instanceof Error ? err.message : String(err)));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return slot;
  };

  let closing = false;
  const slots: Slot[] = [];
  /** Batches of a crashed worker, to send again before any new input. */
  const retry: Job[][] = [];
  const freeSlot = () => slots.filter((s) => !s.dead && s.inflight.length < PER_WORKER).sort((a, b) => a.inflight.length - b.inflight.length)[0];
  const send = (slot: Slot, batch: Job[]) => {
    slot.inflight.push(batch);
    slot.worker.postMessage(batch);
  };
  for (let i = 0; i < config.jobs; i++) slots.push(spawn());

  try {
    for (;;) {
      const seen = events;
      if (fatal) throw fatal;
      for (let slot = freeSlot(); retry.length && slot; slot = freeSlot()) send(slot, retry.shift()!);
      // Fill: read input while the window has room and a worker can take a batch.
      while (!inputDone && !retry.length && nextSeq - nextOut < window) {
        const slot = freeSlot();
        if (!slot) break;
        const batch: Job[] = [];
        let chars = 0;
        while (batch.length < config.batchSize && chars < BATCH_CHARS && nextSeq - nextOut < window) {
          const next = await input.next();
          if (next.done) {
            inputDone = true;
            break;
          }
          const item = next.value;
          const seq = nextSeq++;
          if ('error' in item) {
            pending.set(seq, { item, error: item.error, done: true });
            continue;
          }
          pending.set(seq, { item, done: false });
          batch.push({ seq, text: item.text, options: optionsFor(item, config.defaults) });
          chars += item.text.length;
        }
        if (batch.length) send(slot, batch);
      }
      // Drain: yield every finished document at the head of the order.
      for (let p = pending.get(nextOut); p?.done; p = pending.get(nextOut)) {
        pending.delete(nextOut);
        const o: Outcome<M> = { item: p.item, index: nextOut++ };
        if (p.error) o.error = p.error;
        else if (p.result) o.result = p.result;
        yield o;
      }
      if (fatal) throw fatal;
      if (inputDone && nextOut === nextSeq) return;
      // Nothing to yield: wait for a worker (unless there is room to read more input).
      const canFill = (retry.length > 0 || (!inputDone && nextSeq - nextOut < window)) && freeSlot() !== undefined;
      if (!canFill && events === seen) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    for (const s of slots) {
      s.dead = true;
      void s.worker.terminate();
    }
    if (!inputDone) await input.return?.();
  }
}

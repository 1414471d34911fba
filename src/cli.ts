/**
 * `arabic-diplomatic-ner`: the command line. Reads files (or stdin), one
 * document each, or JSON Lines batches (`--jsonl`), and prints a table, JSON
 * or JSON Lines. Exit codes: 0 ok, 1 some input failed, 2 usage error.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import { DEFAULT_MAX_LENGTH } from './extract.js';
import { formatBytes, Progress } from './cli-progress.js';
import { autoJobs, runMany, toItem, type DocError, type ExtractManyOptions, type Item, type Outcome } from './many.js';
import type { Entity, ExtractResult, Relation } from './types.js';

const NAME = 'arabic-diplomatic-ner';
/** `--jobs auto` starts workers only for files at least this large in all (see autoJobs in many.ts). */
const AUTO_MIN_MB = 4;

const HELP = `Usage: ${NAME} [options] [file ...]

Finds people, countries, cities and organizations in Arabic (and English)
diplomatic news, and the meetings, calls, visits, messages and agreements
between them. Each file is one article; with no file (or "-"), reads stdin.

Options:
  -d, --date YYYY-MM-DD   publication date: resolves titles ("the Saudi foreign
                          minister") to office-holders, and relative dates
  -l, --lang ar|en|auto   language of the texts (default: auto)
  -f, --format FORMAT     table, json or jsonl (default: table on a terminal,
                          json otherwise; jsonl with --jsonl)
      --pretty            indent JSON output
      --jsonl             batch mode: every input line is a JSON object
                          {"id", "text", "published"} ("publishedAt" also
                          accepted); writes one line per document, in input
                          order; a bad line gets an error record
                          {"id", "line", "error"} and the run goes on
  -j, --jobs N            worker threads (default 1). "auto": one per CPU
                          less one, but 1 (no workers) with two CPUs or
                          fewer, or for files under ${AUTO_MIN_MB} MB in all, where
                          starting workers costs more than they save
      --max-length N      longest text accepted, in UTF-16 units
                          (default ${DEFAULT_MAX_LENGTH.toLocaleString('en')})
      --isolates          wrap Arabic table cells in right-to-left isolates
                          (U+2067 … U+2069); on by default only when stdout
                          is a terminal (pagers and logs show them as codes)
  -q, --quiet             no progress line and no summary on stderr
  -h, --help              show this help
  -V, --version           show the version

Output: "json" prints the result object for one input, an array of
{"file", ...result} for several. Offsets are UTF-16 code units.

With several inputs, a last line on stderr sums up: documents, failures, time
and rate. A missing or unreadable file is reported and the others are read.

Exit status: 0 ok, 1 some input failed (missing, unreadable, binary, bad line,
too long), 2 usage error (bad option).

Examples:
  ${NAME} --date 2023-09-01 article.txt
  curl -s https://example.org/article.txt | ${NAME} --format json --pretty
  ${NAME} --jsonl --jobs auto articles.jsonl > results.jsonl
`;

/** A usage error: exit code 2. */
class UsageError extends Error {}

interface Cli {
  files: string[];
  date: string | undefined;
  lang: 'ar' | 'en' | 'auto' | undefined;
  format: 'table' | 'json' | 'jsonl';
  pretty: boolean;
  jsonl: boolean;
  jobs: number | 'auto';
  maxLength: number;
  /** Progress line (stderr is a terminal, not --quiet). */
  progress: boolean;
  /** Closing summary on stderr (not --quiet). */
  summary: boolean;
  /** Right-to-left isolates around Arabic table cells. */
  isolates: boolean;
}

function parse(argv: string[]): Cli | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        date: { type: 'string', short: 'd' },
        lang: { type: 'string', short: 'l' },
        format: { type: 'string', short: 'f' },
        pretty: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'max-length': { type: 'string' },
        isolates: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, '') : String(err));
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.version) return 'version';
  const date = v.date;
  if (date !== undefined) {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) throw new UsageError(`--date must be a day as YYYY-MM-DD, got "${date}"`);
  }
  const lang = v.lang;
  if (lang !== undefined && lang !== 'ar' && lang !== 'en' && lang !== 'auto') throw new UsageError(`--lang must be ar, en or auto, got "${lang}"`);
  const format = v.format;
  if (format !== undefined && format !== 'table' && format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be table, json or jsonl, got "${format}"`);
  let jobs: number | 'auto' = 1;
  if (v.jobs !== undefined) {
    if (v.jobs === 'auto') jobs = 'auto';
    else if (/^\d+$/.test(v.jobs) && Number(v.jobs) >= 1 && Number(v.jobs) <= 256) jobs = Number(v.jobs);
    else throw new UsageError(`--jobs must be a number from 1 to 256, or auto, got "${v.jobs}"`);
  }
  let maxLength = DEFAULT_MAX_LENGTH;
  if (v['max-length'] !== undefined) {
    if (!/^\d+$/.test(v['max-length'])) throw new UsageError(`--max-length must be a whole number, got "${v['max-length']}"`);
    maxLength = Number(v['max-length']);
  }
  const jsonl = v.jsonl ?? false;
  const pretty = v.pretty ?? false;
  const chosen = format ?? (jsonl ? 'jsonl' : process.stdout.isTTY ? 'table' : 'json');
  if (pretty && chosen !== 'json') throw new UsageError(`--pretty applies to --format json only (the format is ${chosen})`);
  const files = parsed.positionals.length ? parsed.positionals : ['-'];
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('stdin ("-") can be read only once');
  const isolates = v.isolates ?? Boolean(process.stdout.isTTY);
  return { files, date, lang, format: chosen, pretty, jsonl, jobs, maxLength, progress: !v.quiet && Boolean(process.stderr.isTTY), summary: !v.quiet, isolates };
}

// ---------------------------------------------------------------------------
// Output: backpressure, and a quiet end when the reader goes away (| head).

let exiting = false;
function onStdoutError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
    exiting = true;
    process.exit(process.exitCode ?? 0);
  }
  process.stderr.write(`${NAME}: cannot write the output: ${err.message}\n`);
  process.exit(1);
}

async function out(s: string): Promise<void> {
  if (exiting) return;
  if (!process.stdout.write(s))
    await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('close', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('close', done);
    });
}

function warn(message: string): void {
  progress?.clear();
  process.stderr.write(`${NAME}: ${message}\n`);
}

// ---------------------------------------------------------------------------
// Progress (stderr): a line redrawn on a terminal, a summary at the end

/** The run's counts; its line is drawn on stderr when `live` (a terminal), at most every 200 ms. */
class ProgressDisplay {
  readonly counts: Progress;
  private shown = false;
  private last = 0;
  constructor(
    total: number | undefined,
    private readonly live: boolean,
  ) {
    this.counts = new Progress(total);
  }

  add(bytes: number, failed: boolean): void {
    this.counts.add(bytes, failed);
    const now = Date.now();
    if (this.live && now - this.last >= 200) {
      this.last = now;
      process.stderr.write(`\r\x1b[K${this.counts.line()}`);
      this.shown = true;
    }
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
let progress: ProgressDisplay | undefined;

// ---------------------------------------------------------------------------
// Input

/** What the CLI attaches to each document: where it came from. */
interface Meta {
  /** File name, or "-" for stdin. */
  source: string;
  /** JSON Lines mode: the 1-based line number. */
  line?: number;
  /** Input bytes of the document (for the progress line). */
  bytes: number;
}

const label = (source: string) => (source === '-' ? 'stdin' : source);

/** Binary data: a NUL byte, or bytes that are not UTF-8. */
function binaryReason(buf: Uint8Array, streaming: boolean): string | null {
  if (buf.includes(0)) return 'binary data (it contains NUL bytes)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: streaming });
  } catch {
    return 'binary data (it is not UTF-8 text)';
  }
  return null;
}

/** Decodes a whole document: UTF-8 (BOM optional), or UTF-16 with a BOM. */
function decodeDocument(buf: Buffer): { text: string } | { error: string } {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    try {
      return { text: new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(buf) };
    } catch {
      return { error: 'binary data (a UTF-16 mark, but not UTF-16 text)' };
    }
  }
  const reason = binaryReason(buf, false);
  if (reason) return { error: reason };
  return { text: new TextDecoder('utf-8').decode(buf) }; // drops a BOM
}

async function readAll(stream: Readable, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Document mode: every input is one document. */
async function* documents(cli: Cli): AsyncGenerator<Item<Meta>> {
  // UTF-8 needs at least one byte per UTF-16 unit and at most three: more bytes than this cannot fit.
  const limit = cli.maxLength * 3 + 3;
  const tooLong: DocError = { code: 'E_TEXT_TOO_LONG', message: `the text is longer than the maximum of ${cli.maxLength.toLocaleString('en')} characters (see --max-length)` };
  for (const source of cli.files) {
    const meta: Meta = { source, bytes: 0 };
    let buf: Buffer | null;
    try {
      if (source === '-') buf = await readAll(process.stdin, limit);
      else {
        const s = await stat(source);
        if (s.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        meta.bytes = s.size;
        buf = s.size > limit ? null : await readFile(source);
      }
    } catch (err) {
      yield { id: null, error: { code: 'E_READ', message: readFailure(err) }, meta };
      continue;
    }
    if (!buf) {
      yield { id: null, error: tooLong, meta };
      continue;
    }
    meta.bytes = buf.length;
    const decoded = decodeDocument(buf);
    if ('error' in decoded) yield { id: null, error: { code: 'E_BINARY', message: `${decoded.error}; expected a text file` }, meta };
    else yield { id: null, text: decoded.text, published: undefined, meta };
  }
}

/**
 * Splits a byte stream into lines, with constant memory: a line longer than
 * `maxBytes` is skipped (reported), and each line is checked as UTF-8.
 */
async function* lines(
  stream: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<{ line: number; bytes: number; text?: string; head?: string; error?: DocError } | { binary: string }> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  /** The start of a line that is too long (to report its id). */
  let head = '';
  const overflowNow = (piece: Buffer) => {
    if (!overflow) head = Buffer.concat([...parts, piece]).subarray(0, 512).toString('utf8');
    overflow = true;
    parts = [];
  };
  let line = 0;
  let first = true;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const finish = (bytes: number) => {
    line++;
    const buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    size = 0;
    if (overflow) {
      overflow = false;
      return { line, bytes, head, error: { code: 'E_LINE_TOO_LONG', message: `the line is longer than ${formatBytes(maxBytes)} (see --max-length)` } };
    }
    try {
      return { line, bytes, text: decoder.decode(buf) };
    } catch {
      return { line, bytes, error: { code: 'E_BINARY', message: 'the line is not UTF-8 text' } };
    }
  };
  let pendingBytes = 0;
  for await (const chunk of stream) {
    if (first) {
      first = false;
      const reason = binaryReason(chunk.subarray(0, 8192), true);
      if (reason) {
        yield { binary: reason };
        return;
      }
    }
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      if (!overflow && size + piece.length <= maxBytes) parts.push(piece);
      else overflowNow(piece);
      size += piece.length;
      const bytes = pendingBytes + piece.length + 1;
      pendingBytes = 0;
      yield finish(bytes);
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    if (rest.length) {
      if (!overflow && size + rest.length <= maxBytes) parts.push(Buffer.from(rest)); // copy: do not pin the chunk
      else overflowNow(rest);
      size += rest.length;
      pendingBytes += rest.length;
    }
  }
  if (size > 0 || overflow) yield finish(pendingBytes);
}

/** JSON Lines mode: every non-blank line of every input is one document. */
async function* jsonlDocuments(cli: Cli, failures: { count: number }): AsyncGenerator<Item<Meta>> {
  // A line holds the text (≤ 3 bytes per UTF-16 unit, ≤ 6 when escaped as \\uXXXX) and some fields.
  const maxBytes = cli.maxLength * 6 + 64 * 1024;
  for (const source of cli.files) {
    const stream: Readable = source === '-' ? process.stdin : createReadStream(source);
    let opened = true;
    if (source !== '-') {
      try {
        await once(stream, 'open');
      } catch (err) {
        opened = false;
        yield { id: null, error: { code: 'E_READ', message: readFailure(err) }, meta: { source, bytes: 0 } };
      }
    }
    if (!opened) continue;
    try {
      for await (const l of lines(stream as AsyncIterable<Buffer>, maxBytes)) {
        if ('binary' in l) {
          // Not JSON Lines at all: one report for the whole input, not one per "line".
          failures.count++;
          warn(`${label(source)}: ${l.binary}; expected JSON Lines (skipped)`);
          stream.destroy();
          break;
        }
        const meta: Meta = { source, line: l.line, bytes: l.bytes };
        if (l.error) {
          yield { id: l.head ? idGuess(l.head) : null, error: l.error, meta };
          continue;
        }
        const text = l.text!.charCodeAt(0) === 0xfeff ? l.text!.slice(1) : l.text!;
        if (!text.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (err) {
          yield { id: idGuess(text), error: { code: 'E_JSON', message: `invalid JSON: ${(err as Error).message}` }, meta };
          continue;
        }
        yield toItem(value, meta);
      }
    } catch (err) {
      yield { id: null, error: { code: 'E_READ', message: readFailure(err) }, meta: { source, bytes: 0 } };
    }
  }
}

/** The id of a broken JSON line, when it can be seen, so that the error record can be matched. */
function idGuess(text: string): string | number | null {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,15})\s*[,}]/.exec(text);
  if (!m) return null;
  try {
    return JSON.parse(m[1]!) as string | number;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Table

const useColor = () => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Wraps right-to-left text in a right-to-left isolate (U+2067 … U+2069) so that it does not reorder its neighbours. */
const isolate = (s: string) => (RTL.test(s) ? `\u2067${s}\u2069` : s);
/** Terminal columns: combining marks and format characters (isolates, marks) take none. */
const width = (s: string) => [...s.replace(/[\p{Mn}\p{Me}\p{Cf}]/gu, '')].length;
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

const SYMMETRIC = new Set(['meeting', 'call', 'message', 'agreement', 'negotiation']);

function roleText(e: Entity, nameOf: (id: string) => string): string {
  // `of` is a country code or an organization id: show the organization's name.
  const place = (x: string) => (x.includes(':') ? nameOf(x) : x);
  const roles = (e.roles ?? []).map((r) => {
    let s = `${r.role.replace(/-/g, ' ')} of ${place(r.of)}`;
    if (r.for) s += ` to ${place(r.for)}`;
    if (r.portfolio) s += ` (${r.portfolio})`;
    return s;
  });
  if (e.body) roles.unshift(e.body.replace(/-/g, ' '));
  return roles.join('; ') + (e.implicit ? ' (from the title)' : '');
}

function renderTable(result: ExtractResult, color: boolean, isolates: boolean): string {
  const b = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const lines: string[] = [];
  const names = new Map(result.entities.map((e) => [e.id, e.name.en || e.name.ar]));
  const nameOf = (id: string) => names.get(id) ?? id.replace(/^[a-z]+:/, '');
  const rows = result.entities.map((e) => [e.type, isolates ? isolate(e.name.ar) : e.name.ar, e.name.en, e.iso2 ?? e.country ?? '', roleText(e, nameOf)]);
  if (rows.length) {
    const head = ['type', 'arabic', 'english', 'country', 'role'];
    const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
    const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
    lines.push(b(`Entities (${rows.length})`), dim(line(head)), ...rows.map(line));
  } else lines.push(b('Entities: none'));
  lines.push('');
  if (result.relations.length) {
    lines.push(b(`Relations (${result.relations.length})`));
    const tw = Math.max(...result.relations.map((r) => r.type.length));
    for (const r of result.relations) lines.push(`${r.type.padEnd(tw)}  ${relationText(r, nameOf)}`);
  } else lines.push(b('Relations: none'));
  return lines.join('\n') + '\n';
}

function relationText(r: Relation, nameOf: (id: string) => string): string {
  const who = r.participants.map(nameOf);
  let s: string;
  if (r.type === 'visit') s = `${who.join(' & ') || '?'} → ${r.location ? nameOf(r.location) : '?'}`;
  else s = (who.length ? who : ['?']).join(SYMMETRIC.has(r.type) ? ' ⇄ ' : ' → ') + (r.location ? ` · in ${nameOf(r.location)}` : '');
  if (r.date) s += ` · ${r.date}`;
  if (r.topics.length) s += ` · ${r.topics.join(', ')}`;
  if (r.status === 'planned') s += ' · planned';
  return s;
}

// ---------------------------------------------------------------------------
// Main

async function main(argv: string[]): Promise<number> {
  let cli: Cli | 'help' | 'version';
  try {
    cli = parse(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${NAME}: ${err.message}\nTry '${NAME} --help' for more information.\n`);
      return 2;
    }
    throw err;
  }
  if (cli === 'help') {
    await out(HELP);
    return 0;
  }
  if (cli === 'version') {
    await out(`${version}\n`);
    return 0;
  }
  return run(cli);
}

/** How the documents of a run are written out. */
interface Sink {
  cli: Cli;
  batch: boolean;
  /** Several documents: the JSON output is an array, a table gets a title per document. */
  several: boolean;
  color: boolean;
}

/** Extracts from every input and writes the results; returns the exit code. */
async function run(cli: Cli): Promise<number> {
  // A missing or unreadable file is reported when its turn comes (E_READ) and the others are read.
  const total = await inputSize(cli.files);
  if (cli.files.includes('-') && process.stdin.isTTY)
    process.stderr.write(`${NAME}: reading the article from the terminal; end it with Ctrl-D (or see --help)\n`);

  const options: ExtractManyOptions = { jobs: cli.jobs === 'auto' ? autoJobs(total) : cli.jobs, maxLength: cli.maxLength };
  if (cli.date) options.publishedAt = cli.date;
  if (cli.lang) options.language = cli.lang;

  const batch = cli.jsonl;
  const sink: Sink = { cli, batch, several: batch || cli.files.length > 1, color: cli.format === 'table' && useColor() };
  const failures = { count: 0 };
  let documentsSeen = 0;
  if (sink.several) progress = new ProgressDisplay(total, cli.progress);
  const items = batch ? jsonlDocuments(cli, failures) : documents(cli);
  // Error records go to stdout in JSON formats; a table has no place for them, so they go to stderr.
  const errorsInline = cli.format !== 'table' && sink.several;

  if (cli.format === 'json' && sink.several) await out('[');
  try {
    for await (const o of runMany(items, options)) {
      progress?.add(o.item.meta.bytes, o.error !== undefined);
      if (o.error) {
        failures.count++;
        // an input that could not be read is named on stderr even when its error record goes to stdout
        if (!errorsInline || o.error.code === 'E_READ') warn(`${where(o.item.meta, o.item.id, batch)}: ${o.error.message} [${o.error.code}]`);
      }
      await writeOutcome(o, documentsSeen++ === 0, sink);
    }
  } catch (err) {
    progress?.clear();
    if ((err as { code?: string }).code?.startsWith('E_')) {
      process.stderr.write(`${NAME}: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
  if (cli.format === 'json' && sink.several) await out(`${documentsSeen ? '\n' : ''}]\n`);
  progress?.clear();
  const failed = failures.count && errorsInline ? `${failures.count} of ${documentsSeen} ${batch ? 'lines' : 'inputs'} failed (see the error records)` : '';
  if (progress && cli.summary) warn(`${progress.counts.summary()}${failed ? `; ${failed}` : ''}`);
  else if (failed) warn(failed);
  return failures.count ? 1 : 0;
}

/** Writes one document's record in the chosen format (`first`: the first document written). */
async function writeOutcome(o: Outcome<Meta>, first: boolean, { cli, batch, several, color }: Sink): Promise<void> {
  const record = toRecord(o, batch, cli.files.length > 1);
  if (cli.format === 'jsonl') {
    await out(`${JSON.stringify(record)}\n`);
  } else if (cli.format === 'json') {
    if (!several) {
      if (o.result) await out(`${JSON.stringify(o.result, null, cli.pretty ? 2 : undefined)}\n`);
    } else {
      const json = JSON.stringify(record, null, cli.pretty ? 2 : undefined);
      await out(`${first ? '' : ','}\n${cli.pretty ? json.replace(/^/gm, '  ') : json}`);
    }
  } else if (o.result) {
    const title = several ? `── ${where(o.item.meta, o.item.id, batch)} ${'─'.repeat(8)}\n` : '';
    await out(`${first ? '' : '\n'}${title}${renderTable(o.result, color, cli.isolates)}`);
  }
}

/** Bytes of the input files that can be seen (for the progress line and `--jobs auto`); undefined when stdin is read or none can. */
async function inputSize(files: string[]): Promise<number | undefined> {
  if (files.includes('-')) return undefined;
  let total = 0;
  for (const f of files) total += await stat(f).then((s) => (s.isFile() ? s.size : 0), () => 0);
  return total || undefined;
}

/** A short reason for a file that cannot be read. */
function readFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read: ${(err as Error).message}`;
}

function where(meta: Meta, id: string | number | null, batch: boolean): string {
  if (!batch) return label(meta.source);
  const parts = [];
  if (meta.source !== '-') parts.push(meta.source);
  if (meta.line !== undefined) parts.push(`line ${meta.line}`);
  if (id !== null) parts.push(`id ${JSON.stringify(id)}`);
  return parts.join(', ') || label(meta.source);
}

function toRecord(o: Outcome<Meta>, batch: boolean, manyFiles: boolean): Record<string, unknown> {
  const meta = o.item.meta;
  const head: Record<string, unknown> = batch ? { id: o.item.id } : { file: meta.source };
  if (batch && manyFiles) head.file = meta.source;
  if (o.error) return batch ? { ...head, line: meta.line ?? null, error: o.error } : { ...head, error: o.error };
  return { ...head, ...o.result };
}

process.stdout.on('error', onStdoutError);
process.once('SIGINT', () => {
  progress?.clear();
  process.exit(130);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    progress?.clear();
    process.stderr.write(`${NAME}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);

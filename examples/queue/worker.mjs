#!/usr/bin/env node
/**
 * Worker: takes article jobs from the BullMQ queue, extracts with the library, and stores each
 * result in Redis exactly once (see STORE in shared.mjs). Start as many as you have cores; each
 * builds the gazetteer once and extracts one document at a time (extraction is synchronous work).
 *
 * Failures:
 * - a document the library refuses (DiplomaticNerError: a text that is not a string, a bad
 *   date, too long) fails for good: it goes to the dead letters at once, with its error code;
 * - anything else thrown (a bug, a lost connection, an injected fault) is retried by BullMQ with
 *   backoff; on the last attempt the document goes to the dead letters with the error;
 * - a worker that dies holding a job: BullMQ sees the job's lock expire and gives it to another
 *   worker (a "stalled" job); the store is idempotent, so the document is stored once.
 *
 *   node examples/queue/worker.mjs --redis redis://127.0.0.1:6379 [--name w1] [--max-length N]
 *
 * For tests and drills, QUEUE_EXAMPLE_FAULTS="id:n,id:n" makes the first n attempts of the
 * document with that id throw, as a transient failure would.
 */
import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import { createExtractor, DiplomaticNerError } from 'arabic-diplomatic-ner';
import { client, connection, options, store } from './shared.mjs';

const opts = options({
  name: { type: 'string', default: `${hostname()}-${process.pid}` },
  'max-length': { type: 'string' },
  /** How long a job stays locked to a worker that stops answering (BullMQ's lockDuration). */
  'lock-ms': { type: 'string', default: '30000' },
});
const redis = client(opts.redis);
const extractor = createExtractor({ defaults: opts['max-length'] ? { maxLength: Number(opts['max-length']) } : {} });
// Build the gazetteer, read a title with a date and an English line now, not during the first jobs:
// the first call parses the office-holders and the first English text loads compromise (a second
// or more on a busy machine), and a job that blocks the event loop longer than its lock looks
// stalled to BullMQ.
extractor.extract('استقبل الرئيس الروسي وزير الخارجية الفرنسي في موسكو', { publishedAt: '2020-01-01' });
extractor.extract('The Russian president received the French foreign minister in Moscow.', { language: 'en', publishedAt: '2020-01-01' });

const faults = new Map(
  (process.env.QUEUE_EXAMPLE_FAULTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => [f.slice(0, f.lastIndexOf(':')), Number(f.slice(f.lastIndexOf(':') + 1))]),
);

/** The record of one document: its result, or why the library refused it. */
function extractOne({ id, text, published }) {
  try {
    return { kind: 'result', record: { id, ...extractor.extract(text, published ? { publishedAt: published } : {}) } };
  } catch (err) {
    if (!(err instanceof DiplomaticNerError)) throw err; // not the document's fault: let BullMQ retry
    return { kind: 'dead', record: { id, error: { code: err.code, message: err.message.replace(/^\[[A-Z_]+\] /, '') } } };
  }
}

async function processJob(job) {
  const { seq, id } = job.data;
  const attempt = job.attemptsMade + 1;
  try {
    if (attempt <= (faults.get(String(id)) ?? 0)) throw new Error(`injected fault (attempt ${attempt})`);
    const { kind, record } = extractOne(job.data);
    await store(redis, opts.queue, seq, record, kind, opts.name);
  } catch (err) {
    if (attempt < (job.opts.attempts ?? 1)) throw err; // BullMQ retries it after the backoff
    await deadLetter(job, err);
  }
}

/** A document out of attempts goes to the dead letters, with its last error. */
async function deadLetter(job, err) {
  const record = { id: job.data.id, error: { code: 'E_FAILED', message: String(err?.message ?? err) }, attempts: job.attemptsMade + 1 };
  await store(redis, opts.queue, job.data.seq, record, 'dead', opts.name);
}

const lockDuration = Number(opts['lock-ms']);
const worker = new Worker(opts.queue, processJob, {
  connection: connection(opts.redis),
  concurrency: 1,
  lockDuration,
  stalledInterval: Math.max(500, Math.round(lockDuration / 2)),
});
// A job that BullMQ fails without running it again (it stalled too often) goes to the dead letters too.
worker.on('failed', (job, err) => {
  if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void deadLetter(job, err).catch(() => {});
});
worker.on('error', (err) => console.error(`worker ${opts.name}: ${err.message}`));
worker.on('ready', () => console.error(`worker ${opts.name}: ready`));

async function stop() {
  await worker.close();
  redis.disconnect();
  process.exit(0);
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

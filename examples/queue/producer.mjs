#!/usr/bin/env node
/**
 * Producer: enqueues the articles of a JSON Lines file ({"id", "text", "published"} a line;
 * "publishedAt" is accepted too) as BullMQ jobs, one per document, numbered by their order in the
 * file (seq). The job id is the seq, so running the producer twice does not enqueue a document
 * twice while its job is known to the queue. A line that is not JSON goes straight to the dead
 * letters. Sets Q:total when every document is enqueued.
 *
 *   node examples/queue/producer.mjs --redis redis://127.0.0.1:6379 articles.jsonl
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Queue } from 'bullmq';
import { client, connection, keys, options, store } from './shared.mjs';

const opts = options({ attempts: { type: 'string', default: '3' } });
const file = opts.positionals[0];
if (!file) {
  console.error('usage: producer.mjs [--redis URL] [--queue NAME] [--attempts N] FILE.jsonl');
  process.exit(2);
}

const queue = new Queue(opts.queue, { connection: connection(opts.redis) });
const redis = client(opts.redis);
/** Retries of a job that throws (a transient failure): 3 attempts, 0.2 s then 0.4 s apart. */
const jobOptions = { attempts: Number(opts.attempts), backoff: { type: 'exponential', delay: 200 }, removeOnComplete: true, removeOnFail: 1000 };

let seq = 0;
let lineNo = 0;
let batch = [];
const flush = async () => {
  if (batch.length) await queue.addBulk(batch);
  batch = [];
};
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  lineNo++;
  if (!line.trim()) continue;
  const n = seq++;
  let doc;
  try {
    doc = JSON.parse(line);
  } catch (err) {
    await store(redis, opts.queue, n, { id: null, line: lineNo, error: { code: 'E_JSON', message: `invalid JSON: ${err.message}` } }, 'dead', 'producer');
    continue;
  }
  const data = { seq: n, id: doc?.id ?? null, text: doc?.text, published: doc?.published ?? doc?.publishedAt ?? null };
  batch.push({ name: 'extract', data, opts: { ...jobOptions, jobId: `doc-${n}` } });
  if (batch.length >= 100) await flush();
}
await flush();
await redis.set(keys(opts.queue).total, seq);
console.error(`producer: ${seq} documents enqueued on "${opts.queue}"`);
await queue.close();
redis.disconnect();

#!/usr/bin/env node
/**
 * Collector: writes the stored results out as JSON Lines, in the order of the input file,
 * as soon as each next document is done: {"id", ...result} for a document, {"id", "error", ...}
 * for a dead letter. It drops what it has written from Redis, so Redis holds only the results
 * not yet written. Ends when Q:total documents are written (or after --timeout-ms without progress,
 * exit 1). One collector per queue.
 *
 * A collector started again (after a crash) goes on from Q:written and appends to --out; a crash
 * between writing a chunk and marking it written (ACK) repeats that chunk's lines, at most 500.
 *
 *   node examples/queue/collector.mjs --redis redis://127.0.0.1:6379 --out results.jsonl
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { client, keys, options, sleep } from './shared.mjs';

const opts = options({ out: { type: 'string' }, 'timeout-ms': { type: 'string', default: '120000' } });
const redis = client(opts.redis);
const k = keys(opts.queue);
// Resuming a run (something was written already): append to the output instead of starting it anew.
const resuming = Number((await redis.get(k.written)) ?? 0) > 0;
const out = opts.out ? createWriteStream(opts.out, { flags: resuming ? 'a' : 'w' }) : process.stdout;
const timeout = Number(opts['timeout-ms']);

const started = Date.now();
let written = 0;
let dead = 0;
let lastProgress = Date.now();
for (;;) {
  const [from, ...ready] = await redis.adnPeek(k.results, k.dead, k.written, 500);
  written = Number(from);
  if (ready.length) {
    let chunk = '';
    for (let i = 0; i < ready.length; i += 2) {
      if (ready[i] === 'dead') dead++;
      chunk += `${ready[i + 1]}\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
    await redis.adnAck(k.results, k.dead, k.written, from, ready.length / 2);
    written = Number(from) + ready.length / 2;
    lastProgress = Date.now();
    continue;
  }
  const total = await redis.get(k.total);
  if (total !== null && written >= Number(total)) break;
  if (Date.now() - lastProgress > timeout) {
    console.error(`collector: no document done for ${timeout} ms; ${written} written${total === null ? '' : ` of ${total}`}`);
    process.exitCode = 1;
    break;
  }
  await sleep(20);
}
if (out !== process.stdout) {
  out.end();
  await once(out, 'finish');
}
const secs = (Date.now() - started) / 1000;
console.error(`collector: ${written} documents written (${dead} dead letters) in ${secs.toFixed(2)} s, ${(written / secs).toFixed(0)} documents/s`);
redis.disconnect();

#!/usr/bin/env node
/**
 * The whole queue example in one command: starts a throw-away redis-server (unless --redis is
 * given), N workers, the producer on a JSON Lines file and the collector, then prints the
 * throughput on stderr and stops everything. The results go to --out (default: stdout).
 *
 *   node examples/queue/run.mjs [--workers 2] [--out results.jsonl] [FILE.jsonl]
 *   npm run example -- queue [same options]
 *
 * In production each piece runs on its own (a systemd unit, a container): producer.mjs wherever
 * articles arrive, worker.mjs on every machine with cores to spare, collector.mjs once.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startRedis } from './local-redis.mjs';
import { options } from './shared.mjs';

const opts = options({ workers: { type: 'string', default: '2' }, out: { type: 'string' } });
const file = opts.positionals[0] ?? fileURLToPath(new URL('../articles.jsonl', import.meta.url));
const given = process.argv.some((a) => a === '--redis' || a.startsWith('--redis='));
const server = given ? undefined : await startRedis();
const url = server?.url ?? opts.redis;
const queue = `${opts.queue}-${process.pid}`;

/** Runs one piece of the example as a child process; resolves with its exit code. */
function piece(script, args, stdout = 'inherit') {
  const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), '--redis', url, '--queue', queue, ...args], { stdio: ['ignore', stdout, 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise((resolve) => child.stderr.on('data', () => log.includes(': ready') && resolve()));
  return { child, exited, ready, log: () => log };
}

const workers = Array.from({ length: Number(opts.workers) }, (_, i) => piece('worker.mjs', ['--name', `w${i + 1}`]));
let code = 1;
try {
  await Promise.race([Promise.all(workers.map((w) => w.ready)), ...workers.map((w) => w.exited.then(() => Promise.reject(new Error(`a worker stopped:\n${w.log()}`))))]);
  const t0 = Date.now();
  const producer = piece('producer.mjs', [file]);
  const collector = piece('collector.mjs', opts.out ? ['--out', opts.out] : [], opts.out ? 'ignore' : 'inherit');
  const [p, c] = await Promise.all([producer.exited, collector.exited]);
  const secs = (Date.now() - t0) / 1000;
  const total = /(\d+) documents written \((\d+) dead/.exec(collector.log());
  process.stderr.write(producer.log() + collector.log());
  if (total) console.error(`queue: ${total[1]} documents (${total[2]} dead letters), ${workers.length} worker${workers.length === 1 ? '' : 's'}, ${secs.toFixed(2)} s, ${(Number(total[1]) / secs).toFixed(0)} documents/s`);
  code = p === 0 && c === 0 ? 0 : 1;
} finally {
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
  await server?.stop();
}
process.exit(code);

/**
 * queue: the library as a worker of a BullMQ job queue on Redis (examples/queue/): a producer
 * enqueues the articles of a JSON Lines file, worker processes extract and store the results in
 * Redis exactly once (retries, dead letters), a collector writes them out in input order.
 * Needs redis-server on the PATH (Debian: apt-get install -y redis-server) and the dev
 * dependencies (bullmq, ioredis).
 *
 *   npm run example -- queue                              # examples/articles.jsonl, 2 workers
 *   npm run example -- queue --workers 3 --out results.jsonl my-articles.jsonl
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const run = fileURLToPath(new URL('./queue/run.mjs', import.meta.url));
const result = spawnSync(process.execPath, [run, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);

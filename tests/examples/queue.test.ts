// The queue example (examples/queue/) end to end: a local redis-server, the producer, two workers
// and the collector on 500 documents of our own; one worker is killed midway (SIGKILL, holding
// whatever job it had), and every document must come out exactly once, in input order.
// Skips only where redis-server is absent and CI is not set: CI installs it (.ci/run).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { hasRedisServer, startRedis } from '../../examples/queue/local-redis.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'queue');
const N = 500;

// Sentences of our own, varied in actors, places, days and topics.
const SIDES = [
  ['الروسي', 'موسكو'],
  ['المغربي', 'الرباط'],
  ['المصري', 'القاهرة'],
  ['الأردني', 'عمان'],
  ['السعودي', 'الرياض'],
  ['التركي', 'أنقرة'],
  ['الفرنسي', 'باريس'],
] as const;
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس'];
const TOPICS = ['التعاون الاقتصادي', 'الأوضاع في المنطقة', 'العلاقات الثنائية', 'أمن الطاقة'];

function text(i: number): string {
  const [a] = SIDES[i % SIDES.length]!;
  const [b, city] = SIDES[(i * 3 + 1) % SIDES.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const day = DAYS[i % DAYS.length]!;
  return i % 2
    ? `التقى وزير الخارجية ${a} نظيره ${b} في ${city} يوم ${day}، وبحث الجانبان ${topic}. (النشرة ${i})`
    : `أجرى وزير الخارجية ${a} اتصالا هاتفيا مع نظيره ${b}، تناول ${topic}. (النشرة ${i})`;
}

interface Line {
  id: string;
  text?: string;
  published?: string;
  publishedAt?: string;
}

/** 500 lines: documents, a bad date, a line that is not JSON, a flaky document and a broken one. */
function corpus(): { lines: string[]; docs: Line[] } {
  const docs: Line[] = [];
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const id = i === 100 ? 'flaky' : i === 200 ? 'broken' : `doc-${i}`;
    const doc: Line = { id, text: text(i) };
    if (i === 300) doc.published = 'someday';
    else if (i % 3 === 0) doc.publishedAt = `2023-0${1 + (i % 9)}-1${i % 10}`;
    else if (i % 3 === 1) doc.published = `2024-0${1 + (i % 9)}-2${i % 8}`;
    docs.push(doc);
    lines.push(i === 400 ? '{"id": "cut-off", "text": "التقى' : JSON.stringify(doc));
  }
  return { lines, docs };
}

const canRun = hasRedisServer() || Boolean(process.env.CI);
let stopRedis: (() => Promise<void>) | undefined;
const children: ChildProcess[] = [];
let dir = '';

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await stopRedis?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function start(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(EXAMPLE, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', () => stderr.includes(': ready') && resolve());
    void exited.then(() => reject(new Error(`${script} exited before it was ready:\n${stderr}`)));
  });
  ready.catch(() => {}); // awaited for workers only
  return { child, exited, ready, stderr: () => stderr };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let url = '';

describe.skipIf(!canRun)('examples/queue: BullMQ on Redis', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'adn-queue-'));
    const redisServer = await startRedis();
    stopRedis = redisServer.stop;
    url = redisServer.url;
  }, 30_000);

  it('processes 500 documents exactly once, in order, with a worker killed midway, retries and dead letters', async () => {
    const { lines, docs } = corpus();
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);

    const common = ['--redis', url, '--queue', 'test'];
    const faults = { QUEUE_EXAMPLE_FAULTS: 'flaky:1,broken:99' };
    const w1 = start('worker.mjs', [...common, '--name', 'w1', '--lock-ms', '2000'], faults);
    const w2 = start('worker.mjs', [...common, '--name', 'w2', '--lock-ms', '2000'], faults);
    await Promise.all([w1.ready, w2.ready]);

    const t0 = Date.now();
    const producer = start('producer.mjs', [...common, input]);
    const collector = start('collector.mjs', [...common, '--out', output, '--timeout-ms', '30000']);

    // Kill w1 once both workers have stored some documents, well before the end.
    const redis = new Redis(url);
    let atKill = { w1: 0, total: 0 };
    for (let tries = 0; tries < 3000; tries++) {
      const by = await redis.hgetall('test:by-worker');
      const total = Object.values(by).reduce((n, v) => n + Number(v), 0);
      if (Number(by.w1 ?? 0) >= 20 && Number(by.w2 ?? 0) >= 1) {
        w1.child.kill('SIGKILL');
        atKill = { w1: Number(by.w1), total };
        break;
      }
      await sleep(5);
    }
    expect(atKill.w1).toBeGreaterThanOrEqual(20);
    expect(atKill.total).toBeLessThan(N - 100); // midway: most documents were still to do

    expect(await producer.exited).toBe(0);
    expect(await collector.exited, collector.stderr()).toBe(0);
    const seconds = (Date.now() - t0) / 1000;
    console.log(`queue example: ${N} documents, 2 workers (one killed midway), ${seconds.toFixed(1)} s, ${(N / seconds).toFixed(0)} documents/s`);

    const out = readFileSync(output, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // Every document once, in input order (the cut-off line has no id: it is reported by line)
    expect(out).toHaveLength(N);
    expect(out.map((o) => o.id)).toEqual(docs.map((d, i) => (i === 400 ? null : d.id)));
    // Results equal the library's own, with the date from "published" or "publishedAt"
    for (const [i, o] of out.entries()) {
      if ([200, 300, 400].includes(i)) continue;
      const d = docs[i]!;
      const day = d.published ?? d.publishedAt;
      expect(o).toEqual({ id: d.id, ...extract(d.text!, day ? { publishedAt: day } : {}) });
    }
    expect(out[100]!.relations).toHaveLength(1); // flaky: failed once, retried, done
    // Dead letters: a date the library refuses (at once), a document out of attempts, a line that is not JSON
    expect(out[300]).toMatchObject({ id: 'doc-300', error: { code: 'E_DATE' } });
    expect(out[200]).toEqual({ id: 'broken', error: { code: 'E_FAILED', message: 'injected fault (attempt 3)' }, attempts: 3 });
    expect(out[400]).toMatchObject({ id: null, line: 401, error: { code: 'E_JSON' } });

    // Both workers stored documents, each document was stored once, and nothing is left in Redis
    const by = await redis.hgetall('test:by-worker');
    expect(Number(by.w1)).toBeGreaterThanOrEqual(atKill.w1);
    expect(Number(by.w2)).toBeGreaterThan(0);
    expect(Number(by.w1) + Number(by.w2) + Number(by.producer)).toBe(N);
    expect(await redis.hlen('test:results')).toBe(0);
    expect(await redis.hlen('test:dead')).toBe(0);
    expect(await redis.get('test:written')).toBe(String(N));
    redis.disconnect();

    w2.child.kill('SIGTERM');
    expect(await w2.exited).toBe(0);
  }, 60_000);

  it('runs as `npm run example -- queue`: its own redis-server, the workers, the results in input order', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'example.mjs'), 'queue', '--workers', '1'], { cwd: ROOT, encoding: 'utf8', timeout: 45_000 });
    expect(r.status, r.stderr).toBe(0);
    const input = readFileSync(join(ROOT, 'examples', 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; entities: unknown[] });
    expect(out.map((o) => o.id)).toEqual(input.map((d) => d.id));
    expect(out.every((o) => o.entities.length > 0)).toBe(true);
    expect(r.stderr).toMatch(/queue: \d+ documents \(0 dead letters\), 1 worker, [\d.]+ s, \d+ documents\/s/);
  }, 60_000);

  it('a collector started again goes on where the last one stopped, appending; re-enqueued documents are not stored twice', async () => {
    const docs = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r-${i}`, text: text(i) }));
    const part = join(dir, 'part.jsonl');
    const whole = join(dir, 'whole.jsonl');
    const output = join(dir, 'resume.out.jsonl');
    writeFileSync(part, `${docs.slice(0, 15).join('\n')}\n`);
    writeFileSync(whole, `${docs.join('\n')}\n`);
    const common = ['--redis', url, '--queue', 'resume'];
    const w = start('worker.mjs', [...common, '--name', 'only']);
    await w.ready;
    // A first run over the first 15 lines of the file
    expect(await start('producer.mjs', [...common, part]).exited).toBe(0);
    expect(await start('collector.mjs', [...common, '--out', output]).exited).toBe(0);
    expect(readFileSync(output, 'utf8').trimEnd().split('\n')).toHaveLength(15);
    // The whole file enqueued again (its first 15 documents a second time), and a new collector
    expect(await start('producer.mjs', [...common, whole]).exited).toBe(0);
    expect(await start('collector.mjs', [...common, '--out', output]).exited).toBe(0);
    const out = readFileSync(output, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; entities?: unknown[] });
    expect(out.map((o) => o.id)).toEqual(docs.map((_, i) => `r-${i}`));
    expect(out.every((o) => Array.isArray(o.entities))).toBe(true);
    const redis = new Redis(url);
    // the worker ran the first 15 twice, and stored each document once
    expect(await redis.hget('resume:by-worker', 'only')).toBe('40');
    redis.disconnect();
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  }, 60_000);
});

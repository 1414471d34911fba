/**
 * What the producer, the workers and the collector of the queue example share:
 * the command-line options, the Redis connection, the key names, and two Lua
 * scripts that make storing and collecting results exactly-once.
 *
 * Keys, for a queue named Q (default "articles"):
 *   Q:results   hash  seq → {"id", ...result}        written by the workers
 *   Q:dead      hash  seq → {"id", "error", ...}     the dead-letter list: documents that failed for good
 *   Q:written   string  how many documents (by seq) the collector has written out
 *   Q:total     string  how many documents the producer enqueued (set when it is done)
 *   Q:by-worker hash  worker name → documents it stored (to see who did what)
 * BullMQ keeps its own keys under bull:Q:*.
 */
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';

/** Parses `--name value` options; every example takes --redis and --queue. */
export function options(spec) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      redis: { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      queue: { type: 'string', default: 'articles' },
      ...spec,
    },
  });
  return { ...values, positionals };
}

/** Host and port of a redis:// URL, as BullMQ and ioredis take them. */
export function connection(url) {
  const u = new URL(url);
  const c = { host: u.hostname || '127.0.0.1', port: Number(u.port || 6379), maxRetriesPerRequest: null };
  if (u.password) c.password = decodeURIComponent(u.password);
  if (u.pathname.length > 1) c.db = Number(u.pathname.slice(1));
  return c;
}

export const keys = (queue) => ({
  results: `${queue}:results`,
  dead: `${queue}:dead`,
  written: `${queue}:written`,
  total: `${queue}:total`,
  byWorker: `${queue}:by-worker`,
});

/**
 * Stores the record of document `seq` once: not if the collector has already written it out
 * (seq below Q:written), not if a record for it is stored already (a job run twice, after its
 * worker died holding it). KEYS: results, dead, written, by-worker. ARGV: seq, record, "result" or
 * "dead", worker name. Returns 1 when stored, 0 when it was a duplicate.
 */
const STORE = `
local seq = tonumber(ARGV[1])
if seq < tonumber(redis.call('GET', KEYS[3]) or '0') then return 0 end
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 or redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 0 end
if ARGV[3] == 'result' then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) else redis.call('HSET', KEYS[2], ARGV[1], ARGV[2]) end
redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
return 1
`;

/**
 * The records ready to be written in order: from Q:written on, as long as each next seq has a
 * result or a dead letter, at most ARGV[1] of them. KEYS: results, dead, written.
 * Returns [first seq, kind, record, kind, record, ...].
 */
const PEEK = `
local from = tonumber(redis.call('GET', KEYS[3]) or '0')
local out = { from }
for seq = from, from + tonumber(ARGV[1]) - 1 do
  local r = redis.call('HGET', KEYS[1], seq)
  local kind = 'result'
  if not r then r = redis.call('HGET', KEYS[2], seq); kind = 'dead' end
  if not r then break end
  out[#out + 1] = kind
  out[#out + 1] = r
end
return out
`;

/** Marks ARGV[2] records from seq ARGV[1] on as written: drops them and moves Q:written on. KEYS: results, dead, written. */
const ACK = `
local from = tonumber(ARGV[1])
if tonumber(redis.call('GET', KEYS[3]) or '0') ~= from then return redis.error_reply('the collector is not alone') end
for seq = from, from + tonumber(ARGV[2]) - 1 do
  redis.call('HDEL', KEYS[1], seq)
  redis.call('HDEL', KEYS[2], seq)
end
redis.call('SET', KEYS[3], from + tonumber(ARGV[2]))
return 1
`;

/** An ioredis client with the example's scripts as commands: store, peek, ack. */
export function client(url) {
  const redis = new Redis(connection(url));
  redis.defineCommand('adnStore', { numberOfKeys: 4, lua: STORE });
  redis.defineCommand('adnPeek', { numberOfKeys: 3, lua: PEEK });
  redis.defineCommand('adnAck', { numberOfKeys: 3, lua: ACK });
  return redis;
}

/** Stores a document's result (or dead letter) exactly once; true when this call stored it. */
export async function store(redis, queue, seq, record, kind, worker) {
  const k = keys(queue);
  return (await redis.adnStore(k.results, k.dead, k.written, k.byWorker, seq, JSON.stringify(record), kind, worker)) === 1;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a throw-away redis-server for the example's demo and its test: on a free port of the
 * loopback interface only, nothing saved to disk, in a temporary folder that stop() removes.
 * Needs Debian's redis-server (`apt-get install -y redis-server`) on the PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when a redis-server can be started. */
export function hasRedisServer() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A port free on 127.0.0.1 now (the kernel picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** One attempt: resolves when the server accepts connections, rejects if it exits or takes longer than `ms`. */
function launch(port, dir, ms) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'notice'];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start within ${ms} ms:\n${log}`));
    }, ms);
    child.stdout.on('data', (d) => {
      log += d;
      if (log.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr.on('data', (d) => (log += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${log}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start redis-server (${err.message}): install it, e.g. apt-get install -y redis-server`));
    });
  });
}

/**
 * Starts redis-server; returns its URL and stop(), which ends it and removes its folder.
 * Tries three ports, in case another process takes the free one first.
 */
export async function startRedis({ timeoutMs = 10_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'adn-redis-'));
  let lastError;
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    try {
      const child = await launch(port, dir, timeoutMs);
      const stop = async () => {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          const t = setTimeout(() => child.kill('SIGKILL'), 3000);
          await exited;
          clearTimeout(t);
        }
        rmSync(dir, { recursive: true, force: true });
      };
      return { url: `redis://127.0.0.1:${port}`, port, stop };
    } catch (err) {
      lastError = err;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
let dir = '';

// CI runs `npm run build` first; a fresh checkout builds here once.
beforeAll(() => {
  if (!existsSync(CLI)) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'adner-cli-'));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره المغربي ناصر بوريطة في موسكو يوم الجمعة، وبحثا العلاقات الثنائية.';
const SECOND = 'أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع العاهل الأردني الملك عبد الله الثاني.';

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', cwd: dir, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ids = (result: { entities: Array<{ id: string }> }) => result.entities.map((e) => e.id);

describe('cli: documents', () => {
  it('reads a file and prints JSON when stdout is not a terminal', () => {
    const r = run(['--date', '2023-09-01', file('a.txt', ARTICLE)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.language).toBe('ar');
    expect(ids(result)).toEqual(expect.arrayContaining(['person:sergei-lavrov', 'country:MA', 'city:moscow']));
    expect(result.relations[0]).toMatchObject({ type: 'meeting', location: 'city:moscow', date: '2023-09-01' });
    const m = result.entities[0].mentions[0];
    expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads stdin, and "-" means stdin', () => {
    for (const args of [[], ['-']]) {
      const r = run(['-d', '2023-09-01', ...args], ARTICLE);
      expect(r.code).toBe(0);
      expect(ids(JSON.parse(r.stdout))).toContain('person:sergei-lavrov');
    }
  });

  it('without --date, titles are not pinned to a day and dates stay null', () => {
    const r = run([], ARTICLE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).relations[0].date).toBeNull();
  });

  it('--pretty indents; a BOM and CRLF are fine', () => {
    const r = run(['--pretty', file('bom.txt', `\ufeff${ARTICLE}\r\n`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"language": "ar",/);
    expect(ids(JSON.parse(r.stdout))).toContain('person:sergei-lavrov');
  });

  it('prints a table: aligned entities, Arabic in isolates (--isolates), relations with ⇄', () => {
    const r = run(['--format', 'table', '--isolates', '--date', '2023-09-01', file('a.txt', ARTICLE)]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Entities \(\d+\)$/);
    expect(lines[1]).toMatch(/^type\s+arabic\s+english\s+country\s+role$/);
    const lavrov = lines.find((l) => l.includes('Sergei Lavrov') && l.startsWith('person'));
    expect(lavrov).toContain('\u2067سيرغي لافروف\u2069');
    expect(lavrov).toMatch(/\bRU\s+foreign minister of RU$/);
    // Columns line up: "english" starts at the same column on every row (isolates take no column).
    const col = (l: string) => [...l.replace(/[\u2067\u2069]/g, '')].join('').indexOf(l.includes('Sergei') ? 'Sergei' : 'english');
    expect(col(lavrov!)).toBe(col(lines[1]!));
    expect(r.stdout).toMatch(/^meeting {2}Sergei Lavrov ⇄ Nasser Bourita · in Moscow · 2023-09-01 · bilateral-relations$/m);
  });

  it('leaves the isolates out of a table written to a pipe or a file (pagers and logs show them as codes)', () => {
    const r = run(['--format', 'table', '--date', '2023-09-01', file('a.txt', ARTICLE)]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u2066-\u2069]/);
    expect(r.stdout).toMatch(/^person +سيرغي لافروف +Sergei Lavrov +RU +foreign minister of RU$/m);
  });

  it('a missing file among several: the others are read, the missing one is named, exit 1', () => {
    const a = file('one.txt', ARTICLE);
    const b = file('two.txt', SECOND);
    const r = run(['-f', 'jsonl', a, join(dir, 'gone.txt'), b]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual([a, join(dir, 'gone.txt'), b]);
    expect(out[1]).toEqual({ file: join(dir, 'gone.txt'), error: { code: 'E_READ', message: 'no such file' } });
    expect(ids(out[0])).toContain('person:sergei-lavrov');
    expect(ids(out[2])).toContain('person:abdel-fattah-el-sisi');
    expect(r.stderr).toMatch(/gone\.txt: no such file \[E_READ\]/);
    // the table format, and the JSON array, go on too
    const table = run(['-f', 'table', a, join(dir, 'gone.txt'), b]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('Sergei Lavrov');
    expect(table.stdout).toContain('Abdel Fattah el-Sisi');
    expect(table.stderr).toMatch(/gone\.txt: no such file/);
    expect(JSON.parse(run([a, join(dir, 'gone.txt')]).stdout)).toHaveLength(2);
  });

  it('a single missing file or a directory is an input that failed (exit 1), not a usage error', () => {
    let r = run(['missing-file.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/missing-file\.txt: no such file/);
    r = run(['.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a directory/);
    r = run(['--jsonl', 'missing.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.jsonl: no such file/);
  });

  it('ends a run of several inputs with a summary on stderr: documents, failures, time, rate; -q leaves it out', () => {
    const a = file('one.txt', ARTICLE);
    const r = run([a, join(dir, 'gone.txt')]);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^arabic-diplomatic-ner: 2 documents, 1 failed, in \d+\.\d+ s \([\d.]+ documents\/s\); 1 of 2 inputs failed \(see the error records\)$/,
    );
    const one = run(['--jsonl', file('one.jsonl', `${JSON.stringify({ id: 1, text: ARTICLE })}\n`)]);
    expect(one.stderr).toMatch(/^arabic-diplomatic-ner: 1 document, 0 failed, in \d+\.\d+ s \([\d.]+ documents\/s\)\n$/);
    expect(run(['-q', a, join(dir, 'gone.txt')]).stderr).not.toMatch(/documents\/s/);
  });

  it('several files: a JSON array with the file names, in order', () => {
    const a = file('one.txt', ARTICLE);
    const b = file('two.txt', SECOND);
    const r = run([a, b]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((x: { file: string }) => x.file)).toEqual([a, b]);
    expect(ids(out[1])).toContain('person:abdel-fattah-el-sisi');
    const lines = run(['-f', 'jsonl', a, b]).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([a, b]);
  });

  it('empty input is not an error', () => {
    const r = run([], '');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ language: 'und', entities: [], relations: [] });
  });

  it('reports a binary file without crashing, goes on with the others, and exits 1', () => {
    const bin = file('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x00]));
    const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const ok = file('ok.txt', ARTICLE);
    let r = run([bin]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/image\.bin: binary data/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    r = run([latin1]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not UTF-8/);
    r = run(['-f', 'jsonl', bin, ok]);
    expect(r.code).toBe(1);
    const [first, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ file: bin, error: { code: 'E_BINARY' } });
    expect(ids(second)).toContain('person:sergei-lavrov');
    r = run([], Buffer.from([0, 1, 2, 3, 0xff]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin: binary data/);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const r = run([file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]))]);
    expect(r.code).toBe(0);
    expect(ids(JSON.parse(r.stdout))).toContain('person:sergei-lavrov');
  });

  it('a text over --max-length fails with exit code 1', () => {
    const r = run(['--max-length', '20', file('a.txt', ARTICLE)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/longer than/);
  });
});

describe('cli: --jsonl batches', () => {
  const batch = () =>
    [
      JSON.stringify({ id: 'a', text: ARTICLE, published: '2023-09-01' }),
      JSON.stringify({ id: 'b', text: SECOND, published: '2024-02-12' }),
      '{"id": "broken", "text": "التقى',
      '',
      JSON.stringify({ id: 'no-text', body: ARTICLE }),
      JSON.stringify({ id: 'bad-date', text: ARTICLE, published: 'yesterday' }),
      JSON.stringify({ id: 7, text: ARTICLE }),
      '[1, 2]',
    ].join('\n') + '\n';

  it('writes one line per document, in order, with error records for bad lines, and exits 1', () => {
    const r = run(['--jsonl', file('batch.jsonl', batch())]);
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'broken', 'no-text', 'bad-date', 7, null]);
    expect(ids(out[0])).toContain('person:sergei-lavrov');
    expect(out[0].relations[0].date).toBe('2023-09-01');
    expect(ids(out[1])).toContain('person:abdullah-ii-of-jordan');
    expect(out[2]).toEqual({ id: 'broken', line: 3, error: { code: 'E_JSON', message: expect.stringMatching(/invalid JSON/) } });
    expect(out[3]).toMatchObject({ id: 'no-text', line: 5, error: { code: 'E_DOC' } });
    expect(out[4]).toMatchObject({ id: 'bad-date', line: 6, error: { code: 'E_DATE' } });
    expect(out[5].relations[0].date).toBeNull();
    expect(out[6]).toMatchObject({ id: null, line: 8, error: { code: 'E_DOC' } });
    expect(r.stderr).toMatch(/4 of 7 lines failed/);
  });

  it('takes the publication date from "published" or "publishedAt" (the option\'s name)', () => {
    const lines = [
      JSON.stringify({ id: 'p', text: ARTICLE, published: '2023-09-01' }),
      JSON.stringify({ id: 'pa', text: ARTICLE, publishedAt: '2023-09-01' }),
      JSON.stringify({ id: 'both', text: ARTICLE, published: '2023-09-01', publishedAt: '2023-09-01' }),
      JSON.stringify({ id: 'clash', text: ARTICLE, published: '2023-09-01', publishedAt: '2024-01-01' }),
      JSON.stringify({ id: 'bad', text: ARTICLE, publishedAt: 'last week' }),
    ];
    const r = run(['--jsonl', '-q'], lines.join('\n'));
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.slice(0, 3).map((o) => o.relations[0].date)).toEqual(['2023-09-01', '2023-09-01', '2023-09-01']);
    expect(out[3]).toMatchObject({ id: 'clash', error: { code: 'E_DOC', message: expect.stringMatching(/both "published" and "publishedAt"/) } });
    expect(out[4]).toMatchObject({ id: 'bad', error: { code: 'E_DATE', message: expect.stringMatching(/^"publishedAt" must be a date/) } });
  });

  it('gives the same output with --jobs 2 (worker threads)', () => {
    const path = file('batch.jsonl', batch());
    const serial = run(['--jsonl', path]);
    const parallel = run(['--jsonl', '--jobs', '2', path]);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(serial.stdout);
  }, 60_000);

  it('keeps the order of a larger batch over workers, from stdin', () => {
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? ARTICLE : SECOND }));
    const r = run(['--jsonl', '-j', '2'], lines.join('\n'));
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => i));
  }, 60_000);

  it('reports a binary file once instead of one error per "line"', () => {
    const noise = Buffer.alloc(20_000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    const r = run(['--jsonl', file('noise.jsonl', noise)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/noise\.jsonl: binary data.*expected JSON Lines/);
  });

  it('skips a line too long to hold (constant memory), keeping its id', () => {
    const path = file('long.jsonl', `${JSON.stringify({ id: 'long', text: 'ا'.repeat(100_000) })}\n${JSON.stringify({ id: 'ok', text: 'التقى لافروف' })}\n`);
    const r = run(['--jsonl', '--max-length', '100', path]);
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ id: 'long', line: 1, error: { code: 'E_LINE_TOO_LONG' } });
    expect(out[1]).toMatchObject({ id: 'ok', language: 'ar' });
  });

  it('can print a table per document', () => {
    const r = run(['--jsonl', '-f', 'table', file('batch.jsonl', batch())]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/── .*batch\.jsonl, line 1, id "a" ─+\nEntities/);
    expect(r.stderr).toMatch(/line 3, id "broken": invalid JSON/);
  });

  it('stops quietly when the reader goes away (| head)', async () => {
    const big = file('big.jsonl', Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: ARTICLE })).join('\n'));
    const child = spawn(process.execPath, [CLI, '--jsonl', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    const gotData = await Promise.race([new Promise<boolean>((resolve) => child.stdout.once('data', () => resolve(true))), closed.then(() => false)]);
    expect(gotData).toBe(true);
    child.stdout.destroy();
    const code = await closed;
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);

  it('with --jobs 2, stops the workers and exits promptly when the reader goes away', async () => {
    const big = file('big2.jsonl', Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, text: ARTICLE })).join('\n'));
    const child = spawn(process.execPath, [CLI, '--jsonl', '--jobs', '2', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const t0 = Date.now();
    child.stdout.destroy();
    const code = await closed;
    // the whole input takes several seconds; the run must end long before
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});

describe('cli: usage', () => {
  it('--help and --version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: arabic-diplomatic-ner \[options\] \[file \.\.\.\]/);
    expect(help.stdout).toContain('--jsonl');
    // what "auto" means, as the code does it (autoJobs in src/many.ts)
    expect(help.stdout).toMatch(/"auto": one per CPU\s+less one, but 1 \(no workers\) with two CPUs or\s+fewer, or for files under 4 MB/);
    expect(help.stdout).not.toMatch(/one per CPU\)/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--date', '2023-02-30'], /--date must be a day as YYYY-MM-DD/],
    [['--date'], /argument missing/],
    [['--lang', 'fr'], /--lang must be ar, en or auto/],
    [['--format', 'xml'], /--format must be table, json or jsonl/],
    [['--jobs', '0'], /--jobs must be a number/],
    [['--max-length', '-1'], /--max-length/],
    [['--jsonl', '--pretty'], /--pretty applies to --format json only/],
    [['-', '-'], /stdin/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Try 'arabic-diplomatic-ner --help'");
  });
});

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiplomaticNerError } from '../src/errors.js';
import { createExtractor, extract } from '../src/extract.js';
import { AUTO_MIN_BYTES, autoJobs, extractMany, type Doc, type ManyResult } from '../src/many.js';

const ROOT = new URL('..', import.meta.url);

// jobs > 1 runs the built library (dist/index.js) in worker threads; CI builds before testing.
beforeAll(() => {
  if (!existsSync(new URL('dist/index.js', ROOT))) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

const AR = [
  'التقى وزير الخارجية الروسي سيرغي لافروف نظيره المغربي في موسكو يوم الجمعة، وبحثا العلاقات الثنائية.',
  'أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره المصري.',
  'وصل وزير الخارجية الروسي سيرغي لافروف إلى الرباط في زيارة رسمية.',
];

async function collect(gen: AsyncIterable<ManyResult>): Promise<ManyResult[]> {
  const out: ManyResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

function docs(n: number): Doc[] {
  return Array.from({ length: n }, (_, i) => ({ id: `doc-${i}`, text: `${AR[i % AR.length]!} ${'و'.repeat(i % 7)}`, published: '2023-09-01' }));
}

/** A fictional minister added at run time (never a real person). */
const EXAMPLE_ENVOY = {
  type: 'person',
  id: 'person:example-envoy',
  name: { en: 'Example Envoy', ar: 'زيد المثالي' },
  country: 'MA',
  roles: [{ role: 'foreign-minister', of: 'MA', from: '2030-01-01' }],
} as never;

describe('extractMany', () => {
  it('yields one result per document, in input order, with ids', async () => {
    const input = docs(7);
    const out = await collect(extractMany(input));
    expect(out.map((r) => r.id)).toEqual(input.map((d) => (d as { id: string }).id));
    expect(out.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const [i, r] of out.entries()) {
      expect('error' in r).toBe(false);
      const expected = extract((input[i] as { text: string }).text, { publishedAt: '2023-09-01' });
      expect(r).toEqual({ id: `doc-${i}`, index: i, ...expected });
    }
  });

  it('accepts plain strings and async iterables', async () => {
    async function* gen() {
      yield AR[0]!;
      yield { text: AR[1]! };
    }
    const out = await collect(extractMany(gen(), { publishedAt: '2023-09-01' }));
    expect(out).toHaveLength(2);
    expect(out[0]!.id).toBeNull();
    expect('entities' in out[0]! && out[0].entities.some((e) => e.id === 'person:sergei-lavrov')).toBe(true);
  });

  it('reports a bad document as an error record and goes on', async () => {
    const input = [AR[0], { id: 'no-text' }, 42, { id: 'bad-date', text: AR[1], published: '2023-13-45' }, { id: 'ok', text: AR[2] }] as unknown as Doc[];
    const out = await collect(extractMany(input));
    expect(out).toHaveLength(5);
    expect('entities' in out[0]!).toBe(true);
    expect(out[1]).toMatchObject({ id: 'no-text', index: 1, error: { code: 'E_DOC' } });
    expect(out[2]).toMatchObject({ id: null, index: 2, error: { code: 'E_DOC' } });
    expect(out[3]).toMatchObject({ id: 'bad-date', index: 3, error: { code: 'E_DATE' } });
    expect(out[4]).toMatchObject({ id: 'ok', index: 4 });
    expect('entities' in out[4]!).toBe(true);
  });

  it('reports a text over maxLength per document', async () => {
    const out = await collect(extractMany(['short', { id: 'long', text: 'x'.repeat(50) }], { maxLength: 10 }));
    expect('entities' in out[0]!).toBe(true);
    expect(out[1]).toMatchObject({ id: 'long', error: { code: 'E_TEXT_TOO_LONG' } });
  });

  it('throws for bad options before reading any document', () => {
    expect(() => extractMany([], { jobs: 0 })).toThrow(DiplomaticNerError);
    expect(() => extractMany([], { publishedAt: 'yesterday' })).toThrow(/E_DATE/);
    expect(() => extractMany([], { nope: 1 } as never)).toThrow(/E_OPTIONS/);
    expect(() => extractMany('text' as never)).toThrow(/iterable/);
    expect(() => extractMany([], { extractor: createExtractor(), jobs: 2 })).toThrow(/gazetteer/);
  });

  it('uses a custom extractor', async () => {
    const extractor = createExtractor({
      gazetteer: { add: [EXAMPLE_ENVOY] },
    });
    const out = await collect(extractMany(['التقى زيد المثالي سيرغي لافروف.'], { extractor }));
    expect('entities' in out[0]! && out[0].entities.map((e) => e.id)).toContain('person:example-envoy');
  });

  it('with jobs: 2 keeps the order, gives the same results and reports errors per document', async () => {
    const input: Doc[] = docs(40);
    input.splice(13, 0, { id: 'broken' } as unknown as Doc);
    input.splice(29, 0, { id: 'bad-date', text: AR[0]!, published: 'not a date' });
    const serial = await collect(extractMany(input));
    const parallel = await collect(extractMany(input, { jobs: 2, batchSize: 3 }));
    expect(parallel.map((r) => r.id)).toEqual(serial.map((r) => r.id));
    expect(parallel).toEqual(serial);
    expect(parallel[13]).toMatchObject({ id: 'broken', error: { code: 'E_DOC' } });
    expect(parallel[29]).toMatchObject({ id: 'bad-date', error: { code: 'E_DATE' } });
  }, 60_000);

  it('with jobs: 2 streams a long input with bounded look-ahead and stops cleanly on break', async () => {
    let read = 0;
    function* endless(): Generator<Doc> {
      for (let i = 0; ; i++) {
        read++;
        yield { id: i, text: AR[i % AR.length]! };
      }
    }
    const seen: Array<string | number | null> = [];
    for await (const r of extractMany(endless(), { jobs: 2, batchSize: 4 })) {
      seen.push(r.id);
      if (seen.length === 100) break;
    }
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // The reorder window is jobs × 2 batches × batchSize × 2 = 32 documents ahead at most.
    expect(read - 100).toBeLessThanOrEqual(40);
  }, 60_000);

  it('with jobs: 2 sends custom gazetteer entries to the workers', async () => {
    const gazetteer = { add: [EXAMPLE_ENVOY] };
    const out = await collect(extractMany(Array.from({ length: 6 }, () => 'التقى زيد المثالي سيرغي لافروف.'), { gazetteer, jobs: 2, batchSize: 1 }));
    expect(out).toHaveLength(6);
    for (const r of out) expect('entities' in r && r.entities.map((e) => e.id)).toContain('person:example-envoy');
  }, 60_000);

  it('with jobs: 2, a crashed worker fails its documents (E_WORKER) and a new one takes over', async () => {
    // A stand-in library whose worker dies on the text "crash".
    const dir = mkdtempSync(join(tmpdir(), 'adner-many-'));
    const lib = join(dir, 'lib.mjs');
    writeFileSync(
      lib,
      `export function extract(text) { if (text === 'crash') process.exit(3); return { language: 'und', entities: [], relations: [] }; }
       export const createExtractor = () => ({ extract });`,
    );
    const docs = ['a', 'b', 'crash', 'c', 'd', 'e', 'f', 'g', 'crash', 'h', 'i', 'j', 'k'];
    const expected = docs.map((d) => (d === 'crash' ? 'E_WORKER' : 'ok'));
    for (const batchSize of [1, 3]) {
      // Only the document at fault fails: the others of its batch, and the batches queued behind it, are sent again.
      const out = await collect(extractMany(docs, { jobs: 2, batchSize, libraryUrl: pathToFileURL(lib) }));
      expect(out.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(expected);
    }
  }, 60_000);

  it('with jobs: 2, a library that cannot be loaded stops the run with a clear error', async () => {
    const missing = pathToFileURL(join(tmpdir(), 'adner-no-such-dir', 'index.js'));
    await expect(collect(extractMany(['a', 'b'], { jobs: 2, libraryUrl: missing }))).rejects.toThrow(/could not load the library/);
  }, 60_000);

  it('accepts "publishedAt" for "published", and rejects a document giving two different dates', async () => {
    const out = await collect(
      extractMany([
        { id: 'a', text: AR[0]!, publishedAt: '2023-09-01' },
        { id: 'b', text: AR[0]!, published: '2023-09-01', publishedAt: '2024-05-05' },
      ]),
    );
    expect(out[0]).toEqual({ id: 'a', index: 0, ...extract(AR[0]!, { publishedAt: '2023-09-01' }) });
    expect(out[1]).toMatchObject({ id: 'b', error: { code: 'E_DOC' } });
  });
});

describe("jobs: 'auto'", () => {
  it('uses no worker threads with two CPUs or fewer, whatever the input', () => {
    expect(autoJobs(undefined, 1)).toBe(1);
    expect(autoJobs(undefined, 2)).toBe(1);
    expect(autoJobs(1e9, 2)).toBe(1);
  });

  it('uses no worker threads for an input known to be short, one per CPU less one otherwise', () => {
    expect(autoJobs(AUTO_MIN_BYTES - 1, 8)).toBe(1);
    expect(autoJobs(AUTO_MIN_BYTES, 8)).toBe(7);
    expect(autoJobs(undefined, 4)).toBe(3);
  });

  it('runs a short array in this thread (no worker to start) and gives the same results', async () => {
    const input = docs(5);
    // a library URL that cannot load: a worker, if one were started, would stop the run
    const out = await collect(extractMany(input, { jobs: 'auto', publishedAt: '2023-09-01', libraryUrl: 'file:///nonexistent/index.js' }));
    expect(out).toEqual(await collect(extractMany(input, { publishedAt: '2023-09-01' })));
  });
});

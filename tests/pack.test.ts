/**
 * The package as a user gets it: `npm pack` into a temporary directory, check
 * what the tarball holds, lint it (publint, @arethetypeswrong/cli), install it
 * into a fresh project and use it there: import (ESM), require (CommonJS),
 * type-check TypeScript against it (moduleResolution node16 and bundler), and
 * run the CLI through npx.
 *
 * The install needs the npm registry (or npm's cache) for the two dependencies
 * (compromise, franc-min). dist/ is built by tests/fixtures/global-setup.ts
 * when it is missing; `npm pack --ignore-scripts` packs it as it is.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

// Written for this test; it does not report a real event.
const ARTICLE = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره المغربي ناصر بوريطة في موسكو يوم الجمعة، وبحثا العلاقات الثنائية.';

interface PackedFile {
  path: string;
  size: number;
}

const dir = mkdtempSync(join(tmpdir(), 'adner-pack-'));
const project = join(dir, 'consumer');

/** `npm pack` runs here, at collection time, so that the suite can be skipped (with the reason) if it is impossible. */
function pack(): { tarball: string; files: PackedFile[]; unpackedSize: number } | { error: string } {
  const r = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) return { error: `npm pack failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr ?? '').trim().slice(-500)}` };
  const [info] = JSON.parse(r.stdout) as Array<{ filename: string; files: PackedFile[]; unpackedSize: number }>;
  return { tarball: join(dir, info!.filename), files: info!.files, unpackedSize: info!.unpackedSize };
}
const packed = pack();
if ('error' in packed) {
  console.warn(`[pack.test] skipped: ${packed.error}`);
  rmSync(dir, { recursive: true, force: true });
}
const tarball = 'error' in packed ? '' : packed.tarball;

function run(cmd: string, args: string[], cwd = project): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 90_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
}
/** Runs a command and fails the test with its output when it does not exit 0. */
function ok(cmd: string, args: string[], cwd = project): string {
  const r = run(cmd, args, cwd);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}${r.error ? ` (${r.error.message})` : ''}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf('error' in packed)('pack: the tarball', () => {
  const files = 'error' in packed ? [] : packed.files;
  const paths = files.map((f) => f.path);

  it('holds dist, README.md, LICENSE, CHANGELOG.md and package.json, and nothing else', () => {
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']));
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'arabic.js', 'arabic.cjs', 'arabic.d.ts', 'english.js', 'english.cjs', 'english.d.ts', 'data.js', 'data.cjs', 'data.d.ts', 'data.d.cts', 'many.js', 'many.d.ts', 'cli.js'])
      expect(paths).toContain(`dist/${f}`);
    for (const f of ['gazetteer/node.js', 'gazetteer/node.cjs', 'gazetteer/browser.js', 'gazetteer/browser.cjs', 'generated/gazetteer.json']) expect(paths).toContain(`dist/${f}`);
    for (const f of ['compromise/node.js', 'compromise/node.cjs', 'compromise/browser.js', 'compromise/browser.cjs', 'compromise/compromise.cjs']) expect(paths).toContain(`dist/${f}`);
    const extra = paths.filter((p) => !p.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(p));
    expect(extra).toEqual([]);
    expect(paths.filter((p) => /^(src|tests|data|scripts|examples|node_modules)\//.test(p) || p.endsWith('.jsonl') || p.endsWith('.tgz') || p.endsWith('.map'))).toEqual([]);
  });

  it('holds one copy of the compiled gazetteer, and weighs at most 7 MB unpacked', () => {
    // The data file is shared by every entry; the core bundles (ESM and CommonJS) hold code only.
    const big = files.filter((f) => f.size > 1_000_000).map((f) => f.path).sort();
    expect(big).toEqual(['dist/generated/gazetteer.json']);
    expect(files.filter((f) => f.path.endsWith('.json') && f.path !== 'package.json').map((f) => f.path)).toEqual(['dist/generated/gazetteer.json']);
    expect('error' in packed ? 0 : packed.unpackedSize).toBeLessThanOrEqual(7_000_000);
  });

  it('passes publint', () => {
    const out = ok(join(BIN, 'publint'), [tarball, '--strict'], ROOT);
    expect(out).toContain('All good!');
  });

  it('passes @arethetypeswrong/cli (every entry; ./many is ESM-only by design)', () => {
    // ".", "./data", "./package.json": every resolution mode, node10 included.
    const all = run(join(BIN, 'attw'), [tarball, '--exclude-entrypoints', 'many', '--format', 'ascii'], ROOT);
    expect(all.status, all.stdout + all.stderr).toBe(0);
    expect(all.stdout).toContain('No problems found');
    // "./many" uses worker threads and import.meta.url: import() only, so CommonJS resolution is not checked.
    const many = run(join(BIN, 'attw'), [tarball, '--entrypoints', 'many', '--profile', 'esm-only', '--format', 'ascii'], ROOT);
    expect(many.status, many.stdout + many.stderr).toBe(0);
  });
});

describe.skipIf('error' in packed)('pack: installed in a fresh project', () => {
  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'adner-consumer', version: '1.0.0', private: true }, null, 2));
    ok('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--loglevel=error']);
    writeFileSync(join(project, 'article.txt'), ARTICLE);
  }, 120_000);

  it('imports as ESM: every entry', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { extract, DiplomaticNerError, resolveRole } from 'arabic-diplomatic-ner';
import { gazetteerData } from 'arabic-diplomatic-ner/data';
import { extractMany } from 'arabic-diplomatic-ner/many';
import { readFileSync } from 'node:fs';
const text = readFileSync('article.txt', 'utf8');
const result = extract(text, { publishedAt: '2023-09-01' });
let code = null;
try { extract(null); } catch (err) { code = err instanceof DiplomaticNerError ? err.code : 'not an instance'; }
const many = [];
for await (const r of extractMany([{ id: 'a', text }], { publishedAt: '2023-09-01' })) many.push(r);
console.log(JSON.stringify({
  resolved: import.meta.resolve('arabic-diplomatic-ner'),
  result, code,
  fm: resolveRole({ role: 'foreign-minister', country: 'MA', date: '2023-09-01' }).map((h) => h.id),
  countries: gazetteerData().countries.length,
  many: many.map((r) => [r.id, r.entities.length]),
}));
`,
    );
    const out = JSON.parse(ok(process.execPath, ['esm.mjs']));
    expect(out.resolved).toMatch(/\/node_modules\/arabic-diplomatic-ner\/dist\/index\.js$/);
    expect(out.result.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['person:sergei-lavrov', 'person:nasser-bourita', 'city:moscow', 'country:MA']));
    expect(out.result.relations).toContainEqual(expect.objectContaining({ type: 'meeting', location: 'city:moscow', date: '2023-09-01' }));
    expect(out.code).toBe('E_TEXT_TYPE');
    expect(out.fm).toEqual(['person:nasser-bourita']);
    expect(out.countries).toBeGreaterThan(190);
    expect(out.many).toEqual([['a', out.result.entities.length]]);
  });

  it('requires as CommonJS (./many is ESM-only: require() is refused)', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { extract, DiplomaticNerError } = require('arabic-diplomatic-ner');
const { gazetteerData } = require('arabic-diplomatic-ner/data');
const text = require('node:fs').readFileSync('article.txt', 'utf8');
const result = extract(text, { publishedAt: '2023-09-01' });
let code = null;
try { extract(text, { publishedAt: 'yesterday' }); } catch (err) { code = err instanceof DiplomaticNerError ? err.code : 'not an instance'; }
let many = null;
try { require('arabic-diplomatic-ner/many'); many = 'loaded'; } catch (err) { many = err.code; }
console.log(JSON.stringify({ resolved: require.resolve('arabic-diplomatic-ner'), ids: result.entities.map((e) => e.id), code, many, cities: gazetteerData().cities.length }));
`,
    );
    const out = JSON.parse(ok(process.execPath, ['cjs.cjs']));
    expect(out.resolved).toMatch(/[\\/]node_modules[\\/]arabic-diplomatic-ner[\\/]dist[\\/]index\.cjs$/);
    expect(out.ids).toEqual(expect.arrayContaining(['person:sergei-lavrov', 'person:nasser-bourita', 'city:moscow']));
    expect(out.code).toBe('E_DATE');
    expect(out.many).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(out.cities).toBeGreaterThan(500);
  });

  // Uses every public type; the @ts-expect-error lines fail the check if the types were `any`.
  const USES_TYPES = `
import { createExtractor, extract, resolveRole, DiplomaticNerError, ERROR_CODES, type Entity, type Relation, type ExtractOptions, type ExtractResult, type ErrorCode } from 'arabic-diplomatic-ner';
import { gazetteerData } from 'arabic-diplomatic-ner/data';

const options: ExtractOptions = { publishedAt: '2023-09-01', language: 'auto' };
const extractor = createExtractor({ defaults: options });
const result: ExtractResult = extractor.extract('نص', { maxLength: 10_000 });
const people: Entity[] = result.entities.filter((e) => e.type === 'person');
const first: Relation | undefined = extract('نص').relations[0];
const where: string | null | undefined = first?.location;
const holders: string[] = resolveRole({ role: 'foreign-minister', country: 'MA', date: '2023-09-01' }).map((h) => h.name.en);
const codes: ErrorCode[] = Object.keys(ERROR_CODES) as ErrorCode[];
const isOurs = (err: unknown): string | undefined => (err instanceof DiplomaticNerError ? err.code : undefined);
const iso2: string = gazetteerData().countries[0]!.iso2;
// @ts-expect-error: not a language option
extract('نص', { language: 'fr' });
// @ts-expect-error: not an entity type
const wrong: Entity['type'] = 'river';
export { people, where, holders, codes, isOurs, iso2, wrong };
`;
  const USES_MANY = `
import { extractMany, type ManyResult, type Doc } from 'arabic-diplomatic-ner/many';
const docs: Doc[] = [{ id: 1, text: 'نص', published: '2023-09-01' }];
export async function count(): Promise<number> {
  let n = 0;
  for await (const r of extractMany(docs, { jobs: 1 })) if (!('error' in r)) n += (r satisfies ManyResult).entities.length;
  return n;
}
`;

  function tsc(tsconfig: object): string {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const r = run(join(BIN, 'tsc'), ['-p', 'tsconfig.json']);
    return `${r.stdout}${r.stderr}`.trim() + (r.status === 0 ? '' : `\n(exit ${r.status})`);
  }
  const strict = { strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022'], types: [] };

  // The core entries need no Node types (they run in browsers); ./many is Node-only and its types use
  // Node's (URL): that check gets @types/node, from this project's node_modules.
  const nodeTypes = { typeRoots: [join(ROOT, 'node_modules', '@types')], types: ['node'] };

  it('type-checks with moduleResolution node16: ESM (.mts) and CommonJS (.cts)', () => {
    writeFileSync(join(project, 'uses-types.mts'), USES_TYPES);
    writeFileSync(join(project, 'uses-types.cts'), USES_TYPES);
    writeFileSync(join(project, 'uses-many.mts'), USES_MANY);
    const node16 = { ...strict, module: 'node16', moduleResolution: 'node16' };
    expect(tsc({ compilerOptions: node16, files: ['uses-types.mts', 'uses-types.cts'] })).toBe('');
    expect(tsc({ compilerOptions: { ...node16, ...nodeTypes }, files: ['uses-many.mts'] })).toBe('');
  });

  it('type-checks with moduleResolution bundler', () => {
    writeFileSync(join(project, 'uses-types.ts'), USES_TYPES);
    writeFileSync(join(project, 'uses-many.ts'), USES_MANY);
    const bundler = { ...strict, module: 'esnext', moduleResolution: 'bundler' };
    expect(tsc({ compilerOptions: bundler, files: ['uses-types.ts'] })).toBe('');
    expect(tsc({ compilerOptions: { ...bundler, ...nodeTypes }, files: ['uses-many.ts'] })).toBe('');
  });

  it('reports type errors (the check is not vacuous)', () => {
    writeFileSync(join(project, 'wrong.mts'), `import { extract } from 'arabic-diplomatic-ner';\nextract('نص', { publishedOn: '2023-09-01' });\n`);
    expect(tsc({ compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' }, files: ['wrong.mts'] })).toMatch(/error TS\d+: .*'publishedOn' does not exist in type 'ExtractOptions'/);
  });

  it('bundles for a browser from the installed package: the data file, the English reader and compromise come in through the "browser" conditions', async () => {
    writeFileSync(join(project, 'app.mjs'), `import { extract } from 'arabic-diplomatic-ner';\nexport const run = (text) => extract(text, { publishedAt: '2023-09-01' });\n`);
    const { build } = await import('esbuild');
    const bundled = await build({ entryPoints: [join(project, 'app.mjs')], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent', absWorkingDir: project });
    const inputs = Object.keys(bundled.metafile.inputs).map((p) => p.replace(/^.*node_modules\/arabic-diplomatic-ner\//, '')).sort();
    expect(inputs.filter((p) => !/^dist\/chunk-[\w-]+\.js$/.test(p))).toEqual(['app.mjs', 'dist/compromise/browser.js', 'dist/compromise/compromise.cjs', 'dist/english/browser.js', 'dist/english/reader.js', 'dist/gazetteer/browser.js', 'dist/generated/gazetteer.json', 'dist/index.js']);
    writeFileSync(join(project, 'bundle.mjs'), bundled.outputFiles[0]!.text);
    const script = `import { run } from './bundle.mjs'; console.log(JSON.stringify(run(${JSON.stringify(ARTICLE)})));`;
    const result = JSON.parse(ok(process.execPath, ['--input-type=module', '-e', script])) as { entities: Array<{ id: string }> };
    expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:sergei-lavrov', 'person:nasser-bourita', 'city:moscow']));
  });

  it('runs the CLI through npx: --help, and a table for a text file', () => {
    const help = ok('npx', ['--no-install', 'arabic-diplomatic-ner', '--help']);
    expect(help).toMatch(/^Usage: arabic-diplomatic-ner \[options\] \[file \.\.\.\]/);
    expect(ok('npx', ['--no-install', 'arabic-diplomatic-ner', '--version']).trim()).toContain(pkg.version);
    const table = ok('npx', ['--no-install', 'arabic-diplomatic-ner', '--date', '2023-09-01', '--format', 'table', 'article.txt']);
    expect(table).toContain('Sergei Lavrov');
    expect(table).toContain('Nasser Bourita');
    expect(table).toMatch(/meeting/);
    const json = JSON.parse(ok('npx', ['--no-install', 'arabic-diplomatic-ner', '-d', '2023-09-01', '-f', 'json', 'article.txt']));
    expect(json.entities.map((e: { id: string }) => e.id)).toContain('city:moscow');
  });
});

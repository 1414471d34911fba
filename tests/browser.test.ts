/**
 * The core entry in a browser: dist/index.js bundled by esbuild for the
 * browser (ESM, everything bundled, nothing external) must not need any Node
 * built-in, and the bundle must run where Node's globals are absent: a child
 * Node process deletes process, Buffer, global, require, setImmediate ...
 * from globalThis (and sets `self`, as browsers do), then imports the bundle
 * and extracts an Arabic article. The compiled gazetteer comes into the bundle
 * through package.json "imports" (#gazetteer, condition "browser"): the loader
 * that imports dist/generated/gazetteer.json as JSON, not the Node one; and
 * compromise through #compromise (condition "browser"): the loader that
 * imports dist/compromise/compromise.cjs, not the Node one that requires it.
 * dist/ is built by tests/fixtures/global-setup.ts when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'adner-browser-'));
const BUNDLE = join(dir, 'bundle.mjs');

// Written for this test in the style of a news-agency dispatch; it does not report a real event.
const ARTICLE = `الرباط، الجمعة 1 سبتمبر 2023 (وكالات) - استقبل وزير الشؤون الخارجية المغربي ناصر بوريطة، اليوم الجمعة بالرباط، نظيره الروسي سيرغي لافروف الذي يقوم بزيارة عمل إلى المملكة.

وبحث الجانبان خلال اللقاء سبل تعزيز العلاقات الثنائية والتعاون الاقتصادي.

وكان بوريطة قد أجرى، أمس الخميس، اتصالا هاتفيا مع وزير الخارجية المصري سامح شكري.`;
const ENGLISH = 'Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Cairo on Friday.';

let code = '';
let metafile: Metafile;

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(ROOT, 'dist', 'index.js')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    external: [],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]!.text;
  metafile = result.metafile;
  writeFileSync(BUNDLE, code);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `body` (an ES module) in a child Node process: first the Node globals are removed, then the bundle is imported as `lib`. */
function runWithoutNodeGlobals(body: string): unknown {
  const script = `
const out = globalThis.process.stdout;
// As in a browser: no Node globals, and \`self\` is the global object.
const hidden = ['process', 'Buffer', 'global', 'require', 'module', 'exports', '__filename', '__dirname', 'setImmediate', 'clearImmediate'];
for (const name of hidden) delete globalThis[name];
globalThis.self = globalThis;
const lib = await import(${JSON.stringify(pathToFileURL(BUNDLE).href)});
const value = await (async () => { ${body} })();
out.write(JSON.stringify({ hidden: hidden.filter((n) => !(n in globalThis)).length, value }));
`;
  const file = join(dir, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`the bundle failed without Node globals (exit ${r.status}):\n${r.stderr}`);
  const out = JSON.parse(r.stdout) as { hidden: number; value: unknown };
  expect(out.hidden).toBe(10);
  return out.value;
}

describe('browser bundle', () => {
  it('bundles with nothing external and no Node built-in', () => {
    expect(code.length).toBeGreaterThan(100_000);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const imported = Object.values(metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imported.filter((p) => builtins.has(p) || p.startsWith('node:'))).toEqual([]);
    expect(Object.values(metafile.outputs).flatMap((o) => o.imports)).toEqual([]);
    expect(code).not.toMatch(/\bfrom\s*["']node:|\bimport\(\s*["']node:|\brequire\(\s*["'](node:)?[a-z_/]+["']\s*\)/);
    // compromise and franc-min are already inside dist/: nothing comes from node_modules
    expect(Object.keys(metafile.inputs).filter((p) => p.includes('node_modules/'))).toEqual([]);
  });

  it('takes the compiled gazetteer, the English reader and compromise through the "browser" conditions of #gazetteer, #english and #compromise: the files, not the Node loaders', () => {
    const inputs = Object.keys(metafile.inputs).map((p) => p.replace(/^.*?dist\//, 'dist/')).sort();
    // (the entries share their code through chunks: dist/chunk-*.js)
    expect(inputs.filter((p) => !/^dist\/chunk-[\w-]+\.js$/.test(p))).toEqual([
      'dist/compromise/browser.js',
      'dist/compromise/compromise.cjs',
      'dist/english/browser.js',
      'dist/english/reader.js',
      'dist/gazetteer/browser.js',
      'dist/generated/gazetteer.json',
      'dist/index.js',
    ]);
  });

  it('extracts an Arabic article without Node globals, as the Node build does', async () => {
    const fromBundle = runWithoutNodeGlobals(`return lib.extract(${JSON.stringify(ARTICLE)}, { publishedAt: '2023-09-01' });`) as ExtractResult;
    expect(fromBundle.language).toBe('ar');
    const ids = fromBundle.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person:nasser-bourita', 'person:sergei-lavrov', 'person:sameh-shoukry', 'city:rabat', 'country:MA', 'country:RU']));
    expect(fromBundle.relations).toContainEqual(expect.objectContaining({ type: 'meeting', location: 'city:rabat', date: '2023-09-01' }));
    expect(fromBundle.relations).toContainEqual(expect.objectContaining({ type: 'call', participants: expect.arrayContaining(['person:nasser-bourita', 'person:sameh-shoukry']) }));
    for (const e of fromBundle.entities) for (const m of e.mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
    const lib = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    expect(fromBundle).toEqual(lib.extract(ARTICLE, { publishedAt: '2023-09-01' }));
  });

  it('runs the rest of the core too: English path, errors, roles, normalization', async () => {
    const value = runWithoutNodeGlobals(`
      let error = null;
      try { lib.extract('نص', { publishedAt: 'tomorrow' }); } catch (err) { error = [err instanceof lib.DiplomaticNerError, err.code]; }
      return {
        english: lib.extract(${JSON.stringify(ENGLISH)}, { publishedAt: '2023-09-01' }),
        error,
        role: lib.resolveRole({ role: 'foreign-minister', country: 'RU', date: '2023-09-01' }).map((h) => h.id),
        normalized: lib.normalizeArabic('أَحْمَــد').text,
        language: lib.detectLanguage('Der Außenminister traf seinen Amtskollegen in Berlin'),
      };`) as { english: ExtractResult; error: unknown; role: string[]; normalized: string; language: string };
    const lib = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    expect(value.english).toEqual(lib.extract(ENGLISH, { publishedAt: '2023-09-01' }));
    expect(value.english.language).toBe('en');
    expect(value.error).toEqual([true, 'E_DATE']);
    expect(value.role).toEqual(['person:sergei-lavrov']);
    expect(value.normalized).toBe(lib.normalizeArabic('أَحْمَــد').text);
    expect(value.language).toBe(lib.detectLanguage('Der Außenminister traf seinen Amtskollegen in Berlin'));
  });
});

describe('browser bundle for Arabic only', () => {
  it('a bundle of the arabic entry leaves compromise and the English path out, and is smaller', async () => {
    const arabicOnly = await build({ entryPoints: [join(ROOT, 'dist', 'arabic.js')], bundle: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, metafile: true, logLevel: 'silent', minify: true });
    const full = await build({ entryPoints: [join(ROOT, 'dist', 'index.js')], bundle: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent', minify: true });
    const text = arabicOnly.outputFiles[0]!.text;
    expect(text).not.toMatch(/require_compromise/);
    expect(text.length).toBeLessThan(full.outputFiles[0]!.text.length - 100_000);
  }, 60_000);
});

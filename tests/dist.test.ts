/**
 * The built files, as Node loads them: dist/index.cjs (CommonJS, with the
 * ESM-only franc-min bundled in) and dist/index.js (ESM) give the same result,
 * the error class works with instanceof in each, the
 * `arabic-diplomatic-ner/data` entry resolves through package.json "exports",
 * both read the one compiled gazetteer, dist/generated/gazetteer.json,
 * through package.json "imports" (#gazetteer), and both reach the English
 * path's reader, dist/english/reader.cjs, through #english, and the one copy
 * of compromise, dist/compromise/compromise.cjs, through #compromise, only on
 * the first English text.
 * dist/ is built by tests/fixtures/global-setup.ts when it is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Lib from '../src/index.js';
import type * as Data from '../src/data.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Resolves as a user's require() would, through the package's own "exports" (self-reference). */
const requireFromRoot = createRequire(join(ROOT, 'package.json'));

// Written for this test; it does not report a real event.
const SENTENCE = 'استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم الأحد وزير الخارجية السعودي الأمير فيصل بن فرحان، وبحث معه العلاقات الثنائية.';
const OPTIONS = { publishedAt: '2024-03-10' } as const;

let cjs: typeof Lib;
let esm: typeof Lib;

beforeAll(async () => {
  cjs = requireFromRoot(join(DIST, 'index.cjs')) as typeof Lib;
  esm = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'index.js')).href)) as typeof Lib;
});

/** The module specifiers a built file loads at run time. */
function imports(file: string): string[] {
  const src = readFileSync(join(DIST, file), 'utf8');
  const found = new Set<string>();
  for (const m of src.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) found.add(m[1]!);
  for (const m of src.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/gm)) found.add(m[1]!);
  for (const m of src.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) found.add(m[1]!);
  return [...found].sort();
}

describe('dist: CommonJS and ESM builds', () => {
  it('the index, arabic and english entries import only their own chunks and the loaders of the compiled gazetteer, of the English reader and of compromise: franc-min (ESM-only) is bundled', () => {
    for (const entry of ['index', 'arabic', 'english'])
      for (const ext of ['js', 'cjs']) for (const spec of imports(`${entry}.${ext}`)) expect(spec).toMatch(new RegExp(`^(\\./chunk-[\\w-]+\\.${ext}|#gazetteer|#english|#compromise)$`));
  });

  /** The files an entry loads, itself and its chunks, transitively (package "imports" such as #compromise left as they are). */
  function closure(file: string): string[] {
    const out = new Set<string>([file]);
    for (const f of out) if (!f.startsWith('#')) for (const spec of imports(f)) out.add(spec.startsWith('#') ? spec : spec.replace(/^\.\//, ''));
    return [...out];
  }
  const holdsCompromise = (file: string) => /require_compromise\w*\(\)/.test(readFileSync(join(DIST, file), 'utf8'));

  it('holds one copy of compromise, dist/compromise/compromise.cjs, which starts it on the first call, not when the file loads', () => {
    const chunks = readdirSync(DIST).filter((f) => /\.c?js$/.test(f));
    expect(chunks.filter(holdsCompromise)).toEqual([]);
    const code = readFileSync(join(DIST, 'compromise', 'compromise.cjs'), 'utf8');
    expect(holdsCompromise('compromise/compromise.cjs')).toBe(true);
    expect(code).not.toMatch(/^(var|const|let) \w+ = (__toESM\()?require_compromise\w*\(\)/m);
    for (const loader of ['node.js', 'node.cjs', 'browser.js', 'browser.cjs']) expect(holdsCompromise(`compromise/${loader}`), loader).toBe(false);
  });

  it('the arabic entry does not reach the English path, and the index and english entries reach its reader through #english, and compromise only through the reader', () => {
    for (const ext of ['js', 'cjs']) {
      expect(closure(`arabic.${ext}`)).not.toContain('#english');
      expect(closure(`arabic.${ext}`)).not.toContain('#compromise');
      for (const entry of ['english', 'index']) {
        expect(closure(`${entry}.${ext}`)).toContain('#english');
        expect(closure(`${entry}.${ext}`)).not.toContain('#compromise');
      }
      expect(imports(`english/reader.${ext}`)).toContain('#compromise');
    }
  });

  it('#english resolves, in Node, to the loader that requires the reader when asked, for import and for require; bundlers get the reader of their format', () => {
    const script = `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(DIST, 'index.cjs'))});
process.stdout.write(JSON.stringify({ esm: import.meta.resolve('#english'), cjs: require.resolve('#english') }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out).toEqual({ esm: pathToFileURL(join(DIST, 'english', 'node.js')).href, cjs: join(DIST, 'english', 'node.cjs') });
    expect(imports('english/node.js')).toEqual(['module']);
    expect(imports('english/browser.js')).toEqual(['./reader.js']);
    expect(imports('english/browser.cjs')).toEqual(['./reader.cjs']);
  });

  it('an error thrown by the English reader that Node requires is an instanceof the class of the ESM entry', () => {
    // the reader of a gazetteer whose data has no English words: E_GAZETTEER_ENTRY from dist/english/reader.cjs
    const script = `import { createRequire } from 'node:module';
const { DiplomaticNerError } = await import('./dist/index.js');
const { englishReader } = createRequire(import.meta.url)('./dist/english/reader.cjs');
try { englishReader({ data: {} }); } catch (err) { process.stdout.write(JSON.stringify([err instanceof DiplomaticNerError, err.code])); }`;
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }))).toEqual([true, 'E_GAZETTEER_ENTRY']);
  });

  it('#compromise resolves, in Node, to the loader that requires the file when asked: for import and for require', () => {
    const script = `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(DIST, 'index.cjs'))});
process.stdout.write(JSON.stringify({ esm: import.meta.resolve('#compromise'), cjs: require.resolve('#compromise') }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out).toEqual({ esm: pathToFileURL(join(DIST, 'compromise', 'node.js')).href, cjs: join(DIST, 'compromise', 'node.cjs') });
  });

  it('importing the main entry loads neither the English reader nor compromise: the first English text does (ESM and CommonJS)', () => {
    // Node's require cache holds reader.cjs and compromise.cjs once something has required them (the ESM loaders require them too)
    const files = `['reader.cjs', 'compromise.cjs'].map((name) => Object.keys(cache).some((f) => f.endsWith(name)))`;
    // at import and after Arabic: neither file; after English: both
    const loaded = `${files}.filter(Boolean).length`;
    const arabic = JSON.stringify(SENTENCE);
    const english = JSON.stringify('The Kenyan foreign minister met his Ghanaian counterpart in Nairobi.');
    const esmScript = `import { createRequire } from 'node:module';
const { cache } = createRequire(import.meta.url);
const lib = await import('./dist/index.js');
const atImport = ${loaded};
lib.extract(${arabic});
const afterArabic = ${loaded};
const r = lib.extract(${english});
process.stdout.write(JSON.stringify({ atImport, afterArabic, afterEnglish: ${loaded}, language: r.language, entities: r.entities.length }));`;
    const cjsScript = `const { cache } = require;
const lib = require('./dist/index.cjs');
const atImport = ${loaded};
lib.extract(${arabic});
const afterArabic = ${loaded};
const r = lib.extract(${english});
process.stdout.write(JSON.stringify({ atImport, afterArabic, afterEnglish: ${loaded}, language: r.language, entities: r.entities.length }));`;
    const esmOut = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', esmScript], { cwd: ROOT, encoding: 'utf8' }));
    const cjsOut = JSON.parse(execFileSync(process.execPath, ['-e', cjsScript], { cwd: ROOT, encoding: 'utf8' }));
    for (const out of [esmOut, cjsOut]) {
      expect(out).toMatchObject({ atImport: 0, afterArabic: 0, afterEnglish: 2, language: 'en' });
      expect(out.entities).toBeGreaterThan(0);
    }
  });

  it('English works from both builds, and a custom gazetteer still reaches compromise\'s tagging', () => {
    // a person of our own, whose name compromise does not know
    const custom = { type: 'person', id: 'person:zorvan-kettleby', name: { en: 'Zorvan Kettleby', ar: 'زورفان كيتلبي' }, country: 'FR', roles: [{ role: 'foreign-minister', of: 'FR', from: '2024-01-01' }] };
    const text = 'Zorvan Kettleby met Hakan Fidan in Paris on Monday.';
    for (const lib of [esm, cjs]) {
      const r = lib.createExtractor({ gazetteer: { add: [custom as never] } }).extract(text, { publishedAt: '2024-03-05' });
      expect(r.entities.find((e) => e.id === 'person:zorvan-kettleby')?.mentions.map((m) => m.text)).toEqual(['Zorvan Kettleby']);
      expect(r.relations.map((x) => [x.type, [...x.participants].sort()])).toEqual([['meeting', ['person:hakan-fidan', 'person:zorvan-kettleby']]]);
      expect(lib.extract(text, { publishedAt: '2024-03-05' }).entities.some((e) => e.id === 'person:zorvan-kettleby')).toBe(false);
    }
    expect(cjs.extract(text, { publishedAt: '2024-03-05' })).toEqual(esm.extract(text, { publishedAt: '2024-03-05' }));
  });

  it('says clearly which file is missing when compromise was not shipped, and Arabic still works', () => {
    const copy = mkdtempSync(join(tmpdir(), 'adner-nocompromise-'));
    try {
      cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
      cpSync(DIST, join(copy, 'dist'), { recursive: true, filter: (src) => !src.endsWith('compromise.cjs') });
      const arabic = spawnSync(process.execPath, ['-e', `require('./dist/index.cjs').extract(${JSON.stringify(SENTENCE)})`], { cwd: copy, encoding: 'utf8' });
      expect(arabic.status, arabic.stderr).toBe(0);
      const r = spawnSync(process.execPath, ['-e', "require('./dist/index.cjs').extract('The Kenyan foreign minister met his Ghanaian counterpart in Nairobi.')"], { cwd: copy, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/cannot load compromise \(the English path\) at file:.*dist\/compromise\/compromise\.cjs/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('says clearly which file is missing when the English reader was not shipped, and Arabic still works', () => {
    const copy = mkdtempSync(join(tmpdir(), 'adner-noreader-'));
    try {
      cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
      cpSync(DIST, join(copy, 'dist'), { recursive: true, filter: (src) => !src.endsWith('reader.cjs') });
      const arabic = spawnSync(process.execPath, ['--input-type=module', '-e', `(await import('./dist/index.js')).extract(${JSON.stringify(SENTENCE)})`], { cwd: copy, encoding: 'utf8' });
      expect(arabic.status, arabic.stderr).toBe(0);
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', "(await import('./dist/index.js')).extract('The Kenyan foreign minister met his Ghanaian counterpart in Nairobi.')"], { cwd: copy, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/cannot load the English path at file:.*dist\/english\/reader\.cjs/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('an extractor of the arabic entry reads English only when given the english path', async () => {
    const arabic = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'arabic.js')).href)) as typeof Lib;
    const { english } = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'english.js')).href)) as { english: Lib.LanguagePath };
    const text = 'Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Cairo on Friday.';
    expect(arabic.extract(text, OPTIONS)).toEqual({ language: 'en', entities: [], relations: [] });
    const withEnglish = arabic.createExtractor({ english }).extract(text, OPTIONS);
    expect(withEnglish).toEqual(esm.extract(text, OPTIONS));
    expect(withEnglish.relations.length).toBeGreaterThan(0);
  });

  it('the data entry reads the core entry of its own format instead of carrying a copy of the gazetteer', () => {
    expect(imports('data.cjs')).toEqual(['./index.cjs']);
    expect(imports('data.js')).toEqual(['./index.js']);
  });

  it('the CommonJS build loads in a plain Node process', () => {
    const out = execFileSync(process.execPath, ['-e', "const l = require('./dist/index.cjs'); process.stdout.write(typeof l.extract + ' ' + l.detectLanguage('مرحبا بكم في القاهرة'))"], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toBe('function ar');
  });

  it('both builds extract the sentence, and agree', () => {
    const fromEsm = esm.extract(SENTENCE, OPTIONS);
    const fromCjs = cjs.extract(SENTENCE, OPTIONS);
    expect(fromCjs).toEqual(fromEsm);
    expect(fromEsm.language).toBe('ar');
    const ids = fromEsm.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person:abdel-fattah-el-sisi', 'person:faisal-bin-farhan-al-saud', 'city:cairo', 'country:EG', 'country:SA']));
    for (const e of fromEsm.entities) for (const m of e.mentions) expect(SENTENCE.slice(m.start, m.end)).toBe(m.text);
    const meeting = fromEsm.relations.find((r) => r.type === 'meeting');
    expect(meeting?.participants).toEqual(expect.arrayContaining(['person:abdel-fattah-el-sisi', 'person:faisal-bin-farhan-al-saud']));
    expect(meeting?.location).toBe('city:cairo');
    expect(SENTENCE.slice(meeting!.trigger.start, meeting!.trigger.end)).toBe(meeting!.trigger.text);
  });

  it('both builds export the same names', () => {
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(Object.keys(esm)).toEqual(expect.arrayContaining(['extract', 'createExtractor', 'resolveRole', 'normalizeArabic', 'tokenize', 'procliticAnalyses', 'detectLanguage', 'DiplomaticNerError', 'ERROR_CODES']));
    expect(cjs.ERROR_CODES).toEqual(esm.ERROR_CODES);
    expect(cjs.resolveRole({ role: 'foreign-minister', country: 'SA', date: '2024-03-10' })).toEqual(esm.resolveRole({ role: 'foreign-minister', country: 'SA', date: '2024-03-10' }));
  });

  it('an error of either build is an instanceof the class of the other', () => {
    const caught = [esm, cjs].map((lib) => {
      try {
        lib.extract(42 as unknown as string);
      } catch (err) {
        return err;
      }
      return undefined;
    });
    expect(caught[0]).toBeInstanceOf(cjs.DiplomaticNerError);
    expect(caught[1]).toBeInstanceOf(esm.DiplomaticNerError);
    // and nothing else is
    for (const other of [new TypeError('[E_TEXT_TYPE] x'), { name: 'DiplomaticNerError', code: 'E_TEXT_TYPE' }, null, 'E_TEXT_TYPE']) expect(other instanceof esm.DiplomaticNerError).toBe(false);
  });

  it('instanceof DiplomaticNerError works in each build', () => {
    for (const lib of [esm, cjs]) {
      let caught: unknown;
      try {
        lib.extract(42 as unknown as string);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(lib.DiplomaticNerError);
      expect(caught).toBeInstanceOf(TypeError);
      expect(caught).toMatchObject({ name: 'DiplomaticNerError', code: 'E_TEXT_TYPE', path: 'text' });
      expect(() => lib.extract('نص', { publishedAt: '2024-13-45' })).toThrow(lib.DiplomaticNerError);
      expect(() => lib.createExtractor({ gazetteer: { add: [{ type: 'person' } as never] } })).toThrow(lib.DiplomaticNerError);
    }
  });
});

describe('dist: one compiled gazetteer for every entry', () => {
  const DATA = join(DIST, 'generated', 'gazetteer.json');

  it('no bundle carries the data: each is a fraction of the data file', () => {
    const data = statSync(DATA).size;
    expect(data).toBeGreaterThan(1_000_000);
    for (const file of ['index.js', 'index.cjs', 'data.js', 'data.cjs', 'many.js', 'cli.js']) expect(statSync(join(DIST, file)).size, file).toBeLessThan(data / 2);
    // a person record of the data, as the file holds it, is in no bundle (escaped or not)
    const file = JSON.parse(readFileSync(DATA, 'utf8')) as { people: string[]; keys: Record<string, string> };
    const record = file.people.find((p) => p.includes('person:sergei-lavrov'))!;
    // the file writes a record's keys short (`keys`: short → key)
    const short = Object.fromEntries(Object.entries(file.keys).map(([code, key]) => [key, code]));
    const name = (JSON.parse(record) as Record<string, Record<string, string[]>>)[short.aliases!]![short.ar!]![0]!;
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code).not.toContain(record.slice(0, 60));
      expect(code).not.toContain(name);
    }
  });

  it('#gazetteer resolves, in Node, to the loader that reads the file: for import and for require', () => {
    const script = `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(DIST, 'index.cjs'))});
process.stdout.write(JSON.stringify({ esm: import.meta.resolve('#gazetteer'), cjs: require.resolve('#gazetteer') }));`;
    // resolved from a module inside the package, as dist/index.js does
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out).toEqual({ esm: pathToFileURL(join(DIST, 'gazetteer', 'node.js')).href, cjs: join(DIST, 'gazetteer', 'node.cjs') });
  });

  it('both Node loaders read the same file, and give the same records as bundlers get', async () => {
    const fromEsm = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'gazetteer', 'node.js')).href)) as typeof import('../src/gazetteer/node.js');
    const fromCjs = requireFromRoot(join(DIST, 'gazetteer', 'node.cjs')) as typeof import('../src/gazetteer/node.js');
    const file = readFileSync(DATA);
    for (const loader of [fromEsm, fromCjs]) {
      const bytes = loader.compiledGazetteer();
      expect(bytes.size).toBe(file.length);
      expect(bytes.latin1(0, file.length)).toBe(file.toString('latin1'));
      expect(bytes.utf8(0, file.length)).toBe(file.toString('utf8'));
      expect(bytes.indexOf(0x0a, 0)).toBe(file.indexOf(0x0a));
    }
  });

  it('reads the file when the gazetteer is first needed, not at import, and only the parts a text needs', () => {
    const script = `const fs = require('node:fs');
const open = fs.openSync;
const readSync = fs.readSync;
const seen = [];
let bytes = 0;
// only the data file counts (the module loader reads the code and package.json)
fs.openSync = (file, ...rest) => { const fd = open(file, ...rest); if (String(file).endsWith('gazetteer.json')) seen.push(fd); return fd; };
fs.readSync = (fd, ...rest) => { const n = readSync(fd, ...rest); if (seen.includes(fd)) bytes += n; return n; };
const lib = require('./dist/index.cjs');
const before = seen.length;
lib.detectLanguage('مرحبا بكم في القاهرة');
const afterDetect = seen.length;
lib.extract('زار الرئيس القاهرة');
lib.extract('زار الرئيس الرباط');
process.stdout.write(JSON.stringify({ before, afterDetect, opened: seen.length > 0, bytes, size: fs.statSync('./dist/generated/gazetteer.json').size }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out).toMatchObject({ before: 0, afterDetect: 0, opened: true });
    // the people (more than half of the file) are read a record at a time
    expect(out.bytes).toBeGreaterThan(100_000);
    expect(out.bytes).toBeLessThan(out.size / 2);
  });

  it('gives every person record through the data entry, read at once', () => {
    const script = `const { gazetteerData } = require('./dist/data.cjs');
const people = gazetteerData().people;
process.stdout.write(JSON.stringify({ n: people.length, ids: new Set(people.map((p) => p.id)).size, first: people[0].id, same: gazetteerData().people[0] === people[0] }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out.n).toBeGreaterThan(3000);
    expect(out.ids).toBe(out.n);
    expect(out.first).toMatch(/^person:/);
    expect(out.same).toBe(true);
  });

  it('says clearly which file is missing when the data file was not shipped', () => {
    const copy = mkdtempSync(join(tmpdir(), 'adner-nodata-'));
    try {
      cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
      cpSync(DIST, join(copy, 'dist'), { recursive: true, filter: (src) => !src.includes('generated') });
      const r = spawnSync(process.execPath, ['-e', "require('./dist/index.cjs').extract('زار الرئيس القاهرة')"], { cwd: copy, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/cannot read its compiled gazetteer at file:.*dist\/generated\/gazetteer\.json/);
      expect(r.stderr).toContain('ENOENT');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('extracts the same with Node\'s compile cache enabled (NODE_COMPILE_CACHE: Node 22.1 and later; ignored before)', () => {
    const cache = mkdtempSync(join(tmpdir(), 'adner-compile-cache-'));
    try {
      const script = `import('./dist/index.js').then((l) => process.stdout.write(JSON.stringify(l.extract(${JSON.stringify(SENTENCE)}, ${JSON.stringify(OPTIONS)}))))`;
      const run = () => JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cache } }));
      const first = run();
      expect(run()).toEqual(first); // the second process reads the cache where Node has one
      expect(first).toEqual(esm.extract(SENTENCE, OPTIONS));
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('dist: the arabic-diplomatic-ner/data entry', () => {
  it('require() resolves it through "exports" to data.cjs, and gazetteerData() returns the records', () => {
    expect(requireFromRoot.resolve('arabic-diplomatic-ner/data')).toBe(join(DIST, 'data.cjs'));
    const data = requireFromRoot('arabic-diplomatic-ner/data') as typeof Data;
    const g = data.gazetteerData();
    expect(g.countries.length).toBeGreaterThan(190);
    expect(g.countries.find((c) => c.iso2 === 'EG')?.name.ar).toBe('مصر');
    expect(g.people.some((p) => p.id === 'person:abdel-fattah-el-sisi')).toBe(true);
    expect(data.gazetteerData()).toBe(g); // parsed once, then shared
  });

  it('import resolves it to data.js, with the same records', () => {
    const script = `import { gazetteerData } from 'arabic-diplomatic-ner/data';
const g = gazetteerData();
process.stdout.write(JSON.stringify({ url: import.meta.resolve('arabic-diplomatic-ner/data'), countries: g.countries.length, cities: g.cities.length, organizations: g.organizations.length, people: g.people.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out.url).toBe(pathToFileURL(join(DIST, 'data.js')).href);
    const g = (requireFromRoot('arabic-diplomatic-ner/data') as typeof Data).gazetteerData();
    expect(out).toMatchObject({ countries: g.countries.length, cities: g.cities.length, organizations: g.organizations.length, people: g.people.length });
  });
});

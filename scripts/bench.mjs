#!/usr/bin/env node
// Performance of the built library (run after `npm run build`):
//   - throughput of the whole pipeline (extract) and of each stage, on a >= 5 MB corpus
//     (the dev passages repeated; a built-in text when ../shared/eval is absent)
//   - cold start (process start to first result) in fresh processes, beside a bare node
//   - peak RSS of a fresh process extracting the whole corpus
//   - linearity (one document of 1x and 10x the text)
//   - adversarial inputs (1 MB each), as time per MB, each in a child process with a time limit
//   - worker scaling of the CLI (--jsonl --jobs 1 vs --jobs 2)
//   - a naive baseline (one big RegExp alternation of every Arabic gazetteer form)
//   - package size (packed, unpacked) and browser bundle size (Arabic only, with English)
// Options: --quick (1 MB corpus, fewer runs), --skip-cli, --skip-adversarial, --start-only (cold start and sizes only).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'adn-bench-'));
// A private copy of dist/ (a rebuild during the run would swap files under our feet), inside the
// project so that the bundle's dependencies (compromise) still resolve from node_modules.
const snapshot = join(root, 'node_modules', '.cache', `adn-bench-${process.pid}`);
mkdirSync(snapshot, { recursive: true });
cpSync(join(root, 'dist'), join(snapshot, 'dist'), { recursive: true });
cpSync(join(root, 'package.json'), join(snapshot, 'package.json'));
process.on('exit', () => {
  rmSync(work, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
const dist = join(snapshot, 'dist', 'index.js');
const entry = pathToFileURL(dist).href;

const fmt = (x, d = 2) => x.toFixed(d);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---------------------------------------------------------------- corpus
const passagesPath = join(root, '..', 'shared', 'eval', 'dev', 'passages.jsonl');
const BUILTIN = [
  'استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم وزير الخارجية السعودي عادل الجبير، وبحث الجانبان العلاقات الثنائية.',
  'أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره المغربي ناصر بوريطة، تناولا فيه التعاون بين البلدين.',
  'وصل رئيس الوزراء العراقي إلى طهران في زيارة رسمية يلتقي خلالها الرئيس الإيراني، وفق ما ذكرت وكالة الأنباء الرسمية.',
];
const passages = existsSync(passagesPath)
  ? readFileSync(passagesPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((p) => p.lang === 'ar' && typeof p.text === 'string')
  : [];
const texts = passages.length ? passages.map((p) => p.text) : BUILTIN;
const target = QUICK ? 1_000_000 : 5_000_000;
const corpus = [];
let size = 0;
while (size < target) for (const t of texts) (corpus.push(t), (size += t.length));
const mb = size / 1e6;
// Throughput is given in UTF-8 megabytes (the size of the text as a file; an Arabic letter is two bytes)
// and in millions of UTF-16 code units (JavaScript string length).
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const rate = (seconds) => `${fmt(bytes / seconds)} MB/s UTF-8 (${fmt(mb / seconds)} M units/s)`;
console.log(
  `corpus: ${corpus.length} articles, ${fmt(bytes, 1)} MB UTF-8, ${fmt(mb, 1)} M UTF-16 units (${passages.length ? `${texts.length} dev passages repeated` : 'built-in text, ../shared/eval absent'})`,
);

// ---------------------------------------------------------------- cold start
// Fresh processes, a bare `node` and one that imports the library and extracts an Arabic sentence,
// interleaved so that both see the same load on the machine; the clock starts at process start
// (performance.timeOrigin). The library's share is the difference of the best of each: what the
// library adds to Node's own start before the first result (import, reading the gazetteer, first extract).
const COLD_RUNS = 5; // the definition of the target: best of 5
const coldScript = `const t0=performance.now();const m=await import(${JSON.stringify(entry)});const t1=performance.now();
m.extract('استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية',{publishedAt:'2020-01-01'});const t2=performance.now();
const c=process.cpuUsage();console.log(JSON.stringify({boot:t0,load:t1-t0,first:t2-t1,total:t2,cpu:(c.user+c.system)/1000}))`;
const bareScript = 'const c=process.cpuUsage();console.log(JSON.stringify({total:performance.now(),cpu:(c.user+c.system)/1000}))';
/** `COLD_RUNS` interleaved pairs of a bare node and a node that reaches the first result, with the environment `env`. */
function coldStart(env = process.env) {
  const colds = [];
  const bare = [];
  const run = (script) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env }));
  for (let i = 0; i < COLD_RUNS; i++) {
    bare.push(run(bareScript));
    colds.push(run(coldScript));
  }
  const best = (xs, k) => Math.min(...xs.map((x) => x[k]));
  return { colds, bare, best, share: best(colds, 'total') - best(bare, 'total'), cpuShare: best(colds, 'cpu') - best(bare, 'cpu') };
}
{
  const { colds, bare, best, share, cpuShare } = coldStart();
  console.log(
    `cold start, best of ${COLD_RUNS} interleaved fresh processes: a bare \`node\` reaches its first line in ${fmt(best(bare, 'total'), 0)} ms; ` +
      `with the library, the first Arabic result in ${fmt(best(colds, 'total'), 0)} ms (median ${fmt(median(colds.map((c) => c.total)), 0)})`,
  );
  console.log(
    `  the library's share (difference of the bests): ${fmt(share, 0)} ms [import ${fmt(best(colds, 'load'), 0)}, first extract incl. reading the gazetteer ${fmt(best(colds, 'first'), 0)}]; ` +
      `in CPU time ${fmt(cpuShare, 0)} ms (less sensitive to a loaded machine)`,
  );
  // Node 22.1+ caches compiled code on disk when asked (NODE_COMPILE_CACHE or module.enableCompileCache()); Node 20 ignores it.
  if (Number(process.versions.node.split('.')[0]) >= 22) {
    const cache = join(work, 'compile-cache');
    const env = { ...process.env, NODE_COMPILE_CACHE: cache };
    execFileSync(process.execPath, ['--input-type=module', '-e', coldScript], { env });
    const cached = coldStart(env);
    console.log(`  with NODE_COMPILE_CACHE (Node ${process.versions.node}): share ${fmt(cached.share, 0)} ms [import ${fmt(cached.best(cached.colds, 'load'), 0)}]`);
  }
}

// ---------------------------------------------------------------- package and browser bundle sizes
{
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const big = info.files.filter((f) => f.size > 500_000).map((f) => `${f.path} ${fmt(f.size / 1e6)} MB`);
  console.log(`package: ${fmt(info.size / 1e6)} MB packed, ${fmt(info.unpackedSize / 1e6)} MB unpacked, ${info.entryCount} files (largest: ${big.join(', ')})`);
  // An app bundled for browsers (esbuild, minified, UTF-8 output, code splitting): what loads at
  // start (the entry and its static imports) and in all (with lazily imported chunks).
  const { build } = await import('esbuild');
  const { gzipSync } = await import('node:zlib');
  const pkg = JSON.parse(readFileSync(join(snapshot, 'package.json'), 'utf8'));
  const entryFile = (entry) => (typeof entry === 'string' ? entry : (entry?.import?.default ?? entry?.import ?? entry?.default));
  const arabicEntry = entryFile(pkg.exports?.['./arabic']);
  const englishEntry = entryFile(pkg.exports?.['./english']);
  const bundleSize = async (name, source) => {
    const app = join(snapshot, `${name}.mjs`);
    writeFileSync(app, source);
    const out = join(work, `bundle-${name}`);
    const r = await build({ entryPoints: [app], absWorkingDir: root, bundle: true, splitting: true, format: 'esm', platform: 'browser', minify: true, charset: 'utf8', outdir: out, metafile: true, logLevel: 'silent' });
    const outputs = Object.entries(r.metafile.outputs).filter(([f]) => f.endsWith('.js'));
    const entryOut = outputs.find(([, o]) => o.entryPoint);
    const initial = new Set([entryOut[0]]);
    for (const f of initial) for (const i of r.metafile.outputs[f].imports) if (i.kind === 'import-statement' && !i.external) initial.add(i.path);
    const bytes = (files) => files.reduce((n, f) => n + readFileSync(join(root, f)).length, 0);
    const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(root, f))).length, 0);
    const all = outputs.map(([f]) => f);
    // the compiled gazetteer's share of what the bundle holds
    const data = Object.values(r.metafile.outputs).reduce((n, o) => n + Object.entries(o.inputs).filter(([f]) => f.endsWith('gazetteer.json')).reduce((m, [, x]) => m + x.bytesInOutput, 0), 0);
    return { initial: bytes([...initial]), initialGz: gz([...initial]), all: bytes(all), allGz: gz(all), data };
  };
  const show = (b) => `${fmt(b.initial / 1e6)} MB minified (${fmt(b.initialGz / 1e6)} MB gzipped) at start, ${fmt(b.all / 1e6)} MB (${fmt(b.allGz / 1e6)} MB) with lazy chunks; the gazetteer ${fmt(b.data / 1e6)} MB of it`;
  // Arabic only: the `arabic` entry, which carries no English path (no compromise); with English: the core entry
  const arabicFile = arabicEntry ?? './dist/index.js';
  const arabic = await bundleSize('app-ar', `import { extract } from ${JSON.stringify(arabicFile)};\nexport const run = (text) => extract(text, { language: 'ar' });\n`);
  console.log(`browser bundle, Arabic only (extract of ${arabicFile}): ${show(arabic)}`);
  if (englishEntry) {
    const english = await bundleSize('app-en', `import { extract } from './dist/index.js';\nimport * as english from ${JSON.stringify(englishEntry)};\nexport { english };\nexport const run = (text) => extract(text);\n`);
    console.log(`browser bundle, with English (extract of ./dist/index.js, and ${englishEntry}): ${show(english)}`);
  } else console.log('browser bundle, with English: the same (English is part of the core entry)');
}
if (args.has('--start-only')) process.exit(0);

// ---------------------------------------------------------------- whole pipeline
const lib = await import(entry);
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};
// Warm-up (gazetteer built, code compiled by the JIT) on a fifth of the corpus in both modes, then
// the best of a few rounds of each, alternated, so that neither mode pays the warm-up for the other.
for (const t of corpus.slice(0, Math.ceil(corpus.length / 5))) {
  lib.extract(t, { publishedAt: '2018-01-01' });
  lib.extract(t, { publishedAt: '2018-01-01', language: 'ar' });
}
let whole = Infinity;
let wholeAr = Infinity;
for (let round = 0; round < (QUICK ? 3 : 2); round++) {
  whole = Math.min(whole, time(() => {
    for (const t of corpus) lib.extract(t, { publishedAt: '2018-01-01' });
  }));
  wholeAr = Math.min(wholeAr, time(() => {
    for (const t of corpus) lib.extract(t, { publishedAt: '2018-01-01', language: 'ar' });
  }));
}
console.log(`whole pipeline: ${rate(whole)}, ${fmt(corpus.length / whole, 0)} articles/s (extract, language auto)`);
console.log(`                ${rate(wholeAr)}, ${fmt(corpus.length / wholeAr, 0)} articles/s (extract, language 'ar': no language detection)`);
{
  // The dev passages are excerpts (~350 units); news articles are longer. The same text as documents of four passages each.
  const long = [];
  for (let i = 0; i < corpus.length; i += 4) long.push(corpus.slice(i, i + 4).join('\n\n'));
  const longBytes = long.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const longUnits = long.reduce((n, t) => n + t.length, 0) / 1e6;
  for (const t of long.slice(0, 100)) lib.extract(t, { publishedAt: '2018-01-01', language: 'ar' });
  let best = Infinity;
  for (let round = 0; round < (QUICK ? 3 : 2); round++)
    best = Math.min(best, time(() => {
      for (const t of long) lib.extract(t, { publishedAt: '2018-01-01', language: 'ar' });
    }));
  console.log(
    `                ${fmt(longBytes / best)} MB/s UTF-8 (${fmt(longUnits / best)} M units/s), ${fmt(long.length / best, 0)} documents/s ` +
      `(language 'ar', documents of four passages, ~${fmt((longUnits * 1e6) / long.length / 1000, 1)} k units each)`,
  );
}

// ---------------------------------------------------------------- per stage
// The stages of src/pipeline.ts, from a bundled copy of the sources (same code as dist).
// beside the snapshot's dist/gazetteer/, so that the loader finds the data file at ../generated/ as in dist/
const stagesFile = join(snapshot, 'dist', 'bench', 'stages.mjs');
execFileSync(
  join(root, 'node_modules', '.bin', 'esbuild'),
  ['--bundle', '--format=esm', '--platform=node', '--target=node20', '--log-level=error', `--outfile=${stagesFile}`],
  {
    cwd: root,
    input: `export { createDoc, STAGES } from './src/pipeline.ts';
export { defaultGazetteer } from './src/gazetteer/index.ts';
export { detectLanguage } from './src/lang/index.ts';
export { assemble } from './src/extract.ts';`,
  },
);
const S = await import(pathToFileURL(stagesFile).href);
const g = S.defaultGazetteer();
const spent = new Map([['language', 0], ['normalize', 0], ...S.STAGES.map((s) => [s.name, 0]), ['assemble', 0]]);
for (let round = 0; round < 2; round++) {
  // round 0 warms up the JIT
  for (const t of round === 0 ? corpus.slice(0, 500) : corpus) {
    let t0 = performance.now();
    S.detectLanguage(t);
    let t1 = performance.now();
    if (round) spent.set('language', spent.get('language') + t1 - t0);
    const doc = S.createDoc(t, g, '2018-01-01');
    t0 = performance.now();
    if (round) spent.set('normalize', spent.get('normalize') + t0 - t1);
    for (const stage of S.STAGES) {
      stage.run(doc);
      t1 = performance.now();
      if (round) spent.set(stage.name, spent.get(stage.name) + t1 - t0);
      t0 = t1;
    }
    S.assemble(doc);
    if (round) spent.set('assemble', spent.get('assemble') + performance.now() - t0);
  }
}
const totalStages = [...spent.values()].reduce((a, b) => a + b, 0) / 1000;
console.log('per stage (seconds for the corpus, share, MB/s UTF-8 of that stage alone; timing each stage adds its own overhead):');
for (const [name, ms] of spent) console.log(`  ${name.padEnd(10)} ${fmt(ms / 1000).padStart(7)} s ${fmt((100 * ms) / 1000 / totalStages, 1).padStart(5)}% ${fmt(bytes / (ms / 1000), 1).padStart(8)} MB/s`);
console.log(`  ${'sum'.padEnd(10)} ${fmt(totalStages).padStart(7)} s        ${fmt(bytes / totalStages, 1).padStart(8)} MB/s`);

// ---------------------------------------------------------------- linearity
const one = texts.join('\n').slice(0, 90_000);
const ten = Array.from({ length: 10 }, () => one).join('\n');
const runOne = (t) => {
  const r = [];
  for (let i = 0; i < 5; i++) r.push(time(() => lib.extract(t, { publishedAt: '2018-01-01', language: 'ar' })));
  return Math.min(...r);
};
const t1x = runOne(one);
const t10x = runOne(ten);
console.log(
  `linearity: 1x (${fmt(one.length / 1000, 0)} k units, one document) ${fmt(t1x * 1000, 0)} ms, 10x ${fmt(t10x * 1000, 0)} ms: ratio ${fmt(t10x / t1x, 1)} (${t10x / t1x <= 12 ? 'ok' : 'SUPERLINEAR'}, limit 12)`,
);

// ---------------------------------------------------------------- adversarial inputs
if (!args.has('--skip-adversarial')) {
  const MB = 1_000_000;
  const fill = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const diacritics = Array.from({ length: 8 }, (_, i) => String.fromCharCode(0x064b + i)).join('');
  const adversarial = [
    ['tatweel ـ', fill('\u0640')],
    ['diacritics', fill(diacritics)],
    ['«و» words', fill('\u0648 ')],
    ['«و» letters', fill('\u0648')],
    ['«سيرغي لافروف »', fill('سيرغي لافروف ')],
    ['spaces', fill(' ')],
    ['one 1 MB token', fill('الرئيسوزيرالخارجية')],
  ];
  const LIMIT = 60_000;
  console.log(`adversarial inputs (1 M units each, one document, fresh process, limit ${LIMIT / 1000} s):`);
  for (const [name, text] of adversarial) {
    const file = join(work, 'adv.txt');
    writeFileSync(file, text);
    const script = `const m=await import(${JSON.stringify(entry)});const fs=await import('node:fs');const t=fs.readFileSync(${JSON.stringify(file)},'utf8');
m.extract('تمهيد',{language:'ar'});const t0=performance.now();const r=m.extract(t,{language:'ar'});
console.log(JSON.stringify({ms:performance.now()-t0,entities:r.entities.length,relations:r.relations.length}))`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: LIMIT, maxBuffer: 1 << 20 });
    if (res.error || res.status !== 0) {
      console.log(`  ${name.padEnd(18)} ${res.error?.code === 'ETIMEDOUT' ? `> ${LIMIT / 1000} s per MB (killed)` : `failed: ${(res.stderr || '').trim().split('\n').pop()}`}`);
      continue;
    }
    const r = JSON.parse(res.stdout);
    console.log(`  ${name.padEnd(18)} ${fmt(r.ms, 0).padStart(6)} ms per MB (${r.entities} entities, ${r.relations} relations)`);
  }
}

// ---------------------------------------------------------------- peak RSS
{
  // the child rebuilds the corpus from the distinct texts (the same strings repeated, as here)
  const textsFile = join(work, 'texts.json');
  writeFileSync(textsFile, JSON.stringify(texts));
  const script = `const m=await import(${JSON.stringify(entry)});const fs=await import('node:fs');const texts=JSON.parse(fs.readFileSync(${JSON.stringify(textsFile)},'utf8'));
let n=0;while(n<${target})for(const t of texts){m.extract(t,{publishedAt:'2018-01-01'});n+=t.length}console.log(process.resourceUsage().maxRSS)`;
  const kb = Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim());
  console.log(`peak RSS (fresh process, whole corpus): ${fmt(kb / 1024, 0)} MB`);
}

// ---------------------------------------------------------------- CLI worker scaling
if (!args.has('--skip-cli')) {
  const jsonl = join(work, 'batch.jsonl');
  const lines = [];
  let n = 0;
  for (const t of corpus) {
    if (n > (QUICK ? 500_000 : 2_000_000)) break;
    lines.push(JSON.stringify({ id: lines.length, text: t, published: '2018-01-01' }));
    n += t.length;
  }
  writeFileSync(jsonl, lines.join('\n') + '\n');
  const cli = join(snapshot, 'dist', 'cli.js');
  const walls = {};
  for (const jobs of [1, 2]) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [cli, '--jsonl', '--quiet', '--jobs', String(jobs), jsonl], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    walls[jobs] = (performance.now() - t0) / 1000;
    if (res.status !== 0) console.log(`  cli --jobs ${jobs} exited with ${res.status}: ${res.stderr.trim().split('\n').pop()}`);
  }
  console.log(
    `CLI --jsonl (${lines.length} docs, ${fmt(n / 1e6, 1)} M units): --jobs 1 ${fmt(walls[1], 1)} s (${fmt(n / 1e6 / walls[1])} M units/s), ` +
      `--jobs 2 ${fmt(walls[2], 1)} s (${fmt(n / 1e6 / walls[2])} M units/s): speed-up ${fmt(walls[1] / walls[2])}x (each worker loads its own gazetteer)`,
  );
}

// ---------------------------------------------------------------- naive baseline
const { gazetteerData } = await import(pathToFileURL(join(snapshot, 'dist', 'data.js')).href);
const d = gazetteerData();
const forms = [...d.countries, ...d.cities, ...d.organizations, ...d.people].flatMap((r) => [r.name.ar, ...(r.aliases?.ar ?? [])]).filter(Boolean);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const naive = new RegExp(forms.sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
let baseline = Infinity;
for (let round = 0; round < 2; round++)
  baseline = Math.min(baseline, time(() => {
    for (const t of corpus) t.match(naive);
  }));
console.log(`baseline: ${rate(baseline)} (RegExp alternation of ${forms.length} forms, no resolution, no relations); ours is ${fmt(baseline / wholeAr)}x its speed`);

// The baseline's accuracy: the same alternation as a library (a form names the first record that has it)
// scored by ../shared/eval/score.mjs beside ours.
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
if (existsSync(scorer)) {
  const naiveLib = join(work, 'naive');
  mkdirSync(naiveLib);
  const owner = {};
  const kinds = [['country', d.countries], ['city', d.cities], ['organization', d.organizations], ['person', d.people]];
  for (const [type, records] of kinds)
    for (const r of records)
      for (const f of [r.name.ar, ...(r.aliases?.ar ?? [])])
        if (f && !owner[f]) owner[f] = { type, id: r.id, name: { en: r.name.en, ar: r.name.ar }, aliases: r.aliases?.en ?? [], ...(r.iso2 ? { iso2: r.iso2 } : {}) };
  writeFileSync(join(naiveLib, 'owners.json'), JSON.stringify(owner));
  writeFileSync(join(naiveLib, 'package.json'), JSON.stringify({ name: 'naive-baseline', type: 'module', module: './index.js' }));
  writeFileSync(
    join(naiveLib, 'index.js'),
    `import { readFileSync } from 'node:fs';
const owner = JSON.parse(readFileSync(new URL('./owners.json', import.meta.url), 'utf8'));
const escape = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
const re = new RegExp(Object.keys(owner).sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
export function extract(text) {
  const byId = new Map();
  for (const m of text.matchAll(re)) {
    const r = owner[m[0]];
    const e = byId.get(r.id) ?? { ...r, mentions: [] };
    e.mentions.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    byId.set(r.id, e);
  }
  return { entities: [...byId.values()], relations: [] };
}
`,
  );
  const dev = join(root, '..', 'shared', 'eval', 'dev');
  const score = (libDir) => JSON.parse(execFileSync(process.execPath, [scorer, '--lib', libDir, '--data', dev, '--only', 'ar', '--json'], { encoding: 'utf8' }));
  const show = (x) => `P ${fmt(x.p, 3)} R ${fmt(x.r, 3)} F1 ${fmt(x.f1, 3)}`;
  for (const [name, dir] of [['ours', snapshot], ['baseline', naiveLib]]) {
    const r = score(dir);
    console.log(`  accuracy on ../shared/eval/dev (Arabic), ${name.padEnd(8)} entities ${show(r.entities.all)}; relations (typed) ${show(r.relations)}`);
  }
}
console.log(`peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);

#!/usr/bin/env node
// Throughput, cold start and memory of the built library, against a naive baseline
// (one big RegExp alternation of every Arabic gazetteer form). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = pathToFileURL(join(root, 'dist', 'index.js')).href;
const cold = execFileSync('node', ['-e', `const t=performance.now();import(${JSON.stringify(entry)}).then(m=>{m.extract('استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية',{publishedAt:'2020-01-01'});console.log(performance.now().toFixed(1))})`], { encoding: 'utf8' });
const lib = await import(entry);
const { gazetteerData } = await import(pathToFileURL(join(root, 'dist', 'data.js')).href);

const passagesPath = join(root, '..', 'shared', 'eval', 'dev', 'passages.jsonl');
const texts = existsSync(passagesPath)
  ? readFileSync(passagesPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((p) => p.lang === 'ar').map((p) => p.text)
  : ['استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم وزير الخارجية السعودي عادل الجبير، وبحث الجانبان العلاقات الثنائية.'];
const corpus = [];
let size = 0;
while (size < 5_000_000) for (const t of texts) (corpus.push(t), (size += t.length));

const time = (fn) => {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};
const ours = time(() => {
  for (const t of corpus) lib.extract(t, { publishedAt: '2018-01-01' });
});
const d = gazetteerData();
const forms = [...d.countries, ...d.cities, ...d.organizations, ...d.people].flatMap((r) => [r.name.ar, ...(r.aliases?.ar ?? [])]).filter(Boolean);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const naive = new RegExp(forms.sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
const baseline = time(() => {
  for (const t of corpus) t.match(naive);
});
const mb = size / 1e6;
console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB`);
console.log(`ours:     ${(mb / ours).toFixed(2)} MB/s, ${(corpus.length / ours).toFixed(0)} articles/s`);
console.log(`baseline: ${(mb / baseline).toFixed(2)} MB/s (RegExp alternation of ${forms.length} forms, no resolution, no relations)`);
console.log(`cold start (process start to first result): ${cold.trim()} ms`);
console.log(`peak RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

#!/usr/bin/env node
// Scores the built library on ../shared/eval: dev, and dev2 with its two halves apart (half 1 is read
// for errors, half 2 is scored blind), Arabic and English apart, with the shared scorer. Fails when a
// headline figure drops below its floor in eval-floors.json (raise floors only when the blind half
// rises; never lower them to pass). Skips cleanly when ../shared is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'eval');

// our own golden articles (tests/fixtures/golden): how many expected records the built library reproduces
const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const goldenDir = join(root, 'tests', 'fixtures', 'golden');
const key = (r) => JSON.stringify([r.type, [...r.participants].sort(), r.location, r.date]);
console.log('== golden articles ==');
for (const f of readdirSync(goldenDir).filter((x) => x.endsWith('.json'))) {
  const a = JSON.parse(readFileSync(join(goldenDir, f), 'utf8'));
  const out = lib.extract(a.text, { publishedAt: a.publishedAt });
  const ids = new Set(out.entities.map((e) => e.id));
  const rels = new Set(out.relations.map(key));
  const e = a.expected.entities.filter((x) => ids.has(x.id)).length;
  const r = a.expected.relations.filter((x) => rels.has(key(x))).length;
  console.log(`${a.name.padEnd(24)} entities ${e}/${a.expected.entities.length} (${out.entities.length} found), relations ${r}/${a.expected.relations.length} (${out.relations.length} found)`);
}

if (!existsSync(join(shared, 'score.mjs'))) {
  console.log('eval: ../shared/eval is absent; the dev sets are not scored');
  process.exit(0);
}
const floors = JSON.parse(readFileSync(join(root, 'eval-floors.json'), 'utf8'));
/** The scorings: a set, and for dev2 each half apart. */
const RUNS = [
  { name: 'dev', data: 'dev', half: undefined },
  { name: 'dev2-half1', data: 'dev2', half: '1' },
  { name: 'dev2-half2', data: 'dev2', half: '2' },
];
const HEADLINES = ['relations (typed', 'attachment', 'entities.all', 'negative', 'passages'];
let failed = false;
const table = [];
for (const run of RUNS) {
  if (!existsSync(join(shared, run.data, 'passages.jsonl'))) continue;
  for (const lang of ['ar', 'en']) {
    const args = [join(shared, 'score.mjs'), '--lib', root, '--data', join(shared, run.data), '--only', lang, ...(run.half ? ['--half', run.half] : [])];
    const text = execFileSync('node', args, { encoding: 'utf8' }).trim();
    console.log(`\n== ${run.name} ${lang} ==`);
    console.log(text.split('\n').filter((l) => HEADLINES.some((h) => l.includes(h))).join('\n'));
    const report = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' }).trim().split('\n').at(-1));
    const got = {
      entities: report.entities.all.f1,
      relations: report.relations.f1,
      spanErrors: report.spanErrors,
      crashes: report.crashes,
    };
    table.push(`${run.name.padEnd(11)} ${lang}  entities F1 ${got.entities.toFixed(3)}  relations F1 ${got.relations.toFixed(3)}`);
    for (const [k, floor] of Object.entries(floors[run.name]?.[lang] ?? {})) {
      const value = got[k];
      const bad = k === 'spanErrors' || k === 'crashes' ? value > floor : value < floor;
      if (bad) {
        failed = true;
        console.error(`eval: ${run.name} ${lang} ${k} = ${value}, floor ${floor}`);
      }
    }
  }
}
console.log(`\n== summary ==\n${table.join('\n')}`);
process.exit(failed ? 1 : 0);

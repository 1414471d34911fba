#!/usr/bin/env node
// Scores the built library on ../shared/eval/dev and, when present, dev2 (Arabic and English apart) with the
// shared scorer, and fails when a headline figure drops below the floor kept in
// eval-floors.json (raise floors as figures rise; never lower them to pass).
// Skips cleanly when ../shared is absent.
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
  console.log('eval: ../shared/eval is absent; the dev set is not scored');
  process.exit(0);
}
const floors = JSON.parse(readFileSync(join(root, 'eval-floors.json'), 'utf8'));
let failed = false;
// the floors (smoke tests at this size, not targets) are per language, on dev; dev2 is reported beside it
const sets = ['dev', 'dev2'].filter((d) => existsSync(join(shared, d, 'passages.jsonl')));
for (const [set, lang] of sets.flatMap((d) => ['ar', 'en'].map((l) => [d, l]))) {
  const args = [join(shared, 'score.mjs'), '--lib', root, '--data', join(shared, set), '--only', lang];
  console.log(`\n== ${set} ${lang} ==`);
  console.log(execFileSync('node', args, { encoding: 'utf8' }).trim());
  const report = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' }).trim().split('\n').at(-1));
  const got = { entities: report.entities.all.f1, relations: report.relations.f1, spanErrors: report.spanErrors, crashes: report.crashes };
  for (const [k, floor] of Object.entries((set === 'dev' ? floors[lang] : floors[`${set}.${lang}`]) ?? {})) {
    const value = got[k];
    const bad = k === 'spanErrors' || k === 'crashes' ? value > floor : value < floor;
    if (bad) {
      failed = true;
      console.error(`eval: ${lang} ${k} = ${value}, floor ${floor}`);
    }
  }
}
process.exit(failed ? 1 : 0);

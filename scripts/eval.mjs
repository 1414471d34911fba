#!/usr/bin/env node
// Scores the built library on ../shared/eval/dev (Arabic and English apart) with the
// shared scorer, and fails when a headline figure drops below the floor kept in
// eval-floors.json (raise floors as figures rise; never lower them to pass).
// Skips cleanly when ../shared is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'eval');
if (!existsSync(join(shared, 'score.mjs'))) {
  console.log('eval: ../shared/eval is absent; nothing to score');
  process.exit(0);
}
const floors = JSON.parse(readFileSync(join(root, 'eval-floors.json'), 'utf8'));
let failed = false;
for (const lang of ['ar', 'en']) {
  const args = [join(shared, 'score.mjs'), '--lib', root, '--data', join(shared, 'dev'), '--only', lang];
  console.log(`\n== ${lang} ==`);
  console.log(execFileSync('node', args, { encoding: 'utf8' }).trim());
  const report = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' }).trim().split('\n').at(-1));
  const got = { entities: report.entities.all.f1, relations: report.relations.f1, spanErrors: report.spanErrors, crashes: report.crashes };
  for (const [k, floor] of Object.entries(floors[lang] ?? {})) {
    const value = got[k];
    const bad = k === 'spanErrors' || k === 'crashes' ? value > floor : value < floor;
    if (bad) {
      failed = true;
      console.error(`eval: ${lang} ${k} = ${value}, floor ${floor}`);
    }
  }
}
process.exit(failed ? 1 : 0);

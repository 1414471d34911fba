#!/usr/bin/env node
// Compiles data/ (the human-edited source of truth) into src/generated/gazetteer.ts:
// RAW, one JSON string of the records that the library parses once, lazily, on
// first use; PEOPLE and HOLDERS, the person records kept apart (see below); and INDEX, the derived indexes (tries of normalized token keys,
// normalized lexicon lists ...) precompiled by the library's own code
// (src/gazetteer/build.ts, bundled here with esbuild), so that loading the
// bundled gazetteer does not normalize and tokenize every form again.
// Structural errors (bad JSON, missing fields) stop the build with file:line.
// The semantic validation (collisions, cross references, dates) lives in
// src/gazetteer/validate.ts and runs in the test suite and on custom entries.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'data');
const errors = [];

function readJsonl(path) {
  if (!existsSync(path)) return [];
  const out = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (err) {
      errors.push(`${path}:${i + 1}: ${err.message}`);
    }
  });
  return out;
}
function readJson(path, fallback) {
  if (fallback && !existsSync(path)) return fallback;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    errors.push(`${path}: ${err.message}`);
    return {};
  }
}
const require = (rows, file, keys) =>
  rows.forEach((row, i) => {
    for (const k of keys) if (row?.[k] === undefined) errors.push(`${file}: entry ${i + 1} (${row?.id ?? '?'}) lacks "${k}"`);
  });

const peopleDir = join(data, 'people');
const people = existsSync(peopleDir)
  ? readdirSync(peopleDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) => readJsonl(join(peopleDir, f)))
  : [];
const gazetteer = {
  countries: readJsonl(join(data, 'countries.jsonl')),
  cities: readJsonl(join(data, 'cities.jsonl')),
  organizations: readJsonl(join(data, 'organizations.jsonl')),
  bodies: readJson(join(data, 'bodies.json'), { kinds: [], seats: [] }),
  people,
  titles: readJson(join(data, 'titles.json')),
  triggers: readJson(join(data, 'triggers.json')),
  topics: readJson(join(data, 'topics.json')),
  lexicon: readJson(join(data, 'lexicon.json')),
  dates: readJson(join(data, 'dates.json')),
  grammar: readJson(join(data, 'grammar.json')),
  ambiguous: readJson(join(data, 'ambiguous.json'), { forms: [] }),
  overlaps: readJson(join(data, 'office-overlaps.json'), { overlaps: [] }),
  // the English path's words (src/english), beside the Arabic ones and in the same shapes
  en: { triggers: readJson(join(data, 'en', 'triggers.json')), grammar: readJson(join(data, 'en', 'grammar.json')), dates: readJson(join(data, 'en', 'dates.json')) },
};
require(gazetteer.countries, 'countries.jsonl', ['id', 'iso2', 'name', 'adjectives']);
require(gazetteer.cities, 'cities.jsonl', ['id', 'country', 'name']);
require(gazetteer.organizations, 'organizations.jsonl', ['id', 'name']);
require(gazetteer.people, 'people/*.jsonl', ['id', 'name', 'roles']);

if (errors.length) {
  console.error(`gazetteer: ${errors.length} error(s)\n${errors.slice(0, 50).join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  console.log('gazetteer: data parses');
  process.exit(0);
}
const json = JSON.stringify(gazetteer);

// The indexes, built by the same code as at run time, from the data exactly as the library parses it.
const tmp = mkdtempSync(join(tmpdir(), 'adn-gazetteer-'));
let index;
let senses;
try {
  const bundle = join(tmp, 'build.mjs');
  execFileSync(
    join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'esbuild.cmd' : 'esbuild'),
    [join(root, 'src', 'gazetteer', 'build.ts'), '--bundle', '--format=esm', '--platform=neutral', '--log-level=error', `--outfile=${bundle}`],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const { buildIndexes, packIndexes } = await import(pathToFileURL(bundle).href);
  const { entitySenses, ...packed } = packIndexes(buildIndexes(JSON.parse(json)));
  senses = entitySenses;
  index = JSON.stringify(packed);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// The people (four fifths of the data) stay out of RAW: one JSON line each in PEOPLE, parsed one
// record at a time when a document names or needs that person, and HOLDERS lists, for every
// office (`role|of`), the lines of its holders, so that loading the gazetteer parses none of them.
const { people: _people, ...rest } = gazetteer;
const holders = {};
people.forEach((p, i) => {
  for (const r of p.roles ?? []) (holders[`${r.role}|${r.of}`] ??= []).push(i);
});
const peopleLines = people.map((p) => JSON.stringify(p)).join('\n');
mkdirSync(join(root, 'src', 'generated'), { recursive: true });
writeFileSync(
  join(root, 'src', 'generated', 'gazetteer.ts'),
  `// generated by scripts/compile-gazetteer.mjs from data/: do not edit.\n/* eslint-disable */\n` +
    `/** Every record of data/ but the people, as one JSON object. */\nexport const RAW: string = ${JSON.stringify(JSON.stringify(rest))};\n` +
    `/** The people, one JSON object a line, in the order of data/people/*.jsonl. */\nexport const PEOPLE: string = ${JSON.stringify(peopleLines)};\n` +
    `/** The lines of PEOPLE that hold each office, by \`role|of\` (a JSON object). */\nexport const HOLDERS: string = ${JSON.stringify(JSON.stringify(holders))};\n` +
    `/** The precompiled indexes of all the records (src/gazetteer/build.ts), but the entity senses. */\nexport const INDEX: string = ${JSON.stringify(index)};\n` +
    `/** The entity senses of INDEX's tries, one JSON object a line (kept out of INDEX: a JSON string inside it would escape every quote twice). */\nexport const SENSES: string = ${JSON.stringify(senses)};\n`,
);
const counts = Object.entries(gazetteer)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k} ${v.length}`)
  .join(', ');
const en = gazetteer.en;
const enCounts = `en: ${en.triggers.triggers?.length ?? 0} trigger records (${(en.triggers.triggers ?? []).reduce((n, t) => n + t.en.length, 0)} forms), ${Object.values(en.grammar).filter(Array.isArray).length} word lists`;
console.log(`gazetteer: ${counts}; ${enCounts}; ${(json.length / 1024).toFixed(0)} KiB, indexes ${(index.length / 1024).toFixed(0)} KiB`);

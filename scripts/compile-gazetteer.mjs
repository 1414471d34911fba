#!/usr/bin/env node
// Compiles data/ (the human-edited source of truth) into src/generated/gazetteer.json, the one
// data file of the package (tsup copies it to dist/generated/; its layout is described and read
// by src/gazetteer/compiled.ts): `raw`, every record but the people, each list parsed once, lazily,
// on first use; `names`, the name words of data/names.json; `people` and `holders`, the person
// records kept apart (see below); and `index` with `senses`, the derived indexes (tries of
// normalized token keys, normalized lexicon lists ...) precompiled by the library's own code (src/gazetteer/build.ts, bundled here with esbuild), so
// that loading the bundled gazetteer does not normalize and tokenize every form again.
// It also writes src/generated/char-classes.ts, the tokenizer's character classes of the characters
// of Arabic news (src/tokenize/classes.ts). Structural errors (bad JSON, missing fields) stop the
// build with file:line.
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
  // non-state groups are organizations with a `group` kind, kept in their own file
  organizations: [...readJsonl(join(data, 'organizations.jsonl')), ...readJsonl(join(data, 'groups.jsonl'))],
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
  regions: readJsonl(join(data, 'regions.jsonl')),
  agencies: readJson(join(data, 'agencies.json'), { agencies: [] }),
  roles: readJson(join(data, 'roles.json'), { roles: [] }),
  // the English path's words (src/english), beside the Arabic ones and in the same shapes
  en: { triggers: readJson(join(data, 'en', 'triggers.json')), grammar: readJson(join(data, 'en', 'grammar.json')), dates: readJson(join(data, 'en', 'dates.json')) },
};
require(gazetteer.countries, 'countries.jsonl', ['id', 'iso2', 'name', 'adjectives']);
require(gazetteer.cities, 'cities.jsonl', ['id', 'country', 'name']);
require(gazetteer.organizations, 'organizations.jsonl', ['id', 'name']);
require(gazetteer.regions, 'regions.jsonl', ['id', 'name']);
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
let packed;
let writeCompiled;
let nameListKeys;
/** Modules of src/ bundled by esbuild into `dir`/`name`.mjs and imported (`input`: the bundle's source, from the root). */
async function bundled(dir, name, input) {
  const bundle = join(dir, `${name}.mjs`);
  execFileSync(
    join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'esbuild.cmd' : 'esbuild'),
    ['--bundle', '--format=esm', '--platform=neutral', '--log-level=error', '--loader=ts', `--outfile=${bundle}`],
    { cwd: root, input, stdio: ['pipe', 'inherit', 'inherit'] },
  );
  return import(pathToFileURL(bundle).href);
}
const generated = join(root, 'src', 'generated');
mkdirSync(generated, { recursive: true });
try {
  // the tokenizer's character classes of the characters of Arabic news, computed now by the code that
  // classes any other character when first met (src/tokenize/classes.ts), so that a first text
  // compiles no regular expression of a Unicode property; written before the indexes are built,
  // by the tokenizer that reads them
  const { classRuns } = await bundled(tmp, 'classes', `export { classRuns } from './src/tokenize/classes.ts';\n`);
  writeFileSync(
    join(generated, 'char-classes.ts'),
    `// generated by scripts/compile-gazetteer.mjs (src/tokenize/classes.ts, Unicode ${process.versions.unicode}): do not edit.\nexport const CLASS_RUNS = ${JSON.stringify(classRuns())};\n`,
  );
  const built = await bundled(
    tmp,
    'build',
    `export { buildIndexes, packIndexes } from './src/gazetteer/build.ts';\nexport { writeCompiled } from './src/gazetteer/compiled.ts';\nexport { nameListKeys } from './src/gazetteer/forms.ts';\n`,
  );
  const parsed = JSON.parse(json);
  packed = built.packIndexes(built.buildIndexes(parsed), parsed);
  writeCompiled = built.writeCompiled;
  nameListKeys = built.nameListKeys;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// The people (four fifths of the data) stay out of `raw`: one JSON record each in `people`, parsed one
// record at a time when a document names or needs that person, and `holders` lists, for every
// office (`role|of`), the lines of its holders, so that loading the gazetteer parses none of them.
const { people: _people, ...rest } = gazetteer;
const holders = {};
// `person:~…` names a person outside the gazetteer: the loaded gazetteer answers such an id (and any id not of a person) without reading the file's ids
for (const p of people)
  if (!String(p.id).startsWith('person:') || String(p.id).includes('~')) errors.push(`people/*.jsonl: the id ${p.id} must start with "person:" and hold no '~' (the mark of persons outside the gazetteer)`);
if (errors.length) {
  console.error(`gazetteer: ${errors.join('\n')}`);
  process.exit(1);
}
people.forEach((p, i) => {
  // each holder once per office, however many terms they served
  for (const r of p.roles ?? []) {
    const list = (holders[`${r.role}|${r.of}`] ??= []);
    if (list.at(-1) !== i) list.push(i);
  }
});
// the TypeScript module of earlier versions, which embedded the data in the bundles
rmSync(join(generated, 'gazetteer.ts'), { force: true });
// the name words of the person recognizer and the romanizer (src/resolve), parsed when a text first weighs a name
const { $comment: _comment, ...names } = readJson(join(data, 'names.json'));
if (errors.length) {
  console.error(`gazetteer: ${errors.join('\n')}`);
  process.exit(1);
}
// and their normalized keys, by list, so that the person recognizer normalizes none of them at run time
const file = writeCompiled({ raw: rest, names, nameKeys: nameListKeys(names), holders, ...packed, people: people.map((p) => JSON.stringify(p)) });
writeFileSync(join(generated, 'gazetteer.json'), file);
// its type, so that TypeScript does not infer one from the 3 MB of JSON (src/gazetteer/browser.ts imports it)
writeFileSync(
  join(generated, 'gazetteer.d.json.ts'),
  `// generated by scripts/compile-gazetteer.mjs: do not edit.\ndeclare const compiled: import('../gazetteer/compiled.js').CompiledJson;\nexport default compiled;\n`,
);
const counts = Object.entries(gazetteer)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k} ${v.length}`)
  .join(', ');
const en = gazetteer.en;
const enCounts = `en: ${en.triggers.triggers?.length ?? 0} trigger records (${(en.triggers.triggers ?? []).reduce((n, t) => n + t.en.length, 0)} forms), ${Object.values(en.grammar).filter(Array.isArray).length} word lists`;
console.log(`gazetteer: ${counts}; ${enCounts}; ${(json.length / 1024).toFixed(0)} KiB; src/generated/gazetteer.json ${(Buffer.byteLength(file) / 1024).toFixed(0)} KiB`);

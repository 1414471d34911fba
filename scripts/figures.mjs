#!/usr/bin/env node
// The figures of README.md, computed from the code and the data: counts of data/, the people by
// role, the coverage table (as resolveRole answers), the package size (npm pack) and the browser
// bundle (esbuild, as tests/browser.test.ts builds it). Each figure lives in README.md between
// markers, inline or as a block:
//   <!-- figures:NAME -->…<!-- /figures:NAME -->
//
//   npm run figures               # rewrite the marked parts of README.md
//   npm run figures -- --check    # exit 1, naming the parts, when README.md says something else
//   npm run figures -- --json     # print the figures
//   (--readme PATH works on another copy; tests use it)
//
// Needs the build (dist/): run `npm run build` first. Nothing here is timed: the speed and cold
// start figures of README come from `npm run bench` and vary from run to run, so they are not
// checked. After a merge that changes data/ or src/, run `npm run figures` and commit README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const readmePath = args.includes('--readme') ? args[args.indexOf('--readme') + 1] : join(root, 'README.md');

/** The 22 member states of the Arab League (ISO 3166-1), the row of the coverage table that counts them. */
const ARAB_LEAGUE = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'];
/** The days and roles of the coverage table. */
const COVERAGE_DAYS = ['2005-06-01', '2015-06-01', '2024-06-01'];
const COVERAGE_ROLES = ['head-of-state', 'head-of-government', 'foreign-minister', 'defense-minister', 'interior-minister'];
/** The files of data/people/, in the order of the table, with what each holds. */
const PEOPLE_FILES = {
  'europe-americas-oceania': '',
  'africa-asia': '',
  'arab-states': '',
  'west-and-organizations': '',
  powers: ' (IR TR IL RU CN IN PK JP ET)',
  'gulf-yemen-iraq': '',
};

const n = (x) => x.toLocaleString('en');
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const jsonl = (file) => readFileSync(join(root, 'data', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const json = (file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));

// ---------------------------------------------------------------- counts of data/

/** Organizations by kind, most first: "organizations 59, organs 42, …". */
function organizationKinds(orgs) {
  const label = { organization: 'organizations', organ: 'organs', agency: 'agencies', mission: 'missions', grouping: 'groupings (G7, P5+1)', bank: 'banks', court: 'courts' };
  const by = new Map();
  for (const o of orgs) by.set(o.kind, (by.get(o.kind) ?? 0) + 1);
  return [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, c]) => `${label[k] ?? k} ${c}`).join(', ');
}

function peopleFiles() {
  const present = readdirSync(join(root, 'data', 'people')).filter((f) => f.endsWith('.jsonl')).map((f) => f.slice(0, -6));
  const names = [...Object.keys(PEOPLE_FILES).filter((f) => present.includes(f)), ...present.filter((f) => !(f in PEOPLE_FILES)).sort()];
  return names.map((name) => ({ name, label: `\`${name}\`${PEOPLE_FILES[name] ?? ''}`, count: jsonl(`people/${name}.jsonl`).length }));
}

function dataTable(d) {
  const files = peopleFiles();
  const capitals = d.cities.filter((c) => c.capital).length;
  const rows = [
    '| data | what | count |',
    '| --- | --- | ---: |',
    `| \`countries.jsonl\` | the 193 UN members + PS, VA, XK, TW, EH: ISO codes, names, Arabic forms, nisba adjectives, capital, government | ${n(d.countries.length)} |`,
    `| \`cities.jsonl\` | every capital (${capitals}), cities of the Arab states, Iran, Turkey, Israel/Palestine, summit venues, world cities | ${n(d.cities.length)} |`,
    `| \`organizations.jsonl\` | ${organizationKinds(d.organizations)} | ${n(d.organizations.length)} |`,
    `| \`bodies.json\` | kinds of state body that combine with a country adjective («الخارجية الروسية»); named seats of power («الكرملين») | ${d.bodies.kinds.length} kinds, ${d.bodies.seats.length} seats |`,
    `| \`people/*.jsonl\` | office-holders with dated roles, 2000–2026 (a person in two files is one record) | ${n(d.people.length)} |`,
    `| — ${files.map((f) => f.label).join(' / ')} | | ${files.map((f) => n(f.count)).join(' / ')} |`,
    `| \`titles.json\`, \`triggers.json\`, \`topics.json\`, \`dates.json\`, \`lexicon.json\` | ${d.titles.titles.length} office titles, ${d.titles.honorifics.length} honorifics; ${d.triggers.triggers.length} trigger groups; ${d.topics.topics.length} topics; Gregorian (MSA, Levantine, Maghrebi) and Hijri months, weekdays, ${Object.keys(d.dates.relative).length} relative day words; context cue lists | |`,
  ];
  return rows.join('\n');
}

/** People by role: a person counts once per role code; then those holding an office of an organization. */
function roles(d) {
  const by = new Map();
  for (const p of d.people) for (const r of new Set(p.roles.map((x) => x.role))) by.set(r, (by.get(r) ?? 0) + 1);
  const list = [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, c]) => `${r.replace(/-/g, ' ')} ${n(c)}`);
  const ofOrg = d.people.filter((p) => p.roles.some((r) => String(r.of).startsWith('org:'))).length;
  return `People by role (a person counts once per role): ${list.join(', ')}; people holding an office of an organization: ${n(ofOrg)}.`;
}

// ---------------------------------------------------------------- coverage (resolveRole)

function coverage(d, resolveRole) {
  const states = d.countries.map((c) => c.iso2);
  const known = (iso2, role, date) => resolveRole({ role, country: iso2, date }).length > 0;
  const row = (label, list, date) => `| ${label} | ${COVERAGE_ROLES.map((role) => list.filter((s) => known(s, role, date)).length).join(' | ')} |`;
  const lines = [
    '| day | head of state | head of government | foreign minister | defence minister | interior minister |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...COVERAGE_DAYS.map((day) => row(day, states, day)),
  ];
  const last = COVERAGE_DAYS.at(-1);
  lines.push(row(`${last}, the ${ARAB_LEAGUE.length} Arab League states`, ARAB_LEAGUE, last));
  const name = new Map(d.countries.map((c) => [c.iso2, c.name.en]));
  const missing = ARAB_LEAGUE.filter((s) => !known(s, 'head-of-state', last)).map((s) => name.get(s) ?? s).sort();
  const note = missing.length
    ? `Arab League states with no head of state in the data on ${last}: ${missing.join(', ')} (a vacancy, or a council not coded as a head of state).`
    : `Every Arab League state has a head of state in the data on ${last}.`;
  return `${lines.join('\n')}\n\n${note} Counts for this version, from \`gazetteerData()\` and \`resolveRole()\` (\`npm run figures\`).`;
}

// ---------------------------------------------------------------- sizes

/** The tarball `npm pack` would write (without running prepack: the build is already there). */
function packSize() {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [info] = JSON.parse(r.stdout);
  return `${mb(info.size)} packed, ${mb(info.unpackedSize)} unpacked`;
}

/** dist/index.js bundled for the browser and minified, as a bundler would ship it. */
async function browserBundle() {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [join(root, 'dist', 'index.js')], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  const code = out.outputFiles[0].contents;
  return `${mb(code.length)} minified, ${mb(gzipSync(code, { level: 9 }).length)} gzipped`;
}

/**
 * The code Node compiles when it imports dist/index.js: the entry, the chunks it imports and, for
 * package "imports" (#gazetteer, #compromise), the module of the `node` condition; not what those
 * modules load later (the data file, compromise).
 */
function importedCode(entry) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = new Set([entry]);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) files.add(join(dirname(file), spec));
      else if (spec.startsWith('#')) files.add(join(root, pkg.imports[spec].node.import));
    }
  }
  return [...files].reduce((n, f) => n + readFileSync(f).length, 0);
}

/** What `arabic-diplomatic-ner --help` prints. */
function cliHelp() {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli --help failed: ${r.stderr}`);
  return r.stdout;
}

// ---------------------------------------------------------------- README

export async function computeFigures() {
  const dist = join(root, 'dist', 'index.js');
  if (!existsSync(dist)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const { gazetteerData } = await import(pathToFileURL(join(root, 'dist', 'data.js')).href);
  const { resolveRole } = await import(pathToFileURL(dist).href);
  const d = gazetteerData();
  const titles = json('titles.json');
  return {
    gazetteer: `${n(d.countries.length)} states, ${n(d.cities.length)} cities, ${n(d.organizations.length)} intergovernmental organizations, ${d.bodies.kinds.length} kinds of state body and ${n(d.people.length)} office-holders`,
    'package-size': packSize(),
    'data-table': dataTable({ ...d, titles }),
    roles: roles(d),
    coverage: coverage(d, resolveRole),
    'core-bundle': `${mb(importedCode(dist))} of code`,
    'browser-bundle': await browserBundle(),
    'cli-help': `\`\`\`\n${cliHelp()}\`\`\``,
  };
}

/** Puts each figure between its markers; returns the new text and the names of the parts that changed. */
export function applyFigures(text, figures) {
  const changed = [];
  for (const [name, value] of Object.entries(figures)) {
    const open = `<!-- figures:${name} -->`;
    const close = `<!-- /figures:${name} -->`;
    const a = text.indexOf(open);
    const b = text.indexOf(close);
    if (a < 0 || b < a) throw new Error(`README has no ${open} … ${close}`);
    const old = text.slice(a + open.length, b);
    // a block figure sits on lines of its own between the markers
    const block = old.startsWith('\n');
    const next = block ? `\n${value}\n` : value;
    if (old !== next) changed.push(name);
    text = text.slice(0, a + open.length) + next + text.slice(b);
  }
  return { text, changed };
}

/** The --check verdict: exit code and message. */
export function checkReadme(text, figures) {
  const { changed } = applyFigures(text, figures);
  if (!changed.length) return { code: 0, message: 'figures: README agrees with the code and the data' };
  return { code: 1, message: `figures: README disagrees with the code and the data in: ${changed.join(', ')}. Run \`npm run figures\` and commit README.md.` };
}

async function main() {
  const figures = await computeFigures();
  if (flag('--json')) {
    console.log(JSON.stringify(figures, null, 2));
    return 0;
  }
  const before = readFileSync(readmePath, 'utf8');
  if (flag('--check')) {
    const { code, message } = checkReadme(before, figures);
    (code ? console.error : console.log)(message);
    return code;
  }
  const { text, changed } = applyFigures(before, figures);
  if (changed.length) writeFileSync(readmePath, text);
  console.log(changed.length ? `figures: updated ${changed.join(', ')}` : 'figures: README already up to date');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`figures: ${err.message}`);
      process.exit(2);
    },
  );
}

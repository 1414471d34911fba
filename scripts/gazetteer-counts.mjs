#!/usr/bin/env node
// Counts of the gazetteer quoted in data/README.md: non-state groups by kind, regions by kind (and
// disputed), and the states whose head of state `resolveRole` answers on given days. Reads the built
// library (run `npm run build` first).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lib = await import(pathToFileURL(join(root, pkg.exports['.'].import.default ?? pkg.exports['.'].import)).href);
const data = lib.gazetteerData();

const tally = (xs) => Object.entries(xs.reduce((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {})).sort().map(([k, v]) => `${k} ${v}`).join(', ');
const groups = data.organizations.filter((o) => o.group);
const leaders = new Set(data.people.flatMap((p) => p.roles.filter((r) => groups.some((g) => g.id === r.of)).map((r) => r.of)));
console.log(`groups: ${groups.length} (${tally(groups.map((g) => g.group))}); with a leader in data/people: ${leaders.size}`);
const regions = data.regions ?? [];
console.log(`regions: ${regions.length} (${tally(regions.map((x) => x.kind ?? 'other'))}); disputed (no country): ${regions.filter((x) => !x.country).length}`);
for (const date of ['2005-06-01', '2015-06-01', '2025-06-01']) {
  const missing = data.countries.filter((c) => lib.resolveRole({ role: 'head-of-state', country: c.iso2, date }).length === 0).map((c) => c.iso2);
  console.log(`heads of state on ${date}: ${data.countries.length - missing.length} of ${data.countries.length} states; none for ${missing.join(' ') || '-'}`);
}
// offices beyond the core ones, for the states most present in Arabic diplomatic news (the 22 Arab League
// states and 16 others): how many have a holder that resolveRole answers on a day
const FOCUS = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE',
  'IR', 'TR', 'IL', 'US', 'RU', 'CN', 'GB', 'FR', 'DE', 'IT', 'JP', 'IN', 'PK', 'ET', 'KR', 'KP'];
for (const date of ['2015-06-01', '2024-06-01']) {
  const row = ['finance-minister', 'speaker', 'army-chief', 'intelligence-chief', 'national-security-adviser', 'deputy-prime-minister'].map(
    (role) => `${role} ${FOCUS.filter((c) => lib.resolveRole({ role, country: c, date }).length > 0).length}`,
  );
  console.log(`of ${FOCUS.length} states most present in Arabic diplomatic news, with a holder on ${date}: ${row.join(', ')}`);
}
const withPortfolio = data.people.flatMap((p) => p.roles).filter((r) => r.role === 'minister' && r.portfolio).length;
console.log(`minister roles with a portfolio: ${withPortfolio}; titles with portfolio words: ${(data.titles.titles ?? []).filter((t) => t.portfolio).length}`);
const governors = data.people.filter((p) => p.roles.some((r) => r.role === 'governor'));
const governed = new Set(governors.flatMap((p) => p.roles.filter((r) => r.role === 'governor').map((r) => r.of)));
const deputies = governors.filter((p) => p.roles.some((r) => r.role === 'governor' && r.note === 'deputy governor'));
console.log(`governors: ${governors.length} persons (${deputies.length} of them deputies) of ${governed.size} regions and cities; persons of SA: ${data.people.filter((p) => p.country === 'SA').length}`);
// the name words of data/names.json (persons outside the gazetteer), counted list by list
const names = JSON.parse(readFileSync(join(root, 'data', 'names.json'), 'utf8'));
const sizes = Object.entries(names).filter(([k]) => k !== '$comment').map(([k, v]) => `${k} ${Array.isArray(v) ? v.length : Object.keys(v).length}`);
console.log(`name words: ${sizes.join(', ')}`);

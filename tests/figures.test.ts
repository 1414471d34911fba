// README's figures come from scripts/figures.mjs (npm run figures): this test fails when README.md
// says something the code and the data do not, and checks that the script notices a changed figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'figures.mjs');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface FiguresModule {
  computeFigures(): Promise<Record<string, string>>;
  applyFigures(text: string, figures: Record<string, string>): { text: string; changed: string[] };
  checkReadme(text: string, figures: Record<string, string>): { code: number; message: string };
}
let mod: FiguresModule;
let figures: Record<string, string>;

beforeAll(async () => {
  mod = (await import(pathToFileURL(SCRIPT).href)) as FiguresModule;
  figures = await mod.computeFigures();
}, 120_000);

describe('README figures (npm run figures)', () => {
  it('README.md agrees with the figures computed from the code and the data', () => {
    const { changed } = mod.applyFigures(README, figures);
    expect(changed, 'run `npm run figures` and commit README.md').toEqual([]);
  });

  it('computes the counts the README states from data/, and the coverage table with resolveRole', () => {
    expect(figures.gazetteer).toMatch(/^\d+ states, [\d,]+ cities, \d+ intergovernmental organizations, \d+ kinds of state body and [\d,]+ office-holders$/);
    expect(figures['data-table']).toMatch(/\| `bodies\.json` \|.*\| \d+ kinds, \d+ seats \|/);
    expect(figures.coverage!.split('\n').filter((l) => /^\| \d{4}-\d{2}-\d{2}/.test(l))).toHaveLength(4);
    expect(figures['package-size']).toMatch(/^\d+\.\d MB packed, \d+\.\d MB unpacked$/);
    expect(figures['browser-bundle']).toMatch(/^\d+\.\d MB minified, \d+\.\d MB gzipped$/);
  });

  it('names the parts that differ, inline or block, and puts the figures back', () => {
    const stale = README.replace(/(<!-- figures:gazetteer -->)\d+ states/, '$1197 states').replace(/(\n\| 2024-06-01 \| )\d+/, '$1999');
    const { text, changed } = mod.applyFigures(stale, figures);
    expect(changed).toEqual(['gazetteer', 'coverage']);
    expect(text).toBe(README);
  });

  it('refuses a README without the markers of a figure', () => {
    expect(() => mod.applyFigures(README.replace('<!-- /figures:roles -->', ''), figures)).toThrow(/figures:roles/);
  });

  it('--check fails (exit 1) and names the part when README says something else', () => {
    expect(mod.checkReadme(README, figures).code).toBe(0);
    const r = mod.checkReadme(README.replace(/(<!-- figures:package-size -->)[\d.]+ MB/, '$10.1 MB'), figures);
    expect(r.code).toBe(1);
    expect(r.message).toMatch(/disagrees with the code and the data in: package-size\. Run `npm run figures`/);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let dir = '';

// The examples import 'arabic-diplomatic-ner', which resolves to dist/: CI builds first.
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'adner-examples-'));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run example -- <args>` (without npm: the script itself). */
function example(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'example.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', input: input ?? '', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('examples', () => {
  it('runs basic by default: a table, then the JSON', () => {
    const r = example([]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Language: ar\n/);
    expect(r.stdout).toMatch(/person +\u2067ناصر بوريطة\u2069 +Nasser Bourita +MA/);
    expect(r.stdout).toMatch(/person +\u2067سيرغي لافروف\u2069 +Sergei Lavrov +RU/);
    expect(r.stdout).toMatch(/meeting +Nasser Bourita ⇄ Sergei Lavrov · in Rabat · 2023-09-01/);
    expect(r.stdout).toMatch(/message +Vladimir Putin ⇄ Mohammed VI of Morocco/);
    expect(r.stdout).toMatch(/visit +Nasser Bourita → Cairo · planned/);
    expect(r.stdout).toMatch(/article\.slice\(\d+, \d+\) === "الرباط" → city:rabat/);
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('JSON:\n') + 6));
    expect(json.language).toBe('ar');
    expect(json.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['person:nasser-bourita', 'person:sergei-lavrov', 'org:arab-league']));
    expect(example(['basic']).stdout).toBe(r.stdout);
  });

  it('runs english', () => {
    const r = example(['english']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Language: en\n/);
    // The English path is younger than the Arabic one: once it finds entities, they must be the right ones.
    if (!/Entities \(0\)/.test(r.stdout)) expect(r.stdout).toContain('Sameh Shoukry');
  });

  it('runs batch: JSON Lines in, JSON Lines out, an error record for the broken line', () => {
    const r = example(['batch']);
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const input = readFileSync(join(ROOT, 'examples', 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(input.length).toBeGreaterThanOrEqual(3);
    expect(out.map((o) => o.id)).toEqual([...input.map((d) => d.id), null]);
    expect(out[0].entities.map((e: { id: string }) => e.id)).toContain('person:sergei-lavrov');
    expect(out.at(-1)).toMatchObject({ line: input.length + 1, error: { code: 'E_JSON' } });
    expect(r.stderr).toMatch(/batch: \d+ documents, 1 failed/);
    // A file of one's own, and stdin.
    const own = example(['batch', '-'], `${JSON.stringify({ id: 'x', text: 'التقى لافروف بوريطة في موسكو.' })}\n`);
    expect(own.code).toBe(0);
    expect(JSON.parse(own.stdout).id).toBe('x');
  });

  it('runs custom-gazetteer: the fictional minister found by name, and by title and date', () => {
    const r = example(['custom-gazetteer']);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const [byName, afterAppointment, before] = r.stdout.split(/\n(?=By |The same)/).filter((s) => s.trim());
    expect(byName).toMatch(/→ Example Minister \(person:example-minister\): .*name “مثال المثالي”/);
    expect(afterAppointment).toMatch(/→ Example Minister \(person:example-minister\), from the title and the date/);
    expect(before).toMatch(/published 2023-03-01/);
    expect(before).not.toContain('Example Minister');
    expect(before).toMatch(/→ .*from the title and the date/);
  });

  it('runs highlight: ANSI colours and HTML marks at the mentions', () => {
    const r = example(['highlight']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\x1b[1;33mعبد الفتاح السيسي\x1b[0m');
    expect(r.stdout).toContain('<mark class="person" title="Antony Blinken (person:antony-blinken, name)">أنتوني بلينكن</mark>');
    expect(r.stdout).toMatch(/<html lang="ar" dir="rtl">/);
    // Marks nest but never cross: the HTML is well formed.
    const body = r.stdout.slice(r.stdout.indexOf('<body>'), r.stdout.indexOf('</body>'));
    let depth = 0;
    for (const tag of body.match(/<\/?mark\b/g) ?? []) {
      depth += tag === '<mark' ? 1 : -1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    // Without the tags, the text is the article unchanged.
    const text = body.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(text).toMatch(/^القاهرة، 15 يناير 2024 - استقبل الرئيس المصري عبد الفتاح السيسي/);
    const out = join(dir, 'article.html');
    const w = example(['highlight', out]);
    expect(w.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('names the examples when one does not exist', () => {
    const r = example(['nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no example "nope"; the examples are: basic, batch, custom-gazetteer, english, highlight, queue$/m);
  });
});

/**
 * The shape of the English relation cases (battery.test.ts, wires.test.ts):
 * each case compares the whole relation set — type, sorted participants,
 * location, date, source — with toEqual, negatives included.
 */
import { expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { ExtractResult } from '../../src/types.js';

export type Row = [string, string[], string | null, string | null, string | null];
export interface Case {
  name: string;
  text: string;
  day: string | null;
  want: Row[];
}

export const read = (text: string, publishedAt: string | null): ExtractResult => extract(text, { publishedAt, language: 'en' });
export const rels = (r: ExtractResult): Row[] => r.relations.map((x) => [x.type, [...x.participants].sort(), x.location ?? null, x.date ?? null, x.source ?? null]);
export const p = (slug: string) => `person:${slug}`;
export const row = (type: string, parties: string[], location: string | null, date: string | null, source: string | null): Row => [type, [...parties].sort(), location, date, source];

/** One test per case. */
export function run(cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(rels(read(c.text, c.day))).toEqual(c.want);
    });
  }
}

/**
 * Whole articles written for this project, with the records we expect, reviewed
 * by hand (tests/fixtures/golden/*.json). A change of behaviour on any of them
 * fails here: review the new records, and update the fixture only when they are right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import '../src/index.js';

const DIR = join(__dirname, 'fixtures', 'golden');
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as {
    name: string;
    publishedAt: string;
    text: string;
    expected: { entities: Array<{ id: string; mentions: Array<{ text: string; kind: string; start: number }> }>; relations: unknown[] };
  });

describe('golden articles', () => {
  it('has at least three articles', () => expect(articles.length).toBeGreaterThanOrEqual(3));
  for (const a of articles)
    describe(a.name, () => {
      const r = extract(a.text, { publishedAt: a.publishedAt });
      it('finds the expected entities with their mentions', () => {
        expect(r.entities.map((e) => ({ id: e.id, mentions: e.mentions.map((m) => ({ text: m.text, kind: m.kind, start: m.start })) }))).toEqual(a.expected.entities);
      });
      it('finds the expected relations', () => {
        expect(r.relations.map((x) => ({ type: x.type, participants: [...x.participants].sort(), location: x.location, date: x.date, status: x.status, topics: [...x.topics].sort() }))).toEqual(a.expected.relations);
      });
    });
});

import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { bundledData } from '../../src/gazetteer/index.js';
import type { PersonRecord } from '../../src/gazetteer/records.js';
import { duplicatePersons, validateData } from '../../src/gazetteer/validate.js';

const d = bundledData();
const person = (id: string, en: string, ar: string, roles: PersonRecord['roles']): PersonRecord => ({ id, name: { en, ar }, roles });
const problemsWith = (...people: PersonRecord[]) => validateData({ ...d, people: [...d.people, ...people] }).filter((p) => people.some((x) => p.id.includes(x.id)));

describe('the validator catches the errors of the data audit', () => {
  it('finds one person under two ids: a shared name and the same office at the same time', () => {
    const a = person('person:test-one', 'Test Person', 'شخص تجريبي', [{ role: 'foreign-minister', of: 'FR', from: '2030-01-01', to: '2031-01-01' }]);
    const b = person('person:test-one-again', 'Test Person', 'شخص تجريبي', [{ role: 'foreign-minister', of: 'FR', from: '2030-01-01', to: '2031-01-01' }]);
    expect(duplicatePersons([a, b]).map((p) => p.id)).toEqual(['person:test-one / person:test-one-again']);
  });
  it('does not take namesakes for one person (the same name, other offices or other years)', () => {
    const a = person('person:test-one', 'Test Person', 'شخص تجريبي', [{ role: 'foreign-minister', of: 'FR', from: '2030-01-01', to: '2031-01-01' }]);
    const b = person('person:test-two', 'Test Person', 'شخص تجريبي', [{ role: 'foreign-minister', of: 'FR', from: '2032-01-01' }]);
    const c = person('person:test-three', 'Test Person', 'شخص تجريبي', [{ role: 'defense-minister', of: 'FR', from: '2030-01-01' }]);
    expect(duplicatePersons([a, b, c])).toEqual([]);
  });
  it('finds no person twice in the bundled data', () => {
    expect(duplicatePersons(d.people)).toEqual([]);
  });
  it('rejects a role of an unknown organization id', () => {
    const p = person('person:test-org', 'Test Org', 'اختبار منظمة', [{ role: 'secretary-general', of: 'org:no-such-body' }]);
    expect(problemsWith(p).map((x) => x.message)).toEqual(['unknown organization org:no-such-body']);
  });
  it('accepts a governor of a known region or city and rejects one of an unknown region', () => {
    const ok = person('person:test-governor', 'Test Governor', 'اختبار أمير', [{ role: 'governor', of: 'region:tabuk-province' }, { role: 'governor', of: 'city:jeddah' }]);
    const bad = person('person:test-governor-bad', 'Test Governor Bad', 'اختبار أمير آخر', [{ role: 'governor', of: 'region:no-such-province' }]);
    expect(problemsWith(ok)).toEqual([]);
    expect(problemsWith(bad).map((x) => x.message)).toEqual(['unknown region or city region:no-such-province']);
  });
  it('rejects an unknown role code', () => {
    const p = person('person:test-role', 'Test Role', 'اختبار دور', [{ role: 'president', of: 'FR' }]);
    expect(problemsWith(p).map((x) => x.field)).toEqual(['roles[0].role']);
  });
  it('rejects two holders of a single-holder office overlapping without a note', () => {
    const p = person('person:test-twin', 'Test Twin', 'توأم تجريبي', [{ role: 'head-of-state', of: 'FR', from: '2018-01-01', to: '2019-01-01' }]);
    expect(problemsWith(p).map((x) => x.field)).toEqual(['roles']);
    const acting = person('person:test-twin', 'Test Twin', 'توأم تجريبي', [{ role: 'head-of-state', of: 'FR', from: '2018-01-01', to: '2019-01-01', note: 'acting' }]);
    expect(problemsWith(acting)).toEqual([]);
  });
  it('checks the group kind of a non-state group and the country of a region', () => {
    const bad = validateData({
      ...d,
      organizations: [...d.organizations, { id: 'org:test-group', name: { en: 'Test Group', ar: 'جماعة تجريبية' }, group: 'club' }],
      regions: [...(d.regions ?? []), { id: 'region:test-land', country: 'ZZ', name: { en: 'Test Land', ar: 'أرض تجريبية' } }],
    }).filter((p) => p.id.startsWith('org:test') || p.id.startsWith('region:test'));
    expect(bad.map((p) => `${p.id} ${p.field}`)).toEqual(['region:test-land country', 'org:test-group group']);
  });
});

describe('custom entries', () => {
  it('rejects an entry whose id is already bundled, unless the caller removes the bundled one', () => {
    const entry = { type: 'person' as const, id: 'person:sergei-lavrov', name: { en: 'Sergei Lavrov', ar: 'سيرغي لافروف' }, roles: [] };
    expect(() => createExtractor({ gazetteer: { add: [entry] } }).gazetteer).toThrow(/E_GAZETTEER_ENTRY/);
    expect(() => createExtractor({ gazetteer: { add: [entry], remove: ['person:sergei-lavrov'] } }).gazetteer).not.toThrow();
  });
  it('rejects a custom person with an unknown role code or organization', () => {
    const add = (roles: PersonRecord['roles']) => () => createExtractor({ gazetteer: { add: [{ type: 'person', id: 'person:test-custom', name: { en: 'Test Custom', ar: 'اختبار مخصص' }, roles }] } }).gazetteer;
    expect(add([{ role: 'chief', of: 'FR' }])).toThrow(/unknown role code/);
    expect(add([{ role: 'secretary-general', of: 'org:no-such-body' }])).toThrow(/unknown organization/);
    expect(add([{ role: 'leader', of: 'org:hamas' }])).not.toThrow();
  });
  it('accepts a custom region and finds it in a text', () => {
    const x = createExtractor({ gazetteer: { add: [{ type: 'region', id: 'region:test-valley', country: 'FR', name: { en: 'Test Valley', ar: 'وادي الاختبار' } }] } });
    const e = x.extract('وصل الوزير إلى وادي الاختبار.').entities.find((y) => y.type === 'region');
    expect([e?.id, e?.country]).toEqual(['region:test-valley', 'FR']);
  });
});

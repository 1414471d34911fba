import { describe, expect, it } from 'vitest';
import { DiplomaticNerError } from '../../src/errors.js';
import { resolveRole } from '../../src/roles.js';

const who = (role: string, country: string, date: string) => resolveRole({ role, country, date }).map((h) => h.id);

describe('resolveRole answers every head of state', () => {
  it.each([
    ['BE', '2020-01-01', 'person:philippe-of-belgium'],
    ['BE', '2010-01-01', 'person:albert-ii-of-belgium'],
    ['DK', '2025-01-01', 'person:frederik-x'],
    ['DK', '2020-01-01', 'person:margrethe-ii'],
    ['NL', '2020-01-01', 'person:willem-alexander-of-the-netherlands'],
    ['NO', '2020-01-01', 'person:harald-v'],
    ['SE', '2020-01-01', 'person:carl-xvi-gustaf'],
    ['LU', '2020-01-01', 'person:henri-grand-duke-of-luxembourg'],
    ['LI', '2020-01-01', 'person:hans-adam-ii'],
    ['MC', '2020-01-01', 'person:albert-ii-prince-of-monaco'],
    ['AU', '2023-06-01', 'person:charles-iii'],
    ['CA', '2020-01-01', 'person:elizabeth-ii'],
    ['JP', '2020-01-01', 'person:naruhito'],
    ['SD', '2021-01-01', 'person:abdel-fattah-al-burhan'],
    ['YE', '2023-01-01', 'person:rashad-al-alimi'],
    ['LY', '2022-01-01', 'person:mohamed-al-menfi'],
    ['FJ', '2025-01-01', 'person:naiqama-lalabalavu'],
  ])('head of state of %s on %s', (country, date, id) => {
    expect(who('head-of-state', country, date)).toEqual([id]);
  });
  it('answers both co-princes of Andorra', () => {
    expect(who('head-of-state', 'AD', '2020-01-01').sort()).toEqual(['person:emmanuel-macron', 'person:joan-enric-vives-i-sicilia']);
  });
  it('leaves out a rival authority that is not the office (the Houthis\' council in Sanaa)', () => {
    expect(who('head-of-state', 'YE', '2023-01-01')).not.toContain('person:mahdi-al-mashat');
  });
});

describe('resolveRole returns each holder once and checks its terms', () => {
  it('returns a holder with several terms of one office once', () => {
    const ids = who('head-of-state', 'LS', '2020-01-01');
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids).toEqual(['person:letsie-iii']);
  });
  it('answers the leader of a non-state group', () => {
    expect(who('leader', 'org:hamas', '2020-01-01')).toEqual(['person:ismail-haniyeh']);
    expect(who('secretary-general', 'org:hezbollah', '2020-01-01')).toEqual(['person:hassan-nasrallah']);
  });
  it('throws E_ROLE_QUERY for an unknown role code', () => {
    expect(() => resolveRole({ role: 'president', country: 'FR', date: '2020-01-01' })).toThrow(DiplomaticNerError);
    expect(() => resolveRole({ role: 'president', country: 'FR', date: '2020-01-01' })).toThrow(/E_ROLE_QUERY/);
  });
  it('throws E_ROLE_QUERY for a country that is neither an ISO code nor an organization id of the gazetteer', () => {
    for (const country of ['France', 'ZZ', 'fr', 'org:nowhere'])
      expect(() => resolveRole({ role: 'head-of-state', country, date: '2020-01-01' }), country).toThrow(/E_ROLE_QUERY/);
  });
});

describe('the corrections of the data audit hold', () => {
  it.each([
    ['foreign-minister', 'NE', '2000-06-01', ['person:nassirou-sabo']],
    ['foreign-minister', 'NE', '2005-06-01', ['person:aichatou-mindaoudou']],
    ['envoy', 'org:eu', '2025-06-01', []],
    ['foreign-minister', 'MR', '2023-01-01', ['person:mohamed-salem-ould-merzoug']],
    ['foreign-minister', 'DJ', '2025-12-01', ['person:abdoulkader-houssein-omar']],
    ['commission-president', 'org:au-commission', '2025-06-01', ['person:mahmoud-ali-youssouf']],
    ['head-of-state', 'FJ', '2025-06-01', ['person:naiqama-lalabalavu']],
    ['head-of-government', 'BI', '2025-10-01', ['person:nestor-ntahontuye']],
    ['foreign-minister', 'BI', '2025-10-01', ['person:edouard-bizimana']],
    ['foreign-minister', 'SD', '2025-10-01', ['person:mohieldin-salim']],
    ['national-security-adviser', 'AF', '2014-06-01', ['person:rangin-dadfar-spanta']],
    ['secretary-general', 'org:francophonie', '2010-01-01', ['person:abdou-diouf']],
  ])('%s of %s on %s', (role, country, date, ids) => {
    expect(who(role, country, date).filter((id) => role !== 'envoy' || id === 'person:sven-koopmans')).toEqual(ids);
  });
  it('dates Christopher Ross\'s embassy in Syria 1991–1998', () => {
    const r = resolveRole({ role: 'ambassador', country: 'US', date: '1995-06-01' }).find((h) => h.id === 'person:christopher-ross');
    expect([r?.from, r?.to]).toEqual(['1991', '1998']);
  });
});

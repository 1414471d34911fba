import { describe, expect, it } from 'vitest';
import { bundledData, defaultGazetteer } from '../../src/gazetteer/index.js';
import { officeOverlaps, validateData } from '../../src/gazetteer/validate.js';
import { adjectiveForms } from '../../src/gazetteer/forms.js';

const data = bundledData();

describe('bundled data', () => {
  it('has every UN member plus PS, VA, XK, TW, EH', () => {
    expect(data.countries.length).toBe(198);
    for (const iso of ['PS', 'VA', 'XK', 'TW', 'EH']) expect(data.countries.some((c) => c.iso2 === iso)).toBe(true);
  });
  it('has every capital and at least 450 more cities', () => {
    expect(data.cities.filter((c) => !c.capital).length).toBeGreaterThanOrEqual(450);
  });
  it('has at least 150 organizations', () => expect(data.organizations.length).toBeGreaterThanOrEqual(150));
  it('has well over 1,500 people', () => expect(data.people.length).toBeGreaterThan(1500));
  it('passes the validator for structural problems (ids, cross references, dates, scripts)', () => {
    // Known gap, listed in data/README.md: Dominica has no adjective we could source.
    const problems = validateData(data).filter((p) => !(p.id === 'country:DM' && p.field === 'adjectives'));
    expect(problems.slice(0, 10)).toEqual([]);
  });
  it('gives every country with a press adjective both a masculine and a feminine form', () => {
    for (const c of data.countries) {
      const ar = c.adjectives.ar;
      if (ar.length === 0) continue;
      expect(ar.some((a) => /ي$/.test(a.split(' ').at(-1)!)), c.id).toBe(true);
      expect(ar.some((a) => /ية$/.test(a.split(' ').at(-1)!)), c.id).toBe(true);
    }
  });
  it('lacks an Arabic adjective only for the states listed as gaps in data/README.md', () => {
    const missing = data.countries.filter((c) => c.adjectives.ar.length === 0).map((c) => c.iso2).sort();
    expect(missing).toEqual(['DM', 'KN', 'LS', 'PG', 'SB', 'VC']);
  });
  it('builds a gazetteer in which every person is indexed once', () => {
    const g = defaultGazetteer();
    expect(g.people.size).toBe(data.people.length);
  });
});

describe('adjective forms', () => {
  it('derives article, plural and dual forms of a nisba', () => {
    const forms = adjectiveForms('مغربي');
    for (const f of ['مغربي', 'المغربي', 'مغربيون', 'المغربيين', 'مغربيان']) expect(forms).toContain(f);
  });
  it('derives feminine dual and plural forms', () => {
    const forms = adjectiveForms('مغربية');
    for (const f of ['المغربية', 'مغربيتان', 'المغربيات']) expect(forms).toContain(f);
  });
  it('inflects both words of a two-word adjective', () => {
    expect(adjectiveForms('كوري جنوبي')).toContain('الكوري الجنوبي');
  });
  it('derives the indefinite accusative of the masculine, without an article («وفدا مغربيا»)', () => {
    expect(adjectiveForms('مغربي')).toContain('مغربيا');
    expect(adjectiveForms('كوري شمالي')).toContain('كوريا شماليا');
    expect(adjectiveForms('مغربي')).not.toContain('المغربيا');
    expect(adjectiveForms('مغربية')).not.toContain('مغربيةا');
  });
});

describe('ambiguity is data', () => {
  it('fails on a form naming places of two states that data/ambiguous.json does not list', () => {
    const d = bundledData();
    const twin = { id: 'city:test-twin', country: 'FR', name: { en: 'Test Twin', ar: 'الرباط' } };
    const problems = validateData({ ...d, cities: [...d.cities, twin] });
    expect(problems.some((p) => p.message.includes('ambiguous.json') && p.id.includes('city:test-twin'))).toBe(true);
  });
  it('lists every ambiguous form with a cue for each candidate', () => {
    for (const f of bundledData().ambiguous.forms) {
      expect(f.candidates.length).toBeGreaterThanOrEqual(2);
      for (const c of f.candidates) expect(f.cues[c]?.length, `${f.form} → ${c}`).toBeGreaterThan(0);
    }
  });
});

describe('dates of office', () => {
  it('has no two holders of a single-holder office overlapping by more than a month, but the reviewed ones', () => {
    const d = bundledData();
    const reviewed = (d.overlaps?.overlaps ?? []).map((o) => o.pair).sort();
    expect(officeOverlaps(d)).toEqual(reviewed);
  });
  it('reports an overlap it has not seen', () => {
    const d = bundledData();
    const twin = { id: 'person:test-twin', name: { en: 'Test Twin', ar: 'توأم تجريبي' }, roles: [{ role: 'head-of-state', of: 'FR', from: '2018-01-01', to: '2019-01-01' }] };
    expect(officeOverlaps({ ...d, people: [...d.people, twin] }).some((x) => x.includes('person:test-twin'))).toBe(true);
  });
});

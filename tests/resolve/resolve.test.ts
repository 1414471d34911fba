import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { resolveRole } from '../../src/roles.js';
import { romanize as romanizeWith, spellingTables } from '../../src/resolve/romanize.js';

const romanize = (arabic: string) => romanizeWith(arabic, spellingTables());
const ids = (text: string, publishedAt?: string) => extract(text, publishedAt ? { publishedAt } : {}).entities.map((e) => e.id);
const person = (text: string, publishedAt?: string) => extract(text, publishedAt ? { publishedAt } : {}).entities.filter((e) => e.type === 'person');

describe('title + adjective + date → person', () => {
  it('resolves «وزير الخارجية التركي» in 2018 to Mevlüt Çavuşoğlu and in 2024 to Hakan Fidan', () => {
    expect(person('قال وزير الخارجية التركي إن', '2018-05-01').map((p) => p.id)).toEqual(['person:mevlut-cavusoglu']);
    expect(person('قال وزير الخارجية التركي إن', '2024-05-01').map((p) => p.id)).toEqual(['person:hakan-fidan']);
  });
  it('marks a person found from a title alone as implicit with a title mention', () => {
    const [p] = person('قال وزير الخارجية الروسي إن', '2015-08-01');
    expect(p?.implicit).toBe(true);
    expect(p?.mentions[0]?.kind).toBe('title');
  });
  it('keeps a bare title without a date as a role reference, not a guessed person', () => {
    expect(person('قال وزير الخارجية الروسي إن')).toEqual([]);
    expect(ids('قال وزير الخارجية الروسي إن')).toContain('country:RU');
  });
  it('lets a following name confirm the title', () => {
    const [p] = person('وزير الخارجية الروسي سيرغي لافروف', '2020-01-01');
    expect(p?.id).toBe('person:sergei-lavrov');
    expect(p?.confidence).toBe(1);
  });
  it('lowers the confidence of a name with a title the person did not hold then, without changing the person', () => {
    const [p] = person('وزير الخارجية الروسي سيرغي لافروف', '2001-01-01');
    expect(p?.id).toBe('person:sergei-lavrov');
    expect(p?.confidence).toBeLessThan(1);
  });
});

describe('counterparts', () => {
  it('binds «نظيره المغربي» to the following name', () => {
    const r = extract('تبادل وزير الخارجية الروسي سيرجي لافروف ونظيره المغربي ناصر بوريطة برقيات التهنئة', { publishedAt: '2023-09-01' });
    const bourita = r.entities.find((e) => e.id === 'person:nasser-bourita');
    expect(bourita?.mentions.map((m) => m.kind).sort()).toEqual(['counterpart', 'name']);
    expect(r.entities.some((e) => e.id === 'country:MA')).toBe(true);
  });
  it('resolves a counterpart without a name by the antecedent role and the date', () => {
    const r = extract('اتصل وزير الخارجية الروسي سيرجي لافروف بنظيره التركي', { publishedAt: '2019-03-01' });
    expect(r.entities.some((e) => e.id === 'person:mevlut-cavusoglu')).toBe(true);
  });
});

describe('titles of several states', () => {
  it('reads a dual title with adjectives as one holder per state («الرئيسين الروسي والتركي»)', () => {
    expect(ids('عقدت القمة بين الرئيسين الروسي والتركي في سوتشي', '2018-04-28')).toEqual(
      expect.arrayContaining(['person:vladimir-putin', 'person:recep-tayyip-erdogan', 'city:sochi']),
    );
  });
  it('keeps a dual title without adjectives as a reference to the parties named («وبحث الرئيسان»)', () => {
    const r = extract('التقى الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان. وبحث الرئيسان الأزمة السورية', { publishedAt: '2018-04-28' });
    expect(r.relations.map((x) => x.participants.length)).toEqual([2]);
  });
});

describe('undated text dated by its office-holders', () => {
  it('finds the holder of an office throughout the term of a titled, named person («وزير الدفاع الأمريكي كارتر» → Netanyahu)', () => {
    const r = extract('التقى وزير الدفاع الأمريكي آشتون كارتر في القدس رئيس الوزراء الإسرائيلي');
    const netanyahu = r.entities.find((e) => e.id === 'person:benjamin-netanyahu');
    expect(netanyahu?.implicit).toBe(true);
  });
  it('guesses no one when the named persons held their titles at different times', () => {
    const r = extract('قالت وزيرة الخارجية الأمريكية هيلاري كلينتون إن وزير الدفاع الأمريكي جيمس ماتيس التقى رئيس الوزراء الإسرائيلي');
    expect(r.entities.some((e) => e.id === 'person:benjamin-netanyahu')).toBe(false);
  });
});

describe('spans', () => {
  it('never end on a skipped mark («سعودية - روسية»: «سعودية», not «سعودية -»)', () => {
    const r = extract('عقدت مباحثات سعودية - روسية في الرياض', { publishedAt: '2019-01-01' });
    expect(r.entities.find((e) => e.id === 'country:SA')?.mentions.map((m) => m.text)).toEqual(['سعودية']);
  });
});

describe('a surname that is also a place', () => {
  it('is the place unless the person was named in full before («سوتشي»: Sochi, not Suu Kyi)', () => {
    expect(ids('وصل الوزير إلى سوتشي', '2018-04-28')).toEqual(['city:sochi']);
    expect(ids('التقت أونغ سان سو تشي الوزير. وقالت سوتشي إن اللقاء مثمر', '2018-04-28')).toEqual(['person:aung-san-suu-kyi']);
  });
});

describe('counterparts in undated text', () => {
  it('takes the office of its antecedent, not of the last title, and the holder already named in the item', () => {
    const r = extract('أكد وزير الخارجية السعودي عادل الجبير أن لقاء وزير خارجية مصر سامح شكري مع ولي العهد كان مثمرا. وأشار الجبير خلال المؤتمر الصحفي الذي عقده مع نظيره المصري إلى ذلك');
    const shoukry = r.entities.find((e) => e.id === 'person:sameh-shoukry');
    expect(shoukry?.mentions.map((m) => m.kind)).toContain('counterpart');
  });
});

describe('romanized unknown names', () => {
  it('joins a Maghrebi «بو» to the name it opens, and reads its «ع» as initial', () => {
    expect(romanize('مباركة بو عيدة').endsWith(' Bouaida')).toBe(true);
  });
  it('writes an initial «بو» as «Bou», and a long «و» as ou', () => {
    expect(romanize('بوقادوم')).toBe('Bouqadoum');
  });
});

describe('names, clitics and later mentions', () => {
  it('finds names with proclitics: «ولافروف», «للجبير»', () => {
    expect(ids('التقى بوتين ولافروف', '2020-01-01')).toContain('person:sergei-lavrov');
    expect(ids('قال الوزير عادل الجبير ثم نقل للجبير', '2016-01-01')).toContain('person:adel-al-jubeir');
  });
  it('marks a later surname as a reference', () => {
    const [p] = person('قال سيرغي لافروف إن ... وأضاف لافروف', '2020-01-01');
    expect(p?.mentions.map((m) => m.kind)).toEqual(['name', 'reference']);
  });
  it('matches tolerant transliterations with a lower confidence: «سيرغيه لافروف»', () => {
    const [p] = person('قال سيرغيه لافروفف إن', '2020-01-01');
    expect(p?.id).toBe('person:sergei-lavrov');
    expect(p!.confidence).toBeLessThan(1);
  });
  it('does not turn a common word into a name', () => {
    expect(person('قال الأسد الجريح في الغابة إن عباس الفلاح زار السوق')).toEqual([]);
  });
  it('skips titles of respect before names', () => {
    const [p] = person('استقبل معالي الشيخ عبدالله بن زايد آل نهيان', '2020-01-01');
    expect(p?.mentions[0]?.text).not.toContain('معالي');
  });
  it('makes an unknown person from a title followed by a name not in the gazetteer', () => {
    const r = extract('وقال السفير الروسي لدى المغرب فاليريان شوفاييف إن العلاقات جيدة', { publishedAt: '2020-01-01' });
    const unknown = r.entities.find((e) => e.id.startsWith('person:~'));
    expect(unknown?.name.ar).toBe('فاليريان شوفاييف');
    expect(unknown?.confidence).toBeLessThan(0.5);
  });
  it('ends an unknown name before the title of the next person («أوكا هيروشي محافظ الإسكندرية»)', () => {
    const r = extract('التقى سفير اليابان لدى مصر أوكا هيروشي محافظ الإسكندرية', { publishedAt: '2023-08-30' });
    expect(r.entities.find((e) => e.id.startsWith('person:~'))?.name.ar).toBe('أوكا هيروشي');
  });
});

describe('ambiguous forms and context', () => {
  it('reads a dateline «الكويت -» as the city', () => expect(ids('الكويت - كونا\nقال الوزير')).toContain('city:kuwait-city'));
  it('reads «الكويت» in running text as the country', () => expect(ids('وصل الوزير إلى الكويت اليوم')).toContain('country:KW'));
  it('reads «العاصمة تونس» as the city and «تونس» alone as the country', () => {
    expect(ids('وصل إلى العاصمة تونس')).toContain('city:tunis');
    expect(ids('قالت تونس إنها')).toContain('country:TN');
  });
  it('does not count an adjective of a currency or a team as a state', () => {
    expect(ids('ارتفع الدولار الأمريكي')).not.toContain('country:US');
    expect(ids('أعلن نادي العين الإماراتي')).not.toContain('country:AE');
  });
  it('reads state bodies with a country adjective as organizations with a country', () => {
    const r = extract('وذكرت وزارة الخارجية الروسية في بيان');
    const body = r.entities.find((e) => e.type === 'organization');
    expect(body?.country).toBe('RU');
    expect(body?.name.en).toMatch(/Foreign/);
  });
  it('reads «الكرملين» as the Russian presidency', () => {
    const body = extract('وقال الكرملين إن').entities.find((e) => e.type === 'organization');
    expect(body?.country).toBe('RU');
  });
});

describe('resolveRole', () => {
  it('returns the holder of an office on a day', () => {
    expect(resolveRole({ role: 'foreign-minister', country: 'TR', date: '2024-05-01' }).map((h) => h.id)).toEqual(['person:hakan-fidan']);
    expect(resolveRole({ role: 'head-of-state', country: 'US', date: '2015-08-01' }).map((h) => h.id)).toEqual(['person:barack-obama']);
  });
  it('throws a coded error for a malformed query', () => {
    expect(() => resolveRole({ role: 'foreign-minister', country: 'TR', date: '2024-13-40' })).toThrow(/E_ROLE_QUERY/);
  });
});

describe('office-holders remembered per query for the resolver', () => {
  it('gives the same holder as the public holderOn, for every office on several days, also when asked again', async () => {
    const { cachedHolderOn, holderOn } = await import('../../src/resolve/office.js');
    const { defaultGazetteer } = await import('../../src/gazetteer/index.js');
    const g = defaultGazetteer();
    const offices = new Set<string>();
    for (const p of g.data.people) for (const r of p.roles) offices.add(`${r.role}|${r.of}`);
    let found = 0;
    for (const office of [...offices].slice(0, 400)) {
      const [role, of] = office.split('|') as [string, string];
      for (const date of ['2005-06-01', '2016-03-15', '2023-09-01']) {
        const expected = holderOn(g, { role, of, date });
        for (let again = 0; again < 2; again++) {
          const h = cachedHolderOn(g, role, of, date, undefined, undefined);
          expect(h?.person.id, `${office} ${date}`).toBe(expected?.person.id);
          expect(h?.coverage).toBe(expected?.coverage);
        }
        if (expected) found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
  it('keeps a null note (offices without a note) apart from no note given (any role)', async () => {
    const { cachedHolderOn, holderOn } = await import('../../src/resolve/office.js');
    const { defaultGazetteer } = await import('../../src/gazetteer/index.js');
    const g = defaultGazetteer();
    for (const note of [undefined, null] as const) {
      const expected = holderOn(g, { role: 'head-of-state', of: 'IR', date: '2023-09-01', ...(note !== undefined ? { note } : {}) });
      expect(cachedHolderOn(g, 'head-of-state', 'IR', '2023-09-01', note, undefined)?.person.id).toBe(expected?.person.id);
    }
  });
});

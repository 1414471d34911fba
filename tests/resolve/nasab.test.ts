import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const persons = (text: string, publishedAt = '2016-05-01') =>
  extract(text, { publishedAt })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.id)
    .sort();

describe('the nasab: a name right after «بن» is the father, not the person', () => {
  it('a known father inside a known son’s full nasab reads the son («فهد بن سلطان بن عبدالعزيز»)', () => {
    expect(persons('استقبل الأمير فهد بن سلطان بن عبدالعزيز في مكتبه وفدا تجاريا')).toEqual(['person:fahd-bin-sultan-al-saud']);
    expect(persons('وكان في استقبال الضيف الأمير فيصل بن سلمان بن عبد العزيز آل سعود')).toEqual(['person:faisal-bin-salman-al-saud']);
  });
  it('a known father inside an unknown son’s nasab reads the son, spelled from his name, never the father', () => {
    expect(persons('وحضر الحفل الأمير مشعل بن سلطان بن عبدالعزيز')).toEqual(['person:~mishal-bin-sultan-bin-abdulaziz']);
    // «بنت»: a daughter's nasab likewise
    expect(persons('وشاركت في الندوة الأميرة نورة بنت سلمان بن عبدالعزيز')).toEqual(['person:~noura-bint-salman-bin-abdulaziz']);
  });
  it('a longer form of a known name keeps its father: «فهد بن نايف بن …» is not «فهد بن عبدالعزيز» (King Fahd)', () => {
    expect(persons('وحضر الحفل الأمير فهد بن نايف بن عبدالعزيز.', '1999-01-01')).toEqual(['person:~fahd-bin-nayef-bin-abdulaziz']);
  });
  it('a name that opens the phrase still names its bearer («الملك سلمان بن عبدالعزيز», «ولي العهد محمد بن سلمان»)', () => {
    expect(persons('استقبل الملك سلمان بن عبدالعزيز رئيس وزراء الهند في الرياض')).toContain('person:salman-of-saudi-arabia');
    expect(persons('وبحث ولي العهد الأمير محمد بن سلمان بن عبدالعزيز مع الضيف العلاقات', '2019-03-01')).toEqual(['person:mohammed-bin-salman']);
  });
  it('a particle that is part of the person’s own name (a Maghrebi surname «بن فليس») does not hide him', () => {
    expect(persons('التقى الرئيس الجزائري عبد العزيز بوتفليقة علي بن فليس', '2003-01-01')).toEqual(['person:abdelaziz-bouteflika', 'person:ali-benflis']);
  });
});

describe('Saudi regional governors (emirs) and ministers, found by name', () => {
  it('finds a governor by his short name, his full nasab, and the name with his father’s «ال» («خالد الفيصل»)', () => {
    expect(persons('التقى سمو الأمير خالد الفيصل أمير منطقة مكة المكرمة وزير الخارجية الفرنسي', '2016-05-01')).toEqual(['person:jean-marc-ayrault', 'person:khalid-bin-faisal-al-saud']);
    expect(persons('ورعى الأمير سعود بن نايف بن عبد العزيز أمير المنطقة الشرقية الحفل', '2017-02-01')).toEqual(['person:saud-bin-nayef-al-saud']);
    expect(persons('واستقبل الأمير فيصل بن مشعل بن سعود بن عبدالعزيز أمير منطقة القصيم الوفد', '2016-01-01')).toEqual(['person:faisal-bin-mishaal-al-saud']);
  });
  it('gives a governor his region as the role’s `of`, and a deputy the note «deputy governor»', () => {
    const roles = (text: string, day: string, id: string) => extract(text, { publishedAt: day }).entities.find((e) => e.id === id)?.roles;
    expect(roles('ورعى الأمير فهد بن سلطان الحفل', '2016-01-01', 'person:fahd-bin-sultan-al-saud')).toEqual([{ role: 'governor', of: 'region:tabuk-province', from: '1987' }]);
    expect(roles('ورعى الأمير تركي بن عبدالله الحفل', '2013-06-01', 'person:turki-bin-abdullah-al-saud')).toEqual([
      { role: 'governor', of: 'region:riyadh-province', from: '2013-02', to: '2014-05-14', note: 'deputy governor' },
    ]);
  });
  it('a minister’s title with the state names the Saudi minister of that portfolio on the day', () => {
    expect(persons('وقال وزير العدل السعودي إن المحاكم', '2016-05-01')).toEqual(['person:walid-al-samaani']);
    expect(persons('وقال وزير الثقافة والإعلام السعودي إن', '2016-05-01')).toEqual(['person:adel-al-toraifi']);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const typed = (text: string, type: string, publishedAt = '2024-05-01') =>
  extract(text, { publishedAt })
    .entities.filter((e) => (type === 'group' ? e.type === 'organization' && e.group : e.type === type))
    .map((e) => e.id)
    .sort();

describe('non-state groups are organizations with a group kind', () => {
  it('finds movements and armed groups by their Arabic names and short forms, with their kind', () => {
    const out = extract('استقبل المسؤول المصري وفدا من حركة حماس، ثم التقى ممثلين عن قسد وأنصار الله.', { publishedAt: '2024-05-01' });
    const groups = out.entities.filter((e) => e.group).map((e) => [e.id, e.group]);
    expect(groups).toEqual([
      ['org:hamas', 'movement'],
      ['org:syrian-democratic-forces', 'armed-group'],
      ['org:houthis', 'armed-group'],
    ]);
  });
  it('reads «الحوثيين», «جماعة الحوثي» and «ميليشيا الحوثي» as one group', () => {
    expect(typed('اتهمت الحكومة الحوثيين، وقالت إن جماعة الحوثي وميليشيا الحوثي رفضتا الهدنة.', 'group')).toEqual(['org:houthis']);
  });
  it('gives every group an English name the shared scorer can match (English Wikipedia title)', () => {
    const out = extract('زار وفد من حركة طالبان الدوحة، والتقى وفدا من جبهة البوليساريو وآخر من تنظيم داعش.', { publishedAt: '2024-05-01' });
    expect(out.entities.filter((e) => e.group).map((e) => e.name.en)).toEqual(['Taliban', 'Polisario Front', 'Islamic State']);
  });
  it('does not read common words that share a group name as the group («فتح» to open, «الشباب» youth, «القاعدة» a base)', () => {
    expect(typed('قرر الوزير فتح المعبر أمام الشباب قرب القاعدة العسكرية.', 'group')).toEqual([]);
  });
  it('resolves a head title before a group to the group\'s leader on the day («زعيم حركة حماس»)', () => {
    const out = extract('قال زعيم حركة حماس إن الحركة قبلت المقترح.', { publishedAt: '2020-03-01' });
    expect(out.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['person:ismail-haniyeh']);
  });
  it('binds a named leader after «رئيس المكتب السياسي ل…» and «قائد …»', () => {
    expect(typed('وصل رئيس المكتب السياسي لحركة حماس خالد مشعل إلى أنقرة.', 'person', '2012-01-10')).toEqual(['person:khaled-mashal']);
    expect(typed('أعلن قائد قوات الدعم السريع انسحاب قواته.', 'person', '2024-02-01')).toEqual(['person:mohamed-hamdan-dagalo']);
  });
});

describe('regions: territories that are neither states nor cities', () => {
  it('reads «قطاع غزة» and a bare «غزة» as the Gaza Strip, with its country', () => {
    const out = extract('بحث الوزيران وقف إطلاق النار في قطاع غزة وإدخال المساعدات إلى غزة.', { publishedAt: '2024-05-01' });
    expect(out.entities.filter((e) => e.type === 'region').map((e) => [e.id, e.country, e.mentions.length])).toEqual([['region:gaza-strip', 'PS', 2]]);
    expect(typed('بحث الوزيران وقف إطلاق النار في قطاع غزة وإدخال المساعدات إلى غزة.', 'city')).toEqual([]);
  });
  it('keeps «مدينة غزة» the city, and a dateline «غزة -» the city reported from', () => {
    expect(typed('قصفت الطائرات أحياء في مدينة غزة.', 'city')).toEqual(['city:gaza-city']);
    expect(typed('غزة - قال مسؤول محلي إن الكهرباء انقطعت.', 'city')).toEqual(['city:gaza-city']);
    expect(typed('قصفت الطائرات أحياء في مدينة غزة.', 'region')).toEqual([]);
  });
  it('reads a governorate named as such as the region, the bare name as its city («محافظة إدلب» / «إدلب»)', () => {
    const text = 'تقدمت القوات في محافظة إدلب، وسقطت قذائف على إدلب وعلى مدينة إدلب.';
    expect(typed(text, 'region')).toEqual(['region:idlib-governorate']);
    expect(typed(text, 'city')).toEqual(['city:idlib']);
  });
  it('reads a Saudi region after «منطقة» and a Yemeni governorate after «محافظة»', () => {
    expect(typed('افتتح أمير منطقة جازان مشروعا، ووصلت المساعدات إلى محافظة مأرب.', 'region')).toEqual(['region:jazan-province', 'region:marib-governorate']);
  });
  it('gives a disputed territory no country', () => {
    const out = extract('ناقش الجانبان الوضع في شبه جزيرة القرم وفي هضبة الجولان.', { publishedAt: '2024-05-01' });
    expect(out.entities.filter((e) => e.type === 'region').map((e) => [e.id, e.country ?? null])).toEqual([
      ['region:crimea', null],
      ['region:golan-heights', null],
    ]);
  });
  it('reads «القدس الشرقية» as East Jerusalem, not as the city', () => {
    expect(typed('دعا إلى دولة عاصمتها القدس الشرقية.', 'region')).toEqual(['region:east-jerusalem']);
    expect(typed('دعا إلى دولة عاصمتها القدس الشرقية.', 'city')).toEqual([]);
  });
});

describe('agency tags', () => {
  it('does not read the tag «/قنا/» as the city of Qena, but reads Qena named in the text', () => {
    expect(typed('الدوحة /قنا/ استقبل الوزير اليوم نظيره.', 'city')).toEqual(['city:doha']);
    expect(typed('زار الوزير محافظة قنا في صعيد مصر.', 'city')).toEqual(['city:qena']);
  });
  it('gives a stateless title the state of the agency that signs the item', () => {
    expect(typed('الرياض (واس) استقبل ولي العهد رئيس مجلس الوزراء اليوم وزير خارجية فرنسا.', 'person', '2024-03-10')).toEqual([
      'person:mohammed-bin-salman',
      'person:stephane-sejourne',
    ]);
    expect(typed('أبوظبي - وام - استقبل رئيس الدولة اليوم وزير خارجية فرنسا.', 'person', '2024-03-10')).toContain('person:mohamed-bin-zayed-al-nahyan');
    expect(typed('الكويت /كونا/ استقبل أمير البلاد اليوم رئيس وزراء باكستان.', 'person', '2024-03-10')).toContain('person:mishal-al-ahmad-al-jaber-al-sabah');
  });
  it('gives a stateless title no state without an agency tag', () => {
    expect(typed('استقبل ولي العهد اليوم وزير خارجية فرنسا.', 'person', '2024-03-10')).toEqual(['person:stephane-sejourne']);
  });
});

/**
 * Offices beyond heads, foreign, defence and interior ministers: finance
 * ministers, ministers told apart by their portfolio («وزير النفط»), speakers
 * of the lower (or only) chamber and of the upper one, chiefs of staff,
 * intelligence chiefs, national security advisers. A title + country adjective
 * + publication date names the holder on the day, and nobody when we know of
 * no holder then (the state alone). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { fitsPortfolio } from '../../src/gazetteer/notes.js';

/** The sentence every row runs: the title is followed by ordinary words, never by a name. */
const sentence = (title: string) => `وشدد ${title} في تصريحات للصحفيين على أهمية تعزيز التعاون.`;

const people = (text: string, publishedAt: string) =>
  extract(text, { publishedAt })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.id)
    .sort();
const countries = (text: string, publishedAt: string) =>
  extract(text, { publishedAt })
    .entities.filter((e) => e.type === 'country')
    .map((e) => e.id)
    .sort();

/** [title phrase, publication date, expected person id, or '' where we know of no holder then] */
const TABLE: Array<[string, string, string]> = [
  ['وزير المالية المصري', '2020-06-01', 'person:mohamed-maait'],
  ['وزير المالية المصري', '2025-06-01', 'person:ahmed-kouchouk'],
  ['وزير الخزانة الأمريكي', '2018-06-01', 'person:steven-mnuchin'],
  ['وزيرة الخزانة الأمريكية', '2022-06-01', 'person:janet-yellen'],
  ['وزير المالية الفرنسي', '2019-06-01', 'person:bruno-le-maire'],
  ['وزير النفط العراقي', '2017-06-01', 'person:jabbar-al-luaibi'],
  ['وزير البترول المصري', '2019-06-01', 'person:tarek-el-molla'],
  ['وزير الطاقة السعودي', '2021-06-01', 'person:abdulaziz-bin-salman-al-saud'],
  ['وزير النفط الإيراني', '2015-06-01', 'person:bijan-namdar-zangeneh'],
  ['وزير الطاقة الإيراني', '2019-06-01', 'person:reza-ardakanian'],
  ['وزير النفط الكويتي', '2019-06-01', ''],
  ['وزير التجارة الصيني', '2022-06-01', 'person:wang-wentao'],
  ['وزير التجارة الأمريكي', '2018-06-01', 'person:wilbur-ross'],
  ['الممثل التجاري الأمريكي', '2018-06-01', 'person:robert-lighthizer'],
  ['وزير الاقتصاد الألماني', '2019-06-01', 'person:peter-altmaier'],
  ['وزير الاقتصاد الإماراتي', '2022-06-01', 'person:abdulla-bin-touq-al-marri'],
  ['رئيس مجلس النواب الأمريكي', '2016-06-01', 'person:paul-ryan'],
  ['رئيسة مجلس النواب الأمريكي', '2020-06-01', 'person:nancy-pelosi'],
  ['رئيس البرلمان العراقي', '2020-06-01', 'person:mohamed-al-halbousi'],
  ['رئيس مجلس الدوما الروسي', '2020-06-01', 'person:vyacheslav-volodin'],
  ['رئيسة مجلس الاتحاد الروسي', '2020-06-01', 'person:valentina-matviyenko'],
  ['رئيس مجلس الأمة الجزائري', '2021-06-01', 'person:salah-goudjil'],
  ['رئيس هيئة الأركان الأمريكية', '2021-06-01', 'person:mark-milley'],
  ['رئيس أركان الجيش الإسرائيلي', '2017-06-01', 'person:gadi-eisenkot'],
  ['رئيس المخابرات التركية', '2019-06-01', 'person:hakan-fidan'],
  ['مستشار الأمن القومي الإسرائيلي', '2019-06-01', 'person:meir-ben-shabbat'],
];

describe('offices of finance, portfolios, chambers, staffs and services: title + adjective + date → holder', () => {
  for (const [title, date, id] of TABLE)
    it(`«${title}» on ${date} is ${id || 'nobody we know'}`, () => {
      expect(people(sentence(title), date)).toEqual(id ? [id] : []);
    });
});

describe('a spokesperson speaks for a body of a state: «المتحدث باسم» + body + adjective (or a seat) → that body\'s spokesperson on the day', () => {
  const rows: Array<[string, string, string[]]> = [
    ['المتحدث باسم الخارجية الإيرانية', '2025-03-01', ['person:esmaeil-baghaei']],
    ['المتحدث باسم الخارجية الإيرانية', '2017-06-01', ['person:bahram-ghasemi']],
    ['المتحدث باسم الحكومة الإيرانية', '2015-06-01', ['person:mohammad-bagher-nobakht']],
    ['المتحدث الرسمي باسم الحكومة المغربية', '2022-06-01', ['person:mustapha-baitas']],
    ['المتحدثة باسم الخارجية الأمريكية', '2018-06-01', ['person:heather-nauert']],
    ['المتحدث باسم الكرملين', '2020-06-01', ['person:dmitry-peskov']],
    // several spokespeople at once: nobody in particular
    ['المتحدث باسم الخارجية الصينية', '2021-06-01', []],
  ];
  for (const [title, date, ids] of rows)
    it(`«${title}» on ${date} is ${ids.join(', ') || 'nobody in particular'}`, () => {
      expect(people(sentence(title), date)).toEqual(ids);
    });

  it('reads no unknown name after the body and its adjective (the statement often runs on there), unlike after an ambassador\'s title', () => {
    const spokesman = 'وأوضح المتحدث باسم الخارجية الكينية زيكانو مبوتو أن المحادثات مستمرة.';
    expect(people(spokesman, '2022-06-01')).toEqual([]);
    expect(countries(spokesman, '2022-06-01')).toEqual(['country:KE']);
    expect(people('وأوضح السفير الكيني زيكانو مبوتو أن المحادثات مستمرة.', '2022-06-01')).toHaveLength(1);
  });

  it('keeps the state of the adjective after the body, and binds a name after it', () => {
    const text = 'وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا في إفادة صحفية إن الاتصالات مستمرة.';
    expect(people(text, '2023-06-01')).toEqual(['person:maria-zakharova']);
    expect(countries(text, '2023-06-01')).toEqual(['country:RU']);
  });
});

describe('a title with a name binds the name, and the state from the adjective', () => {
  it('reads «وزير المالية المصري محمد معيط» as Maait of Egypt', () => {
    const text = 'استقبل وزير المالية المصري محمد معيط وفدا من رجال الأعمال.';
    expect(people(text, '2021-02-01')).toEqual(['person:mohamed-maait']);
    expect(countries(text, '2021-02-01')).toEqual(['country:EG']);
  });

  it('binds a counterpart of a finance minister to the holder of the other state on the day', () => {
    const text = 'التقى وزير المالية المصري نظيره الأردني في عمان أمس.';
    expect(people(text, '2021-03-10')).toEqual(['person:mohamad-al-ississ', 'person:mohamed-maait']);
  });
});

describe('precision: no holder where we know of none, and none from another day, chamber or portfolio', () => {
  it('gives the state alone for an office nobody we know held on the day («وزير المالية الأردني» in 2016)', () => {
    const text = sentence('وزير المالية الأردني');
    expect(people(text, '2016-06-01')).toEqual([]);
    expect(countries(text, '2016-06-01')).toEqual(['country:JO']);
  });

  it('takes no holder from before or after the day («وزير المالية المصري» in 2012: neither Beblawi nor Maait)', () => {
    expect(people(sentence('وزير المالية المصري'), '2012-06-01')).toEqual([]);
  });

  it('names nobody with a minister title of no portfolio («وزير الدولة الإماراتي»), only the state', () => {
    const text = sentence('وزير الدولة الإماراتي');
    expect(people(text, '2019-06-01')).toEqual([]);
    expect(countries(text, '2019-06-01')).toEqual(['country:AE']);
  });

  it('never takes a minister of another portfolio («وزير الصحة العماني» is not the economy minister)', () => {
    expect(people(sentence('وزير الصحة العماني'), '2022-06-01')).toEqual([]);
  });

  it('reads the lower chamber for «رئيس البرلمان» and the upper one only for its own title (Italy, 2020)', () => {
    expect(people(sentence('رئيس البرلمان الإيطالي'), '2020-06-01')).toEqual(['person:roberto-fico']);
    expect(people(sentence('رئيس مجلس الشيوخ الإيطالي'), '2020-06-01')).toEqual(['person:maria-elisabetta-alberti-casellati']);
  });

  it('reads «رئيس مجلس الأمة» as an upper chamber: Algeria\'s, not its lower one; Kuwait\'s only chamber is named by no one rather than guessed', () => {
    expect(people(sentence('رئيس مجلس الأمة الجزائري'), '2022-06-01')).toEqual(['person:salah-goudjil']);
    expect(people(sentence('رئيس مجلس الأمة الكويتي'), '2020-06-01')).toEqual([]);
    expect(countries(sentence('رئيس مجلس الأمة الكويتي'), '2020-06-01')).toEqual(['country:KW']);
  });
});

describe('fitsPortfolio', () => {
  it('fits a word that opens an item of the portfolio', () => {
    expect(fitsPortfolio({ portfolio: 'oil and gas, then energy and minerals' }, ['energy'])).toBe(true);
    expect(fitsPortfolio({ portfolio: 'investment and foreign trade' }, ['trade', 'foreign trade'])).toBe(true);
  });

  it('does not fit a word inside the name of another body («head of the Atomic Energy Organization»)', () => {
    expect(fitsPortfolio({ portfolio: 'head of the Atomic Energy Organization of Iran' }, ['energy', 'oil'])).toBe(false);
    expect(fitsPortfolio({}, ['energy'])).toBe(false);
  });

  it('fits any role when the title names no portfolio', () => {
    expect(fitsPortfolio({ portfolio: 'health' }, undefined)).toBe(true);
  });
});
